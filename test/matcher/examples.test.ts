// The example cases in assets/examples give the arrangements worked out by hand from the domain
// brief (section 3 for the figures, section 4 for the stacking), to the cent, with the reasons
// an adviser would read out.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReferencePacks } from '../../electron/packs/load-dir.ts';
import type { CaseFile } from '../../shared/case/schema.ts';
import { arrangementResultSchema, match, type ArrangementResult, type MatchOptions } from '../../shared/matcher/index.ts';
import { formatIssues, parseCase } from '../../shared/packs/parse.ts';

const examplesDir = resolve(import.meta.dirname, '../../assets/examples');
const packs = loadReferencePacks();

const load = (file: string): CaseFile => {
  const parsed = parseCase(JSON.parse(readFileSync(join(examplesDir, file), 'utf8')), file);
  if (!parsed.ok) throw new Error(formatIssues(parsed.issues));
  return parsed.caseFile;
};
const run = (file: string, options: MatchOptions = {}): ArrangementResult => match(load(file), packs, options);

const lines = (r: ArrangementResult) => r.lines.map((l) => `${l.schemeId} ${l.kind} ${l.amountCents}`);
const evaluation = (r: ArrangementResult, id: string) => {
  const e = r.evaluations.find((x) => x.schemeId === id);
  if (!e) throw new Error(`no evaluation for ${id}`);
  return e;
};
const eligibleIds = (r: ArrangementResult) => r.evaluations.filter((e) => e.eligible).map((e) => e.schemeId).sort();
const failedRules = (r: ArrangementResult, id: string) => evaluation(r, id).reasons.filter((x) => !x.passed).map((x) => x.rule);
const noticeKinds = (r: ArrangementResult, id: string) => evaluation(r, id).notices.map((n) => n.kind);

describe('a: 2023, STAP stacked with the OOM training allowance', () => {
  const r = run('2023-stap-met-oom.json');
  it('STAP pays its 1.000 euro, OOM 50% of the tuition up to 750 euro (the lowest of the disputed 750 and 800); the client pays 250 euro', () => {
    expect(r.totalCostCents).toBe(200000);
    expect(lines(r)).toEqual(['nl.stap grant 100000', 'sector.oom.trainingstoelage grant 75000']);
    expect(r.ownContributionCents).toBe(25000);
    expect(r.loanCents).toBe(0);
    expect(r.lines.find((l) => l.schemeId === 'sector.oom.trainingstoelage')!.costs).toEqual({ tuition: 75000 });
    expect(r.lines.find((l) => l.schemeId === 'nl.stap')!.payer).toBe('UWV (Rijksoverheid)');
  });
  it('only STAP, OOM and the employer contribution are available', () => {
    expect(eligibleIds(r)).toEqual(['nl.stap', 'nl.werkgever', 'sector.oom.trainingstoelage']);
  });
  it('the unverified AOW age behind STAP is flagged for the adviser', () => {
    expect(noticeKinds(r, 'nl.stap')).toContain('unverified-figure');
    expect(evaluation(r, 'nl.stap').notices.find((n) => n.kind === 'unverified-figure')!.text).toContain('AOW-leeftijd');
  });
});

