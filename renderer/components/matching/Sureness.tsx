// How sure an amount is, next to it (issue 11): the status in words, the matcher's sentence when
// it is not sure, and for each figure behind it the source as a link with the date it was last
// checked; a disputed figure names every source with what that source says. The words are the
// ones docs/matcher.md gives for the screen; the PDF says the same in its own layout.
import type { Figure } from '../../../shared/matcher/result.ts';
import type { ParameterStatus, ParameterUnit } from '../../../shared/packs/format.ts';
import { formatDateNl } from '../../../shared/dates/index.ts';
import { formatEuro } from '../../../shared/money.ts';
import { ExternalLink } from '../ExternalLink.tsx';
import { t, type MessageKey } from '../../i18n/nl.ts';

const statusKey: Record<ParameterStatus, MessageKey> = {
  verified: 'match.status.verified',
  unverified: 'match.status.unverified',
  disputed: 'match.status.disputed',
  unknown: 'match.status.unknown',
};

export const statusWords = (status: ParameterStatus): string => t(statusKey[status]);

const number = (n: number): string => n.toLocaleString('nl-NL', { maximumFractionDigits: 2 });

/** A figure's value in words: "€ 750,00", "90%", "66 jaar". */
export const figureValueText = (unit: ParameterUnit, value: number): string => {
  switch (unit) {
    case 'cents':
      return formatEuro(value);
    case 'percent':
      return `${number(value)}%`;
    case 'years':
      return t('match.figure.years', { n: number(value) });
    case 'months':
      return t('match.figure.months', { n: number(value) });
    case 'hours':
      return t('match.figure.hours', { n: number(value) });
    case 'count':
      return number(value);
  }
};

function SourceOf({ source }: { source: Figure['source'] }) {
  if (!source) return <>{t('match.figure.noSource')}</>;
  return source.url ? <ExternalLink href={source.url}>{source.title}</ExternalLink> : <>{source.title}</>;
}

function FigureLine({ figure }: { figure: Figure }) {
  const checked = t('match.figure.checked', { date: formatDateNl(figure.lastVerified) });
  if (figure.claims && figure.claims.length > 0) {
    return (
      <li className="arr-figure" data-figure-status={figure.status}>
        <span className="arr-figure__label">{figure.label}:</span>{' '}
        {figure.claims.map((claim, i) => (
          <span key={i} className="arr-figure__claim">
            {i > 0 ? t('match.figure.and') : ''}
            {t('match.figure.claim', { value: figureValueText(figure.unit, claim.value) })} <SourceOf source={claim.source} />
          </span>
        ))}
        <span className="arr-figure__checked"> ({checked})</span>
      </li>
    );
  }
  return (
    <li className="arr-figure" data-figure-status={figure.status}>
      <span className="arr-figure__label">{figure.label}:</span>{' '}
      {figure.value !== null ? `${figureValueText(figure.unit, figure.value)}, ` : `${t('match.figure.unknownValue')}, `}
      {t('match.figure.source')} <SourceOf source={figure.source} />
      <span className="arr-figure__checked"> ({checked})</span>
    </li>
  );
}

export interface SurenessProps {
  readonly status: ParameterStatus | undefined;
  readonly uncertainty?: string | null | undefined;
  readonly figures?: readonly Figure[] | undefined;
  /** Only the status and the sentence: beside the form there is no room for the sources. */
  readonly short?: boolean;
}

export function Sureness({ status, uncertainty, figures = [], short = false }: SurenessProps) {
  if (!status && !uncertainty && figures.length === 0) return null;
  return (
    <div className="arr-sure">
      {status ? <p className={`arr-sure__status arr-sure__status--${status}`}>{statusWords(status)}</p> : null}
      {uncertainty ? <p className="arr-sure__sentence">{uncertainty}</p> : null}
      {!short && figures.length > 0 ? (
        <ul className="arr-sure__figures" aria-label={t('match.figure.listLabel')}>
          {figures.map((f, i) => (
            <FigureLine key={`${f.parameter}-${i}`} figure={f} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
