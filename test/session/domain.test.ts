// The pure session domain (shared/apk, shared/arrangements) without the store.
import { describe, expect, it } from 'vitest';
import { checklistSchema } from '../../shared/apk/checklist.ts';
import { defaultChecklist } from '../../shared/apk/default-checklist.ts';
import { applyChanges, raiseSignals } from '../../shared/apk/signals.ts';
import { addDays, buildActions } from '../../shared/arrangements/actions.ts';
import { assembleCase } from '../../shared/arrangements/case.ts';
import { documentHtml } from '../../shared/arrangements/document.ts';
import { parseExport } from '../../shared/arrangements/export.ts';
import { ADVISER_LIMIT_PARAM, applyOverrides } from '../../shared/arrangements/overrides.ts';
import type { ArrangementVersion } from '../../shared/contract/arrangements.ts';
import { defaultIntakeFields } from '../../shared/contract/intake.ts';
import type { ArrangementResult } from '../../shared/matcher/result.ts';
import type { Pack } from '../../shared/packs/format.ts';
import { basicSkillsTraining, referencePacks } from './helpers.ts';

const packs = referencePacks();
const nl = packs.find((p) => p.id === 'nl')!;
const scheme = (id: string) => nl.schemes.find((s) => s.id === id)!;

const caseOn = (referenceDate: string, training = basicSkillsTraining()) =>
  assembleCase({ client: { birthDate: '1975-06-01', region: 'twente' }, intake: defaultIntakeFields(), training, referenceDate });

const resultWith = (referenceDate: string, schemeIds: string[]): ArrangementResult => ({
  referenceDate,
  totalCostCents: 150_000,
  ownContributionCents: 0,
  loanCents: 0,
  lines: schemeIds.map((schemeId) => ({ schemeId, name: schemeId, kind: 'grant', payer: 'X', amountCents: 1, costs: {}, unverified: false, stacking: 'stacks' })),
  evaluations: [],
});

describe('Loopbaan APK signals', () => {
  it('the shipped checklist validates and every signal rule names a defined signal', () => {
    expect(checklistSchema.safeParse(defaultChecklist).success).toBe(true);
    const broken = structuredClone(defaultChecklist);
    broken.signals = broken.signals.filter((s) => s.id !== 'dismissal-notice');
    const r = checklistSchema.safeParse(broken);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe('Signaal "dismissal-notice" staat niet in "signals" van deze checklist.');
  });

  it('collects one signal per kind with every statement and change that raised it', () => {
    const signals = raiseSignals(defaultChecklist, {
      'bv-taal': { answer: 'deels' },
      'bv-rekenen': { answer: 'ja' },
      'bv-digitaal': { answer: 'nee' },
      'tb-kansberoep': { answer: 'nee' },
    });
    expect(signals.map((s) => [s.id, s.statementIds, s.changes])).toEqual([
      [
        'basic-skills-insufficient',
        ['bv-taal', 'bv-digitaal'],
        [
          { field: 'basicSkills.language', value: 'insufficient' },
          { field: 'basicSkills.digital', value: 'insufficient' },
        ],
      ],
    ]);
  });

  it('applies changes to copies only', () => {
    const intake = defaultIntakeFields();
    const training = basicSkillsTraining();
    const next = applyChanges(intake, training, [
      { field: 'basicSkills.numeracy', value: 'insufficient' },
      { field: 'training.kansberoep', value: true },
    ]);
    expect(next.intake.basicSkills.numeracy).toBe('insufficient');
    expect(next.training!.kansberoep).toBe(true);
    expect(intake.basicSkills.numeracy).toBe('unknown');
    expect(training.kansberoep).toBe(false);
  });
});

