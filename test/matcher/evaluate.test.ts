// The evaluator on small inline packs: every failed rule is listed, validity is worded in
// plain Dutch, dated facts use the rule's date, operators are typed, notices are raised.
import { describe, expect, it } from 'vitest';
import { evaluateScheme, match } from '../../shared/matcher/index.ts';
import { durationMonths } from '../../shared/matcher/facts.ts';
import { leaf, makeCase, makePack, param, scheme } from './fixtures.ts';

const evalOne = (s: Record<string, unknown>, caseOver: Record<string, unknown> = {}, date?: string) => {
  const pack = makePack([s]);
  return evaluateScheme(pack.schemes[0]!, pack, makeCase(caseOver), date ? { referenceDate: date } : {});
};
const failed = (e: ReturnType<typeof evalOne>) => e.reasons.filter((r) => !r.passed).map((r) => r.rule);
const passed = (e: ReturnType<typeof evalOne>) => e.reasons.filter((r) => r.passed).map((r) => r.rule);

describe('rules: every failed rule is listed', () => {
  const three = scheme('test.drie', {
    eligibility: {
      all: [
        leaf('werkend', 'work.status', 'eq', 'job-seeker'),
        leaf('regio', 'client.region', 'eq', 'twente'),
        leaf('ww', 'work.benefit', 'eq', 'ww'),
        leaf('kansberoep', 'training.kansberoep', 'isFalse'),
      ],
    },
  });

  it('an all-group evaluates every child and lists all failures, and what did hold as passed', () => {
    const e = evalOne(three);
    expect(e.status).toBe('ineligible');
    expect(e.eligible).toBe(false);
    expect(failed(e)).toEqual(['werkend', 'ww', 'kansberoep']);
    expect(passed(e)).toEqual(['regio']);
    expect(e.maxAmountCents).toBeNull();
  });

  it('a failing any-group lists all its children', () => {
    const e = evalOne(scheme('test.any', { eligibility: { any: [leaf('a', 'work.benefit', 'eq', 'ww'), leaf('b', 'work.dismissalNotice', 'isTrue'), leaf('c', 'client.age', 'lt', { param: 'max' })] }, parameters: { max: param('max', 'years', [['2000-01-01', 27]]) } }));
    expect(failed(e)).toEqual(['a', 'b', 'c']);
  });

  it('a passing any-group shows the alternative that held, not the ones that did not', () => {
    const e = evalOne(scheme('test.any', { eligibility: { any: [leaf('a', 'work.benefit', 'eq', 'ww'), leaf('b', 'work.status', 'eq', 'employed')] } }));
    expect(e.eligible).toBe(true);
    expect(e.reasons.map((r) => [r.rule, r.passed])).toEqual([['b', true]]);
  });

  it('not inverts: a condition that holds under `not` counts against, with the true sentence', () => {
    const e = evalOne(scheme('test.not', { eligibility: { all: [{ not: leaf('sf', 'work.status', 'eq', 'employed', { pass: 'U werkt in loondienst.', fail: 'U werkt niet in loondienst.' }) }] } }));
    expect(e.eligible).toBe(false);
    expect(e.reasons).toEqual([{ rule: 'sf', passed: false, text: 'U werkt in loondienst.', source: { id: 'bron', title: 'Testbron', url: 'https://example.org/bron' } }]);
    const ok = evalOne(scheme('test.not', { eligibility: { not: { any: [leaf('a', 'work.benefit', 'eq', 'ww'), leaf('b', 'work.dismissalNotice', 'isTrue')] } } }));
    expect(ok.eligible).toBe(true);
    expect(ok.reasons.map((r) => [r.rule, r.passed])).toEqual([['a', true], ['b', true]]);
  });

  it('nested groups: failures deep inside are all reported', () => {
    const e = evalOne(scheme('test.nest', {
      eligibility: { all: [leaf('a', 'work.status', 'eq', 'employed'), { any: [leaf('b', 'work.benefit', 'eq', 'ww'), { all: [leaf('c', 'training.kansberoep', 'isFalse'), leaf('d', 'work.dismissalNotice', 'isTrue')] }] }, leaf('e', 'client.region', 'eq', 'rijnmond')] },
    }));
    expect(failed(e)).toEqual(['b', 'c', 'd', 'e']);
    expect(passed(e)).toEqual(['a']);
  });

  it('every reason carries its source from pack.sources', () => {
    const e = evalOne(three);
    for (const r of e.reasons) expect(r.source).toEqual({ id: 'bron', title: 'Testbron', url: 'https://example.org/bron' });
  });
});

