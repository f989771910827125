// The Loopbaan APK screen: the checklist's sections with their statements, answered with the
// client as the conversation goes; beside it the signals (with proposals to confirm) and the
// progress per section, which stay in view while the adviser scrolls.
import { useId, useMemo } from 'react';
import { Paragraph } from '@rijkshuisstijl-community/components-react';
import type { ApkSection } from '../../../shared/apk/checklist.ts';
import type { ApkState } from '../../../shared/contract/apk.ts';
import { Notice } from '../../components/Notice.tsx';
import { SessionLayout } from '../../components/SessionLayout.tsx';
import { indexSchemes } from '../../../shared/packs/scheme-index.ts';
import type { SessionData } from '../../data/session.ts';
import { t } from '../../i18n/nl.ts';
import { SignalList } from './SignalList.tsx';
import { StatementField } from './StatementField.tsx';
import { useApk, type StatementStatus } from './useApk.ts';
import { LoadFailed } from '../../components/LoadFailed.tsx';

export function ApkView({ clientId }: { clientId: string }) {
  return (
    <SessionLayout clientId={clientId} tab="apk" title={t('apk.title')}>
      {(data) => <ApkScreen clientId={clientId} data={data} />}
    </SessionLayout>
  );
}

const sectionAnchor = (id: string) => `apk-sectie-${id}`;

function ApkScreen({ clientId, data }: { clientId: string; data: SessionData }) {
  const { checklist: load, apk, status, answer, retry } = useApk(clientId, data.apk);
  const index = useMemo(() => indexSchemes(data.packs), [data.packs]);
  const schemeName = (id: string) => index.get(id)?.scheme.name ?? id;

  if (load.state === 'loading') return <p className="arr-muted">{t('app.loading')}</p>;
  if (load.state === 'failed') {
    return (
      <LoadFailed title={t('apk.loadFailed')} message={load.error.message} onRetry={retry} />
    );
  }
  const checklist = load.value;
  const progress = new Map(apk.progress.map((p) => [p.sectionId, p]));
  const answered = apk.progress.reduce((sum, p) => sum + p.answered, 0);
  const total = apk.progress.reduce((sum, p) => sum + p.total, 0);
  return (
    <div className="arr-session-grid">
      <div className="arr-session-grid__main">
        <Paragraph className="arr-intro">{t('apk.intro')}</Paragraph>
        <p className="arr-small arr-muted">{t('apk.version', { title: checklist.title, version: checklist.version, publisher: checklist.publisher })}</p>
        {apk.checklistNotice ? (
          <Notice type="warning" title={t('apk.checklistNotice.title')}>
            <Paragraph>{apk.checklistNotice}</Paragraph>
          </Notice>
        ) : null}
        {checklist.sections.map((section) => (
          <SectionBlock
            key={section.id}
            section={section}
            apk={apk}
            status={status}
            progress={progress.get(section.id)}
            onAnswer={(statementId, value, note) => void answer(statementId, value, note)}
          />
        ))}
      </div>
      <aside className="arr-session-grid__aside arr-apk-aside" aria-label={t('apk.aside.label')}>
        <div className="arr-live__inner">
          <SignalList clientId={clientId} data={data} signals={apk.signals} schemeName={schemeName} />
          <ProgressNav sections={checklist.sections} progress={progress} answered={answered} total={total} />
        </div>
      </aside>
    </div>
  );
}

type Progress = ApkState['progress'][number];

function ProgressNav({ sections, progress, answered, total }: { sections: readonly ApkSection[]; progress: Map<string, Progress>; answered: number; total: number }) {
  const headingId = useId();
  return (
    <nav className="arr-apk-progress" aria-labelledby={headingId}>
      <h2 className="arr-aside-heading" id={headingId}>
        {t('apk.progress.heading')}
      </h2>
      <p className="arr-small">{t('apk.progress.total', { answered, total })}</p>
      <ol className="arr-apk-progress__list">
        {sections.map((section) => {
          const p = progress.get(section.id);
          const done = p !== undefined && p.answered === p.total;
          return (
            <li key={section.id} className={`arr-apk-progress__item${done ? ' arr-apk-progress__item--done' : ''}`}>
              <a
                className="nl-link arr-apk-progress__link"
                href={`#${sectionAnchor(section.id)}`}
                onClick={(event) => {
                  // An in-page anchor would change the hash (the route); move focus instead.
                  event.preventDefault();
                  const target = document.getElementById(sectionAnchor(section.id));
                  target?.focus();
                  target?.scrollIntoView({ block: 'start' });
                }}
              >
                {section.number}. {section.title}
              </a>
              <span className="arr-apk-progress__count">{t('apk.progress.section', { answered: p?.answered ?? 0, total: p?.total ?? section.statements.length })}</span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

function SectionBlock({
  section, apk, status, progress, onAnswer,
}: {
  section: ApkSection;
  apk: ApkState;
  status: Record<string, StatementStatus>;
  progress: Progress | undefined;
  onAnswer: (statementId: string, value: Parameters<typeof StatementField>[0]['answer'] & string, note: string) => void;
}) {
  const headingId = sectionAnchor(section.id);
  return (
    <section className="arr-apk-section" aria-labelledby={headingId}>
      <div className="arr-apk-section__header">
        <h2 className="arr-apk-section__title" id={headingId} tabIndex={-1}>
          {section.number}. {section.title}
        </h2>
        <span className="arr-apk-section__progress">
          {t('apk.progress.section', { answered: progress?.answered ?? 0, total: progress?.total ?? section.statements.length })}
        </span>
      </div>
      {section.intro ? <p className="arr-apk-section__intro">{section.intro}</p> : null}
      {section.statements.map((statement) => {
        const given = apk.answers[statement.id];
        return (
          <StatementField
            key={statement.id}
            statement={statement}
            answer={given?.answer ?? null}
            note={given?.note ?? ''}
            status={status[statement.id]}
            onAnswer={(value, note) => onAnswer(statement.id, value, note)}
          />
        );
      })}
    </section>
  );
}
