// Issue 12, item 8: a Loopbaan APK signal points only at schemes this client could get: by the
// dossier's region, the intake's sector fund and the peildatum. A Rijnmond client was pointed to
// the Twents Fonds voor Vakmanschap, an OOM client to A+O Metalektro.
import { describe, expect, it } from 'vitest';
import { suggestedSchemes } from '../../shared/apk/suggestions.ts';
import { defaultIntakeFields } from '../../shared/contract/intake.ts';
import { referencePacks, sampleFields, sessionServices } from './helpers.ts';

describe('suggestedSchemes', () => {
  const packs = referencePacks();
  const kansberoep = ['regio.twente.vakmanschap', 'nl.uwv-scholing-ww'];
  const basicSkills = ['nl.tel-mee-met-taal', 'sector.a-o-metalektro.digitaal'];

  it('leaves a regional scheme out for a client of another region', () => {
    expect(suggestedSchemes(kansberoep, packs, { region: 'rijnmond', sectorFund: null, referenceDate: '2026-03-02' })).toEqual(['nl.uwv-scholing-ww']);
    expect(suggestedSchemes(kansberoep, packs, { region: 'twente', sectorFund: null, referenceDate: '2026-03-02' })).toEqual(kansberoep);
  });

  it("leaves another sector fund's scheme out, and one that has ended or not begun on the peildatum", () => {
    expect(suggestedSchemes(basicSkills, packs, { region: 'twente', sectorFund: 'oom', referenceDate: '2024-03-01' })).toEqual(['nl.tel-mee-met-taal']);
    expect(suggestedSchemes(basicSkills, packs, { region: 'twente', sectorFund: 'a-o-metalektro', referenceDate: '2024-03-01' })).toEqual(basicSkills);
    // Tel mee met Taal ran to 31 December 2024.
    expect(suggestedSchemes(basicSkills, packs, { region: 'twente', sectorFund: 'a-o-metalektro', referenceDate: '2026-03-02' })).toEqual(['sector.a-o-metalektro.digitaal']);
    expect(suggestedSchemes(basicSkills, packs, { region: 'twente', sectorFund: 'oom', referenceDate: '2026-03-02' })).toEqual([]);
    expect(suggestedSchemes(basicSkills, packs, { region: 'twente', sectorFund: 'a-o-metalektro', referenceDate: '2020-06-01' })).toEqual([]);
  });

  it('leaves out a scheme no loaded pack knows', () => {
    expect(suggestedSchemes(['nl.bestaat-niet', 'nl.uwv-scholing-ww'], packs, { region: 'twente', sectorFund: null, referenceDate: '2026-03-02' })).toEqual(['nl.uwv-scholing-ww']);
  });
});

describe('apk.get and apk.answer (clock: 2 March 2026)', () => {
  async function signalSchemes(region: string, sectorFund: string | null, statementId: string, answer: 'ja' | 'nee') {
    const s = sessionServices();
    const client = await s.must('clients.create', sampleFields({ region }));
    const fields = defaultIntakeFields();
    fields.work.sectorFund = sectorFund;
    await s.must('intake.save', { clientId: client.id, expectedVersion: 0, fields });
    const state = await s.must('apk.answer', { clientId: client.id, statementId, answer, note: '' });
    expect(await s.must('apk.get', { clientId: client.id })).toEqual(state);
    return Object.fromEntries(state.signals.map((x) => [x.id, x.schemes]));
  }

  it('a Rijnmond client who wants a kansberoep is not pointed to the Twents Fonds; a Twente client is', async () => {
    expect((await signalSchemes('rijnmond', null, 'tb-kansberoep', 'ja'))['wants-kansberoep']).toEqual(['nl.uwv-scholing-ww']);
    expect((await signalSchemes('twente', null, 'tb-kansberoep', 'ja'))['wants-kansberoep']).toEqual(['regio.twente.vakmanschap', 'nl.uwv-scholing-ww']);
  });

  it('an OOM client with weak digital skills is not pointed to A+O Metalektro (nor to Tel mee met Taal, ended in 2024); a metalektro client is', async () => {
    expect((await signalSchemes('rijnmond', 'oom', 'bv-digitaal', 'nee'))['basic-skills-insufficient']).toEqual([]);
    expect((await signalSchemes('rijnmond', 'a-o-metalektro', 'bv-digitaal', 'nee'))['basic-skills-insufficient']).toEqual(['sector.a-o-metalektro.digitaal']);
  });
});
