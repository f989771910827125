// Adviser overrides are applied by transforming copies of the case and the packs, never by
// special cases in the matcher: the matcher stays one proven function, and an overridden
// arrangement is still "the optimum under these (stated) conditions".
//   exclude-scheme        → the scheme is dropped from the pack copy;
//   limit-amount          → the scheme gets an extra per-case cap, a parameter marked as set by
//                           the adviser (source "adviser-override", with the reason as note);
//   employer-contribution → case.training.employerContributionCents (the Werkgeversbijdrage).
import type { CaseFile } from '../case/schema.ts';
import type { OverrideInput } from '../contract/arrangements.ts';
import type { Pack, Scheme } from '../packs/format.ts';

export const ADVISER_SOURCE_ID = 'adviser-override';
export const ADVISER_LIMIT_PARAM = 'adviser-limit';

type AnyOverride = OverrideInput | (OverrideInput & { by: string; at: string });

export interface OverriddenInputs {
  case: CaseFile;
  packs: Pack[];
}

const limitScheme = (scheme: Scheme, amountCents: number, reason: string, on: string): Scheme => ({
  ...scheme,
  parameters: {
    ...scheme.parameters,
    [ADVISER_LIMIT_PARAM]: {
      label: 'Maximum ingesteld door de adviseur',
      unit: 'cents',
      // From the earliest possible date: the limit holds on any peildatum of this arrangement.
      values: [{ from: '1900-01-01', value: amountCents }],
      source: ADVISER_SOURCE_ID,
      lastVerified: on,
      verified: true,
      note: reason,
    },
  },
  coverage: {
    ...scheme.coverage,
    caps: [...scheme.coverage.caps, { per: 'case', amount: { param: ADVISER_LIMIT_PARAM }, label: 'Maximum ingesteld door de adviseur' }],
  },
});

export function applyOverrides(caseFile: CaseFile, packs: readonly Pack[], overrides: readonly AnyOverride[]): OverriddenInputs {
  const nextCase: CaseFile = structuredClone(caseFile);
  const excluded = new Set<string>();
  const limits = new Map<string, { amountCents: number; reason: string }>();
  for (const o of overrides) {
    if (o.kind === 'exclude-scheme') excluded.add(o.schemeId);
    else if (o.kind === 'limit-amount') {
      // Two limits on one scheme: the lower one holds (the stricter statement wins).
      const prev = limits.get(o.schemeId);
      if (!prev || o.amountCents < prev.amountCents) limits.set(o.schemeId, { amountCents: o.amountCents, reason: o.reason });
    } else nextCase.training.employerContributionCents = o.amountCents;
  }
  if (excluded.size === 0 && limits.size === 0) return { case: nextCase, packs: [...packs] };

  const nextPacks = packs.map((pack) => {
    const touches = pack.schemes.some((s) => excluded.has(s.id) || limits.has(s.id));
    if (!touches) return pack;
    const schemes = pack.schemes
      .filter((s) => !excluded.has(s.id))
      .map((s) => {
        const limit = limits.get(s.id);
        return limit ? limitScheme(s, limit.amountCents, limit.reason, caseFile.referenceDate) : s;
      });
    const usesLimit = schemes.some((s) => limits.has(s.id));
    return {
      ...pack,
      schemes,
      sources: usesLimit
        ? { ...pack.sources, [ADVISER_SOURCE_ID]: { title: 'Aanpassing door de adviseur (zie de reden bij het arrangement)' } }
        : pack.sources,
    };
  });
  return { case: nextCase, packs: nextPacks };
}
