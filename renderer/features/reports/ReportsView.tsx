// The Rapportages section (issue 10, #/rapportages): what the team arranged, without personal
// data. On an adviser's laptop it reports on the arrangements there and makes the bundle for the
// supervisor; the supervisor reads in the advisers' bundles and reports over them. Filters,
// figures with charts and tables, the suppression line, and CSV, Excel and PDF exports.
import { useId, useLayoutEffect } from 'react';
import { Paragraph } from '@rijkshuisstijl-community/components-react';
import type { ReportSource } from '../../../shared/contract/reports.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { keys, reads } from '../../data/api.ts';
import { invalidate, useQuery } from '../../data/query.ts';
import { reportRequest, setReportSource, useReportChoice } from '../../data/reportFilters.ts';
import { t } from '../../i18n/nl.ts';
import { BundlesPanel } from './BundlesPanel.tsx';
import { FiltersForm } from './FiltersForm.tsx';
import { OwnBundlePanel } from './OwnBundlePanel.tsx';
import { ReportPrintView } from './ReportPrintView.tsx';
import { ReportResult } from './ReportResult.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';

export function ReportsView({ print }: { print: boolean }) {
  // This laptop's arrangements change on other screens, which do not know about reports: coming
  // here always counts again. A layout effect, so it runs before the reads below start (a plain
  // effect runs after the children's and would drop the read they had just started).
  useLayoutEffect(() => invalidate(keys.reports()), []);
  const bundles = useQuery(reads.reportBundles());
  const choice = useReportChoice();
  if (bundles.result.state === 'loading') return <p className="arr-muted">{t('app.loading')}</p>;
  if (bundles.result.state === 'failed') {
    return (
      <LoadFailed title={t('reports.bundles.failed')} message={bundles.result.error.message} onRetry={bundles.reload} />
    );
  }
  const list = bundles.result.value;
  const source: ReportSource = choice.source ?? (list.length > 0 ? 'bundles' : 'local');
  const request = reportRequest(choice, source);
  if (print) return <ReportPrintView request={request} />;
  return (
    <div className="arr-reports">
      <PageHeading>{t('reports.title')}</PageHeading>
      <Paragraph className="arr-lead">{t('reports.intro')}</Paragraph>
      <SourceChoice source={source} bundleCount={list.length} />
      {source === 'bundles' ? <BundlesPanel bundles={list} /> : <OwnBundlePanel />}
      <FiltersForm filters={choice.filters} threshold={choice.threshold} />
      <ReportResult request={request} />
    </div>
  );
}

function SourceChoice({ source, bundleCount }: { source: ReportSource; bundleCount: number }) {
  const legendId = useId();
  const hintId = useId();
  const options: { value: ReportSource; label: string }[] = [
    { value: 'local', label: t('reports.source.local') },
    { value: 'bundles', label: t('reports.source.bundles', { count: bundleCount }) },
  ];
  return (
    <div className="arr-panel arr-report-source">
      <fieldset className="utrecht-form-fieldset arr-report-source__fieldset" aria-describedby={hintId}>
        <legend className="utrecht-form-fieldset__legend arr-section-title" id={legendId}>
          {t('reports.source.legend')}
        </legend>
        <div className="arr-choices">
          {options.map((o) => (
            <label key={o.value} htmlFor={`rapportbron-${o.value}`} className={`arr-choice${source === o.value ? ' arr-choice--checked' : ''}`}>
              <input
                className="utrecht-radio-button utrecht-radio-button--html-input arr-choice__input"
                type="radio"
                id={`rapportbron-${o.value}`}
                name="rapportbron"
                value={o.value}
                checked={source === o.value}
                onChange={() => setReportSource(o.value)}
              />
              <span className="arr-choice__label">{o.label}</span>
            </label>
          ))}
        </div>
        <p className="arr-small arr-muted arr-report-source__hint" id={hintId}>
          {source === 'local' ? t('reports.source.localHint') : t('reports.source.bundlesHint')}
        </p>
      </fieldset>
    </div>
  );
}
