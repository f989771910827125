// The override form as data: what the adviser picks and types, turned into the contract's
// OverrideInput (whose own schema carries the Dutch messages, e.g. a missing reason). Pure.
import { z } from 'zod';
import { overrideInputSchema, type OverrideInput } from '../../../shared/contract/arrangements.ts';
import { t } from '../../i18n/nl.ts';
import { readEuro } from '../../i18n/parse.ts';

export const overrideKinds = ['exclude-scheme', 'limit-amount', 'employer-contribution'] as const;
export type OverrideKind = (typeof overrideKinds)[number];

export interface OverrideFormValues {
  kind: OverrideKind | '';
  schemeId: string;
  amount: string;
  reason: string;
}

export const emptyOverrideForm: OverrideFormValues = { kind: '', schemeId: '', amount: '', reason: '' };

export interface OverrideOutput {
  readonly override: OverrideInput;
}

export const overrideFormSchema = (): z.ZodType<OverrideOutput, OverrideFormValues> =>
  z
    .object({ kind: z.string(), schemeId: z.string(), amount: z.string(), reason: z.string() })
    .transform((v, ctx): OverrideOutput => {
      let failed = false;
      const issue = (path: string, message: string) => {
        failed = true;
        ctx.addIssue({ code: 'custom', path: [path], message });
      };
      if (!(overrideKinds as readonly string[]).includes(v.kind)) issue('kind', t('arrangement.override.kindRequired'));
      let amountCents = 0;
      if (v.kind === 'limit-amount' || v.kind === 'employer-contribution') {
        const read = readEuro(v.amount);
        if (read === 'empty') issue('amount', t('validation.required'));
        else if ('error' in read) issue('amount', read.error);
        else amountCents = read.cents;
      }
      const candidate =
        v.kind === 'exclude-scheme'
          ? { kind: v.kind, schemeId: v.schemeId, reason: v.reason }
          : v.kind === 'limit-amount'
            ? { kind: v.kind, schemeId: v.schemeId, amountCents, reason: v.reason }
            : { kind: 'employer-contribution' as const, amountCents, reason: v.reason };
      const parsed = overrideInputSchema.safeParse(candidate);
      if (!parsed.success) {
        for (const i of parsed.error.issues) {
          const field = String(i.path[0] ?? 'reason');
          // The amount was already checked above in the adviser's own notation.
          if (field === 'amountCents') continue;
          issue(field, i.message);
        }
      }
      if (failed || !parsed.success) return z.NEVER;
      return { override: parsed.data };
    }) as unknown as z.ZodType<OverrideOutput, OverrideFormValues>;
