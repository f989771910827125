// The frame of every session screen: whose dossier this is, the tabs of the conversation
// (intake, APK, financing, comparison, arrangements) and the screen itself. The tabs are plain
// links with aria-current, so they work with the keyboard and a screen reader as navigation.
import type { ReactNode } from 'react';
import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { hrefFor, sessionHref, sessionTabs, type SessionTab } from '../data/routes.ts';
import { useDossier, type SessionData } from '../data/session.ts';
import { t, type MessageKey } from '../i18n/nl.ts';
import { formatDateNl } from '../i18n/format.ts';
import { Notice } from './Notice.tsx';
import { PageHeading } from './PageHeading.tsx';
import { Button, ButtonGroup } from './buttons.tsx';

const tabLabel: Record<SessionTab, MessageKey> = {
  intake: 'session.nav.intake',
  apk: 'session.nav.apk',
  financiering: 'session.nav.matching',
  vergelijken: 'session.nav.comparison',
  arrangementen: 'session.nav.arrangement',
};

export function SessionTabs({ clientId, current }: { clientId: string; current: SessionTab }) {
  return (
    <nav className="arr-tabs" aria-label={t('session.nav.label')}>
      <ul className="arr-tabs__list">
        {sessionTabs.map((tab) => (
          <li key={tab} className="arr-tabs__item">
            <a
              className={`arr-tabs__link${tab === current ? ' arr-tabs__link--current' : ''}`}
              href={sessionHref({ name: 'session', id: clientId, tab })}
              aria-current={tab === current ? 'page' : undefined}
            >
              {t(tabLabel[tab])}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export interface SessionLayoutProps {
  readonly clientId: string;
  readonly tab: SessionTab;
  readonly title: string;
  readonly children: (data: SessionData) => ReactNode;
}

/** Reads the dossier (dossier.open) and the packs, and renders the screen once they are in. */
export function SessionLayout({ clientId, tab, title, children }: SessionLayoutProps) {
  const { data, reload } = useDossier(clientId);
  const client = data.state === 'ok' ? data.value.client : null;
  return (
    <div className="arr-session">
      <p className="arr-backlink">
        <a className="nl-link" href={hrefFor({ name: 'client', id: clientId })}>
          {t('session.backToDossier')}
        </a>
      </p>
      <PageHeading preHeading={client ? t('session.preHeading', { name: client.displayName, birthDate: formatDateNl(client.birthDate) }) : t('session.preHeadingLoading')}>
        {title}
      </PageHeading>
      <SessionTabs clientId={clientId} current={tab} />
      {data.state === 'loading' ? <p className="arr-muted">{t('app.loading')}</p> : null}
      {data.state === 'failed' ? (
        <Notice type="error" title={t('session.loadFailed')}>
          <Paragraph>{data.error.message}</Paragraph>
          <ButtonGroup>
            <Button appearance="secondary-action-button" onClick={reload}>
              {t('app.retry')}
            </Button>
          </ButtonGroup>
        </Notice>
      ) : null}
      {data.state === 'ok' ? (
        <>
          {data.value.packProblems.length > 0 ? (
            <Notice type="warning" title={t('session.packProblems')}>
              <ul>
                {data.value.packProblems.slice(0, 5).map((p, i) => (
                  <li key={i}>
                    {p.file}: {p.message}
                  </li>
                ))}
              </ul>
            </Notice>
          ) : null}
          {children(data.value)}
        </>
      ) : null}
    </div>
  );
}
