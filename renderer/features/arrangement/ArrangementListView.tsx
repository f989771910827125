// The arrangements on this dossier (newest first) and the import of an exported arrangement.
import { useId, useRef, useState } from 'react';
import { MAX_IMPORT_CHARS, type ArrangementSummary } from '../../../shared/contract/arrangements.ts';
import { formatDateNl } from '../../../shared/dates/index.ts';
import { formatEuro } from '../../../shared/money.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { Notice } from '../../components/Notice.tsx';
import { SessionLayout } from '../../components/SessionLayout.tsx';
import { Button } from '../../components/buttons.tsx';
import { change } from '../../data/api.ts';
import { navigate } from '../../data/router.ts';
import { sessionHref } from '../../data/routes.ts';
import { t } from '../../i18n/nl.ts';
import { formatDateTimeNl } from '../../i18n/format.ts';
import { statusLabel } from '../../i18n/labels.ts';
import { readChosenFile } from '../../components/exportFile.ts';

export function ArrangementListView({ clientId }: { clientId: string }) {
  return (
    <SessionLayout clientId={clientId} tab="arrangementen" title={t('arrangement.list.title')}>
      {(data) => <ArrangementList clientId={clientId} arrangements={data.arrangements} />}
    </SessionLayout>
  );
}

/** The dossier's arrangements come with the dossier (dossier.open), newest first. */
function ArrangementList({ clientId, arrangements }: { clientId: string; arrangements: readonly ArrangementSummary[] }) {
  const captionId = useId();
  return (
    <div className="arr-arrangement-list">
      <p className="arr-intro">{t('arrangement.list.intro')}</p>
      {arrangements.length === 0 ? (
        <p>
          {t('arrangement.list.empty')}{' '}
          <a className="nl-link" href={sessionHref({ name: 'session', id: clientId, tab: 'financiering' })}>
            {t('arrangement.list.toMatching')}
          </a>
        </p>
      ) : null}
      {arrangements.length > 0 ? (
        <table className="utrecht-table arr-table" aria-labelledby={captionId}>
          <caption className="utrecht-table__caption arr-table__caption" id={captionId}>
            {t('arrangement.list.caption')}
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">{t('arrangement.list.training')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('match.peildatum.label')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('arrangement.versions.status')}</th>
              <th scope="col" className="utrecht-table__header-cell arr-num">{t('match.figures.total')}</th>
              <th scope="col" className="utrecht-table__header-cell arr-num">{t('match.figures.own')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('arrangement.versions.saved')}</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {arrangements.map((a) => (
              <tr key={a.id} className="utrecht-table__row" data-arrangement={a.id}>
                <th scope="row" className="utrecht-table__cell">
                  <a className="nl-link" href={sessionHref({ name: 'arrangement', id: clientId, arrangementId: a.id, version: null, print: false })}>
                    {a.trainingTitle}
                  </a>
                  <span className="arr-small arr-muted arr-block">{t('arrangement.list.version', { version: a.version })}</span>
                </th>
                <td className="utrecht-table__cell">{formatDateNl(a.referenceDate)}</td>
                <td className="utrecht-table__cell">{statusLabel(a.status)}</td>
                <td className="utrecht-table__cell arr-num arr-amount">{formatEuro(a.totalCostCents)}</td>
                <td className="utrecht-table__cell arr-num arr-amount">{formatEuro(a.ownContributionCents)}</td>
                <td className="utrecht-table__cell">{formatDateTimeNl(a.savedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <ImportPanel clientId={clientId} />
    </div>
  );
}

export const IMPORT_INPUT_ID = 'arrangement-importeren';

function ImportPanel({ clientId }: { clientId: string }) {
  const headingId = useId();
  const hintId = useId();
  const labelId = useId();
  const [busy, setBusy] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ text: string; issues: string[] } | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);

  // A chosen file is imported only after a yes: an import always makes a new arrangement, so a
  // file picked by mistake (or twice) would otherwise make a duplicate at once (issue 12, item 9).
  const [pending, setPending] = useState<File | null>(null);
  const cancelImport = () => {
    setPending(null);
    setChosen(null);
    if (input.current) input.current.value = '';
  };

  const importFile = async (file: File) => {
    setPending(null);
    setBusy(true);
    setProblem(null);
    const read = await readChosenFile(file, MAX_IMPORT_CHARS);
    if (!read.ok) {
      setBusy(false);
      setProblem({ text: read.reason === 'too-large' ? t('arrangement.import.tooLarge') : t('arrangement.import.unreadable'), issues: [] });
      requestAnimationFrame(() => problemRef.current?.focus());
      return;
    }
    const answer = await change('arrangements.importJson', { clientId, json: read.text });
    setBusy(false);
    if (input.current) input.current.value = '';
    if (!answer.ok) {
      setProblem({ text: answer.error.message, issues: (answer.error.issues ?? []).slice(0, 5).map((i) => i.message) });
      requestAnimationFrame(() => problemRef.current?.focus());
      return;
    }
    navigate({ name: 'arrangement', id: clientId, arrangementId: answer.value.arrangement.id, version: null, print: false });
  };

  return (
    <section className="arr-panel arr-import" aria-labelledby={headingId}>
      <h2 className="arr-panel__heading" id={headingId}>
        {t('arrangement.import.heading')}
      </h2>
      <p className="arr-small arr-muted" id={hintId}>
        {t('arrangement.import.intro')}
      </p>
      {/* Chromium's own file widget speaks the browser's UI language ("Choose File" where no Dutch
          locale is installed), so a Dutch button opens the file dialog and the input stays hidden. */}
      <div className="utrecht-form-field">
        <p className="utrecht-form-label" id={labelId}>
          {t('arrangement.import.label')}
        </p>
        <div className="arr-file-choice">
          <Button
            appearance="secondary-action-button"
            type="button"
            aria-describedby={`${labelId} ${hintId}`}
            disabled={busy}
            onClick={() => input.current?.click()}
          >
            {t('arrangement.import.choose')}
          </Button>
          <span className="arr-muted">{chosen ?? t('arrangement.import.none')}</span>
        </div>
        <input
          ref={input}
          id={IMPORT_INPUT_ID}
          type="file"
          accept="application/json,.json"
          hidden
          tabIndex={-1}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) {
              setChosen(file.name);
              setProblem(null);
              setPending(file);
            }
          }}
        />
      </div>
      <ConfirmDialog
        open={pending !== null}
        title={t('arrangement.import.confirm.title')}
        body={t('arrangement.import.confirm.body', { file: pending?.name ?? '' })}
        confirmLabel={t('arrangement.import.confirm.yes')}
        cancelLabel={t('arrangement.import.confirm.no')}
        onConfirm={() => pending && void importFile(pending)}
        onCancel={cancelImport}
      />
      {busy ? <p role="status">{t('arrangement.import.busy')}</p> : null}
      {problem ? (
        <Notice ref={problemRef} type="error" title={t('arrangement.import.failed')}>
          <p>{problem.text}</p>
          {problem.issues.length > 0 ? (
            <ul>
              {problem.issues.map((m, i) => (
                <li key={i}>{m}</li>
              ))}
            </ul>
          ) : null}
        </Notice>
      ) : null}
    </section>
  );
}
