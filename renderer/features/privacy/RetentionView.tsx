// Bewaartermijn (issue 13.12): the archived dossiers past the retention period, each with only its
// name and archive date. Nothing is erased until the adviser ticks dossiers and confirms; each is
// checked again at that moment, and one that was restored or changed since is skipped with the
// reason. With the period off, the screen says so and points to Instellingen.
import { useEffect, useId, useRef, useState } from 'react';
import { Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableRow } from '@rijkshuisstijl-community/components-react';
import type { OpOutput } from '../../../shared/contract/index.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { TableHeaderCell } from '../../components/TableHeaderCell.tsx';
import { Button, ButtonGroup } from '../../components/buttons.tsx';
import { Checkbox } from '../../components/controls.tsx';
import { change, reads } from '../../data/api.ts';
import { useQuery } from '../../data/query.ts';
import { hrefFor } from '../../data/routes.ts';
import { formatDateNl } from '../../i18n/format.ts';
import { t } from '../../i18n/nl.ts';
import { LoadFailed } from '../../components/LoadFailed.tsx';

type Review = OpOutput<'retention.review'>;
type Outcome = { erased: number; skipped: { name: string; reason: string }[] };

export function RetentionView() {
  const { result, reload } = useQuery(reads.retention());
  // Held above the list: erasing makes the review stale, and the outcome must outlive the re-read.
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  return (
    <>
      <p className="arr-backlink">
        <a className="nl-link" href={hrefFor({ name: 'settings' })}>
          {t('retention.back')}
        </a>
      </p>
      <PageHeading>{t('retention.title')}</PageHeading>
      {outcome ? <OutcomeNotice outcome={outcome} /> : null}
      {result.state === 'loading' ? <p className="arr-muted">{t('app.loading')}</p> : null}
      {result.state === 'failed' ? (
        <LoadFailed title={t('retention.failed')} message={result.error.message} onRetry={reload} />
      ) : null}
      {result.state === 'ok' ? <ReviewBody review={result.value} onDone={setOutcome} /> : null}
    </>
  );
}

function OutcomeNotice({ outcome }: { outcome: Outcome }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    requestAnimationFrame(() => ref.current?.focus());
  }, [outcome]);
  return (
    <Notice ref={ref} type={outcome.skipped.length > 0 ? 'warning' : 'ok'} title={t('retention.erased', { count: outcome.erased })}>
      {outcome.skipped.length > 0 ? (
        <>
          <Paragraph>{t('retention.skipped')}</Paragraph>
          <ul>
            {outcome.skipped.map((s) => (
              <li key={s.name + s.reason}>
                <strong>{s.name}</strong>: {s.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Notice>
  );
}

function ReviewBody({ review, onDone }: { review: Review; onDone: (outcome: Outcome) => void }) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const problemRef = useRef<HTMLParagraphElement>(null);
  const captionId = useId();

  if (review.months === null) {
    return (
      <Notice type="info" title={t('retention.off.title')}>
        <Paragraph>{t('retention.off.body')}</Paragraph>
        <a className="nl-link" href={hrefFor({ name: 'settings' })}>
          {t('retention.off.link')}
        </a>
      </Notice>
    );
  }

  const intro = (
    <Paragraph className="arr-lead">
      {t('retention.intro', { months: review.months, date: review.archivedBefore ? formatDateNl(review.archivedBefore.slice(0, 10)) : '' })}
    </Paragraph>
  );
  if (review.candidates.length === 0) {
    return (
      <>
        {intro}
        <Paragraph>{t('retention.none')}</Paragraph>
      </>
    );
  }

  const toggle = (id: string, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const allChosen = chosen.size === review.candidates.length;

  const erase = async () => {
    setBusy(true);
    const picked = review.candidates.filter((c) => chosen.has(c.id));
    const answer = await change('retention.erase', { confirm: true, clients: picked.map((c) => ({ id: c.id, expectedVersion: c.version })) });
    setBusy(false);
    setAsking(false);
    if (!answer.ok) {
      setProblem(answer.error.message);
      requestAnimationFrame(() => problemRef.current?.focus());
      return;
    }
    const nameOf = new Map(review.candidates.map((c) => [c.id, c.displayName]));
    setChosen(new Set());
    onDone({ erased: answer.value.erased.length, skipped: answer.value.skipped.map((s) => ({ name: nameOf.get(s.id) ?? s.id, reason: s.reason })) });
  };

  return (
    <>
      {intro}
      {review.total > review.candidates.length ? <Paragraph>{t('retention.more', { shown: review.candidates.length, total: review.total })}</Paragraph> : null}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (chosen.size === 0) {
            setProblem(t('retention.chooseFirst'));
            requestAnimationFrame(() => problemRef.current?.focus());
            return;
          }
          setProblem(null);
          setAsking(true);
        }}
      >
        <div className="arr-panel arr-panel--flush">
          <Table className="arr-retention-table">
            <TableCaption id={captionId}>{t('retention.caption', { count: review.candidates.length })}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">
                  <span className="arr-visually-hidden">{t('retention.col.choose')}</span>
                </TableHeaderCell>
                <TableHeaderCell scope="col">{t('clients.list.col.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('retention.col.archivedAt')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {review.candidates.map((c) => {
                const id = `bewaartermijn-${c.id}`;
                return (
                  <TableRow key={c.id}>
                    <TableCell>
                      <Checkbox id={id} checked={chosen.has(c.id)} onChange={(event) => toggle(c.id, event.target.checked)} />
                    </TableCell>
                    <TableCell>
                      <label htmlFor={id}>{c.displayName}</label>
                    </TableCell>
                    <TableCell>{formatDateNl(c.archivedAt.slice(0, 10))}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
        {problem ? (
          <p ref={problemRef} tabIndex={-1} className="arr-inline-message arr-inline-message--error" role="alert">
            {problem}
          </p>
        ) : null}
        <ButtonGroup>
          <Button appearance="secondary-action-button" type="button" onClick={() => setChosen(allChosen ? new Set() : new Set(review.candidates.map((c) => c.id)))}>
            {allChosen ? t('retention.chooseNone') : t('retention.chooseAll')}
          </Button>
          <Button appearance="primary-action-button" className="arr-button--danger" type="submit" disabled={busy}>
            {t('retention.erase', { count: chosen.size })}
          </Button>
        </ButtonGroup>
      </form>
      <ConfirmDialog
        open={asking}
        title={t('retention.confirm.title', { count: chosen.size })}
        body={t('retention.confirm.body')}
        confirmLabel={t('retention.confirm.yes')}
        cancelLabel={t('retention.confirm.no')}
        busy={busy}
        onConfirm={() => void erase()}
        onCancel={() => setAsking(false)}
      />
    </>
  );
}
