// Re-evaluation of open arrangements after a pack change (issue 9, items 7-8), incrementally.
//
// The rule, and why it is safe. The matcher evaluates every scheme on its own (its rules read
// only the case's facts and the scheme's own parameters) and then stacks the eligible ones. So
// an arrangement's outcome (lines, own contribution, loan, which schemes fit) can only change
// through a scheme whose definition changed between the pack versions the arrangement was
// computed with and the ones in use now, and only if that scheme fits the case in the old or in
// the new version: a scheme that fits in neither takes no part in stacking before or after. So,
// per arrangement:
//   1. Its recorded pack versions equal the ones in use: nothing to do.
//   2. Changed schemes = every scheme id whose definition differs between the recorded versions
//      and the active packs, including added schemes (also a pack that is new altogether) and
//      removed ones. The old versions are read back (shipped, active or installed copies); if
//      one cannot be, the arrangement is matched again whole (we cannot know what changed).
//   3. An adviser's adjustment (leave out, limit) naming a changed scheme: matched again whole,
//      because the adjustment may no longer fit.
//   4. Otherwise only the changed schemes are evaluated, old and new version, on the
//      arrangement's own case and peildatum (with the employer contribution applied). If none
//      fits in either version the outcome cannot have changed. This is the step that covers a
//      newly added scheme: an arrangement whose case fits it is matched again.
//   5. The rest are matched again whole with the new packs, and compared with the stored
//      outcome; only a real difference becomes an item, and only then are explanations rendered.
// Pure: the caller reads the arrangements and the old pack versions.
import type { CaseFile } from '../case/schema.ts';
import type { RecordedOverride } from '../contract/arrangements.ts';
import type { PackRef } from '../contract/packs.ts';
import type { OutcomeSummary, ReevaluationDetail, ReevaluationLine, ReevaluationScheme } from '../contract/reevaluation.ts';
import { stackItemsOf } from '../matcher/coverage.ts';
import { evaluateWithFacts } from '../matcher/evaluate.ts';
import { caseFacts } from '../matcher/facts.ts';
import type { ArrangementResult } from '../matcher/result.ts';
import { diffPacks } from '../packs/diff.ts';
import type { Pack, Scheme, SchemeKind } from '../packs/format.ts';
import { computeArrangement, packRefs, type ComputedArrangement } from './compute.ts';

/** One string per set of pack versions, independent of order. */
export const packsKey = (refs: readonly PackRef[]): string =>
  refs
    .map((r) => `${r.id}@${r.version}`)
    .sort()
    .join(',');

interface SchemeAt {
  readonly scheme: Scheme;
  readonly pack: Pack;
}

export interface ChangedScheme {
  readonly id: string;
  readonly old: SchemeAt | null;
  readonly next: SchemeAt | null;
  /** The pack's change list for this scheme, in plain Dutch. */
  readonly changes: readonly string[];
}

export interface ChangePlan {
  readonly upToDate: boolean;
  /** null: an old version could not be read back, so every arrangement on these versions is matched again whole. */
  readonly changed: ReadonlyMap<string, ChangedScheme> | null;
  readonly packsAfter: readonly PackRef[];
}

/** The pack of a recorded version, read back; null when this app no longer has it. */
export type OldPackLookup = (ref: PackRef) => Pack | null;

const schemesOf = (packs: readonly Pack[]): Map<string, SchemeAt> => {
  const out = new Map<string, SchemeAt>();
  for (const pack of packs) for (const scheme of pack.schemes) out.set(scheme.id, { scheme, pack });
  return out;
};

/** What differs between the recorded pack versions and the active packs. */
export const planChanges = (recorded: readonly PackRef[], active: readonly Pack[], oldPack: OldPackLookup): ChangePlan => {
  const packsAfter = packRefs(active);
  if (packsKey(recorded) === packsKey(packsAfter)) return { upToDate: true, changed: new Map(), packsAfter };
  const activeById = new Map(active.map((p) => [p.id, p]));
  const olds: Pack[] = [];
  for (const ref of recorded) {
    const a = activeById.get(ref.id);
    const old = a && a.version === ref.version ? a : oldPack(ref);
    if (!old) return { upToDate: false, changed: null, packsAfter };
    olds.push(old);
  }
  const before = schemesOf(olds);
  const after = schemesOf(active);
  // The diff's sentences per scheme, for every pack present on both sides in another version.
  const texts = new Map<string, string[]>();
  const oldById = new Map(olds.map((p) => [p.id, p]));
  for (const next of active) {
    const old = oldById.get(next.id);
    if (!old || old === next) continue;
    for (const c of diffPacks(old, next)) {
      if (c.schemeId === null) continue;
      const list = texts.get(c.schemeId) ?? [];
      list.push(c.text);
      texts.set(c.schemeId, list);
    }
  }
  const changed = new Map<string, ChangedScheme>();
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const o = before.get(id) ?? null;
    const n = after.get(id) ?? null;
    if (o && n && (o.pack === n.pack || o.scheme === n.scheme || JSON.stringify(o.scheme) === JSON.stringify(n.scheme))) continue;
    const own = texts.get(id);
    const changes = own && own.length > 0
      ? own
      : !o
        ? [`Nieuwe regeling in pakket "${n!.pack.title}" ${n!.pack.version}.`]
        : !n
          ? ['Deze regeling staat niet meer in de regelingenpakketten.']
          : ['De regeling is gewijzigd.'];
    changed.set(id, { id, old: o, next: n, changes });
  }
  return { upToDate: false, changed, packsAfter };
};

