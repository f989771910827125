// Re-evaluation after a pack change (issue 9, items 7-8). When the packs in use change, every
// arrangement that is not final (concept, besproken, aangevraagd) is matched again on its own
// peildatum with the new packs, in the background. Nothing changes silently: each arrangement
// whose outcome changed becomes an item with before and after, and the adviser accepts it (a
// new arrangement version recording the new pack versions) or keeps the old one with a reason.
import { z } from 'zod';
import { schemeKinds } from '../packs/format.ts';
import { arrangementStatuses, arrangementVersionSchema } from './arrangements.ts';
import { operation } from './operation.ts';
import { packRefSchema } from './packs.ts';

/** Arrangements in these statuses are re-evaluated; toegekend and afgewezen are final. */
export const openArrangementStatuses = ['concept', 'besproken', 'aangevraagd'] as const satisfies readonly (typeof arrangementStatuses)[number][];

export const reevaluationDecisions = ['open', 'accepted', 'kept', 'superseded'] as const;
export type ReevaluationDecision = (typeof reevaluationDecisions)[number];

export const outcomeSummarySchema = z.object({
  totalCostCents: z.number().int(),
  ownContributionCents: z.number().int(),
  loanCents: z.number().int(),
});
export type OutcomeSummary = z.infer<typeof outcomeSummarySchema>;

/** A funding line that appears (before null), disappears (after null) or changes amount. */
export const reevaluationLineSchema = z.object({
  schemeId: z.string(),
  name: z.string(),
  kind: z.enum(schemeKinds),
  beforeCents: z.number().int().nullable(),
  afterCents: z.number().int().nullable(),
});
export type ReevaluationLine = z.infer<typeof reevaluationLineSchema>;

/** A changed scheme that matters for this arrangement: what changed in the pack, and what it means here. */
export const reevaluationSchemeSchema = z.object({
  schemeId: z.string(),
  name: z.string(),
  eligibleBefore: z.boolean(),
  eligibleAfter: z.boolean(),
  /** The pack's change list for this scheme, in plain Dutch ("Maximum per opleiding verlaagd van ..."). */
  changes: z.array(z.string()),
  /** When it no longer fits: the first condition that is not met, as the matcher words it. */
  reason: z.string().nullable(),
});
export type ReevaluationScheme = z.infer<typeof reevaluationSchemeSchema>;

/** What a re-evaluation found for one arrangement (stored with the item). */
export const reevaluationDetailSchema = z.object({
  packsBefore: z.array(packRefSchema),
  packsAfter: z.array(packRefSchema),
  before: outcomeSummarySchema,
  /** null when the new packs cannot compute it as it stands (problem says why). */
  after: outcomeSummarySchema.nullable(),
  lines: z.array(reevaluationLineSchema),
  schemes: z.array(reevaluationSchemeSchema),
  /** Dutch: why it cannot be accepted as is (an adviser's adjustment no longer fits). */
  problem: z.string().nullable(),
});
export type ReevaluationDetail = z.infer<typeof reevaluationDetailSchema>;

export const reevaluationItemSchema = reevaluationDetailSchema.extend({
  id: z.string(),
  runId: z.string(),
  arrangementId: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  trainingTitle: z.string(),
  /** The arrangement version that was re-evaluated. */
  fromVersion: z.number().int(),
  arrangementStatus: z.enum(arrangementStatuses),
  referenceDate: z.string(),
  decision: z.enum(reevaluationDecisions),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  /** The adviser's reason for keeping the old arrangement. */
  reason: z.string().nullable(),
  /** The arrangement version an accept created. */
  newVersion: z.number().int().nullable(),
  /** True when the arrangement was saved again since (this item can then no longer be accepted). */
  stale: z.boolean(),
  createdAt: z.string(),
});
export type ReevaluationItem = z.infer<typeof reevaluationItemSchema>;

export const changedPackSchema = z.object({ id: z.string(), title: z.string(), version: z.string() });

export const reevaluationRunSchema = z.object({
  id: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  status: z.enum(['running', 'done', 'stopped']),
  /** The packs the arrangements were matched with. */
  packs: z.array(packRefSchema),
  /** The packs whose change moved an outcome. */
  changedPacks: z.array(changedPackSchema),
  /** "Door Twente 1.4.0 veranderen 3 arrangementen." */
  message: z.string(),
  items: z.array(reevaluationItemSchema),
});
export type ReevaluationRun = z.infer<typeof reevaluationRunSchema>;

export const reevaluationProgressSchema = z.object({
  running: z.boolean(),
  runId: z.string().nullable(),
  /** Open arrangements looked at so far, of total. */
  checked: z.number().int(),
  total: z.number().int(),
  /** Arrangements found to change so far. */
  changed: z.number().int(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  /** Dutch, for the progress bar. */
  message: z.string(),
});
export type ReevaluationProgress = z.infer<typeof reevaluationProgressSchema>;

const itemIdSchema = z.string({ error: 'Kies een arrangement uit de lijst.' }).min(1, { message: 'Kies een arrangement uit de lijst.' }).max(64);

export const KEEP_REASON_MIN = 5;

export const reevaluationOperations = {
  /** The runs that found changes, newest first; by default only those with undecided items. */
  'reevaluation.list': operation(
    z.strictObject({ show: z.enum(['open', 'all'], { error: 'Kies open of alle.' }).default('open') }),
    z.object({ runs: z.array(reevaluationRunSchema) }),
    'Gewijzigde arrangementen tonen',
  ),
  'reevaluation.progress': operation(z.strictObject({}), reevaluationProgressSchema, 'Voortgang van het herberekenen tonen'),
  /** A new arrangement version computed with the packs in use now (one transaction). */
  'reevaluation.accept': operation(
    z.strictObject({ itemId: itemIdSchema }),
    z.object({ item: reevaluationItemSchema, arrangement: arrangementVersionSchema }),
    'Nieuwe berekening overnemen',
  ),
  /** Keeps the arrangement as it is; the reason is recorded with who and when. */
  'reevaluation.keep': operation(
    z.strictObject({
      itemId: itemIdSchema,
      reason: z
        .string({ error: 'Geef een reden waarom u het oude arrangement houdt.' })
        .trim()
        .min(KEEP_REASON_MIN, { message: 'Geef een reden waarom u het oude arrangement houdt.' })
        .max(500, { message: 'De reden mag hoogstens 500 tekens hebben.' }),
    }),
    z.object({ item: reevaluationItemSchema }),
    'Oud arrangement houden',
  ),
} as const;
