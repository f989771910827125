// Herberekening: after a pack change, each open arrangement whose outcome changed, with before
// and after (own contribution, loan, total; funding lines that appear, disappear or change; the
// scheme and figure that changed), and per arrangement one decision: take the new calculation
// over (a new arrangement version with the new pack versions) or keep the old one with a reason.
// Nothing changes by itself.
import { useId, useRef, useState } from 'react';
import { Paragraph } from '@rijkshuisstijl-community/components-react';
import type { ReevaluationItem, ReevaluationRun } from '../../../shared/contract/reevaluation.ts';
import { KEEP_REASON_MIN } from '../../../shared/contract/reevaluation.ts';
import { formatEuro } from '../../../shared/money.ts';
import { Field } from '../../components/Field.tsx';
import { Notice } from '../../components/Notice.tsx';
import { Button, ButtonGroup } from '../../components/buttons.tsx';
import { Checkbox, Textarea } from '../../components/controls.tsx';
import { change, reads } from '../../data/api.ts';
import { useQuery } from '../../data/query.ts';
import { sessionHref } from '../../data/routes.ts';
import { t } from '../../i18n/nl.ts';
import { formatDateNl, formatDateTimeNl } from '../../i18n/format.ts';
import { schemeKindLabel, statusLabel } from '../../i18n/labels.ts';
import { ReevaluationAlert } from './ReevaluationAlert.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';

type Outcome = { type: 'ok' | 'error'; text: string; link?: { href: string; label: string } } | null;

export function ReevaluationView() {
  const [showAll, setShowAll] = useState(false);
  const { result, reload } = useQuery(reads.reevaluationList(showAll ? 'all' : 'open'));
  // Above the list: an item accepted or kept leaves the open list, its message must stay.
  const [outcome, setOutcome] = useState<Outcome>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const allId = useId();
  const report = (next: Outcome) => {
    setOutcome(next);
    requestAnimationFrame(() => outcomeRef.current?.focus());
  };
  return (
    <>
      <Paragraph className="arr-lead">{t('reeval.intro')}</Paragraph>
      <ReevaluationAlert onList />
      {outcome ? (
        <Notice ref={outcomeRef} type={outcome.type}>
          <p>{outcome.text}</p>
          {outcome.link ? (
            <p>
              <a className="nl-link" href={outcome.link.href}>
                {outcome.link.label}
              </a>
            </p>
          ) : null}
        </Notice>
      ) : null}
      <div className="arr-toolbar__filter arr-reeval__filter">
        <Checkbox id={allId} checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={allId}>
          {t('reeval.showAll')}
        </label>
      </div>
      {result.state === 'loading' ? <p className="arr-muted">{t('app.loading')}</p> : null}
      {result.state === 'failed' ? (
        <LoadFailed title={t('reeval.loadFailed')} message={result.error.message} onRetry={reload} />
      ) : null}
      {result.state === 'ok' && result.value.runs.length === 0 ? <p className="arr-result-summary">{showAll ? t('reeval.noneAtAll') : t('reeval.none')}</p> : null}
      {result.state === 'ok'
        ? result.value.runs.map((run) => <RunSection key={run.id} run={run} report={report} />)
        : null}
    </>
  );
}

function RunSection({ run, report }: { run: ReevaluationRun; report: (o: Outcome) => void }) {
  const headingId = useId();
  return (
    <section className="arr-reeval-run" aria-labelledby={headingId}>
      <h2 className="arr-section-title" id={headingId}>
        {run.message}
      </h2>
      <p className="arr-small arr-muted">
        {t('reeval.run.when', { when: formatDateTimeNl(run.startedAt), packs: run.changedPacks.map((p) => `${p.title} ${p.version}`).join(', ') })}
      </p>
      {run.items.map((item) => (
        <ItemCard key={item.id} item={item} titles={new Map(run.changedPacks.map((p) => [p.id, p.title]))} report={report} />
      ))}
    </section>
  );
}

const money = (cents: number | null | undefined): string => (cents === null || cents === undefined ? t('reeval.none.amount') : formatEuro(cents));

const difference = (before: number, after: number | null): string => {
  if (after === null) return '';
  const d = after - before;
  return d === 0 ? t('reeval.same') : `${d > 0 ? '+' : '−'} ${formatEuro(Math.abs(d))}`;
};

