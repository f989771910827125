// The adviser's deviations from the matcher's proposal: the ones in force, a form to add one,
// and the history of every override added or removed, with who and when.
import { useId } from 'react';
import type { ArrangementDetail, RecordedOverride } from '../../../shared/contract/arrangements.ts';
import { Button } from '../../components/buttons.tsx';
import { t } from '../../i18n/nl.ts';
import { formatDateTimeNl } from '../../i18n/format.ts';
import { AdviserNameForm } from './AdviserNameForm.tsx';
import { OverrideForm } from './OverrideForm.tsx';
import type { OverrideOutput } from './overrideForm.ts';
import { overrideText } from './overrideText.ts';

export interface OverridesPanelProps {
  readonly detail: ArrangementDetail;
  readonly readOnly: boolean;
  readonly canChange: boolean;
  readonly needsName: boolean;
  readonly schemeName: (id: string) => string;
  readonly onAdd: (output: OverrideOutput) => Promise<string | null>;
  readonly onRemove: (override: RecordedOverride) => void;
  readonly busy: boolean;
}

export function OverridesPanel({ detail, readOnly, canChange, needsName, schemeName, onAdd, onRemove, busy }: OverridesPanelProps) {
  const headingId = useId();
  const historyId = useId();
  const schemes = detail.result.evaluations
    .filter((e) => e.status === 'eligible')
    .map((e) => ({ id: e.schemeId, name: e.name, maxCents: e.maxAmountCents }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return (
    <section className="arr-panel" aria-labelledby={headingId}>
      <h2 className="arr-panel__heading" id={headingId}>
        {t('arrangement.overrides.heading')}
      </h2>
      {detail.overrides.length === 0 ? <p className="arr-muted">{t('arrangement.overrides.none')}</p> : null}
      <ul className="arr-overrides">
        {detail.overrides.map((o, i) => (
          <li key={i} className="arr-override">
            <p className="arr-override__what">{overrideText(o, schemeName)}</p>
            <p className="arr-override__why">
              {t('arrangement.overrides.reason')}: {o.reason}
            </p>
            <p className="arr-override__who arr-small arr-muted">{t('arrangement.overrides.byAt', { by: o.by, at: formatDateTimeNl(o.at) })}</p>
            {!readOnly && canChange ? (
              <Button appearance="subtle-button" type="button" disabled={busy} onClick={() => onRemove(o)}>
                {t('arrangement.overrides.remove', { what: overrideText(o, schemeName) })}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {!readOnly && canChange && needsName ? <AdviserNameForm /> : null}
      {!readOnly && canChange && !needsName ? <OverrideForm schemes={schemes} onSubmit={onAdd} /> : null}
      {!readOnly && !canChange ? <p className="arr-small">{t('arrangement.overrides.trainingGone')}</p> : null}

      <h3 className="arr-subheading" id={historyId}>
        {t('arrangement.history.heading')}
      </h3>
      {detail.overrideHistory.length === 0 ? (
        <p className="arr-muted">{t('arrangement.history.none')}</p>
      ) : (
        <table className="utrecht-table arr-table arr-history" aria-labelledby={historyId}>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">{t('arrangement.history.when')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('arrangement.history.who')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('arrangement.history.what')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('arrangement.history.reason')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('arrangement.history.version')}</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {detail.overrideHistory.map((h, i) => (
              <tr key={i} className="utrecht-table__row">
                <td className="utrecht-table__cell arr-nowrap">{formatDateTimeNl(h.at)}</td>
                <td className="utrecht-table__cell">{h.by}</td>
                <td className="utrecht-table__cell">
                  {h.change === 'added' ? t('arrangement.history.added') : t('arrangement.history.removed')}: {overrideText(h.override, schemeName)}
                </td>
                <td className="utrecht-table__cell">{h.override.reason}</td>
                <td className="utrecht-table__cell arr-num">{h.version}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
