// Loading packs and case files: the messages name the file, the JSON path, what was found and
// what was expected, in Dutch, with a suggestion for typos.
import { describe, expect, it } from 'vitest';
import { formatIssues, parseCase, parsePack, type FileIssue } from '../../shared/packs/parse.ts';
import { baseCase, leaf, merge, packJson, param, richPackJson, scheme } from '../matcher/fixtures.ts';

const refused = (r: { ok: true } | { ok: false; issues: FileIssue[] }): FileIssue[] => {
  if (r.ok) throw new Error('expected the file to be refused');
  return r.issues;
};
const at = (issues: FileIssue[], path: string): FileIssue => {
  const i = issues.find((x) => x.path === path);
  if (!i) throw new Error(`no issue at ${path}; got ${issues.map((x) => x.path).join(', ')}`);
  return i;
};

describe('parsePack', () => {
  it('accepts a valid pack, from an object or from JSON text (with a BOM)', () => {
    expect(parsePack(richPackJson(), 'rijk.json').ok).toBe(true);
    expect(parsePack(`\uFEFF${JSON.stringify(richPackJson(), null, 2)}`, 'rijk.json').ok).toBe(true);
  });

  it('formats one line per issue: file, path, message, found, expected', () => {
    const issues = refused(parsePack(packJson([scheme('test.a', { kind: 'grnt' })]), 'nl.json'));
    expect(formatIssues(issues)).toBe('nl.json: $.schemes[0].kind: "grnt" is hier niet toegestaan. Bedoelde u "grant"? (gevonden: "grnt"; verwacht: een van: "grant", "loan", "offer", "cofinancing")');
  });

  it('JSON syntax errors give line and column and the usual fix', () => {
    const text = '{\n  "formatVersion": 1,\n  "id": "nl",\n}\n';
    const [issue] = refused(parsePack(text, 'nl.json'));
    expect(issue).toMatchObject({ file: 'nl.json', path: '$', line: 4, column: 1, found: '"}"' });
    expect(issue!.message).toBe('Geen geldige JSON op regel 4, kolom 1: Er staat een komma vlak vóór "}". Haal die komma weg.');
    expect(refused(parsePack("{'id': 1}", 'x.json'))[0]!.message).toContain('dubbele aanhalingstekens');
    expect(refused(parsePack('{"a": 1} // klaar', 'x.json'))[0]!.message).toContain('regel 1, kolom 10');
    expect(refused(parsePack('', 'leeg.json'))[0]!.message).toContain('Het bestand is leeg.');
  });

  it('an unknown key gets "bedoelde u ...?" against the keys allowed at that spot', () => {
    const issues = refused(parsePack(packJson([scheme('test.a', { validfrom: '2020-01-01' })]), 'nl.json'));
    expect(at(issues, '$.schemes[0].validfrom')).toMatchObject({ found: 'het veld "validfrom"', message: 'Onbekend veld "validfrom". Bedoelde u "validFrom"?' });
    const deep = refused(parsePack(packJson([scheme('test.a', { eligibility: { all: [{ ...leaf('a', 'work.status', 'eq', 'employed'), fatc: 'x' }] } })]), 'nl.json'));
    expect(at(deep, '$.schemes[0].eligibility.all[0].fatc').message).toBe('Onbekend veld "fatc". Bedoelde u "fact"?');
    const nothingClose = refused(parsePack({ ...packJson([]), kleur: 'rood' }, 'nl.json'));
    expect(at(nothingClose, '$.kleur').message).toContain('Toegestaan zijn: ');
  });

  it('mixing a group and a condition in one rule is explained', () => {
    const issues = refused(parsePack(packJson([scheme('test.a', { eligibility: { all: [leaf('a', 'work.status', 'eq', 'employed')], id: 'b' } })]), 'nl.json'));
    expect(at(issues, '$.schemes[0].eligibility.id').message).toContain('óf een groep');
  });

  it('missing fields, wrong types, limits, formats', () => {
    const s = scheme('test.a', { name: '', application: { url: 'ftp://example.org' } }) as Record<string, unknown>;
    delete s.funder;
    const issues = refused(parsePack(packJson([s], { version: 'een', published: '2026-02-30', schemes: undefined }), 'nl.json'));
    expect(at(issues, '$.schemes')).toMatchObject({ found: '(ontbreekt)', message: 'Het veld "schemes" ontbreekt.', expected: 'een lijst [...]' });
    expect(at(issues, '$.version')).toMatchObject({ found: '"een"', expected: 'een versienummer als 1.2.3' });
    expect(at(issues, '$.published')).toMatchObject({ message: 'Dit is geen geldige datum.', expected: 'een datum als jjjj-mm-dd, zoals 2026-03-01' });
    const second = refused(parsePack(packJson([s]), 'nl.json'));
    expect(at(second, '$.schemes[0].funder').message).toBe('Het veld "funder" ontbreekt.');
    expect(at(second, '$.schemes[0].name').message).toBe('Dit veld mag niet leeg zijn.');
    expect(at(second, '$.schemes[0].application.url').found).toBe('"ftp://example.org"');
    const typed = refused(parsePack(packJson([scheme('test.a', { validTo: 2024 })]), 'nl.json'));
    expect(at(typed, '$.schemes[0].validTo')).toMatchObject({ message: 'Hier hoort tekst, maar er staat het getal 2024.', expected: 'een datum als jjjj-mm-dd, zoals 2026-03-01, of null' });
  });

  it('a wrong discriminator names the choices', () => {
    const issues = refused(parsePack(packJson([], { scope: { kind: 'regio' } }), 'nl.json'));
    expect(at(issues, '$.scope.kind').message).toBe('Onbekende soort "regio". Bedoelde u "region"? Kies een van: "national", "sector", "region".');
  });

  it('cross-reference checks: facts, operators, values, parameters, sources, ids', () => {
    const issues = refused(
      parsePack(
        packJson([
          scheme('test.a', {
            eligibility: { all: [leaf('a', 'client.agee', 'gte', { param: 'min' }), leaf('b', 'work.status', 'gte', 'employed'), leaf('c', 'work.status', 'eq', 'employd'), leaf('d', 'client.age', 'gte', { param: 'mn' }), leaf('e', 'client.age', 'gte', { param: 'min' }, { source: 'brn' })] },
            parameters: { min: param('minimum', 'years', [['2020-01-01', 18]]) },
          }),
          scheme('andere.b'),
        ]),
        'nl.json',
      ),
    );
    expect(at(issues, '$.schemes[0].eligibility.all[0].fact').message).toBe('Onbekend feit "client.agee". Bedoelde u "client.age"?');
    expect(at(issues, '$.schemes[0].eligibility.all[1].op').expected).toBe('een van: eq, neq, in, notIn, isSet, isNotSet');
    expect(at(issues, '$.schemes[0].eligibility.all[2].value').message).toContain('Bedoelde u "employed"?');
    expect(at(issues, '$.schemes[0].eligibility.all[3].value.param')).toMatchObject({ found: '"mn"', message: 'Parameter "mn" bestaat niet in deze regeling. Bedoelde u "min"?' });
    expect(at(issues, '$.schemes[0].eligibility.all[4].source').message).toContain('Bedoelde u "bron"?');
    expect(at(issues, '$.schemes[1].id').expected).toBe('een id die begint met "test."');
  });

  it('refuses a newer formatVersion with one clear message', () => {
    const issues = refused(parsePack({ ...packJson([]), formatVersion: 2, extra: true }, 'nieuw.json'));
    expect(issues).toEqual([{ file: 'nieuw.json', path: '$.formatVersion', found: '2', expected: '1', message: 'Dit pakket heeft formatVersion 2; deze versie van Arrangeur leest versie 1. Werk Arrangeur bij.' }]);
  });

  it('refuses deep nesting and cycles with a message instead of a crash', () => {
    let deep: unknown = leaf('a', 'work.status', 'eq', 'employed');
    for (let i = 0; i < 5_000; i++) deep = { not: deep };
    expect(refused(parsePack(packJson([scheme('test.a', { eligibility: deep })]), 'diep.json'))[0]!.message).toContain('te diep genest');
    expect(refused(parsePack('['.repeat(100_000), 'diep.json'))[0]!.path).toBe('$');
    const cyclic = packJson([]) as Record<string, unknown>;
    cyclic.self = cyclic;
    expect(refused(parsePack(cyclic, 'kring.json'))[0]!.message).toContain('verwijst naar zichzelf');
  });

  it('a pack with problems is refused whole', () => {
    const r = parsePack(packJson([scheme('test.goed'), scheme('test.fout', { kind: 'x' })]), 'nl.json');
    expect(r.ok).toBe(false);
    expect('pack' in r).toBe(false);
  });
});