describe('action list timing', () => {
  it('uses the tijdvak open on the peildatum, else the next one, else says none is known', () => {
    const at = (date: string) => buildActions(resultWith(date, ['nl.tel-mee-met-taal']), packs, caseOn(date))[0]!;
    expect(at('2022-01-15')).toMatchObject({ applyBefore: '2022-02-28', tijdvak: { opens: '2022-01-01', closes: '2022-02-28' } });
    expect(at('2022-01-15').timing).toMatch(/^Aanvragen kan nu, tot en met 28-02-2022\./);
    expect(at('2022-05-01')).toMatchObject({ applyBefore: '2023-02-28', tijdvak: { opens: '2023-01-01', closes: '2023-02-28' } });
    expect(at('2022-05-01').timing).toMatch(/^Aanvragen kan van 01-01-2023 tot en met 28-02-2023\./);
    expect(at('2024-06-01')).toMatchObject({ applyBefore: null, tijdvak: null });
    expect(at('2024-06-01').timing).toMatch(/De laatste bekende periode sloot op 29-02-2024/);
  });

  it('turns a deadline rule into a date relative to the training, taking the earlier of rule and tijdvak', () => {
    const base = scheme('nl.tel-mee-met-taal');
    const withRule = (rule: 'before-training-start' | 'within-weeks-after-start', weeks?: number): Pack[] => [
      { ...nl, schemes: [{ ...base, application: { ...base.application, deadline: { rule, weeks } } }] },
    ];
    const c = caseOn('2022-01-15', basicSkillsTraining({ startDate: '2022-02-14' }));
    const before = buildActions(resultWith('2022-01-15', [base.id]), withRule('before-training-start'), c)[0]!;
    expect(before.applyBefore).toBe('2022-02-13');
    expect(before.timing).toContain('uiterlijk 13-02-2022');
    const after = buildActions(resultWith('2022-01-15', [base.id]), withRule('within-weeks-after-start', 4), c)[0]!;
    expect(after.applyBefore).toBe('2022-02-28'); // start + 4 weeks = 14-03, the tijdvak closes earlier
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('lists a scheme once, even with its cofinancing line, most urgent first', () => {
    const r = resultWith('2022-01-15', ['nl.werkgever', 'nl.tel-mee-met-taal', 'nl.tel-mee-met-taal']);
    const actions = buildActions(r, packs, caseOn('2022-01-15'));
    expect(actions.map((a) => a.schemeId)).toEqual(['nl.tel-mee-met-taal', 'nl.werkgever']);
    expect(actions[1]!.what).toBe('Uw werkgever legt de bijdrage vast: Werkgeversbijdrage.');
  });
});

describe('overrides as transformed copies', () => {
  it('drops an excluded scheme, adds the adviser cap, sets the employer contribution; the inputs stay as they were', () => {
    const c = caseOn('2022-01-15');
    const out = applyOverrides(c, packs, [
      { kind: 'exclude-scheme', schemeId: 'nl.stap', reason: 'Cliënt wil geen STAP.' },
      { kind: 'limit-amount', schemeId: 'nl.tel-mee-met-taal', amountCents: 50_000, reason: 'Afspraak met werkgever.' },
      { kind: 'employer-contribution', amountCents: 25_000, reason: 'Toezegging in mail.' },
    ]);
    const outNl = out.packs.find((p) => p.id === 'nl')!;
    expect(outNl.schemes.some((s) => s.id === 'nl.stap')).toBe(false);
    const tmmt = outNl.schemes.find((s) => s.id === 'nl.tel-mee-met-taal')!;
    expect(tmmt.parameters[ADVISER_LIMIT_PARAM]).toMatchObject({ values: [{ from: '1900-01-01', value: 50_000 }], source: 'adviser-override', verified: true, note: 'Afspraak met werkgever.' });
    expect(tmmt.coverage.caps.at(-1)).toEqual({ per: 'case', amount: { param: ADVISER_LIMIT_PARAM }, label: 'Maximum ingesteld door de adviseur' });
    expect(outNl.sources['adviser-override']).toBeDefined();
    expect(out.case.training.employerContributionCents).toBe(25_000);
    // Untouched packs are shared, the originals unchanged.
    expect(out.packs.find((p) => p.id === 'sector')).toBe(packs.find((p) => p.id === 'sector'));
    expect(nl.schemes.some((s) => s.id === 'nl.stap')).toBe(true);
    expect(c.training.employerContributionCents).toBeUndefined();
  });
});

describe('client document', () => {
  const version = (patch: Partial<ArrangementVersion> = {}): ArrangementVersion => ({
    id: 'a1',
    clientId: 'c1',
    trainingId: 't1',
    version: 3,
    referenceDate: '2022-01-15',
    status: 'besproken',
    lineStatuses: {},
    overrides: [],
    case: caseOn('2022-01-15', basicSkillsTraining({ title: '<script>alert(1)</script> & co' })),
    packs: [],
    result: {
      ...resultWith('2022-01-15', []),
      ownContributionCents: 20_000,
      loanCents: 30_000,
      lines: [
        { schemeId: 'nl.x', name: 'Regeling "X"', kind: 'loan', payer: 'DUO', amountCents: 30_000, costs: {}, unverified: true, stacking: 'stacks' },
        { schemeId: 'nl.y', name: 'Y', kind: 'grant', payer: 'Gemeente', amountCents: 100_000, costs: {}, unverified: false, stacking: 'stacks' },
      ],
    },
    actions: [],
    savedAt: '2026-03-02T09:00:00.000Z',
    savedBy: 'Fatima',
    origin: 'save',
    ...patch,
  });

  it('escapes every text, marks unverified amounts and says what the client pays and borrows', () => {
    const html = documentHtml({ arrangement: version(), clientName: 'Anna <b>' });
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    expect(html).toContain('Anna &lt;b&gt;');
    expect(html).toContain('Regeling &quot;X&quot; *');
    expect(html).toContain('* Dit bedrag is nog niet zeker.');
    expect(html).toContain('U betaalt zelf <strong><span class="amount">€ 200,00</span></strong>.');
    expect(html).toContain('Daarnaast leent u <span class="amount">€ 300,00</span>. Dat geld moet u later terugbetalen.');
    expect(html).toContain('Status: Besproken. Versie 3.');
    expect(html).toContain('Niemand hoeft iets aan te vragen.');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('only links web addresses', () => {
    const action = {
      schemeId: 'nl.y', schemeName: 'Y', applicant: 'client' as const, who: 'U zelf', what: 'U zelf vraagt Y aan.', how: 'Online.',
      url: 'javascript:alert(1)', documents: [], applyBefore: null, timing: 'Geen datum.', tijdvak: null, budgetNote: null,
    };
    const html = documentHtml({ arrangement: version({ actions: [action, { ...action, url: 'https://example.nl/aanvraag' }] }) });
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('<a href="https://example.nl/aanvraag">');
  });
});

describe('export format', () => {
  it('refuses unknown fields at their path', () => {
    const r = parseExport(JSON.stringify({ format: 'arrangeur.arrangement', formatVersion: 2, arrangement: {} }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toEqual({ path: 'formatVersion', message: 'Deze versie van het exportbestand kent Arrangeur niet.' });
  });
});