describe('b: the same case in 2026, after STAP ended', () => {
  const r = run('2026-stap-gestopt-met-oom.json');
  it('only OOM pays; the client pays 1.250 euro, and the line says the amount is disputed', () => {
    expect(lines(r)).toEqual(['sector.oom.trainingstoelage grant 75000']);
    expect(r.ownContributionCents).toBe(125000);
    const oom = r.lines[0]!;
    expect(oom.status).toBe('disputed');
    expect(oom.uncertainty).toContain('Dit bedrag is niet zeker: bronnen noemen € 750 en € 800. Vraag het na bij OOM.');
    expect(oom.figures!.find((f) => f.parameter === 'maximum')!.claims!.map((c) => c.value)).toEqual([75000, 75000, 80000]);
  });
  it('STAP says in plain words when it ran, with its source', () => {
    const stap = evaluation(r, 'nl.stap');
    expect(stap.status).toBe('outside-validity');
    expect(stap.reasons).toHaveLength(1);
    expect(stap.reasons[0]).toMatchObject({ rule: 'validity', passed: false, text: 'Deze regeling liep van 1 maart 2022 tot en met 31 december 2023.' });
    expect(stap.reasons[0]!.source?.url).toMatch(/^https:\/\//);
  });
  it('the 2023 case moved to a 2026 peildatum (--date) gives the same verdict on STAP', () => {
    const moved = run('2023-stap-met-oom.json', { referenceDate: '2026-03-02' });
    expect(moved.referenceDate).toBe('2026-03-02');
    expect(evaluation(moved, 'nl.stap').status).toBe('outside-validity');
    // The training started before this peildatum, so the OOM allowance can no longer be asked for beforehand.
    expect(lines(moved)).toEqual([]);
    expect(failedRules(moved, 'sector.oom.trainingstoelage')).toEqual(['aanvraag-voor-start']);
  });
});

describe('c: Sociaal Fonds Bakkersbedrijf, the exclusive voucher loses to STAP', () => {
  const r = run('bakker-voucher-verliest-van-stap.json');
  it('STAP alone (1.000 euro) beats the voucher alone (200 euro)', () => {
    expect(lines(r)).toEqual(['nl.stap grant 100000']);
    expect(r.ownContributionCents).toBe(35000);
  });
  it('the voucher is eligible, could pay 200 euro, and says why it is not used', () => {
    const v = evaluation(r, 'sector.sfb-bakkers.voucher');
    expect(v.eligible).toBe(true);
    expect(v.maxAmountCents).toBe(20000);
    expect(noticeKinds(r, 'sector.sfb-bakkers.voucher')).toContain('excluded-by-stacking');
  });
  it('in 2024, with STAP gone, the voucher is used', () => {
    const later = run('bakker-voucher-verliest-van-stap.json', { referenceDate: '2024-03-01' });
    expect(lines(later)).toEqual(['sector.sfb-bakkers.voucher grant 20000']);
    expect(later.ownContributionCents).toBe(115000);
  });
});

describe('d: Levenlanglerenkrediet takes only what the grants leave', () => {
  const r = run('levenlanglerenkrediet-vult-aan.json');
  it('STAP 1.000 and Retail Non Food 150 first; the loan covers the remaining tuition', () => {
    expect(lines(r)).toEqual([
      'nl.levenlanglerenkrediet loan 165000',
      'nl.stap grant 100000',
      'sector.retail-non-food.ontwikkelbudget grant 15000',
    ]);
    expect(r.loanCents).toBe(165000);
    expect(r.ownContributionCents).toBe(0);
  });
  it('the loan alone could have taken the whole tuition', () => {
    expect(evaluation(r, 'nl.levenlanglerenkrediet').maxAmountCents).toBe(250000);
  });
  it('without STAP (2024) the sector budget goes to the books, so the loan can still cover all tuition', () => {
    const later = run('levenlanglerenkrediet-vult-aan.json', { referenceDate: '2024-03-01' });
    expect(lines(later)).toEqual(['nl.levenlanglerenkrediet loan 250000', 'sector.retail-non-food.ontwikkelbudget grant 15000']);
    expect(later.lines.find((l) => l.kind === 'grant')!.costs).toEqual({ materials: 15000 });
    expect(later.ownContributionCents).toBe(15000);
  });
});

describe('e: Tel mee met Taal, digital skills course of 1.500 euro in January 2022', () => {
  const r = run('tel-mee-met-taal.json');
  it('67% grant up to 1.000 euro per participant (a figure from a secondary source), 33% cofinancing paid by the employer', () => {
    expect(lines(r)).toEqual(['nl.tel-mee-met-taal grant 100000', 'nl.tel-mee-met-taal cofinancing 49255']);
    expect(r.lines[0]!.payer).toBe('Rijksoverheid (DUS-I)');
    expect(r.lines[1]!.payer).toBe('Werkgever');
    expect(r.lines[0]!.status).toBe('unverified');
    expect(r.ownContributionCents).toBe(745);
  });
  it('STAP is not available, and the reason says it had not started yet', () => {
    const stap = evaluation(r, 'nl.stap');
    expect(stap.eligible).toBe(false);
    expect(stap.reasons.map((x) => x.text)).toEqual(['Deze regeling begint op 1 maart 2022.']);
  });
  it('the other schemes explain every rule they fail', () => {
    expect(failedRules(r, 'nl.uwv-scholing-ww')).toEqual(['ww-uitkering', 'kansberoep', 'baangarantie']);
    expect(failedRules(r, 'nl.levenlanglerenkrediet')).toEqual(['soort-opleiding']);
  });
});

describe('f: job-seeker in WW, training for a kansberoep (2020)', () => {
  const r = run('ww-kansberoep.json');
  it('UWV pays at most 2.500 euro without a job guarantee; travel costs stay with the client', () => {
    expect(lines(r)).toEqual(['nl.uwv-scholing-ww grant 250000']);
    expect(r.ownContributionCents).toBe(72000);
  });
  it('the 2.500 euro cap of 2018-2020 is verified; from 2021 the amount is unknown and no line is invented', () => {
    expect(r.lines[0]!.status).toBe('verified');
    expect(r.lines[0]!.unverified).toBe(false);
    const later = run('ww-kansberoep.json', { referenceDate: '2021-04-01' });
    expect(lines(later)).toEqual([]);
    expect(evaluation(later, 'nl.uwv-scholing-ww').maxAmountCents).toBeNull();
    expect(noticeKinds(later, 'nl.uwv-scholing-ww')).toContain('unknown-figure');
  });
  it('NL Leert Door fails only on the offer, STAP on its start date', () => {
    expect(failedRules(r, 'nl.nl-leert-door')).toEqual(['nl-leert-door-aanbod']);
    expect(evaluation(r, 'nl.stap').reasons[0]!.text).toBe('Deze regeling begint op 1 maart 2022.');
  });
});

describe('g: Twente, the cheque comes after every other grant and its amount is unknown', () => {
  const r = run('twente-restant.json');
  it('UWV covers tuition and exam; the materials are what the cheque could take', () => {
    expect(lines(r)).toEqual(['nl.uwv-scholing-ww grant 190000']);
    expect(r.ownContributionCents).toBe(60000);
  });
  it('the Twente scheme is eligible but never given an invented amount', () => {
    const t = evaluation(r, 'regio.twente.vakmanschap');
    expect(t.eligible).toBe(true);
    expect(t.maxAmountCents).toBeNull();
    expect(noticeKinds(r, 'regio.twente.vakmanschap')).toContain('unknown-figure');
    expect(r.lines.some((l) => l.schemeId === 'regio.twente.vakmanschap')).toBe(false);
  });
});

describe('h: gardener (Colland) with STAP in 2023', () => {
  const r = run('colland-hovenier-met-stap.json');
  it('both pay their maximum of 1.000 euro', () => {
    expect(lines(r)).toEqual(['nl.stap grant 100000', 'sector.colland.hoveniers grant 100000']);
    expect(r.ownContributionCents).toBe(80000);
  });
});

describe('i: a student with studiefinanciering', () => {
  const r = run('stap-studiefinanciering.json');
  it('STAP fails only on studiefinanciering; the retail budget on hours and years in service', () => {
    expect(failedRules(r, 'nl.stap')).toEqual(['geen-studiefinanciering']);
    expect(evaluation(r, 'nl.stap').reasons.find((x) => !x.passed)!.text).toBe('De cliënt krijgt studiefinanciering. Dan kan STAP niet.');
    expect(failedRules(r, 'sector.retail-non-food.ontwikkelbudget')).toEqual(['minimaal-uren', 'een-jaar-in-dienst']);
    expect(evaluation(r, 'sector.retail-non-food.ontwikkelbudget').reasons.find((x) => x.rule === 'minimaal-uren')!.text).toBe(
      'De cliënt werkt 12 uur per week. Dat is minder dan 16 uur.',
    );
    expect(lines(r)).toEqual([]);
    expect(r.ownContributionCents).toBe(69500);
  });
});

// The schemes added in issue 11: one example each, worked out from the fund's or government's
// own page (docs/sources.md), with the status the adviser sees next to each amount.
describe('j: new schemes that are live in 2026, one example each', () => {
  const sourcesOf = (r: ArrangementResult, id: string) => evaluation(r, id).reasons.map((x) => x.source?.url).filter(Boolean);

  it('praktijkleren: the employer gets at most 2.700 euro per school year for supervising a bbl student, not for the tuition', () => {
    const r = run('2026-praktijkleren-bbl.json');
    expect(lines(r)).toEqual(['nl.praktijkleren grant 270000']);
    expect(r.lines[0]!.costs).toEqual({ other: 270000 });
    expect(r.lines[0]!.status).toBe('verified');
    expect(sourcesOf(r, 'nl.praktijkleren')).toContain('https://www.s-bb.nl/nieuws/aanvragen-voor-subsidie-praktijkleren-mogelijk-vanaf-3-juni/');
    // The Wij Techniek voucher is eligible, but its 2026 amount is not in a public source: no line.
    expect(evaluation(r, 'sector.wij-techniek.waardebon').maxAmountCents).toBeNull();
  });

  it('lerarenbeurs: 7.000 euro of the tuition (secondary sources, so marked not sure); the loan cannot fill the rest for 2026-2027', () => {
    const r = run('2026-lerarenbeurs.json');
    expect(lines(r)).toEqual(['nl.lerarenbeurs grant 700000']);
    expect(r.lines[0]!.status).toBe('unverified');
    expect(r.lines[0]!.uncertainty).toContain('Vraag het na bij DUO');
    expect(evaluation(r, 'nl.levenlanglerenkrediet').maxAmountCents).toBeNull();
    expect(r.ownContributionCents).toBe(200000);
  });

  it('SOOB: the first 1.000 euro in full', () => {
    const r = run('2026-soob-opleidingsbudget.json');
    expect(lines(r)).toEqual(['sector.soob.opleidingsbudget grant 100000']);
    expect(r.ownContributionCents).toBe(55000);
  });

  it('DOORZAAM: 500 euro for an agency worker in phase B', () => {
    const r = run('2026-doorzaam-voucher.json');
    expect(lines(r)).toEqual(['sector.doorzaam.voucher grant 50000']);
    expect(r.lines[0]!.status).toBe('unverified');
  });

  it('OOM Doorstart: up to 2.250 euro within six months after the dismissal', () => {
    const r = run('2026-oom-doorstart.json');
    expect(lines(r)).toEqual(['sector.oom.doorstart grant 225000']);
    expect(evaluation(r, 'sector.oom.trainingstoelage').eligible).toBe(false);
    const seven = run('2026-oom-doorstart.json', { referenceDate: '2026-09-01' });
    // The training start decides, not the peildatum: still within six months of 31 January.
    expect(evaluation(seven, 'sector.oom.doorstart').eligible).toBe(true);
  });

  it('A+O van werk naar werk with praktijkleren: three funding lines from the new schemes, the client pays nothing', () => {
    const r = run('2026-a-o-metalektro-vwnw.json');
    expect(lines(r)).toEqual(['nl.praktijkleren grant 270000', 'sector.a-o-metalektro.vwnw grant 315000', 'sector.a-o-metalektro.vwnw cofinancing 35000']);
    expect(r.lines[2]!.payer).toBe('Werkgever');
    expect(r.ownContributionCents).toBe(0);
    for (const l of r.lines) expect(l.figures!.every((f) => f.source?.url?.startsWith('https://'))).toBe(true);
  });

  it('Wij Techniek: waardebon 500 euro and EVC 1.400 euro in 2024; in 2026 the amounts are unknown', () => {
    expect(lines(run('wij-techniek-waardebon-2024.json'))).toEqual(['sector.wij-techniek.waardebon grant 50000']);
    const evc = run('wij-techniek-evc-2024.json');
    expect(lines(evc)).toEqual(['sector.wij-techniek.evc grant 140000']);
    const later = run('wij-techniek-evc-2024.json', { referenceDate: '2026-03-02' });
    expect(lines(later)).toEqual([]);
    expect(evaluation(later, 'sector.wij-techniek.evc').uncertainty).toBe(
      'Het bedrag is niet bekend: "Maximale EVC-vergoeding per persoon" is niet gevonden in de bronnen die voor dit pakket zijn gelezen. Arrangeur noemt daarom geen bedrag. Vraag het na bij Wij Techniek.',
    );
  });

  for (const [file, id, funder] of [
    ['2026-horeca-ontwikkelingsbudget.json', 'sector.horeca.ontwikkelingsbudget', 'Werkgever (cao Horeca)'],
    ['2026-bouw-infra-individueel-budget.json', 'sector.bouw-infra.individueel-budget', 'Werkgever (cao Bouw & Infra)'],
    ['2026-sociaal-werk-loopbaanbudget.json', 'sector.sociaal-werk.loopbaanbudget', 'Werkgever (cao Sociaal Werk)'],
    ['2026-gemeente-maastricht-scholing.json', 'gemeente.maastricht.scholing', 'Gemeente Maastricht (Sociale Zaken Maastricht-Heuvelland)'],
  ] as const) {
    it(`${id}: the scheme exists and says whom to ask, without an invented amount`, () => {
      const r = run(file);
      const e = evaluation(r, id);
      expect(e.eligible).toBe(true);
      expect(e.maxAmountCents).toBeNull();
      expect(e.amountStatus).toBe('unknown');
      expect(e.uncertainty).toContain(`Vraag het na bij ${funder}.`);
      expect(r.lines.some((l) => l.schemeId === id)).toBe(false);
    });
  }
});

describe('every example case', () => {
  const files = readdirSync(examplesDir).filter((f) => f.endsWith('.json')).sort();
  it('is covered by a test above', () => {
    expect(files).toHaveLength(21);
  });
  for (const file of files) {
    it(`${file}: a well-formed, explained, non-overfinanced result that does not depend on pack order`, () => {
      const r = run(file);
      expect(arrangementResultSchema.safeParse(r).success).toBe(true);
      expect(r.ownContributionCents).toBe(r.totalCostCents - r.lines.reduce((s, l) => s + l.amountCents, 0));
      const caseFile = load(file);
      const costByCategory: Record<string, number> = {};
      for (const c of caseFile.training.costs) costByCategory[c.category] = (costByCategory[c.category] ?? 0) + c.amountCents;
      const paidByCategory: Record<string, number> = {};
      for (const l of r.lines) {
        expect(Object.values(l.costs).reduce((s, v) => s + v, 0)).toBe(l.amountCents);
        for (const [cat, v] of Object.entries(l.costs)) paidByCategory[cat] = (paidByCategory[cat] ?? 0) + v;
      }
      for (const [cat, v] of Object.entries(paidByCategory)) expect(v).toBeLessThanOrEqual(costByCategory[cat] ?? 0);
      for (const e of r.evaluations) {
        for (const reason of e.reasons) {
          expect(reason.text.trim().length).toBeGreaterThan(0);
          expect(reason.text).not.toMatch(/\{(actual|expected)\}/);
          expect(reason.source).not.toBeNull();
        }
        if (!e.eligible) expect(e.reasons.some((x) => !x.passed)).toBe(true);
      }
      const reversed = match(caseFile, [...packs].reverse().map((p) => ({ ...p, schemes: [...p.schemes].reverse() })));
      expect(reversed).toEqual(r);
    });
  }
});
