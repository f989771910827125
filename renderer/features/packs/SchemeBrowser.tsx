// Regelingen zoeken: every scheme of the packs in use, found by words (name, funder, id, pack;
// accents and case do not matter), by pack and by layer. Each leads to its conditions, figures
// and validity. The filter lives in a small store (data/schemeFilter.ts), so coming back keeps it.
import { useDeferredValue, useMemo } from 'react';
import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { Field } from '../../components/Field.tsx';
import { Notice } from '../../components/Notice.tsx';
import { Select, TextInput } from '../../components/controls.tsx';
import { reads } from '../../data/api.ts';
import { useQuery } from '../../data/query.ts';
import { setSchemeFilter as setFilter, useSchemeFilter } from '../../data/schemeFilter.ts';
import { regelingenHref } from '../../data/routes.ts';
import { t } from '../../i18n/nl.ts';
import { todayIso } from '../../i18n/format.ts';
import { filterSchemes, schemeRows, validityText } from './schemeText.ts';

const SHOWN_AT_MOST = 100;


export function SchemeBrowser() {
  const { result } = useQuery(reads.packs());
  const filter = useSchemeFilter();
  const deferred = useDeferredValue(filter);
  const today = todayIso();
  const rows = useMemo(() => (result.state === 'ok' ? schemeRows(result.value.packs, result.value.inUse, today) : []), [result, today]);
  const found = useMemo(() => filterSchemes(rows, deferred), [rows, deferred]);
  if (result.state === 'loading') return <p className="arr-muted">{t('app.loading')}</p>;
  if (result.state === 'failed') return <Notice type="error" title={t('packs.loadFailed')}>{result.error.message}</Notice>;
  const { inUse } = result.value;
  const layers = [...new Map(inUse.map((p) => [p.layer, p.layerNl])).entries()];
  const shown = found.slice(0, SHOWN_AT_MOST);
  return (
    <>
      <Paragraph className="arr-lead">{t('schemes.intro')}</Paragraph>
      <div className="arr-scheme-filter" role="search">
        <Field id="regeling-zoeken" label={t('schemes.search.label')} description={t('schemes.search.description')}>
          {(control) => <TextInput {...control} type="search" autoComplete="off" spellCheck={false} maxLength={100} value={filter.text} onChange={(e) => setFilter({ text: e.target.value })} />}
        </Field>
        <Field id="regeling-pakket" label={t('schemes.pack.label')}>
          {(control) => (
            <Select {...control} value={filter.packId} onChange={(e) => setFilter({ packId: e.target.value })}>
              <option value="">{t('schemes.pack.all')}</option>
              {inUse.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="regeling-laag" label={t('schemes.layer.label')}>
          {(control) => (
            <Select {...control} value={filter.layer} onChange={(e) => setFilter({ layer: e.target.value })}>
              <option value="">{t('schemes.layer.all')}</option>
              {layers.map(([layer, nl]) => (
                <option key={layer} value={layer}>
                  {nl}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <p className="arr-result-summary" role="status" aria-live="polite">
        {found.length === rows.length ? t('schemes.found.all', { total: rows.length }) : found.length === 1 ? t('schemes.found.one') : t('schemes.found.many', { count: found.length, total: rows.length })}
      </p>
      {shown.length > 0 ? (
        <div className="arr-panel arr-panel--flush">
          <div className="arr-table-scroll">
            <table className="utrecht-table arr-table arr-scheme-list">
              <caption className="arr-visually-hidden">{t('schemes.caption')}</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">{t('schemes.col.name')}</th>
                  <th scope="col" className="utrecht-table__header-cell">{t('schemes.col.funder')}</th>
                  <th scope="col" className="utrecht-table__header-cell">{t('schemes.col.pack')}</th>
                  <th scope="col" className="utrecht-table__header-cell">{t('schemes.col.validity')}</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {shown.map((r) => (
                  <tr key={r.scheme.id} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__cell">
                      <a className="nl-link" href={regelingenHref({ name: 'scheme', schemeId: r.scheme.id })}>
                        {r.scheme.name}
                      </a>
                      <span className="arr-small arr-muted arr-block">{r.scheme.id}</span>
                    </th>
                    <td className="utrecht-table__cell">{r.scheme.funder}</td>
                    <td className="utrecht-table__cell">
                      {r.pack.title} {r.pack.version}
                      <span className="arr-small arr-muted arr-block">{r.layerNl}</span>
                    </td>
                    <td className="utrecht-table__cell">
                      {validityText(r.scheme)}
                      {r.current ? null : <span className="arr-tag">{t('schemes.notNow')}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}
      {found.length > shown.length ? <Paragraph className="arr-hint">{t('schemes.truncated', { count: SHOWN_AT_MOST })}</Paragraph> : null}
    </>
  );
}