/** What the re-evaluation needs of an open arrangement. */
export interface OpenArrangement {
  readonly case: CaseFile;
  readonly overrides: readonly RecordedOverride[];
  readonly packs: readonly PackRef[];
}

/** The stored outcome: the figures, the lines, and which schemes fitted. */
export interface BeforeOutcome extends OutcomeSummary {
  readonly lines: ReadonlyArray<{ readonly schemeId: string; readonly name: string; readonly kind: SchemeKind; readonly amountCents: number }>;
  readonly eligible: ReadonlySet<string>;
}

export const beforeOf = (r: ArrangementResult): BeforeOutcome => ({
  totalCostCents: r.totalCostCents,
  ownContributionCents: r.ownContributionCents,
  loanCents: r.loanCents,
  lines: r.lines.map((l) => ({ schemeId: l.schemeId, name: l.name, kind: l.kind, amountCents: l.amountCents })),
  eligible: new Set(r.evaluations.filter((e) => e.eligible).map((e) => e.schemeId)),
});

/** The case as the matcher saw it after the adviser's employer contribution (the only override that changes the case). */
const caseWithEmployer = (a: OpenArrangement): CaseFile => {
  let amount: number | undefined;
  for (const o of a.overrides) if (o.kind === 'employer-contribution') amount = o.amountCents;
  return amount === undefined ? a.case : { ...a.case, training: { ...a.case.training, employerContributionCents: amount } };
};

/** Steps 1-4 of the rule above: false when the outcome cannot have changed. */
export const mayChange = (a: OpenArrangement, plan: ChangePlan): boolean => {
  if (plan.upToDate) return false;
  const changed = plan.changed;
  if (changed === null) return true;
  if (changed.size === 0) return false;
  for (const o of a.overrides) if (o.kind !== 'employer-contribution' && changed.has(o.schemeId)) return true;
  const c = caseWithEmployer(a);
  const facts = caseFacts(c, c.referenceDate);
  const items = stackItemsOf(c);
  for (const ch of changed.values()) {
    if (ch.old && evaluateWithFacts(ch.old.scheme, ch.old.pack, facts, items).evaluation.eligible) return true;
    if (ch.next && evaluateWithFacts(ch.next.scheme, ch.next.pack, facts, items).evaluation.eligible) return true;
  }
  return false;
};

export type Reevaluation =
  | { readonly changed: false; readonly recomputed: boolean }
  | { readonly changed: true; readonly recomputed: true; readonly detail: ReevaluationDetail; readonly computed: ComputedArrangement | null };

const lineKey = (schemeId: string, kind: string): string => `${schemeId}|${kind}`;

