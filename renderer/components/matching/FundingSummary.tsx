// The four figures of an arrangement as large, calm numbers. The own contribution is the figure
// the client asks about first, so it is the one that stands out.
import { formatEuro } from '../../../shared/money.ts';
import { t } from '../../i18n/nl.ts';
import type { Figures } from '../../data/figures.ts';

export function FundingSummary({ figures, labelledBy }: { figures: Figures; labelledBy?: string }) {
  const items = [
    { key: 'total', label: t('match.figures.total'), cents: figures.totalCents },
    { key: 'found', label: t('match.figures.found'), cents: figures.foundCents },
    { key: 'loan', label: t('match.figures.loan'), cents: figures.loanCents },
    { key: 'own', label: t('match.figures.own'), cents: figures.ownCents },
  ];
  return (
    <dl className="arr-figures" aria-labelledby={labelledBy}>
      {items.map((item) => (
        <div key={item.key} className={`arr-figures__item arr-figures__item--${item.key}`} data-figure={item.key}>
          <dt className="arr-figures__label">{item.label}</dt>
          <dd className="arr-figures__value arr-amount">{formatEuro(item.cents)}</dd>
        </div>
      ))}
    </dl>
  );
}
