// The supervisor's bundles: read in one or more files (or every .json in a folder) from the
// advisers, see which are in (period, count, when read in), and remove one after a question.
// Each file is one reports.importBundle: a bad file is refused whole with the reason and the
// field, and the others still go in; the same file twice counts once.
import { useEffect, useId, useRef, useState } from 'react';
import { MAX_BUNDLE_CHARS, type BundleInfo } from '../../../shared/contract/reports.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { Button } from '../../components/buttons.tsx';
import { readChosenFile } from '../../components/exportFile.ts';
import { change } from '../../data/api.ts';
import { formatDateNl, formatDateTimeNl } from '../../i18n/format.ts';
import { t } from '../../i18n/nl.ts';
import { Progress, useAfterAMoment } from './Progress.tsx';
import { TableHead } from '../../components/TableHead.tsx';

interface ImportOutcome {
  readonly fileName: string;
  readonly type: 'ok' | 'same' | 'error';
  readonly text: string;
  readonly details: readonly string[];
}

const countText = (n: number) => (n === 1 ? t('reports.bundles.one') : t('reports.bundles.many', { count: n }));

export function BundlesPanel({ bundles }: { bundles: readonly BundleInfo[] }) {
  const headingId = useId();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<{ done: number; total: number; current: string } | null>(null);
  const [outcomes, setOutcomes] = useState<readonly ImportOutcome[]>([]);
  const [removing, setRemoving] = useState<BundleInfo | null>(null);
  const [removeBusy, setRemoveBusy] = useState(false);
  const [removed, setRemoved] = useState<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // React has no prop for a folder choice; Chromium (and so Electron) knows this attribute.
    folderInput.current?.setAttribute('webkitdirectory', '');
  }, []);

  const importFiles = async (files: readonly File[]) => {
    const chosen = files.filter((f) => f.name.toLowerCase().endsWith('.json'));
    if (chosen.length === 0) {
      setOutcomes([{ fileName: '', type: 'error', text: t('reports.import.noJson'), details: [] }]);
      return;
    }
    setRemoved(null);
    setOutcomes([]);
    const results: ImportOutcome[] = [];
    for (const [i, file] of chosen.entries()) {
      setProgress({ done: i, total: chosen.length, current: file.name });
      const read = await readChosenFile(file, MAX_BUNDLE_CHARS);
      if (!read.ok) {
        const text = read.reason === 'too-large' ? t('reports.import.tooLarge', { name: file.name }) : t('reports.import.unreadable', { name: file.name });
        results.push({ fileName: file.name, type: 'error', text, details: [] });
        continue;
      }
      const answer = await change('reports.importBundle', { fileName: file.name, json: read.text });
      if (answer.ok) {
        results.push({ fileName: file.name, type: answer.value.alreadyImported ? 'same' : 'ok', text: answer.value.message, details: [] });
      } else {
        const details = [...new Set((answer.error.issues ?? []).map((x) => x.message).filter((m) => m !== answer.error.message))].slice(0, 6);
        results.push({ fileName: file.name, type: 'error', text: answer.error.message, details });
      }
    }
    setProgress(null);
    setOutcomes(results);
    requestAnimationFrame(() => resultRef.current?.focus());
  };

  const onChosen = (input: HTMLInputElement | null) => {
    const files = [...(input?.files ?? [])];
    // The same file again must fire change again (after fixing it on disk).
    if (input) input.value = '';
    if (files.length > 0) void importFiles(files);
  };

  const remove = async () => {
    if (!removing) return;
    setRemoveBusy(true);
    const answer = await change('reports.removeBundle', { id: removing.id });
    setRemoveBusy(false);
    setOutcomes([]);
    setRemoved(answer.ok ? t('reports.bundles.removed', { file: removing.fileName }) : answer.error.message);
    setRemoving(null);
    requestAnimationFrame(() => resultRef.current?.focus());
  };

  const busy = progress !== null;
  const showProgress = useAfterAMoment(busy);
  return (
    <section className="arr-panel arr-report-bundles" aria-labelledby={headingId}>
      <h2 className="arr-section-title" id={headingId}>
        {t('reports.bundles.heading')}
      </h2>
      <p className="arr-small arr-muted">{t('reports.bundles.intro')}</p>
      <div className="arr-file-choice">
        <Button appearance="primary-action-button" type="button" disabled={busy} onClick={() => filesInput.current?.click()}>
          {t('reports.import.files')}
        </Button>
        <Button appearance="secondary-action-button" type="button" disabled={busy} onClick={() => folderInput.current?.click()}>
          {t('reports.import.folder')}
        </Button>
      </div>
      <input ref={filesInput} id="rapportagebestanden-kiezen" type="file" accept=".json,application/json" multiple hidden tabIndex={-1} onChange={(e) => onChosen(e.target)} />
      <input ref={folderInput} id="rapportagemap-kiezen" type="file" multiple hidden tabIndex={-1} onChange={(e) => onChosen(e.target)} />
      {progress && showProgress ? (
        <Progress label={t('reports.import.progress', { done: progress.done + 1, total: progress.total, file: progress.current })} value={progress.done} max={progress.total} />
      ) : null}
      {/* One live region for the outcome of a choice of files (or a removal); focus moves here too. */}
      <div ref={resultRef} tabIndex={-1} className="arr-report-outcomes" role="status">
        {outcomes.length > 0 ? (
          <ul className="arr-plain-list" aria-label={t('reports.import.results')}>
            {outcomes.map((o, i) => (
              <li key={i} className={`arr-inline-message arr-inline-message--${o.type === 'error' ? 'error' : 'ok'}`}>
                {o.text}
                {o.details.length > 0 ? (
                  <ul>
                    {o.details.map((d, j) => (
                      <li key={j}>{d}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
        {removed ? <p className="arr-inline-message arr-inline-message--ok">{removed}</p> : null}
      </div>
      {bundles.length === 0 ? (
        <p className="arr-muted">{t('reports.bundles.none')}</p>
      ) : (
        <div className="arr-table-scroll">
          <table className="utrecht-table arr-table arr-report-table">
            <caption className="arr-report-caption">{countText(bundles.length)}</caption>
            <TableHead columns={[t('reports.bundles.col.file'), t('reports.bundles.col.period'), { label: t('reports.bundles.col.count'), numeric: true }, t('reports.bundles.col.made'), t('reports.bundles.col.imported'), { label: t('reports.bundles.col.actions'), hidden: true }]} />
            <tbody className="utrecht-table__body">
              {bundles.map((b) => (
                <tr key={b.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__cell arr-report-file">{b.fileName}</th>
                  <td className="utrecht-table__cell">{t('reports.bundles.period', { from: formatDateNl(b.from), to: formatDateNl(b.to) })}</td>
                  <td className="utrecht-table__cell arr-num">{b.count}</td>
                  <td className="utrecht-table__cell">{formatDateNl(b.exportedOn)}</td>
                  <td className="utrecht-table__cell">{formatDateTimeNl(b.importedAt)}</td>
                  <td className="utrecht-table__cell">
                    <Button appearance="subtle-button" type="button" disabled={busy} aria-label={t('reports.bundles.removeOne', { file: b.fileName })} onClick={() => setRemoving(b)}>
                      {t('reports.bundles.remove')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t('reports.bundles.confirm.title', { file: removing?.fileName ?? '' })}
        body={t('reports.bundles.confirm.body')}
        confirmLabel={t('reports.bundles.confirm.yes')}
        cancelLabel={t('reports.bundles.confirm.no')}
        busy={removeBusy}
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(null)}
      />
    </section>
  );
}
