import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Client } from '../../shared/contract/clients.ts';
import {
  clientFormSchema,
  differingFields,
  emptyClientForm,
  fieldOfIssuePath,
  parseBirthDate,
  toFormValues,
  ageOn,
  birthDateQuestion,
  sameClients,
} from '../../renderer/features/clients/clientForm.ts';

z.config({ jitless: true });

const TODAY = '2026-11-23';
const valid = { displayName: '  Ayşe Müller ', birthDate: '5-3-1980', region: 'twente', adviserReference: 'LWL-2026-014', note: '  ' };

const stored: Client = {
  id: 'c1',
  version: 3,
  displayName: 'Ayşe Müller',
  birthDate: '1980-03-05',
  region: 'twente',
  adviserReference: 'LWL-2026-014',
  note: null,
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-02T09:00:00.000Z',
  archivedAt: null,
};

const messagesOf = (input: unknown) => {
  const result = clientFormSchema(TODAY).safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
};

describe('dossier form', () => {
  it('turns what the adviser typed into contract fields', () => {
    expect(clientFormSchema(TODAY).parse(valid)).toEqual({
      displayName: 'Ayşe Müller',
      birthDate: '1980-03-05',
      region: 'twente',
      adviserReference: 'LWL-2026-014',
      note: null,
    });
  });

  it('gives a Dutch message per field for an empty form', () => {
    expect(messagesOf(emptyClientForm)).toEqual({
      displayName: 'Vul een naam of pseudoniem in.',
      birthDate: 'Vul de geboortedatum in.',
      region: 'Kies een arbeidsmarktregio.',
    });
  });

  it.each([
    ['1980-03-05', 'Schrijf de geboortedatum als dd-mm-jjjj, bijvoorbeeld 05-03-1980.'],
    ['5 maart 1980', 'Schrijf de geboortedatum als dd-mm-jjjj, bijvoorbeeld 05-03-1980.'],
    ['31-02-1980', 'Deze datum bestaat niet. Controleer de dag en de maand.'],
    ['24-11-2026', 'De geboortedatum ligt in de toekomst. Controleer het jaar.'],
    ['01-01-1899', 'De geboortedatum ligt voor 1900. Controleer het jaar.'],
  ])('refuses birth date %j', (birthDate, message) => {
    expect(parseBirthDate(birthDate, TODAY)).toEqual({ error: message });
    expect(messagesOf({ ...valid, birthDate })).toEqual({ birthDate: message });
  });

  it('accepts today and the usual separators', () => {
    expect(parseBirthDate('23-11-2026', TODAY)).toEqual({ iso: '2026-11-23' });
    expect(parseBirthDate('05/03/1980', TODAY)).toEqual({ iso: '1980-03-05' });
    expect(parseBirthDate(' 5.3.1980 ', TODAY)).toEqual({ iso: '1980-03-05' });
  });

  it('refuses an unknown region and overlong text with the contract messages', () => {
    expect(messagesOf({ ...valid, region: 'atlantis' })).toEqual({ region: "Kies een van de 35 arbeidsmarktregio's." });
    expect(messagesOf({ ...valid, displayName: 'x'.repeat(121) })).toEqual({ displayName: 'Naam of pseudoniem mag hoogstens 120 tekens hebben.' });
    expect(Object.keys(messagesOf({ ...valid, note: 'x'.repeat(2001) }))).toEqual(['note']);
  });

  it('keeps a note and shows stored values the way they were typed', () => {
    expect(clientFormSchema(TODAY).parse({ ...valid, note: 'Wil naar de zorg.' }).note).toBe('Wil naar de zorg.');
    expect(toFormValues(stored)).toEqual({ displayName: 'Ayşe Müller', birthDate: '05-03-1980', region: 'twente', adviserReference: 'LWL-2026-014', note: '' });
  });

  it('maps issue paths from the services to fields', () => {
    expect(fieldOfIssuePath('fields.birthDate')).toBe('birthDate');
    expect(fieldOfIssuePath('displayName')).toBe('displayName');
    expect(fieldOfIssuePath('expectedVersion')).toBeNull();
  });

  it('lists which stored fields differ from the typed text after a conflict', () => {
    const typed = { ...toFormValues(stored), note: 'Nieuwe afspraak' };
    expect(differingFields(typed, { ...stored, region: 'groningen', version: 4 })).toEqual(['region', 'note']);
    expect(differingFields(toFormValues(stored), stored)).toEqual([]);
  });
});

describe('questions before saving a dossier (issue 12, item 9)', () => {
  it('asks about a birth date giving an age over 100 or under 15, not about one in between', () => {
    expect(ageOn('1980-03-05', '2026-03-04')).toBe(45);
    expect(ageOn('1980-03-05', '2026-03-05')).toBe(46);
    expect(birthDateQuestion('1900-01-01', TODAY)).toMatch(/126 jaar, ouder dan 100/);
    expect(birthDateQuestion('2015-01-01', TODAY)).toMatch(/11 jaar, jonger dan 15/);
    expect(birthDateQuestion('1926-11-23', TODAY)).toBeNull();
    expect(birthDateQuestion('2011-11-23', TODAY)).toBeNull();
  });

  it('finds a dossier with the same name (case, accents and spaces aside) and birth date', () => {
    const others = [stored, { ...stored, id: 'c2', displayName: 'Ayse Muller', birthDate: '1980-03-06' }];
    expect(sameClients({ displayName: 'ayşe  MÜLLER', birthDate: '1980-03-05' }, others).map((c) => c.id)).toEqual(['c1']);
    expect(sameClients({ displayName: 'Ayşe Müller', birthDate: '1981-03-05' }, others)).toEqual([]);
  });
});
