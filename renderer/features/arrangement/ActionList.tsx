// What happens next: per funding line who applies, where, with which documents and before when.
// The same list goes into the client's PDF.
import type { ActionItem } from '../../../shared/contract/arrangements.ts';
import { formatDateNl } from '../../../shared/dates/index.ts';
import { t } from '../../i18n/nl.ts';
import { ExternalLink } from '../../components/ExternalLink.tsx';

export function ActionList({ actions }: { actions: readonly ActionItem[] }) {
  if (actions.length === 0) return <p className="arr-muted">{t('arrangement.actions.none')}</p>;
  return (
    <ol className="arr-steps">
      {actions.map((a) => (
        <li key={a.schemeId} className="arr-step" data-scheme={a.schemeId}>
          <h3 className="arr-step__title">
            {a.who}: {a.schemeName}
          </h3>
          <dl className="arr-step__facts">
            <div>
              <dt>{t('arrangement.actions.how')}</dt>
              <dd>{a.how}</dd>
            </div>
            {a.url ? (
              <div>
                <dt>{t('arrangement.actions.where')}</dt>
                <dd>
                  <ExternalLink href={a.url}>{a.url.replace(/^https?:\/\//, '').replace(/\/$/, '')}</ExternalLink>
                </dd>
              </div>
            ) : null}
            <div>
              <dt>{t('arrangement.actions.when')}</dt>
              <dd>
                {a.applyBefore ? <strong>{t('arrangement.actions.before', { date: formatDateNl(a.applyBefore) })} </strong> : null}
                {a.timing}
              </dd>
            </div>
            {a.documents.length > 0 ? (
              <div>
                <dt>{t('arrangement.actions.documents')}</dt>
                <dd>
                  <ul className="arr-step__documents">
                    {a.documents.map((d) => (
                      <li key={d}>{d}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            ) : null}
            {a.budgetNote ? (
              <div>
                <dt>{t('arrangement.actions.budget')}</dt>
                <dd>{a.budgetNote}</dd>
              </div>
            ) : null}
          </dl>
        </li>
      ))}
    </ol>
  );
}
