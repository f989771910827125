// The settings screen's back end (issue 12.12): name, organisation and contact details for the
// client's document, validated with Dutch messages; where the data lives, read-only.
import { describe, expect, it } from 'vitest';
import { defaultIntakeFields } from '../../shared/contract/intake.ts';
import { sampleFields } from '../helpers/store.ts';
import { basicSkillsTraining } from '../session/helpers.ts';
import { privacyServices } from './helpers.ts';

const contact = {
  adviserName: 'Fatima el Idrissi',
  organisation: 'Leerwerkloket Twente',
  phone: '053 123 45 67',
  email: 'f.elidrissi@leerwerkloket.nl',
  address: 'Hengelosestraat 1, 7500 AA Enschede',
  website: 'www.leerwerkloket.nl/twente',
};

describe('settings', () => {
  it('stores the contact details in one call and shows where the data lives, from the context', async () => {
    const s = privacyServices({ dataDir: '/home/adviseur/.local/share/arrangeur' });
    expect(await s.must('settings.get', {})).toMatchObject({ organisation: '', dataLocation: '/home/adviseur/.local/share/arrangeur' });
    const saved = await s.must('settings.update', contact);
    expect(saved).toEqual({ ...contact, website: 'https://www.leerwerkloket.nl/twente', retentionMonths: null, dataLocation: '/home/adviseur/.local/share/arrangeur', updatedAt: expect.any(String) });
    expect(await s.must('settings.get', {})).toEqual(saved);
  });

  it('keeps the other settings when a caller sends only the name (the override form), and clears a field sent empty', async () => {
    const s = privacyServices();
    await s.must('settings.update', contact);
    await s.must('settings.update', { adviserName: 'Kees Bakker' });
    expect(await s.must('settings.get', {})).toMatchObject({ adviserName: 'Kees Bakker', organisation: 'Leerwerkloket Twente', phone: '053 123 45 67' });
    await s.must('settings.update', { adviserName: 'Kees Bakker', phone: '' });
    expect(await s.must('settings.get', {})).toMatchObject({ phone: '', email: contact.email });
  });

  it('refuses a wrong phone number, e-mail address or web address in Dutch, and stores nothing', async () => {
    const s = privacyServices();
    await s.must('settings.update', contact);
    const error = await s.refused('settings.update', { ...contact, organisation: 'Ander loket', phone: '12345', email: 'geen-adres', website: 'niet zomaar tekst' });
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toEqual([
      { path: 'phone', message: 'Vul een telefoonnummer in met 10 tot 15 cijfers, bijvoorbeeld 053 123 45 67 of +31 53 123 45 67.' },
      { path: 'email', message: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.' },
      { path: 'website', message: 'Vul een webadres in, bijvoorbeeld www.leerwerkloket.nl.' },
    ]);
    expect((await s.refused('settings.update', { ...contact, address: 'Straat 1\nPlaats' })).issues).toEqual([{ path: 'address', message: 'Vul dit op één regel in.' }]);
    expect((await s.refused('settings.update', { ...contact, organisation: 'x'.repeat(121) })).issues?.[0]?.message).toBe(
      'De naam van uw organisatie mag hoogstens 120 tekens hebben.',
    );
    expect((await s.refused('settings.update', { ...contact, dataLocation: '/tmp' } as never)).code).toBe('invalid-input');
    expect(await s.must('settings.get', {})).toMatchObject({ organisation: 'Leerwerkloket Twente' });
    expect(await s.must('settings.update', { adviserName: 'Kees', phone: '+31 (0)53-1234567' })).toMatchObject({ phone: '+31 (0)53-1234567' });
  });

  it('prints the adviser, the organisation and the contact details on the client document', async () => {
    const s = privacyServices();
    await s.must('settings.update', { ...contact, organisation: 'Loket <Twente> & Achterhoek' });
    const client = await s.must('clients.create', sampleFields({ birthDate: '1975-06-01', region: 'twente' }));
    const fields = defaultIntakeFields();
    fields.basicSkills.digital = 'insufficient';
    const saved = await s.must('intake.save', { clientId: client.id, expectedVersion: 0, fields, trainings: { added: [{ key: 'a', training: basicSkillsTraining() }], changed: [], removed: [] } });
    const arrangement = await s.must('arrangements.save', { clientId: client.id, trainingId: saved.addedIds['a']!, referenceDate: '2022-01-15', overrides: [] });
    const { html } = await s.must('arrangements.document', { id: arrangement.id });
    expect(html).toContain('<h2>Heeft u vragen?</h2>');
    expect(html).toContain('<strong>Fatima el Idrissi</strong><br>Loket &lt;Twente&gt; &amp; Achterhoek<br>Hengelosestraat 1, 7500 AA Enschede<br>Telefoon: 053 123 45 67<br>E-mail: f.elidrissi@leerwerkloket.nl');
    expect(html).toContain('Website: <a href="https://www.leerwerkloket.nl/twente">https://www.leerwerkloket.nl/twente</a>');
  });
});
