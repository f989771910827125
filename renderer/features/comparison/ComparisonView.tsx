// The candidate trainings side by side: what each costs, the money found, the loans and what the
// client pays. People look for a career step, not for a course (SER): this view lets the client
// weigh the steps, with the money in one row each.
import { useMemo } from 'react';
import { formatDateNl } from '../../../shared/dates/index.ts';
import { formatEuro } from '../../../shared/money.ts';
import type { ArrangementResult } from '../../../shared/matcher/result.ts';
import { SessionLayout } from '../../components/SessionLayout.tsx';
import { PeildatumField } from '../../components/matching/PeildatumField.tsx';
import { trainingTitleOf } from '../../components/matching/TrainingPicker.tsx';
import { figuresOf, type Figures } from '../../data/figures.ts';
import { caseOf, runMatch, useSettled } from '../../data/liveMatch.ts';
import { sessionHref } from '../../data/routes.ts';
import { useSession, useSessionActions, type SessionData } from '../../data/session.ts';
import { t } from '../../i18n/nl.ts';
import { trainingKindLabel, trainingLevelLabel } from '../../i18n/labels.ts';

export function ComparisonView({ clientId }: { clientId: string }) {
  return (
    <SessionLayout clientId={clientId} tab="vergelijken" title={t('compare.title')}>
      {(data) => <ComparisonScreen clientId={clientId} data={data} />}
    </SessionLayout>
  );
}

interface Column {
  readonly title: string;
  readonly subtitle: string;
  readonly period: string;
  readonly outcome: { result: ArrangementResult; figures: Figures } | null;
}

function ComparisonScreen({ clientId, data }: { clientId: string; data: SessionData }) {
  const referenceDate = useSession(clientId, (s) => s.referenceDate);
  const actions = useSessionActions(clientId);
  const draft = useSettled(useSession(clientId, (s) => s.draft));
  const columns = useMemo((): Column[] => {
    if (!draft) return [];
    return draft.trainings.map((row, i) => {
      const built = caseOf(data, draft, i, referenceDate);
      const result = built.ok ? runMatch(built.caseFile, data.packs) : null;
      const kind = row.kind ? trainingKindLabel(row.kind) : '';
      const level = row.level ? trainingLevelLabel(row.level) : '';
      return {
        title: trainingTitleOf(draft, i),
        subtitle: [kind, level, row.provider.trim()].filter(Boolean).join(' · '),
        period: built.ok ? `${formatDateNl(built.caseFile.training.startDate)} – ${formatDateNl(built.caseFile.training.endDate)}` : '',
        outcome: result ? { result, figures: figuresOf(result) } : null,
      };
    });
  }, [draft, data, referenceDate]);

  const lowestOwn = Math.min(...columns.map((c) => c.outcome?.figures.ownCents ?? Number.POSITIVE_INFINITY));
  const amountRow = (label: string, pick: (f: Figures) => number, key: string, emphasise = false) => (
    <tr className={`utrecht-table__row${emphasise ? ' arr-compare__row--own' : ''}`} data-row={key}>
      <th scope="row" className="utrecht-table__cell arr-compare__rowhead">
        {label}
      </th>
      {columns.map((c, i) => (
        <td key={i} className="utrecht-table__cell arr-num arr-amount">
          {c.outcome ? formatEuro(pick(c.outcome.figures)) : '–'}
        </td>
      ))}
    </tr>
  );

  return (
    <div className="arr-compare">
      <p className="arr-intro">{t('compare.intro')}</p>
      <div className="arr-matching__controls">
        <PeildatumField value={referenceDate} onChange={actions.setReferenceDate} />
      </div>
      {columns.length === 0 ? (
        <p>
          {t('match.missing.noTraining')}{' '}
          <a className="nl-link" href={sessionHref({ name: 'session', id: clientId, tab: 'intake' })}>
            {t('match.toIntake')}
          </a>
        </p>
      ) : (
        <div className="arr-table-scroll">
          <table className="utrecht-table arr-table arr-compare__table">
            <caption className="utrecht-table__caption arr-table__caption">
              {t('compare.caption', { date: formatDateNl(referenceDate) })}
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <td className="utrecht-table__header-cell" />
                {columns.map((c, i) => (
                  <th key={i} scope="col" className="utrecht-table__header-cell arr-compare__colhead">
                    <span className="arr-compare__title">{c.title}</span>
                    {c.subtitle ? <span className="arr-compare__subtitle">{c.subtitle}</span> : null}
                    {c.period ? <span className="arr-compare__subtitle">{c.period}</span> : null}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {amountRow(t('match.figures.total'), (f) => f.totalCents, 'total')}
              <tr className="utrecht-table__row" data-row="lines">
                <th scope="row" className="utrecht-table__cell arr-compare__rowhead">
                  {t('compare.lines')}
                </th>
                {columns.map((c, i) => (
                  <td key={i} className="utrecht-table__cell">
                    {c.outcome === null ? (
                      <span className="arr-muted">{t('compare.incomplete')}</span>
                    ) : c.outcome.result.lines.filter((l) => l.kind !== 'loan').length === 0 ? (
                      <span className="arr-muted">{t('compare.noLines')}</span>
                    ) : (
                      <ul className="arr-compare__lines">
                        {c.outcome.result.lines
                          .filter((l) => l.kind !== 'loan')
                          .map((l) => (
                            <li key={`${l.schemeId}-${l.kind}`}>
                              <span>
                                {l.name}
                                <span className="arr-lines__payer">{l.payer}</span>
                              </span>
                              <span className="arr-amount">{formatEuro(l.amountCents)}</span>
                            </li>
                          ))}
                      </ul>
                    )}
                  </td>
                ))}
              </tr>
              {amountRow(t('match.figures.found'), (f) => f.foundCents, 'found')}
              {amountRow(t('match.figures.loan'), (f) => f.loanCents, 'loan')}
              {amountRow(t('match.figures.own'), (f) => f.ownCents, 'own', true)}
            </tbody>
          </table>
        </div>
      )}
      {columns.length > 1 && Number.isFinite(lowestOwn) ? (
        <p className="arr-compare__note">
          {t('compare.lowest', {
            training: columns.filter((c) => c.outcome?.figures.ownCents === lowestOwn).map((c) => c.title).join(', '),
            amount: formatEuro(lowestOwn),
          })}
        </p>
      ) : null}
    </div>
  );
}
