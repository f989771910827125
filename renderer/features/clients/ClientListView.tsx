// Dossier list: search as you type, archived toggle, and the way to a new dossier.
import { useEffect, useId, useRef } from 'react';
import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import type { Client } from '../../../shared/contract/clients.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { TableHeaderCell } from '../../components/TableHeaderCell.tsx';
import { ButtonLink } from '../../components/buttons.tsx';
import { Checkbox, TextInput } from '../../components/controls.tsx';
import { Notice } from '../../components/Notice.tsx';
import { LIST_LIMIT, reads, SEARCH_LIMIT } from '../../data/api.ts';
import { dossierListActions, SEARCH_DEBOUNCE_MS, SEARCH_INPUT_ID, useDossierList } from '../../data/dossierList.ts';
import { useNotice } from '../../data/notices.ts';
import { useQuery } from '../../data/query.ts';
import { regionLabel, useRegions } from '../../data/regions.ts';
import { hrefFor } from '../../data/routes.ts';
import { t, tCount } from '../../i18n/nl.ts';
import { formatDateNl, formatDateTimeNl } from '../../i18n/format.ts';
import { LoadFailed } from '../../components/LoadFailed.tsx';

interface Shown {
  readonly clients: readonly Client[];
  readonly query: string;
  readonly archived: boolean;
}

export function ClientListView() {
  const query = useDossierList((s) => s.query);
  const searched = useDossierList((s) => s.searched);
  const archived = useDossierList((s) => s.archived);
  const searchRef = useRef<HTMLInputElement>(null);
  const archivedId = useId();
  const regions = useRegions();
  const notice = useNotice(hrefFor({ name: 'clients' }));

  useEffect(() => {
    if (useDossierList.getState().focusSearchOnMount) {
      dossierListActions.focusSearchOnMount(false);
      searchRef.current?.focus();
    }
  }, []);

  // Search once typing settles, not on every key.
  useEffect(() => {
    if (query.trim() === searched) return;
    const timer = window.setTimeout(dossierListActions.settle, SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [query, searched]);

  const { result: list, reload } = useQuery(reads.clientList(searched, archived));
  // While the next answer is read, the previous list stays on screen (marked busy).
  const lastShown = useRef<Shown | null>(null);
  if (list.state === 'ok') lastShown.current = { clients: list.value, query: searched, archived };
  const shownFor = lastShown.current;
  const clients = shownFor?.clients ?? [];
  const limit = shownFor?.query ? SEARCH_LIMIT : LIST_LIMIT;

  let summary = '';
  if (list.state === 'ok' && shownFor) {
    if (shownFor.query !== '') {
      summary = clients.length === 0 ? t('clients.list.noResults', { query: shownFor.query }) : tCount('clients.list.found', clients.length, { query: shownFor.query });
    } else if (clients.length === 0) {
      summary = shownFor.archived ? t('clients.list.emptyArchived') : t('clients.list.empty');
    } else {
      summary = tCount('clients.list.count', clients.length);
    }
  }

  return (
    <>
      <PageHeading>{t('clients.list.title')}</PageHeading>
      <Paragraph className="arr-lead">{t('clients.list.intro')}</Paragraph>
      {notice ? <Notice type="ok">{notice}</Notice> : null}

      <div className="arr-toolbar" role="search">
        <div className="arr-toolbar__search utrecht-form-field utrecht-form-field--text">
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor={SEARCH_INPUT_ID}>
              {t('clients.list.search.label')}
            </label>
          </div>
          <div className="utrecht-form-field__description utrecht-form-field-description" id={`${SEARCH_INPUT_ID}-hulp`}>
            {t('clients.list.search.description')}
          </div>
          <div className="utrecht-form-field__input">
            <TextInput
              id={SEARCH_INPUT_ID}
              ref={searchRef}
              type="search"
              autoComplete="off"
              spellCheck={false}
              maxLength={100}
              value={query}
              aria-describedby={`${SEARCH_INPUT_ID}-hulp`}
              onChange={(event) => dossierListActions.type(event.target.value)}
            />
          </div>
        </div>
        <div className="arr-toolbar__filter">
          <Checkbox id={archivedId} checked={archived} onChange={(event) => dossierListActions.showArchived(event.target.checked)} />
          <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={archivedId}>
            {t('clients.list.showArchived')}
          </label>
        </div>
        <div className="arr-toolbar__actions">
          <ButtonLink appearance="primary-action-button" href={hrefFor({ name: 'client-new' })} aria-keyshortcuts="Alt+N">
            {t('clients.list.new')}
          </ButtonLink>
        </div>
      </div>

      {list.state === 'failed' ? (
        <LoadFailed title={t('clients.list.loadFailed')} message={list.error.message} onRetry={reload} />
      ) : null}

      <p className="arr-result-summary" role="status" aria-live="polite">
        {summary}
      </p>

      {clients.length > 0 ? (
        <div className="arr-panel arr-panel--flush">
          <Table className="arr-client-table" aria-busy={list.state === 'loading' || undefined}>
            <TableCaption className="arr-visually-hidden">{archived ? t('clients.list.captionArchived') : t('clients.list.caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('clients.list.col.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('clients.list.col.birthDate')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('clients.list.col.region')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('clients.list.col.reference')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('clients.list.col.updated')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {clients.map((client) => (
                <TableRow key={client.id}>
                  <TableCell className="arr-client-table__name">
                    <a className="nl-link" href={hrefFor({ name: 'client', id: client.id })}>
                      {client.displayName}
                    </a>
                    {client.archivedAt ? <span className="arr-badge">{t('clients.list.archivedBadge')}</span> : null}
                  </TableCell>
                  <TableCell className="arr-nowrap">{formatDateNl(client.birthDate)}</TableCell>
                  <TableCell>{regionLabel(regions, client.region)}</TableCell>
                  <TableCell>{client.adviserReference || (
                      <>
                        <span aria-hidden="true">{t('clients.list.noReference')}</span>
                        <span className="arr-visually-hidden">{t('clients.list.noReferenceSr')}</span>
                      </>
                    )}</TableCell>
                  <TableCell className="arr-nowrap">{formatDateTimeNl(client.updatedAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
      {clients.length >= limit ? <Paragraph className="arr-hint">{t('clients.list.truncated', { count: limit })}</Paragraph> : null}
    </>
  );
}
