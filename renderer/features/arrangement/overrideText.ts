// Overrides in words, and the step from a recorded override (with who and when) back to the
// input a new version repeats. Pure.
import type { OverrideInput, RecordedOverride } from '../../../shared/contract/arrangements.ts';
import { formatEuro } from '../../../shared/money.ts';
import { t } from '../../i18n/nl.ts';

export const overrideText = (o: OverrideInput | RecordedOverride, schemeName: (id: string) => string): string => {
  switch (o.kind) {
    case 'exclude-scheme':
      return t('arrangement.override.exclude', { scheme: schemeName(o.schemeId) });
    case 'limit-amount':
      return t('arrangement.override.limit', { scheme: schemeName(o.schemeId), amount: formatEuro(o.amountCents) });
    case 'employer-contribution':
      return t('arrangement.override.employer', { amount: formatEuro(o.amountCents) });
  }
};

/** The services keep the original who/when of an override that a new version repeats unchanged. */
export const toInput = (o: RecordedOverride): OverrideInput => {
  switch (o.kind) {
    case 'exclude-scheme':
      return { kind: o.kind, schemeId: o.schemeId, reason: o.reason };
    case 'limit-amount':
      return { kind: o.kind, schemeId: o.schemeId, amountCents: o.amountCents, reason: o.reason };
    case 'employer-contribution':
      return { kind: o.kind, amountCents: o.amountCents, reason: o.reason };
  }
};