describe('validity on the peildatum', () => {
  const stap = scheme('test.stap', { validFrom: '2022-03-01', validTo: '2023-12-31' });
  it('after validTo: one reason in plain words, no rules evaluated', () => {
    const e = evalOne(stap, {}, '2026-01-05');
    expect(e.status).toBe('outside-validity');
    expect(e.eligible).toBe(false);
    expect(e.reasons).toHaveLength(1);
    expect(e.reasons[0]!).toMatchObject({ rule: 'validity', passed: false, text: 'Deze regeling liep van 1 maart 2022 tot en met 31 december 2023.' });
  });
  it('before validFrom', () => {
    const e = evalOne(scheme('test.slim', { validFrom: '2025-03-10', validTo: '2027-12-31' }), {}, '2024-06-01');
    expect(e.reasons[0]!.text).toBe('Deze regeling begint op 10 maart 2025.');
  });
  it('on the first and the last day it is valid', () => {
    expect(evalOne(stap, {}, '2022-03-01').status).toBe('eligible');
    expect(evalOne(stap, {}, '2023-12-31').status).toBe('eligible');
    expect(evalOne(stap, {}, '2024-01-01').status).toBe('outside-validity');
  });
});

describe('dated facts: peildatum or training start', () => {
  // Born 1968-10-01: 55 on the peildatum 2024-06-01, 56 on the training start 2024-11-01.
  const client = { client: { birthDate: '1968-10-01' }, referenceDate: '2024-06-01', training: { startDate: '2024-11-01', endDate: '2025-06-30' } };
  const lll = (on?: 'trainingStart' | 'referenceDate') =>
    scheme('test.lll', {
      eligibility: leaf('leeftijd', 'client.age', 'lt', { param: 'max' }, { ...(on ? { on } : {}), fail: 'Leeftijd {actual}, grens {expected}.' }),
      // the age limit itself changes with the training's start date
      parameters: { max: param('leeftijdsgrens', 'years', [['2017-09-01', 55], ['2020-09-01', 56], ['2024-09-01', 57]]) },
    });
  it('on: trainingStart computes the age and the dated limit on the start date', () => {
    const e = evalOne(lll('trainingStart'), client);
    expect(e.eligible).toBe(true); // 56 < 57
    // Born 1968-05-01: 56 on both dates; the limit is 56 on the peildatum but 57 for a start
    // from 2024-09-01, so only the training start date makes this client eligible.
    const may = { ...client, client: { birthDate: '1968-05-01' } };
    expect(evalOne(lll('trainingStart'), may).eligible).toBe(true);
    expect(evalOne(lll('referenceDate'), may).eligible).toBe(false);
  });
  it('without on (peildatum) the same rule uses the peildatum for both', () => {
    const e = evalOne(lll(), client);
    expect(e.eligible).toBe(true); // 55 < 56
    const older = evalOne(lll(), { ...client, client: { birthDate: '1968-05-01' } });
    expect(older.eligible).toBe(false); // 56 on the peildatum, limit 56 before 2024-09-01
    expect(older.reasons[0]!.text).toBe('Leeftijd 56 jaar, grens 56 jaar.');
  });
  it('years in service on the peildatum, in whole years', () => {
    const rule = scheme('test.dienst', { eligibility: leaf('jaar', 'work.yearsInService', 'gte', { param: 'min' }), parameters: { min: param('min', 'years', [['2000-01-01', 1]]) } });
    expect(evalOne(rule, { work: { employmentStartDate: '2022-06-02' } }).eligible).toBe(false); // 0 years on 2023-06-01
    expect(evalOne(rule, { work: { employmentStartDate: '2022-06-01' } }).eligible).toBe(true);
    expect(evalOne(rule, { work: { employmentStartDate: null } }).eligible).toBe(false);
  });
});

