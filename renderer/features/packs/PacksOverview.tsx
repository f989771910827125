// Pakketten: which packs the matcher uses now (publisher, version, dates, signature in words),
// when the feeds were last read and what a sync did ("Nu bijwerken"), freeze warnings, a pack
// file imported by hand, refused versions with the reason in Dutch, and the change list between
// two versions of a pack.
import { useId, useRef, useState } from 'react';
import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { MAX_BUNDLE_CHARS, type PackInUse, type PacksList } from '../../../shared/contract/packs.ts';
import type { OpOutput } from '../../../shared/contract/index.ts';
import type { AppError } from '../../../shared/contract/result.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { Notice } from '../../components/Notice.tsx';
import { Button } from '../../components/buttons.tsx';
import { change, reads } from '../../data/api.ts';
import { useQuery } from '../../data/query.ts';
import { regelingenHref } from '../../data/routes.ts';
import { t } from '../../i18n/nl.ts';
import { formatDateNl, formatDateTimeNl } from '../../i18n/format.ts';
import { FileChoice, problemLines, readProblemText, type ReadFile } from './FileChoice.tsx';
import { PackDiffPanel } from './PackDiffPanel.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { TableHead } from '../../components/TableHead.tsx';

export function PacksOverview() {
  const { result, reload } = useQuery(reads.packs());
  if (result.state === 'loading') return <p className="arr-muted">{t('app.loading')}</p>;
  if (result.state === 'failed') {
    return (
      <LoadFailed title={t('packs.loadFailed')} message={result.error.message} onRetry={reload} />
    );
  }
  const list = result.value;
  return (
    <>
      <Paragraph className="arr-lead">{t('packs.intro')}</Paragraph>
      <SyncPanel list={list} />
      {list.freezeWarnings.length > 0 ? (
        <Notice type="warning" title={t('packs.freeze.title')}>
          <ul className="arr-plain-list">
            {list.freezeWarnings.map((w, i) => (
              <li key={i}>{w.message}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {list.problems.length > 0 ? (
        <Notice type="warning" title={t('packs.problems.title')}>
          <ul className="arr-plain-list">
            {list.problems.map((p, i) => (
              <li key={i}>
                {p.file}
                {p.path ? ` (${p.path})` : ''}: {p.message}
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
      <PacksTable packs={list.inUse} />
      <PackDiffPanel packs={list.inUse} />
      <ImportPanel />
      <Refusals list={list} />
    </>
  );
}

function PacksTable({ packs }: { packs: readonly PackInUse[] }) {
  const headingId = useId();
  return (
    <section className="arr-panel arr-panel--flush" aria-labelledby={headingId}>
      <h2 className="arr-panel__heading arr-packs__heading" id={headingId}>
        {t('packs.inUse.heading')}
      </h2>
      {packs.length === 0 ? (
        <p className="arr-packs__empty">{t('packs.inUse.none')}</p>
      ) : (
        <div className="arr-table-scroll">
          <table className="utrecht-table arr-table arr-packs" aria-labelledby={headingId}>
            <TableHead columns={[t('packs.col.pack'), t('packs.col.version'), t('packs.col.signature'), t('packs.col.published'), t('packs.col.expires'), t('packs.col.installed')]} />
            <tbody className="utrecht-table__body">
              {packs.map((p) => (
                <tr key={p.id} className="utrecht-table__row" data-pack={p.id}>
                  <th scope="row" className="utrecht-table__cell">
                    <span className="arr-block">{p.title}</span>
                    <span className="arr-small arr-muted arr-block">
                      {t(p.schemeCount === 1 ? 'packs.layerAndOne' : 'packs.layerAndCount', { layer: p.layerNl, count: p.schemeCount, id: p.id })}
                    </span>
                  </th>
                  <td className="utrecht-table__cell arr-nowrap">{p.version}</td>
                  <td className="utrecht-table__cell">
                    <span className={`arr-signature arr-signature--${p.signature}`}>{p.signatureText}</span>
                  </td>
                  <td className="utrecht-table__cell arr-nowrap">{p.published ? formatDateNl(p.published) : t('packs.notApplicable')}</td>
                  <td className="utrecht-table__cell arr-nowrap">
                    {p.expires ? formatDateNl(p.expires) : t('packs.notApplicable')}
                    {p.expired ? <span className="arr-tag arr-tag--warning">{t('packs.expired')}</span> : null}
                  </td>
                  <td className="utrecht-table__cell">
                    {p.installedAt ? formatDateTimeNl(p.installedAt) : t('packs.notApplicable')}
                    {p.feed ? <span className="arr-small arr-muted arr-block arr-break">{t('packs.from', { feed: p.feed })}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

type SyncOutcome = { ok: true; value: OpOutput<'packs.sync'> } | { ok: false; error: AppError };

function SyncPanel({ list }: { list: PacksList }) {
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SyncOutcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const sync = async () => {
    setBusy(true);
    setOutcome(null);
    const answer = await change('packs.sync', {});
    setBusy(false);
    setOutcome(answer);
    requestAnimationFrame(() => outcomeRef.current?.focus());
  };
  return (
    <section className="arr-panel" aria-labelledby={headingId}>
      <h2 className="arr-panel__heading" id={headingId}>
        {t('packs.sync.heading')}
      </h2>
      <p>{list.lastSync ? t('packs.sync.last', { when: formatDateTimeNl(list.lastSync) }) : t('packs.sync.never')}</p>
      {list.feeds.length === 0 ? (
        <p className="arr-muted">
          {t('packs.sync.noFeeds')}{' '}
          <a className="nl-link" href={regelingenHref({ name: 'regelingen', tab: 'feeds' })}>
            {t('packs.sync.toFeeds')}
          </a>
        </p>
      ) : (
        <ul className="arr-plain-list arr-feeds-status">
          {list.feeds.map((f) => (
            <li key={f.location}>
              <span className="arr-break">{f.location}</span>
              <span className="arr-small arr-muted">
                {' – '}
                {f.lastError
                  ? t('packs.sync.feedError', { error: f.lastError })
                  : f.lastSuccess
                    ? t('packs.sync.feedOk', { when: formatDateTimeNl(f.lastSuccess) })
                    : t('packs.sync.feedNever')}
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className="arr-actions">
        <Button appearance="primary-action-button" onClick={() => void sync()} disabled={busy} aria-busy={busy || undefined}>
          {busy ? t('packs.sync.busy') : t('packs.sync.button')}
        </Button>
      </div>
      {outcome ? (
        outcome.ok ? (
          <Notice ref={outcomeRef} type={outcome.value.refused > 0 || outcome.value.feeds.some((f) => !f.reachable) ? 'warning' : 'ok'} title={outcome.value.message}>
            <SyncDetails value={outcome.value} />
          </Notice>
        ) : (
          <Notice ref={outcomeRef} type="error" title={t('packs.sync.failed')}>
            <p>{outcome.error.message}</p>
          </Notice>
        )
      ) : null}
    </section>
  );
}

function SyncDetails({ value }: { value: OpOutput<'packs.sync'> }) {
  const lines: string[] = [];
  for (const feed of value.feeds) {
    if (!feed.reachable) lines.push(t('packs.sync.unreachable', { feed: feed.location, message: feed.message ?? '' }));
    for (const i of feed.installed) lines.push(i.replaced ? t('packs.sync.replacedLine', { pack: i.packId, version: i.version, old: i.replaced }) : t('packs.sync.installedLine', { pack: i.packId, version: i.version }));
    for (const r of feed.refused) lines.push(t('packs.sync.refusedLine', { pack: [r.packId, r.version].filter(Boolean).join(' ') || feed.location, message: r.message.split('\n')[0] ?? '' }));
    for (const p of feed.pending) lines.push(t('packs.sync.pendingLine', { pack: p.packId, version: p.version }));
  }
  return (
    <>
      {lines.length > 0 ? (
        <ul className="arr-plain-list">
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      ) : null}
      {value.reevaluationStarted ? (
        <p>
          {t('packs.sync.reevaluating')}{' '}
          <a className="nl-link" href={regelingenHref({ name: 'regelingen', tab: 'herberekening' })}>
            {t('packs.sync.toReevaluation')}
          </a>
        </p>
      ) : null}
    </>
  );
}

type ImportOutcome = { ok: true; value: OpOutput<'packs.import'> } | { ok: false; title: string; lines: string[] };

function ImportPanel() {
  const headingId = useId();
  const [file, setFile] = useState<Extract<ReadFile, { ok: true }> | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const show = (next: ImportOutcome) => {
    setOutcome(next);
    requestAnimationFrame(() => outcomeRef.current?.focus());
  };
  const confirm = async () => {
    if (!file) return;
    setBusy(true);
    const answer = await change('packs.import', { fileName: file.name, bundle: file.text });
    setBusy(false);
    setFile(null);
    show(answer.ok ? { ok: true, value: answer.value } : { ok: false, title: answer.error.message, lines: problemLines(answer.error) });
  };
  return (
    <section className="arr-panel" aria-labelledby={headingId}>
      <h2 className="arr-panel__heading" id={headingId}>
        {t('packs.import.heading')}
      </h2>
      <FileChoice
        id="pakket-bestand"
        label={t('packs.import.label')}
        description={t('packs.import.description')}
        accept=".json,application/json"
        maxChars={MAX_BUNDLE_CHARS}
        disabled={busy}
        onRead={(read) => {
          setOutcome(null);
          if (read.ok) setFile(read);
          else show({ ok: false, title: readProblemText(read), lines: [] });
        }}
      />
      {busy ? <p role="status">{t('packs.import.busy')}</p> : null}
      <ConfirmDialog
        open={file !== null}
        title={t('packs.import.confirmTitle')}
        body={t('packs.import.confirmBody', { name: file?.name ?? '' })}
        confirmLabel={t('packs.import.confirm')}
        cancelLabel={t('packs.import.cancel')}
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={() => setFile(null)}
      />
      {outcome ? (
        outcome.ok ? (
          <Notice ref={outcomeRef} type="ok" title={outcome.value.message}>
            {outcome.value.changes.length > 0 ? (
              <ul className="arr-plain-list">
                {outcome.value.changes.map((c, i) => (
                  <li key={i}>{c.schemeName ? `${c.schemeName}: ${c.text}` : c.text}</li>
                ))}
              </ul>
            ) : null}
          </Notice>
        ) : (
          <Notice ref={outcomeRef} type="error" title={t('packs.import.refused')}>
            <p className="arr-preline">{outcome.title}</p>
            {outcome.lines.length > 0 ? (
              <ul className="arr-plain-list">
                {outcome.lines.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            ) : null}
          </Notice>
        )
      ) : null}
    </section>
  );
}

function Refusals({ list }: { list: PacksList }) {
  const headingId = useId();
  return (
    <section className="arr-panel" aria-labelledby={headingId}>
      <h2 className="arr-panel__heading" id={headingId}>
        {t('packs.refusals.heading')}
      </h2>
      {list.refusals.length === 0 ? (
        <p className="arr-muted">{t('packs.refusals.none')}</p>
      ) : (
        <ul className="arr-refusals">
          {list.refusals.slice(0, 20).map((r, i) => (
            <li key={i} className="arr-refusal">
              <p className="arr-refusal__what">
                {r.packId ? t('packs.refusals.pack', { pack: r.packId, version: r.version ?? '' }) : t('packs.refusals.unknownPack')}
                <span className="arr-small arr-muted">
                  {' – '}
                  {t('packs.refusals.when', { when: formatDateTimeNl(r.at), feed: r.feed })}
                </span>
              </p>
              <p className="arr-preline arr-refusal__why">{r.message}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
