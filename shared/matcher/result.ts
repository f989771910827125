// The arrangement result of section 5 of the domain brief (what `npm run match` prints and what
// the live panel shows). Fields may be added, never re-interpreted.
import { z } from 'zod';
import { costCategories } from '../case/schema.ts';
import { figureKinds } from '../labels/figures.ts';
import { applicants, parameterStatuses, parameterUnits, schemeKinds, stackingModes } from '../packs/format.ts';

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

/**
 * A figure behind an evaluation or a funding line, with how sure it is (added to result v1):
 * the adviser sees the status and the source next to the amount, on screen and in the PDF.
 */
export const figureSchema = z.object({
  parameter: z.string(),
  label: z.string(),
  unit: z.enum(parameterUnits),
  /** null: not known. For a disputed figure: the lowest value, the one applied. */
  value: z.number().nullable(),
  /** The date this value applies from. */
  from: z.string().nullable(),
  status: z.enum(parameterStatuses),
  lastVerified: z.string(),
  source: sourceRefSchema.nullable(),
  /** For a disputed figure: what each source says. */
  claims: z.array(z.object({ value: z.number(), source: sourceRefSchema.nullable() })).optional(),
  /** amount: decides what the scheme pays; rule: decides whether the client is eligible. */
  usedFor: z.enum(['amount', 'rule', 'both']),
});
export type Figure = z.infer<typeof figureSchema>;

export const noticeSchema = z.object({
  kind: z.enum(['unverified-figure', 'unknown-figure', 'disputed-figure', 'tijdvak-closed', 'budget', 'cap-history', 'excluded-by-stacking', 'other']),
  text: z.string(),
  /** Added: for the *-figure kinds, what the figure is (an age is not an amount); the tag reads noticeTagLabel(). */
  figure: z.enum(figureKinds).optional(),
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
  /** Added: every figure read while evaluating, with its status and source. */
  figures: z.array(figureSchema).optional(),
  /** Added: how sure the amount is (the least sure figure behind it); absent when no figure decides it. */
  amountStatus: z.enum(parameterStatuses).optional(),
  /** Added: a plain-Dutch sentence for the adviser when the amount is not sure, else null. */
  uncertainty: z.string().nullable().optional(),
});
export type SchemeEvaluation = z.infer<typeof evaluationSchema>;

export const contributionKinds = ['required', 'promised'] as const;

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
  /** Added: how sure this amount is: the least sure figure behind it (verified when none). */
  status: z.enum(parameterStatuses).optional(),
  /**
   * Added: the plain-Dutch sentence shown next to the amount when it is not sure, e.g. "Dit
   * bedrag is niet zeker: bronnen noemen € 750 en € 800. Vraag het na bij OOM. ..."; else null.
   */
  uncertainty: z.string().nullable().optional(),
  /** Added: the figures behind this amount, each with its status and source. */
  figures: z.array(figureSchema).optional(),
  /**
   * Added, on kind "cofinancing" only: why this party pays. required: the scheme pays only if
   * this party pays its share too (Tel mee met Taal's employer share), "verplichte eigen
   * bijdrage"; promised: what the party itself promised (the employer's contribution the
   * adviser entered), "bijdrage". Absent on results saved before it existed: see contributionOf().
   */
  contribution: z.enum(contributionKinds).optional(),
  /** Added: one plain-Dutch sentence that says what this line is, for the client and the adviser; else absent. */
  explanation: z.string().optional(),
});
export type FundingLine = z.infer<typeof lineSchema>;

/**
 * An eligible scheme whose amount is not known (no public source gives it, or only the employer
 * knows it): it cannot be in the sums, so it is listed apart, "Mogelijk ook", with what the
 * client or adviser must do to learn the amount. Without this list such a scheme vanished.
 */
export const possibleSchemeSchema = z.object({
  schemeId: z.string(),
  name: z.string(),
  packId: z.string(),
  /** Who pays the money (the scheme's funder). */
  funder: z.string(),
  applicant: z.enum(applicants),
  /** Plain Dutch (B1, "u"): how to find out the amount, and who applies. */
  todo: z.string(),
  /** Where to read more or apply: the application's address, else the scheme's first source. */
  url: z.string().nullable(),
  source: sourceRefSchema.nullable(),
});
export type PossibleScheme = z.infer<typeof possibleSchemeSchema>;

export const arrangementResultSchema = z.object({
  referenceDate: z.string(),
  totalCostCents: z.number().int(),
  ownContributionCents: z.number().int(),
  loanCents: z.number().int(),
  lines: z.array(lineSchema),
  evaluations: z.array(evaluationSchema),
  /** Added: eligible schemes with an unknown amount ("Mogelijk ook"); absent when there are none. */
  alsoPossible: z.array(possibleSchemeSchema).optional(),
});
export type ArrangementResult = z.infer<typeof arrangementResultSchema>;
