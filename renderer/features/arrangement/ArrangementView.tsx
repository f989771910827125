// One arrangement on the dossier: the money (figures, who pays what, with a status per line),
// what happens next, the adviser's overrides with their history, the versions, and the export.
// An earlier version opens read-only; every change makes a new version, with one call per
// action of the adviser (arrangements.save for an override, arrangements.setStatus for a status).
import { useEffect, useMemo, useRef, useState } from 'react';
import { Paragraph } from '@rijkshuisstijl-community/components-react';
import type { ArrangementDetail, ArrangementStatus, LineStatuses, RecordedOverride } from '../../../shared/contract/arrangements.ts';
import type { AppError } from '../../../shared/contract/result.ts';
import { formatDateNl } from '../../../shared/dates/index.ts';
import { Field } from '../../components/Field.tsx';
import { Notice } from '../../components/Notice.tsx';
import { SessionLayout } from '../../components/SessionLayout.tsx';
import { Button } from '../../components/buttons.tsx';
import { Select } from '../../components/controls.tsx';
import { FundingLinesTable } from '../../components/matching/FundingLinesTable.tsx';
import { FundingSummary } from '../../components/matching/FundingSummary.tsx';
import { AlsoPossible } from '../../components/matching/AlsoPossible.tsx';
import { change, reads } from '../../data/api.ts';
import { figuresOf } from '../../data/figures.ts';
import { indexSchemes } from '../../../shared/packs/scheme-index.ts';
import { useQuery } from '../../data/query.ts';
import { navigate } from '../../data/router.ts';
import { sessionHref } from '../../data/routes.ts';
import type { SessionData } from '../../data/session.ts';
import { t } from '../../i18n/nl.ts';
import { formatDateTimeNl } from '../../i18n/format.ts';
import { statusLabel } from '../../i18n/labels.ts';
import { ActionList } from './ActionList.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import type { OverrideOutput } from './overrideForm.ts';
import { OverridesPanel } from './OverridesPanel.tsx';
import { toInput } from './overrideText.ts';
import { StatusPanel } from './StatusPanel.tsx';
import { VersionsTable } from './VersionsTable.tsx';

const failureText = (error: AppError): string => {
  const issue = error.issues?.[0]?.message;
  return issue && issue !== error.message ? `${error.message} ${issue}` : error.message;
};

export function ArrangementView({ clientId, arrangementId, version }: { clientId: string; arrangementId: string; version: number | null }) {
  return (
    <SessionLayout clientId={clientId} tab="arrangementen" title={t('arrangement.title')}>
      {(data) => <ArrangementScreen clientId={clientId} arrangementId={arrangementId} version={version} data={data} />}
    </SessionLayout>
  );
}

type Outcome = { type: 'ok' | 'error'; text: string } | null;

function ArrangementScreen({ clientId, arrangementId, version, data }: { clientId: string; arrangementId: string; version: number | null; data: SessionData }) {
  const { result: load } = useQuery(reads.arrangement(arrangementId, version));
  // Lives above the keyed body: the message about a save must outlast the switch to the new version.
  const [notice, setNotice] = useState<Outcome>(null);
  if (load.state === 'loading') return <p className="arr-muted">{t('app.loading')}</p>;
  if (load.state === 'failed') {
    return (
      <Notice type="error" title={t('arrangement.loadFailed')}>
        <Paragraph>{load.error.message}</Paragraph>
        <p>
          <a className="nl-link" href={sessionHref({ name: 'session', id: clientId, tab: 'arrangementen' })}>
            {t('arrangement.backToList')}
          </a>
        </p>
      </Notice>
    );
  }
  // Keyed by version: a new version starts with fresh form state (status choices, messages).
  return (
    <ArrangementBody
      key={`${load.value.id}-${load.value.version}`}
      clientId={clientId}
      detail={load.value}
      data={data}
      notice={notice}
      setNotice={setNotice}
    />
  );
}

interface BodyProps {
  readonly clientId: string;
  readonly detail: ArrangementDetail;
  readonly data: SessionData;
  readonly notice: Outcome;
  readonly setNotice: (notice: Outcome) => void;
}