/** Step 5: match again whole and compare with the stored outcome. */
export const compareWithNew = (a: OpenArrangement, plan: ChangePlan, active: readonly Pack[], before: BeforeOutcome): Reevaluation => {
  const out = computeArrangement(a.case, active, a.overrides);
  const summary = (o: OutcomeSummary): OutcomeSummary => ({ totalCostCents: o.totalCostCents, ownContributionCents: o.ownContributionCents, loanCents: o.loanCents });
  const changedSchemes = plan.changed;
  if (!out.ok) {
    const schemes: ReevaluationScheme[] = changedSchemes === null
      ? []
      : [...changedSchemes.values()]
          .filter((c) => before.eligible.has(c.id) || a.overrides.some((o) => o.kind !== 'employer-contribution' && o.schemeId === c.id))
          .map((c) => ({ schemeId: c.id, name: (c.next ?? c.old)!.scheme.name, eligibleBefore: before.eligible.has(c.id), eligibleAfter: false, changes: [...c.changes], reason: null }));
    return {
      changed: true,
      recomputed: true,
      computed: null,
      detail: {
        packsBefore: [...a.packs],
        packsAfter: [...plan.packsAfter],
        before: summary(before),
        after: null,
        lines: [],
        schemes,
        problem: `Een aanpassing van de adviseur past niet meer bij de nieuwe regelingen: ${out.issues.map((i) => i.message).join(' ')} Open het arrangement en pas de aanpassing aan.`,
      },
    };
  }
  const r = out.value.result;
  const amounts = (lines: BeforeOutcome['lines']) => {
    const m = new Map<string, { schemeId: string; name: string; kind: SchemeKind; cents: number }>();
    for (const l of lines) {
      const k = lineKey(l.schemeId, l.kind);
      const prev = m.get(k);
      m.set(k, { schemeId: l.schemeId, name: l.name, kind: l.kind, cents: (prev?.cents ?? 0) + l.amountCents });
    }
    return m;
  };
  const b = amounts(before.lines);
  const n = amounts(r.lines);
  const lines: ReevaluationLine[] = [];
  for (const k of [...new Set([...b.keys(), ...n.keys()])].sort()) {
    const x = b.get(k);
    const y = n.get(k);
    if (x && y && x.cents === y.cents) continue;
    const any = (y ?? x)!;
    lines.push({ schemeId: any.schemeId, name: any.name, kind: any.kind, beforeCents: x?.cents ?? null, afterCents: y?.cents ?? null });
  }
  const evaluationById = new Map(r.evaluations.map((e) => [e.schemeId, e]));
  const eligibleAfter = new Set(r.evaluations.filter((e) => e.eligible).map((e) => e.schemeId));
  const flipped = [...new Set([...before.eligible, ...eligibleAfter])].filter((id) => before.eligible.has(id) !== eligibleAfter.has(id));
  const same =
    lines.length === 0 &&
    flipped.length === 0 &&
    before.ownContributionCents === r.ownContributionCents &&
    before.totalCostCents === r.totalCostCents &&
    before.loanCents === r.loanCents;
  if (same) return { changed: false, recomputed: true };

  // The schemes behind the change: changed ones that fit before or after, and any whose line or fit moved.
  const involved = new Set<string>([...lines.map((l) => l.schemeId), ...flipped]);
  if (changedSchemes) for (const c of changedSchemes.values()) if (before.eligible.has(c.id) || eligibleAfter.has(c.id)) involved.add(c.id);
  const schemes: ReevaluationScheme[] = [...involved].sort().map((id) => {
    const c = changedSchemes?.get(id);
    const e = evaluationById.get(id);
    const name = e?.name ?? c?.next?.scheme.name ?? c?.old?.scheme.name ?? before.lines.find((l) => l.schemeId === id)?.name ?? id;
    const eligible = eligibleAfter.has(id);
    const reason = eligible ? null : !e ? 'Deze regeling staat niet meer in de regelingenpakketten.' : (e.reasons.find((x) => !x.passed)?.text ?? null);
    const changes = c ? [...c.changes] : changedSchemes === null ? ['De regels of bedragen van deze regeling kunnen zijn gewijzigd; de oude versie van het pakket is niet meer beschikbaar.'] : [];
    return { schemeId: id, name, eligibleBefore: before.eligible.has(id), eligibleAfter: eligible, changes, reason };
  });
  return {
    changed: true,
    recomputed: true,
    computed: out.value,
    detail: {
      packsBefore: [...a.packs],
      packsAfter: [...plan.packsAfter],
      before: summary(before),
      after: summary(r),
      lines,
      schemes,
      problem: null,
    },
  };
};

/**
 * The whole rule for many arrangements against one set of active packs: plans are made once per
 * set of recorded versions (thousands of arrangements share a handful).
 */
export class Reevaluator {
  private readonly plans = new Map<string, ChangePlan>();
  /** How many arrangements were matched again whole (for the bench and the log). */
  recomputed = 0;

  constructor(
    readonly active: readonly Pack[],
    private readonly oldPack: OldPackLookup,
  ) {}

  plan(recorded: readonly PackRef[]): ChangePlan {
    const key = packsKey(recorded);
    let p = this.plans.get(key);
    if (!p) {
      p = planChanges(recorded, this.active, this.oldPack);
      this.plans.set(key, p);
    }
    return p;
  }

  /** `before` is only called when the arrangement is matched again (reading a stored result costs time). */
  check(a: OpenArrangement, before: () => BeforeOutcome): Reevaluation {
    const plan = this.plan(a.packs);
    if (!mayChange(a, plan)) return { changed: false, recomputed: false };
    this.recomputed++;
    return compareWithNew(a, plan, this.active, before());
  }
}

/** "Door Twente 1.4.0 veranderen 3 arrangementen." */
export const reevaluationMessage = (packs: ReadonlyArray<{ title: string; version: string }>, count: number): string => {
  const names = packs.map((p) => `${p.title} ${p.version}`);
  const by = names.length === 0 ? 'Door nieuwe regelingen' : `Door ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`}`;
  return `${by} ${count === 1 ? 'verandert 1 arrangement' : `veranderen ${count} arrangementen`}.`;
};