describe('typed operators', () => {
  const check = (rule: Record<string, unknown>, caseOver: Record<string, unknown> = {}, params: Record<string, unknown> = {}) =>
    evalOne(scheme('test.op', { eligibility: rule, parameters: params }), caseOver).eligible;
  const n = (v: number) => ({ n: param('getal', 'hours', [['2000-01-01', v]]) });

  it('numbers: eq neq gt gte lt lte against a dated parameter', () => {
    expect(check(leaf('a', 'work.hoursPerWeek', 'eq', { param: 'n' }), {}, n(38))).toBe(true);
    expect(check(leaf('a', 'work.hoursPerWeek', 'neq', { param: 'n' }), {}, n(38))).toBe(false);
    expect(check(leaf('a', 'work.hoursPerWeek', 'gt', { param: 'n' }), {}, n(38))).toBe(false);
    expect(check(leaf('a', 'work.hoursPerWeek', 'gte', { param: 'n' }), {}, n(38))).toBe(true);
    expect(check(leaf('a', 'work.hoursPerWeek', 'lt', { param: 'n' }), {}, n(38.5))).toBe(true);
    expect(check(leaf('a', 'work.hoursPerWeek', 'lte', { param: 'n' }), {}, n(37))).toBe(false);
  });
  it('isSet / isNotSet on nullable facts', () => {
    expect(check(leaf('a', 'work.sectorFund', 'isNotSet'))).toBe(true);
    expect(check(leaf('a', 'work.sectorFund', 'isSet'), { work: { sectorFund: 'oom' } })).toBe(true);
    expect(check(leaf('a', 'work.employerSize', 'isSet'), { work: { employerSize: null } })).toBe(false);
  });
  it('enum and string: eq neq in notIn (an unset value is in no list)', () => {
    expect(check(leaf('a', 'work.contract', 'in', ['permanent', 'temporary']))).toBe(true);
    expect(check(leaf('a', 'work.contract', 'notIn', ['agency']))).toBe(true);
    expect(check(leaf('a', 'work.contract', 'neq', 'permanent'))).toBe(false);
    expect(check(leaf('a', 'work.sectorFund', 'eq', 'oom'))).toBe(false);
    expect(check(leaf('a', 'work.sectorFund', 'neq', 'oom'))).toBe(true);
    expect(check(leaf('a', 'training.level', 'in', ['mbo1', 'mbo2', 'mbo3', 'mbo4']))).toBe(true);
  });
  it('sets: containsAny containsAll containsNone', () => {
    const rec = { training: { recognitions: ['nrto-keurmerk', 'nlqf'] } };
    expect(check(leaf('a', 'training.recognitions', 'containsAny', ['ocw-diploma', 'nlqf']), rec)).toBe(true);
    expect(check(leaf('a', 'training.recognitions', 'containsAll', ['nlqf', 'ocw-diploma']), rec)).toBe(false);
    expect(check(leaf('a', 'training.recognitions', 'containsNone', ['ontwikkelpad']), rec)).toBe(true);
    expect(check(leaf('a', 'training.recognitions', 'containsAny', ['nlqf']), { training: { recognitions: [] } })).toBe(false);
  });
  it('dates: before onOrBefore after onOrAfter', () => {
    expect(check(leaf('a', 'training.startDate', 'onOrAfter', '2023-09-01'))).toBe(true);
    expect(check(leaf('a', 'training.startDate', 'after', '2023-09-01'))).toBe(false);
    expect(check(leaf('a', 'training.startDate', 'before', '2023-09-02'))).toBe(true);
    expect(check(leaf('a', 'training.startDate', 'onOrBefore', '2023-08-31'))).toBe(false);
  });
  it('booleans and derived facts', () => {
    expect(check(leaf('a', 'client.hasStartkwalificatie', 'isTrue'))).toBe(true); // mbo2
    expect(check(leaf('a', 'client.hasStartkwalificatie', 'isTrue'), { client: { educationLevel: 'vmbo' } })).toBe(false);
    expect(check(leaf('a', 'client.hasStartkwalificatie', 'isTrue'), { client: { educationLevel: 'havo' } })).toBe(true);
    expect(check(leaf('a', 'basicSkills.anyInsufficient', 'isTrue'), { basicSkills: { digital: 'insufficient' } })).toBe(true);
    expect(check(leaf('a', 'basicSkills.anyInsufficient', 'isTrue'), { basicSkills: { digital: 'unknown' } })).toBe(false);
    expect(check(leaf('a', 'training.startsAfterReferenceDate', 'isTrue'))).toBe(true);
    expect(check(leaf('a', 'training.durationMonths', 'lte', { param: 'n' }), {}, { n: param('maanden', 'months', [['2000-01-01', 10]]) })).toBe(true);
  });
  it('history: used this scheme in the calendar year of the peildatum', () => {
    const rule = leaf('nog-niet', 'history.usedThisSchemeThisYear', 'isFalse');
    expect(check(rule, { schemesUsed: [{ schemeId: 'test.op', date: '2023-02-01' }] })).toBe(false);
    expect(check(rule, { schemesUsed: [{ schemeId: 'test.op', date: '2022-12-31' }] })).toBe(true);
    expect(check(rule, { schemesUsed: [{ schemeId: 'test.ander', date: '2023-02-01' }] })).toBe(true);
  });
  it('duration in months is rounded up and counts the end date', () => {
    expect(durationMonths('2026-01-01', '2026-12-31')).toBe(12);
    expect(durationMonths('2026-01-01', '2027-01-01')).toBe(13);
    expect(durationMonths('2026-03-10', '2026-03-10')).toBe(1);
    expect(durationMonths('2026-01-15', '2026-04-14')).toBe(3);
  });
});