function ArrangementBody({ clientId, detail, data, notice, setNotice }: BodyProps) {
  const index = useMemo(() => indexSchemes(data.packs), [data.packs]);
  const schemeName = (id: string) => index.get(id)?.scheme.name ?? detail.result.evaluations.find((e) => e.schemeId === id)?.name ?? id;
  const latest = Math.max(...detail.versions.map((v) => v.version));
  const readOnly = detail.version !== latest;
  const [busy, setBusy] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  // A fresh body (after a save) brings the adviser to the message about it.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
    // Only when this version's body appears, not on every new notice.
  }, []);

  /**
   * A new version with these overrides, in one arrangements.save: the services check the
   * overrides (an amount above what a scheme allows is refused), record who made them (the
   * adviser's name from the settings) and keep each line's status, dropping lines left out.
   */
  const saveVersion = async (overrides: RecordedOverride[] | null, extra: OverrideOutput | null): Promise<string | null> => {
    if (detail.trainingId === null) return t('arrangement.overrides.trainingGone');
    const inputs = (overrides ?? detail.overrides).map(toInput);
    const answer = await change('arrangements.save', {
      clientId,
      trainingId: detail.trainingId,
      referenceDate: detail.referenceDate,
      overrides: extra ? [...inputs, extra.override] : inputs,
      status: detail.status,
      lineStatuses: {},
      arrangementId: detail.id,
      expectedVersion: detail.version,
    });
    if (!answer.ok) return failureText(answer.error);
    setNotice({ type: 'ok', text: t('arrangement.savedVersion', { version: answer.value.version }) });
    return null;
  };

  const saveStatus = async (status: ArrangementStatus, lineStatuses: LineStatuses): Promise<string | null> => {
    const answer = await change('arrangements.setStatus', { id: detail.id, expectedVersion: detail.version, status, lineStatuses });
    if (!answer.ok) return answer.error.message;
    setNotice({ type: 'ok', text: t('arrangement.status.saved', { status: statusLabel(answer.value.status), version: answer.value.version }) });
    return null;
  };

  const removeOverride = (target: RecordedOverride) => {
    setBusy(true);
    void saveVersion(
      detail.overrides.filter((o) => o !== target),
      null,
    ).then((failure) => {
      setBusy(false);
      if (failure) {
        setNotice({ type: 'error', text: failure });
        requestAnimationFrame(() => noticeRef.current?.focus());
      }
    });
  };

  const figures = figuresOf(detail.result);
  const title = detail.case.training.title;
  return (
    <div className="arr-arrangement" data-arrangement={detail.id} data-version={detail.version}>
      <div className="arr-arrangement__head">
        <div>
          <h2 className="arr-arrangement__title">{title}</h2>
          <p className="arr-muted">
            {t('arrangement.meta', {
              version: detail.version,
              count: latest,
              date: formatDateTimeNl(detail.savedAt),
              by: detail.savedBy || t('arrangement.unknownAdviser'),
              peildatum: formatDateNl(detail.referenceDate),
            })}
          </p>
          <p>
            {t('arrangement.status.arrangement')}: <span className={`arr-status arr-status--${detail.status}`}>{statusLabel(detail.status)}</span>
          </p>
        </div>
        <Field id="versie-kiezen" label={t('arrangement.versions.pick')}>
          {(control) => (
            <Select
              {...control}
              className="arr-input arr-input--m"
              value={String(detail.version)}
              onChange={(event) => {
                const v = Number(event.target.value);
                navigate({ name: 'arrangement', id: clientId, arrangementId: detail.id, version: v === latest ? null : v, print: false });
              }}
            >
              {[...detail.versions]
                .sort((a, b) => b.version - a.version)
                .map((v) => (
                  <option key={v.version} value={v.version}>
                    {t('arrangement.versions.option', { version: v.version, date: formatDateTimeNl(v.savedAt) })}
                  </option>
                ))}
            </Select>
          )}
        </Field>
      </div>
      {readOnly ? (
        <Notice type="info" title={t('arrangement.readOnly.title', { version: detail.version })}>
          <p>
            {t('arrangement.readOnly.body')}{' '}
            <a className="nl-link" href={sessionHref({ name: 'arrangement', id: clientId, arrangementId: detail.id, version: null, print: false })}>
              {t('arrangement.readOnly.latest', { version: latest })}
            </a>
          </p>
        </Notice>
      ) : null}
      {notice ? (
        <Notice ref={noticeRef} type={notice.type} title={notice.text} />
      ) : null}

      <section className="arr-panel" aria-labelledby="geld-kop">
        <h2 className="arr-panel__heading" id="geld-kop">
          {t('arrangement.money.heading')}
        </h2>
        <FundingSummary figures={figures} />
        <FundingLinesTable
          result={detail.result}
          caption={t('match.lines.caption')}
          extraColumn={{ header: t('arrangement.status.column'), cell: (schemeId) => statusLabel(detail.lineStatuses[schemeId] ?? 'concept') }}
        />
        <AlsoPossible schemes={detail.result.alsoPossible} headingLevel={3} />
      </section>

      <div className="arr-arrangement__columns">
        <div>
          <section className="arr-panel" aria-labelledby="acties-kop">
            <h2 className="arr-panel__heading" id="acties-kop">
              {t('arrangement.actions.heading')}
            </h2>
            <ActionList actions={detail.actions} />
          </section>
          <OverridesPanel
            detail={detail}
            readOnly={readOnly}
            canChange={detail.trainingId !== null}
            needsName={data.adviserName.trim() === ''}
            schemeName={schemeName}
            busy={busy}
            onAdd={(output) => saveVersion(null, output)}
            onRemove={removeOverride}
          />
        </div>
        <div>
          <StatusPanel detail={detail} readOnly={readOnly} onSave={saveStatus} />
          <ExportPanel clientId={clientId} id={detail.id} version={detail.version} />
          <VersionsTable clientId={clientId} detail={detail} latest={latest} />
        </div>
      </div>
      <p>
        <Button appearance="subtle-button" type="button" onClick={() => navigate({ name: 'session', id: clientId, tab: 'arrangementen' })}>
          {t('arrangement.backToList')}
        </Button>
      </p>
    </div>
  );
}
