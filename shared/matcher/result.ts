// The arrangement result of section 5 of the domain brief (what `npm run match` prints and what
// the live panel shows). Fields may be added, never re-interpreted.
import { z } from 'zod';
import { costCategories } from '../case/schema.ts';
import { schemeKinds, stackingModes } from '../packs/format.ts';

export const sourceRefSchema = z.object({ id: z.string(), title: z.string(), url: z.string().optional() });
export type SourceRef = z.infer<typeof sourceRefSchema>;

export const reasonSchema = z.object({
  /** Rule id within the scheme, or a reserved id: `validity`, `parameter`. */
  rule: z.string(),
  passed: z.boolean(),
  /** Plain-Dutch sentence. */
  text: z.string(),
  source: sourceRefSchema.nullable(),
});
export type Reason = z.infer<typeof reasonSchema>;

export const noticeSchema = z.object({
  kind: z.enum(['unverified-figure', 'unknown-figure', 'tijdvak-closed', 'budget', 'cap-history', 'excluded-by-stacking', 'other']),
  text: z.string(),
});
export type Notice = z.infer<typeof noticeSchema>;

export const evaluationSchema = z.object({
  schemeId: z.string(),
  name: z.string(),
  packId: z.string(),
  eligible: z.boolean(),
  /** outside-validity: the peildatum lies outside validFrom..validTo; no rule was evaluated. */
  status: z.enum(['eligible', 'ineligible', 'outside-validity']),
  reasons: z.array(reasonSchema),
  notices: z.array(noticeSchema),
  /** Filled for eligible schemes: the most this scheme could pay on its own for this case. */
  maxAmountCents: z.number().int().nullable(),
});
export type SchemeEvaluation = z.infer<typeof evaluationSchema>;

export const lineSchema = z.object({
  schemeId: z.string(),
  name: z.string(),
  kind: z.enum(schemeKinds),
  payer: z.string(),
  amountCents: z.number().int().min(0),
  /** Amount per cost category covered by this line. */
  costs: z.partialRecord(z.enum(costCategories), z.number().int().min(0)),
  /** True when a figure behind this amount is not verified in a public source. */
  unverified: z.boolean(),
  stacking: z.enum(stackingModes),
});
export type FundingLine = z.infer<typeof lineSchema>;

export const arrangementResultSchema = z.object({
  referenceDate: z.string(),
  totalCostCents: z.number().int(),
  ownContributionCents: z.number().int(),
  loanCents: z.number().int(),
  lines: z.array(lineSchema),
  evaluations: z.array(evaluationSchema),
});
export type ArrangementResult = z.infer<typeof arrangementResultSchema>;
