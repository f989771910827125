// The Regelingen section (issue 9): the packs in use and where they come from, a browser over
// every scheme, the re-evaluation of open arrangements after a pack change, tests for pack
// authors, the feeds, and the trusted publishers (the functional administrator's part). One
// heading per tab and plain links as tabs, like the session screens.
import { PageHeading } from '../../components/PageHeading.tsx';
import { regelingenHref, type RegelingenRoute, type RegelingenTab } from '../../data/routes.ts';
import { t, type MessageKey } from '../../i18n/nl.ts';
import { FeedsView } from './FeedsView.tsx';
import { PacksOverview } from './PacksOverview.tsx';
import { PackTestsView } from './PackTestsView.tsx';
import { ReevaluationAlert } from './ReevaluationAlert.tsx';
import { ReevaluationView } from './ReevaluationView.tsx';
import { SchemeBrowser } from './SchemeBrowser.tsx';
import { SchemeDetail } from './SchemeDetail.tsx';
import { TrustView } from './TrustView.tsx';

const tabs: readonly { tab: RegelingenTab; label: MessageKey }[] = [
  { tab: 'pakketten', label: 'packs.tab.packs' },
  { tab: 'zoeken', label: 'packs.tab.schemes' },
  { tab: 'herberekening', label: 'packs.tab.reevaluation' },
  { tab: 'testen', label: 'packs.tab.tests' },
  { tab: 'feeds', label: 'packs.tab.feeds' },
  { tab: 'uitgevers', label: 'packs.tab.trust' },
];

function Tabs({ current }: { current: RegelingenTab }) {
  return (
    <nav className="arr-tabs" aria-label={t('packs.tabs.label')}>
      <ul className="arr-tabs__list">
        {tabs.map(({ tab, label }) => (
          <li key={tab} className="arr-tabs__item">
            <a
              className={`arr-tabs__link${tab === current ? ' arr-tabs__link--current' : ''}`}
              href={regelingenHref({ name: 'regelingen', tab })}
              aria-current={tab === current ? 'page' : undefined}
            >
              {t(label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

const titleOf: Record<RegelingenTab, MessageKey> = {
  pakketten: 'packs.title',
  zoeken: 'schemes.title',
  herberekening: 'reeval.title',
  testen: 'packTests.title',
  feeds: 'feeds.title',
  uitgevers: 'trust.title',
};

export function RegelingenView({ route }: { route: RegelingenRoute }) {
  if (route.name === 'scheme') {
    return (
      <div className="arr-regelingen">
        <SchemeDetail schemeId={route.schemeId} tabs={<Tabs current="zoeken" />} />
      </div>
    );
  }
  const body = {
    pakketten: <PacksOverview />,
    zoeken: <SchemeBrowser />,
    herberekening: <ReevaluationView />,
    testen: <PackTestsView />,
    feeds: <FeedsView />,
    uitgevers: <TrustView />,
  }[route.tab];
  return (
    <div className="arr-regelingen">
      <PageHeading preHeading={t('packs.section')}>{t(titleOf[route.tab])}</PageHeading>
      <Tabs current={route.tab} />
      {route.tab === 'herberekening' ? null : <ReevaluationAlert />}
      {body}
    </div>
  );
}