describe('sentences', () => {
  it('fill {actual} and {expected} with Dutch renderings', () => {
    const e = evalOne(
      scheme('test.zin', {
        eligibility: {
          all: [
            leaf('status', 'work.status', 'in', ['job-seeker', 'self-employed'], { fail: 'U bent {actual}; nodig: {expected}.' }),
            leaf('start', 'training.startDate', 'before', '2023-01-01', { fail: 'Start {actual}, moet vóór {expected}.' }),
            leaf('erk', 'training.recognitions', 'containsAll', ['nlqf', 'ocw-diploma'], { fail: 'Heeft {actual}; nodig {expected}.' }),
            leaf('uren', 'work.hoursPerWeek', 'lt', { param: 'u' }, { fail: '{actual} is niet minder dan {expected}.' }),
            leaf('regio', 'client.region', 'eq', 'rijnmond', { fail: 'Regio {actual}, nodig {expected}.' }),
          ],
        },
        parameters: { u: param('uren', 'hours', [['2000-01-01', 36.5]]) },
      }),
    );
    expect(e.reasons.map((r) => r.text)).toEqual([
      'U bent in loondienst; nodig: werkzoekend of zelfstandig ondernemer (zzp).',
      'Start 1 september 2023, moet vóór 1 januari 2023.',
      'Heeft NRTO-keurmerk; nodig ingeschaald in het NLQF en diploma erkend door OCW.',
      '38 uur is niet minder dan 36,5 uur.',
      'Regio Twente, nodig Rijnmond.',
    ]);
  });
});