describe('parseCase', () => {
  it('accepts the base case', () => {
    expect(parseCase(JSON.stringify(baseCase()), 'casus.json').ok).toBe(true);
  });
  it('names the field with the same quality of messages', () => {
    const issues = refused(parseCase(merge(baseCase(), { client: { region: 'twnete' }, work: { status: 'employd', hoursPerWeek: 99 }, training: { costs: [{ category: 'tuition', amountCents: 1.5, vatIncluded: true }] } }), 'casus.json'));
    expect(formatIssues(issues).split('\n')).toEqual([
      'casus.json: $.client.region: Onbekende arbeidsmarktregio "twnete". Bedoelde u "twente"? (gevonden: "twnete"; verwacht: een id van een van de 35 arbeidsmarktregio\'s, zoals twente)',
      'casus.json: $.work.status: "employd" is hier niet toegestaan. Bedoelde u "employed"? (gevonden: "employd"; verwacht: een van: "employed", "self-employed", "job-seeker", "not-working")',
      'casus.json: $.work.hoursPerWeek: Dit getal is te groot: het moet 80 of minder zijn. (gevonden: 99; verwacht: 80 of minder)',
      'casus.json: $.training.costs[0].amountCents: Hier hoort een heel getal, maar er staat het getal 1.5. (gevonden: 1.5; verwacht: een heel getal van 0 tot en met 100000000)',
    ]);
  });
  it('cross-field checks say what is expected', () => {
    const issues = refused(parseCase(merge(baseCase(), { training: { endDate: '2023-01-01' } }), 'casus.json'));
    expect(issues).toEqual([{ file: 'casus.json', path: '$.training.endDate', found: '"2023-01-01"', expected: 'een datum op of na de startdatum (2023-09-01)', message: 'De einddatum van de opleiding ligt vóór de startdatum.' }]);
  });
  it('a wrong top-level value', () => {
    expect(refused(parseCase([], 'casus.json'))[0]).toMatchObject({ path: '$', message: 'Hier hoort een object {...}, maar er staat een lege lijst.' });
    expect(refused(parseCase(null, 'casus.json'))[0]!.path).toBe('$');
  });
});
