// Every version of the arrangement, newest first, each readable: what changed is traceable.
import { useId } from 'react';
import type { ArrangementDetail } from '../../../shared/contract/arrangements.ts';
import { formatEuro } from '../../../shared/money.ts';
import { t } from '../../i18n/nl.ts';
import { formatDateTimeNl } from '../../i18n/format.ts';
import { originLabel, statusLabel } from '../../i18n/labels.ts';
import { sessionHref } from '../../data/routes.ts';


export function VersionsTable({ clientId, detail, latest }: { clientId: string; detail: ArrangementDetail; latest: number }) {
  const headingId = useId();
  const versions = [...detail.versions].sort((a, b) => b.version - a.version);
  return (
    <section className="arr-panel" aria-labelledby={headingId}>
      <h2 className="arr-panel__heading" id={headingId}>
        {t('arrangement.versions.heading')}
      </h2>
      <table className="utrecht-table arr-table arr-versions" aria-labelledby={headingId}>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t('arrangement.versions.version')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('arrangement.versions.saved')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('arrangement.versions.status')}</th>
            <th scope="col" className="utrecht-table__header-cell arr-num">{t('match.figures.own')}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {versions.map((v) => (
            <tr key={v.version} className={`utrecht-table__row${v.version === detail.version ? ' arr-versions__current' : ''}`}>
              <th scope="row" className="utrecht-table__cell">
                {v.version === detail.version ? (
                  <span aria-current="true">{t('arrangement.versions.current', { version: v.version })}</span>
                ) : (
                  <a className="nl-link" href={sessionHref({ name: 'arrangement', id: clientId, arrangementId: detail.id, version: v.version === latest ? null : v.version, print: false })}>
                    {t('arrangement.versions.open', { version: v.version })}
                  </a>
                )}
              </th>
              <td className="utrecht-table__cell">
                {formatDateTimeNl(v.savedAt)}
                <span className="arr-small arr-muted arr-block">
                  {originLabel(v.origin)}
                  {v.savedBy ? ` · ${v.savedBy}` : ''}
                </span>
              </td>
              <td className="utrecht-table__cell">{statusLabel(v.status)}</td>
              <td className="utrecht-table__cell arr-num arr-amount">{formatEuro(v.ownContributionCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
