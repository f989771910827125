// From a case, the packs and the adviser's overrides to what an arrangement version stores:
// the matcher's result, the action list and the pack versions used. Overrides are checked
// first, each problem reported at its place in the list ("overrides.1.amountCents"), so the
// adviser's form can show it next to the field and nothing is saved.
import type { CaseFile } from '../case/schema.ts';
import type { ActionItem, OverrideInput } from '../contract/arrangements.ts';
import type { PackRef } from '../contract/packs.ts';
import type { Issue } from '../contract/result.ts';
import { match } from '../matcher/match.ts';
import { arrangementResultSchema, type ArrangementResult } from '../matcher/result.ts';
import { formatEuro } from '../money.ts';
import type { Pack } from '../packs/format.ts';
import { buildActions } from './actions.ts';
import { indexSchemes } from '../packs/scheme-index.ts';
import { applyOverrides } from './overrides.ts';

type AnyOverride = OverrideInput | (OverrideInput & { by: string; at: string });

export interface ComputedArrangement {
  result: ArrangementResult;
  actions: ActionItem[];
  packs: PackRef[];
}

export type ComputeOutcome = { ok: true; value: ComputedArrangement } | { ok: false; issues: Issue[] };

export const packRefs = (packs: readonly Pack[]): PackRef[] =>
  packs.map((p) => ({ id: p.id, version: p.version })).sort((a, b) => a.id.localeCompare(b.id));

/** Problems with the overrides for this case and these packs; empty when they all fit. */
export function checkOverrides(caseFile: CaseFile, packs: readonly Pack[], overrides: readonly AnyOverride[]): Issue[] {
  const issues: Issue[] = [];
  const index = indexSchemes(packs);
  const totalCost = caseFile.training.costs.reduce((sum, c) => sum + c.amountCents, 0);
  const employerAt = overrides.flatMap((o, i) => (o.kind === 'employer-contribution' ? [i] : []));
  if (employerAt.length > 1) {
    issues.push({ path: `overrides.${employerAt[1]}`, message: 'Geef één werkgeversbijdrage op, niet meer.' });
  }

  overrides.forEach((o, i) => {
    if (o.kind === 'employer-contribution') {
      if (o.amountCents > totalCost) {
        issues.push({
          path: `overrides.${i}.amountCents`,
          message: `De werkgeversbijdrage kan niet hoger zijn dan de kosten van de opleiding (${formatEuro(totalCost)}).`,
        });
      }
      return;
    }
    const found = index.get(o.schemeId);
    if (!found) {
      issues.push({ path: `overrides.${i}.schemeId`, message: `De regeling "${o.schemeId}" staat niet in de geladen regelingenpakketten.` });
      return;
    }
    if (o.kind !== 'limit-amount') return;
    // What the scheme allows is judged without this scheme's own limits (the other overrides
    // stay: an employer contribution can change what is left to pay).
    const others = overrides.filter((x) => !(x.kind === 'limit-amount' && x.schemeId === o.schemeId));
    const base = applyOverrides(caseFile, packs, others);
    const evaluation = match(base.case, base.packs).evaluations.find((e) => e.schemeId === o.schemeId);
    if (!evaluation || !evaluation.eligible) {
      issues.push({
        path: `overrides.${i}.schemeId`,
        message: `${found.scheme.name} past niet bij deze situatie. Een maximum instellen kan alleen bij een regeling die past.`,
      });
      return;
    }
    const max = evaluation.maxAmountCents ?? totalCost;
    if (o.amountCents > max) {
      issues.push({
        path: `overrides.${i}.amountCents`,
        message: `${found.scheme.name} betaalt voor deze situatie hoogstens ${formatEuro(max)}. Kies een bedrag tot en met ${formatEuro(max)}.`,
      });
    }
  });
  return issues;
}

export function computeArrangement(caseFile: CaseFile, packs: readonly Pack[], overrides: readonly AnyOverride[]): ComputeOutcome {
  const issues = checkOverrides(caseFile, packs, overrides);
  if (issues.length > 0) return { ok: false, issues };
  const applied = applyOverrides(caseFile, packs, overrides);
  // Stored in exactly the contract's shape, so export → import → export compares equal.
  const result = arrangementResultSchema.parse(match(applied.case, applied.packs));
  return { ok: true, value: { result, actions: buildActions(result, applied.packs, applied.case), packs: packRefs(packs) } };
}
