// The report's filters: period (months of the peildatum), region, scheme, status, training kind,
// and the suppression threshold (never below 5). Applied with one button, so a large report is
// counted once per choice rather than at every keystroke; a wrong month or threshold gets a
// Dutch message at the field and the report on screen stays as it was.
import { useId, useState } from 'react';
import { trainingKinds } from '../../../shared/case/schema.ts';
import { arrangementStatuses } from '../../../shared/contract/arrangements.ts';
import { DEFAULT_SUPPRESSION_THRESHOLD, MIN_SUPPRESSION_THRESHOLD, type ReportFilters } from '../../../shared/contract/reports.ts';
import { Field } from '../../components/Field.tsx';
import { Select, TextInput } from '../../components/controls.tsx';
import { Button, ButtonGroup } from '../../components/buttons.tsx';
import { reads } from '../../data/api.ts';
import { useQuery } from '../../data/query.ts';
import { applyReportFilters } from '../../data/reportFilters.ts';
import { statusLabel, trainingKindLabel } from '../../i18n/labels.ts';
import { t } from '../../i18n/nl.ts';
import { draftOf, readDraft, type FilterDraft, type FilterErrors } from './reportForm.ts';

export function FiltersForm({ filters, threshold }: { filters: ReportFilters; threshold: number }) {
  const headingId = useId();
  const [draft, setDraft] = useState<FilterDraft>(() => draftOf(filters, threshold));
  const [errors, setErrors] = useState<FilterErrors>({});
  const regions = useQuery(reads.regions()).result;
  const packs = useQuery(reads.packs()).result;
  const set = (patch: Partial<FilterDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const schemes =
    packs.state === 'ok'
      ? packs.value.packs.flatMap((p) => p.schemes.map((s) => ({ id: s.id, name: s.name }))).sort((a, b) => a.name.localeCompare(b.name, 'nl'))
      : [];
  // A scheme filter from before a pack change still shows as its id, so the choice stays visible.
  if (draft.schemeId && !schemes.some((s) => s.id === draft.schemeId)) schemes.push({ id: draft.schemeId, name: draft.schemeId });

  const apply = () => {
    const read = readDraft(draft);
    if (!read.ok) {
      setErrors(read.errors);
      const first = (['from', 'to', 'threshold'] as const).find((k) => read.errors[k]);
      if (first) document.getElementById(`rapport-${first}`)?.focus();
      return;
    }
    setErrors({});
    applyReportFilters(read.filters, read.threshold);
  };
  const clear = () => {
    const empty = draftOf({}, DEFAULT_SUPPRESSION_THRESHOLD);
    setDraft(empty);
    setErrors({});
    applyReportFilters({}, DEFAULT_SUPPRESSION_THRESHOLD);
  };

  return (
    <section className="arr-panel arr-report-filters" aria-labelledby={headingId}>
      <h2 className="arr-section-title" id={headingId}>
        {t('reports.filters.heading')}
      </h2>
      <p className="arr-small arr-muted">{t('reports.filters.intro')}</p>
      <form
        noValidate
        role="search"
        aria-labelledby={headingId}
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        <div className="arr-report-fields">
          <Field id="rapport-from" label={t('reports.filters.from')} error={errors.from}>
            {(control) => <TextInput {...control} inputMode="numeric" autoComplete="off" maxLength={7} value={draft.from} onChange={(e) => set({ from: e.target.value })} />}
          </Field>
          <Field id="rapport-to" label={t('reports.filters.to')} error={errors.to}>
            {(control) => <TextInput {...control} inputMode="numeric" autoComplete="off" maxLength={7} value={draft.to} onChange={(e) => set({ to: e.target.value })} />}
          </Field>
          <Field id="rapport-region" label={t('reports.filters.region')}>
            {(control) => (
              <Select {...control} value={draft.region} onChange={(e) => set({ region: e.target.value })}>
                <option value="">{t('reports.filters.all.region')}</option>
                {regions.state === 'ok' ? regions.value.regions.map((r) => <option key={r.id} value={r.id}>{r.name}</option>) : null}
              </Select>
            )}
          </Field>
          <Field id="rapport-scheme" label={t('reports.filters.scheme')}>
            {(control) => (
              <Select {...control} value={draft.schemeId} onChange={(e) => set({ schemeId: e.target.value })}>
                <option value="">{t('reports.filters.all.scheme')}</option>
                {schemes.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field id="rapport-status" label={t('reports.filters.status')}>
            {(control) => (
              <Select {...control} value={draft.status} onChange={(e) => set({ status: e.target.value })}>
                <option value="">{t('reports.filters.all.status')}</option>
                {arrangementStatuses.map((s) => (
                  <option key={s} value={s}>
                    {statusLabel(s)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field id="rapport-kind" label={t('reports.filters.kind')}>
            {(control) => (
              <Select {...control} value={draft.trainingKind} onChange={(e) => set({ trainingKind: e.target.value })}>
                <option value="">{t('reports.filters.all.kind')}</option>
                {trainingKinds.map((k) => (
                  <option key={k} value={k}>
                    {trainingKindLabel(k)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field id="rapport-threshold" label={t('reports.filters.threshold', { min: MIN_SUPPRESSION_THRESHOLD })} error={errors.threshold}>
            {(control) => <TextInput {...control} inputMode="numeric" autoComplete="off" maxLength={4} value={draft.threshold} onChange={(e) => set({ threshold: e.target.value })} />}
          </Field>
        </div>
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit">
            {t('reports.filters.apply')}
          </Button>
          <Button appearance="secondary-action-button" type="button" onClick={clear}>
            {t('reports.filters.clear')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