describe('notices', () => {
  it('an unverified figure is used and flagged; the line says unverified', () => {
    const pack = makePack([scheme('test.u', { coverage: { categories: ['tuition'], caps: [{ per: 'case', amount: { param: 'max' } }] }, parameters: { max: param('maximum', 'cents', [['2020-01-01', 50_000]], false) } })]);
    const r = match(makeCase(), [pack]);
    expect(r.lines).toEqual([expect.objectContaining({ schemeId: 'test.u', amountCents: 50_000, unverified: true })]);
    const n = r.evaluations[0]!.notices.find((x) => x.kind === 'unverified-figure');
    expect(n?.text).toContain('€ 500,00');
    expect(n?.text).toContain('1 november 2026');
  });
  it('an unknown figure (null) gives no amount and no line, never a guess', () => {
    const pack = makePack([scheme('test.cheque', { coverage: { categories: ['tuition'], caps: [{ per: 'case', amount: { param: 'cheque' } }] }, parameters: { cheque: param('chequebedrag', 'cents', [['2019-01-01', null]], false) } })]);
    const r = match(makeCase(), [pack]);
    expect(r.lines).toEqual([]);
    expect(r.ownContributionCents).toBe(150_000);
    const e = r.evaluations[0]!;
    expect(e.eligible).toBe(true);
    expect(e.maxAmountCents).toBeNull();
    expect(e.notices.map((x) => x.kind)).toContain('unknown-figure');
  });
  it('a rule with an unknown figure cannot pass and says why', () => {
    const e = evalOne(scheme('test.q', { eligibility: leaf('leeftijd', 'client.age', 'lt', { param: 'aow' }), parameters: { aow: param('AOW-leeftijd', 'years', [['2020-01-01', null]], false) } }));
    expect(e.eligible).toBe(false);
    expect(e.reasons[0]!.text).toContain('"AOW-leeftijd" is niet bekend');
    expect(e.notices.map((x) => x.kind)).toContain('unknown-figure');
    // ... also under `not`: unknown stays unknown
    const n = evalOne(scheme('test.q', { eligibility: { not: leaf('leeftijd', 'client.age', 'lt', { param: 'aow' }) }, parameters: { aow: param('AOW-leeftijd', 'years', [['2020-01-01', null]], false) } }));
    expect(n.eligible).toBe(false);
  });
  it('a closed tijdvak names the next one; budget status other than open is shown', () => {
    const e = evalOne(scheme('test.t', { tijdvakken: [{ opens: '2023-01-01', closes: '2023-02-28' }, { opens: '2024-01-01', closes: '2024-02-29' }], budget: { status: 'ceiling-reached', checkedOn: '2023-05-01' } }));
    expect(e.eligible).toBe(true);
    expect(e.notices).toContainEqual({ kind: 'tijdvak-closed', text: 'Aanvragen kan nu niet: het tijdvak is gesloten. Het volgende tijdvak loopt van 1 januari 2024 tot en met 29 februari 2024.' });
    expect(e.notices.find((x) => x.kind === 'budget')?.text).toContain('budgetplafond');
    const open = evalOne(scheme('test.t', { tijdvakken: [{ opens: '2023-05-01', closes: '2023-06-30' }] }));
    expect(open.notices.map((x) => x.kind)).not.toContain('tijdvak-closed');
  });
  it('a budget status checked after the peildatum is told in the past, not as a fact about the peildatum', () => {
    const closed = { budget: { status: 'closed', checkedOn: '2026-11-01' } };
    expect(evalOne(scheme('test.b', closed), {}, '2022-01-15').notices.find((x) => x.kind === 'budget')?.text).toBe(
      'Op 1 november 2026 nam deze regeling geen nieuwe aanvragen aan. Dat is na de peildatum. Hoe het op de peildatum was, is niet bekend.',
    );
    expect(evalOne(scheme('test.b', closed), {}, '2026-11-23').notices.find((x) => x.kind === 'budget')?.text).toBe(
      'Deze regeling neemt geen nieuwe aanvragen aan. Dit is gecontroleerd op 1 november 2026.',
    );
  });
  it('a calendar-year cap is reduced by what was used this year', () => {
    const s = scheme('test.jaar', { coverage: { categories: ['tuition'], caps: [{ per: 'calendar-year', amount: { param: 'max' } }] }, parameters: { max: param('max', 'cents', [['2019-01-01', 15_000]]) } });
    const pack = makePack([s]);
    const r = match(makeCase({ schemesUsed: [{ schemeId: 'test.jaar', date: '2023-02-01', amountCents: 10_000 }, { schemeId: 'test.jaar', date: '2022-05-01', amountCents: 15_000 }] }), [pack]);
    expect(r.lines[0]!.amountCents).toBe(5_000);
    expect(r.evaluations[0]!.notices).toContainEqual({ kind: 'cap-history', text: 'In 2023 is al € 100,00 uit deze regeling gebruikt. Er is dit jaar nog € 50,00 over.' });
    // an earlier use without an amount: assume the whole yearly amount is used, and say so
    const unknown = match(makeCase({ schemesUsed: [{ schemeId: 'test.jaar', date: '2023-02-01' }] }), [pack]);
    expect(unknown.lines).toEqual([]);
    expect(unknown.evaluations[0]!.notices.map((x) => x.kind)).toContain('cap-history');
  });
  it('pro rata by hours and conditional caps', () => {
    const s = scheme('test.pr', {
      coverage: {
        categories: ['tuition'],
        caps: [
          { per: 'case', amount: { param: 'voucher' }, proRataByHours: { param: 'voltijd' } },
          { per: 'case', amount: { param: 'klein' }, when: [{ fact: 'training.jobGuarantee', op: 'isFalse' }] },
        ],
      },
      parameters: { voucher: param('voucher', 'cents', [['2018-01-01', 20_000]]), voltijd: param('voltijd', 'hours', [['2018-01-01', 38]]), klein: param('klein', 'cents', [['2018-01-01', 5_000]]) },
    });
    const pack = makePack([s]);
    expect(match(makeCase({ work: { hoursPerWeek: 19 } }), [pack]).lines[0]!.amountCents).toBe(5_000);
    expect(match(makeCase({ work: { hoursPerWeek: 19 }, training: { jobGuarantee: true } }), [pack]).lines[0]!.amountCents).toBe(10_000);
    expect(match(makeCase({ work: { hoursPerWeek: 40 }, training: { jobGuarantee: true } }), [pack]).lines[0]!.amountCents).toBe(20_000);
  });
  it('no covered cost in the case: eligible, amount 0, and a notice that says which costs it pays', () => {
    const e = evalOne(scheme('test.reis', { coverage: { categories: ['travel', 'exam'] } }));
    expect(e.maxAmountCents).toBe(0);
    expect(e.notices.find((x) => x.kind === 'other')?.text).toBe('Deze regeling betaalt alleen reiskosten of examengeld. Die kosten staan niet in deze aanvraag.');
  });
});
