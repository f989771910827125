// The status of the arrangement and of each funding line (concept, besproken, aangevraagd,
// toegekend, afgewezen). Saving a status makes a new version, so the history shows when it
// changed and who changed it.
import { useId, useState } from 'react';
import { arrangementStatuses, type ArrangementDetail, type ArrangementStatus, type LineStatuses } from '../../../shared/contract/arrangements.ts';
import { contributionOf } from '../../../shared/labels/packs.ts';
import { Field } from '../../components/Field.tsx';
import { Button } from '../../components/buttons.tsx';
import { Select } from '../../components/controls.tsx';
import { t } from '../../i18n/nl.ts';
import { statusLabel } from '../../i18n/labels.ts';

export interface StatusPanelProps {
  readonly detail: ArrangementDetail;
  readonly readOnly: boolean;
  readonly onSave: (status: ArrangementStatus, lineStatuses: LineStatuses) => Promise<string | null>;
}

export function StatusPanel({ detail, readOnly, onSave }: StatusPanelProps) {
  const headingId = useId();
  // A share a scheme demands goes with that scheme's own line; a contribution a party promised
  // itself (the employer's) is a line of its own, with its own status.
  const lines = detail.result.lines.filter((l) => contributionOf(l, detail.result.lines) !== 'required');
  const [status, setStatus] = useState<ArrangementStatus>(detail.status);
  const [lineStatuses, setLineStatuses] = useState<LineStatuses>(() =>
    Object.fromEntries(lines.map((l) => [l.schemeId, detail.lineStatuses[l.schemeId] ?? 'concept'])),
  );
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const changed = status !== detail.status || lines.some((l) => lineStatuses[l.schemeId] !== (detail.lineStatuses[l.schemeId] ?? 'concept'));

  const options = arrangementStatuses.map((s) => (
    <option key={s} value={s}>
      {statusLabel(s)}
    </option>
  ));
  return (
    <section className="arr-panel" aria-labelledby={headingId}>
      <h2 className="arr-panel__heading" id={headingId}>
        {t('arrangement.status.heading')}
      </h2>
      {readOnly ? (
        <>
          <p>
            {t('arrangement.status.arrangement')}: <strong>{statusLabel(detail.status)}</strong>
          </p>
          <ul className="arr-plain-list">
            {lines.map((l) => (
              <li key={l.schemeId}>
                {l.name}: {statusLabel(detail.lineStatuses[l.schemeId] ?? 'concept')}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <form
          className="arr-status-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setBusy(true);
            void onSave(status, lineStatuses).then((failure) => {
              setBusy(false);
              setProblem(failure);
            });
          }}
        >
          <Field id="status-arrangement" label={t('arrangement.status.arrangement')}>
            {(control) => (
              <Select {...control} className="arr-input arr-input--m" value={status} onChange={(e) => setStatus(e.target.value as ArrangementStatus)}>
                {options}
              </Select>
            )}
          </Field>
          {lines.length > 0 ? (
            <fieldset className="utrecht-form-fieldset arr-fieldset arr-fieldset--plain">
              <legend className="utrecht-form-fieldset__legend arr-fieldset__legend arr-fieldset__legend--small">{t('arrangement.status.lines')}</legend>
              {lines.map((l) => (
                <Field key={l.schemeId} id={`status-${l.schemeId.replace(/\./g, '-')}`} label={l.name}>
                  {(control) => (
                    <Select
                      {...control}
                      className="arr-input arr-input--m"
                      value={lineStatuses[l.schemeId] ?? 'concept'}
                      onChange={(e) => setLineStatuses((s) => ({ ...s, [l.schemeId]: e.target.value as ArrangementStatus }))}
                    >
                      {options}
                    </Select>
                  )}
                </Field>
              ))}
            </fieldset>
          ) : null}
          <Button appearance="secondary-action-button" type="submit" disabled={busy || !changed} aria-busy={busy || undefined}>
            {busy ? t('session.saving') : t('arrangement.status.save')}
          </Button>
          {problem ? (
            <p className="utrecht-form-field-error-message" role="alert">
              {problem}
            </p>
          ) : null}
        </form>
      )}
    </section>
  );
}
