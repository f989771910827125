// The matching result as the adviser reads it aloud: the four figures, who pays what, and (in
// the full view) every scheme with why it does or does not fit. The figures live in a polite
// live region, so a screen-reader user hears the new own contribution after a change without
// losing their place in the form.
import { useId, type ReactNode } from 'react';
import { formatDateNl } from '../../../shared/dates/index.ts';
import { Notice } from '../Notice.tsx';
import { inSentence } from '../../../shared/labels/text.ts';
import { t } from '../../i18n/nl.ts';
import { figuresOf } from '../../data/figures.ts';
import { AlsoPossible } from './AlsoPossible.tsx';
import { FundingLinesTable } from './FundingLinesTable.tsx';
import { FundingSummary } from './FundingSummary.tsx';
import type { SchemeIndex } from '../../../shared/packs/scheme-index.ts';
import { SchemeEvaluations } from './SchemeEvaluations.tsx';
import type { LiveMatch, Missing } from '../../data/liveMatch.ts';

export interface MatchingPanelProps {
  readonly live: LiveMatch;
  readonly index: SchemeIndex;
  readonly trainingTitle: string;
  readonly compact?: boolean;
  /** Shown right after who-pays-what, before the explanation per scheme (the save action). */
  readonly afterLines?: ReactNode;
}

/** What the matching waits for: the questions still open, by their labels, or what to correct. */
const missingText = ({ missing, open }: Missing): string => {
  // Labels inside a sentence: "Vul nog in: werksituatie, soort contract."
  const fields = open.map((key) => inSentence(t(key))).join(', ');
  if (missing === 'no-training') return open.length > 0 ? `${t('match.missing.noTraining')} ${t('match.missing.alsoOpen', { fields })}` : t('match.missing.noTraining');
  if (open.length > 0) return t('match.missing.open', { fields });
  return missing === 'situation' ? t('match.missing.situation') : t('match.missing.training');
};

export function MatchingPanel({ live, index, trainingTitle, compact = false, afterLines }: MatchingPanelProps) {
  const figuresId = useId();
  if (live.state === 'incomplete') {
    return (
      <div className="arr-match arr-match--empty" aria-live="polite">
        <p>{missingText(live)}</p>
      </div>
    );
  }
  const { result } = live;
  const figures = figuresOf(result);
  const unverified = result.lines.some((l) => l.unverified);
  return (
    <div className={`arr-match${live.stale ? ' arr-match--stale' : ''}`} data-testid="matching-panel">
      <div aria-live="polite" aria-atomic="true" className="arr-match__live">
        <p className="arr-match__context" id={figuresId}>
          {t('match.context', { training: trainingTitle, date: formatDateNl(result.referenceDate) })}
        </p>
        {live.stale ? <p className="arr-match__stale">{t('match.stale', { what: missingText(live) })}</p> : null}
        <FundingSummary figures={figures} labelledBy={figuresId} />
      </div>
      {unverified ? (
        <Notice type="warning" title={t('match.unverified.title')}>
          <p>{t('match.unverified.body')}</p>
        </Notice>
      ) : null}
      <FundingLinesTable result={result} caption={t('match.lines.caption')} compact={compact} />
      <AlsoPossible schemes={result.alsoPossible} headingLevel={compact ? 3 : 2} />
      {afterLines}
      {compact ? null : <SchemeEvaluations result={result} index={index} headingLevel={2} />}
    </div>
  );
}