/** The packs that differ between before and after, as "Oost 1.0.0" and "Oost 2.0.0" (the others did not change). */
const changedVersions = (item: ReevaluationItem, titles: ReadonlyMap<string, string>): { before: string; after: string } => {
  const before = new Map(item.packsBefore.map((p) => [p.id, p.version]));
  const after = new Map(item.packsAfter.map((p) => [p.id, p.version]));
  const ids = [...new Set([...before.keys(), ...after.keys()])].filter((id) => before.get(id) !== after.get(id));
  const name = (id: string, version: string | undefined) => (version === undefined ? t('reeval.figures.noPack', { pack: titles.get(id) ?? id }) : `${titles.get(id) ?? id} ${version}`);
  return { before: ids.map((id) => name(id, before.get(id))).join(', '), after: ids.map((id) => name(id, after.get(id))).join(', ') };
};

function ItemCard({ item, titles, report }: { item: ReevaluationItem; titles: ReadonlyMap<string, string>; report: (o: Outcome) => void }) {
  const headingId = useId();
  const reasonId = useId();
  const [busy, setBusy] = useState(false);
  const [keeping, setKeeping] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const arrangementHref = (version: number | null) => sessionHref({ name: 'arrangement', id: item.clientId, arrangementId: item.arrangementId, version, print: false });

  const accept = async () => {
    setBusy(true);
    setError(null);
    const answer = await change('reevaluation.accept', { itemId: item.id });
    setBusy(false);
    if (!answer.ok) return setError(answer.error.message);
    report({
      type: 'ok',
      text: t('reeval.accepted', { name: item.clientName, training: item.trainingTitle, version: answer.value.arrangement.version }),
      link: { href: arrangementHref(null), label: t('reeval.openArrangement') },
    });
  };
  const keep = async () => {
    if (reason.trim().length < KEEP_REASON_MIN) return setError(t('reeval.keep.reasonMissing'));
    setBusy(true);
    setError(null);
    const answer = await change('reevaluation.keep', { itemId: item.id, reason });
    setBusy(false);
    if (!answer.ok) return setError(answer.error.issues?.[0]?.message ?? answer.error.message);
    report({ type: 'ok', text: t('reeval.kept', { name: item.clientName, training: item.trainingTitle }) });
  };

  const open = item.decision === 'open' && !item.stale;
  const versions = changedVersions(item, titles);
  return (
    <article className="arr-panel arr-reeval-item" aria-labelledby={headingId} data-item={item.id}>
      <h3 className="arr-panel__heading" id={headingId}>
        {item.clientName} – {item.trainingTitle}
      </h3>
      <p className="arr-small arr-muted">
        {t('reeval.item.facts', { version: item.fromVersion, status: statusLabel(item.arrangementStatus), date: formatDateNl(item.referenceDate) })}{' '}
        <a className="nl-link" href={arrangementHref(item.fromVersion)}>
          {t('reeval.item.open')}
        </a>
      </p>

      <table className="utrecht-table arr-table arr-reeval-figures">
        <caption className="arr-table__caption">{t('reeval.figures.caption')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <td className="utrecht-table__header-cell" />
            <th scope="col" className="utrecht-table__header-cell arr-num">{t('reeval.figures.before', { packs: versions.before })}</th>
            <th scope="col" className="utrecht-table__header-cell arr-num">{t('reeval.figures.after', { packs: versions.after })}</th>
            <th scope="col" className="utrecht-table__header-cell arr-num">{t('reeval.figures.difference')}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {(
            [
              ['reeval.figures.own', item.before.ownContributionCents, item.after?.ownContributionCents ?? null],
              ['reeval.figures.loan', item.before.loanCents, item.after?.loanCents ?? null],
              ['reeval.figures.total', item.before.totalCostCents, item.after?.totalCostCents ?? null],
            ] as const
          ).map(([label, before, after]) => (
            <tr key={label} className={`utrecht-table__row${label === 'reeval.figures.own' ? ' arr-reeval-figures__own' : ''}`}>
              <th scope="row" className="utrecht-table__cell">{t(label)}</th>
              <td className="utrecht-table__cell arr-num arr-amount">{money(before)}</td>
              <td className="utrecht-table__cell arr-num arr-amount">{money(after)}</td>
              <td className="utrecht-table__cell arr-num arr-amount">{difference(before, after)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {item.lines.length > 0 ? (
        <>
          <h4 className="arr-subheading">{t('reeval.lines.heading')}</h4>
          <ul className="arr-reeval-lines">
            {item.lines.map((line) => (
              <li key={line.schemeId}>
                <span className="arr-reeval-lines__name">{line.name}</span> <span className="arr-small arr-muted">({schemeKindLabel(line.kind)})</span>
                {': '}
                {line.beforeCents === null
                  ? t('reeval.lines.appears', { amount: money(line.afterCents) })
                  : line.afterCents === null
                    ? t('reeval.lines.disappears', { amount: money(line.beforeCents) })
                    : t('reeval.lines.changes', { before: money(line.beforeCents), after: money(line.afterCents) })}
                {line.beforeCents === null ? <span className="arr-tag">{t('reeval.lines.new')}</span> : null}
                {line.afterCents === null ? <span className="arr-tag arr-tag--warning">{t('reeval.lines.gone')}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {item.schemes.length > 0 ? (
        <>
          <h4 className="arr-subheading">{t('reeval.schemes.heading')}</h4>
          <ul className="arr-reeval-schemes">
            {item.schemes.map((s) => (
              <li key={s.schemeId}>
                <span className="arr-reeval-lines__name">{s.name}</span>
                {s.eligibleBefore && !s.eligibleAfter ? <span className="arr-block">{t('reeval.schemes.noLonger', { reason: s.reason ?? '' })}</span> : null}
                {!s.eligibleBefore && s.eligibleAfter ? <span className="arr-block">{t('reeval.schemes.nowFits')}</span> : null}
                {s.changes.length > 0 ? (
                  <ul className="arr-plain-list">
                    {s.changes.map((c, i) => (
                      <li key={i}>{c}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {item.problem ? (
        <Notice type="warning" title={t('reeval.problem')}>
          <p>{item.problem}</p>
        </Notice>
      ) : null}

      {item.decision === 'accepted' ? (
        <p className="arr-inline-message arr-inline-message--ok">
          {t('reeval.decided.accepted', { by: item.decidedBy ?? '', when: item.decidedAt ? formatDateTimeNl(item.decidedAt) : '', version: item.newVersion ?? '' })}{' '}
          {item.newVersion ? (
            <a className="nl-link" href={arrangementHref(item.newVersion)}>
              {t('reeval.openVersion', { version: item.newVersion })}
            </a>
          ) : null}
        </p>
      ) : null}
      {item.decision === 'kept' ? (
        <p className="arr-inline-message">{t('reeval.decided.kept', { by: item.decidedBy ?? '', when: item.decidedAt ? formatDateTimeNl(item.decidedAt) : '', reason: item.reason ?? '' })}</p>
      ) : null}
      {item.decision === 'superseded' || (item.decision === 'open' && item.stale) ? <p className="arr-inline-message">{t('reeval.decided.superseded')}</p> : null}

      {open ? (
        <div className="arr-reeval-actions">
          {error ? (
            <p className="arr-inline-message arr-inline-message--error" role="alert">
              {error}
            </p>
          ) : null}
          {keeping ? (
            <div className="arr-reeval-keep">
              <Field id={reasonId} label={t('reeval.keep.label')} description={t('reeval.keep.description')}>
                {(control) => <Textarea {...control} className="arr-textarea" rows={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />}
              </Field>
              <ButtonGroup>
                <Button appearance="primary-action-button" onClick={() => void keep()} disabled={busy} aria-busy={busy || undefined}>
                  {t('reeval.keep.confirm')}
                </Button>
                <Button appearance="secondary-action-button" onClick={() => setKeeping(false)} disabled={busy}>
                  {t('reeval.keep.cancel')}
                </Button>
              </ButtonGroup>
            </div>
          ) : (
            <ButtonGroup>
              <Button appearance="primary-action-button" onClick={() => void accept()} disabled={busy} aria-busy={busy || undefined}>
                {t('reeval.accept')}
              </Button>
              <Button appearance="secondary-action-button" onClick={() => setKeeping(true)} disabled={busy} aria-describedby={headingId}>
                {t('reeval.keep')}
              </Button>
            </ButtonGroup>
          )}
        </div>
      ) : null}
    </article>
  );
}
