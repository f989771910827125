// Pakket testen (for pack authors): run a pack's own scheme tests, on a pack in use (any version
// this app keeps) or on a pack.json chosen from disk, and see which tests fail and which rules and
// any/all branches no test reaches, with their place in the pack file.
import { useId, useState } from 'react';
import { Paragraph } from '@rijkshuisstijl-community/components-react';
import type { OpInput } from '../../../shared/contract/index.ts';
import { MAX_TEST_PACK_CHARS } from '../../../shared/contract/packs.ts';
import { ChoiceField, versionChoices } from '../../components/ChoiceField.tsx';
import { Notice } from '../../components/Notice.tsx';
import { Button } from '../../components/buttons.tsx';
import { reads } from '../../data/api.ts';
import { useQuery } from '../../data/query.ts';
import { t } from '../../i18n/nl.ts';
import { FileChoice, problemLines, readProblemText } from './FileChoice.tsx';

/** A short digest of a file's text, so the cached result of one file is not shown for another. */
const digestOf = (text: string): string => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${text.length}-${h.toString(16)}`;
};

type Run = { input: OpInput<'packs.runTests'>; digest: string };

export function PackTestsView() {
  const packs = useQuery(reads.packs()).result;
  const [packId, setPackId] = useState('');
  const [version, setVersion] = useState('');
  const [run, setRun] = useState<Run | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const inUse = packs.state === 'ok' ? packs.value.inUse : [];
  const chosen = inUse.find((p) => p.id === packId) ?? inUse[0];
  const chosenVersion = chosen && chosen.versions.includes(version) ? version : chosen?.version ?? '';
  return (
    <>
      <Paragraph className="arr-lead">{t('packTests.intro')}</Paragraph>
      <div className="arr-tests-choices">
        <section className="arr-panel" aria-labelledby="testen-geinstalleerd">
          <h2 className="arr-panel__heading" id="testen-geinstalleerd">
            {t('packTests.installed.heading')}
          </h2>
          {chosen ? (
            <form
              className="arr-diff-form"
              onSubmit={(event) => {
                event.preventDefault();
                setFileProblem(null);
                setRun({ input: { source: 'installed', packId: chosen.id, version: chosenVersion }, digest: '' });
              }}
            >
              <ChoiceField id="testen-pakket" label={t('packTests.pack')} value={chosen.id} choices={inUse.map((p) => ({ value: p.id, label: p.title }))} onChange={setPackId} />
              <ChoiceField id="testen-versie" label={t('packTests.version')} value={chosenVersion} choices={versionChoices(chosen.versions)} onChange={setVersion} />
              <div className="arr-diff-form__submit">
                <Button appearance="primary-action-button" type="submit">
                  {t('packTests.run')}
                </Button>
              </div>
            </form>
          ) : (
            <p className="arr-muted">{t('packs.inUse.none')}</p>
          )}
        </section>
        <section className="arr-panel" aria-labelledby="testen-bestand">
          <h2 className="arr-panel__heading" id="testen-bestand">
            {t('packTests.file.heading')}
          </h2>
          <FileChoice
            id="testen-pakketbestand"
            label={t('packTests.file.label')}
            description={t('packTests.file.description')}
            accept=".json,application/json"
            maxChars={MAX_TEST_PACK_CHARS}
            onRead={(read) => {
              if (!read.ok) {
                setRun(null);
                setFileProblem(readProblemText(read));
                return;
              }
              setFileProblem(null);
              setRun({ input: { source: 'file', fileName: read.name, json: read.text }, digest: digestOf(read.text) });
            }}
          />
          {fileProblem ? (
            <p className="arr-inline-message arr-inline-message--error" role="alert">
              {fileProblem}
            </p>
          ) : null}
        </section>
      </div>
      {run ? <TestResults run={run} /> : null}
    </>
  );
}

function TestResults({ run }: { run: Run }) {
  const headingId = useId();
  const { result } = useQuery(reads.packTests(run.input, run.digest));
  if (result.state === 'loading') return <p className="arr-muted" role="status">{t('packTests.busy')}</p>;
  if (result.state === 'failed') {
    const lines = problemLines(result.error);
    return (
      <Notice type="error" title={result.error.message}>
        {lines.length > 0 ? (
          <ul className="arr-plain-list">
            {lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        ) : null}
      </Notice>
    );
  }
  const r = result.value;
  const gapsByScheme = new Map<string, typeof r.coverage.gaps>();
  for (const g of r.coverage.gaps) gapsByScheme.set(g.schemeId, [...(gapsByScheme.get(g.schemeId) ?? []), g]);
  return (
    <section className="arr-panel arr-test-results" aria-labelledby={headingId}>
      <h2 className="arr-panel__heading" id={headingId}>
        {t('packTests.results.heading', { pack: r.packId, version: r.version })}
      </h2>
      <Notice type={r.failed > 0 ? 'error' : 'ok'} title={r.failed > 0 ? t('packTests.results.failed', { failed: r.failed, total: r.total }) : t('packTests.results.passed', { total: r.total })} />
      <p>
        {t('packTests.coverage', { rulesCovered: r.coverage.rulesCovered, rules: r.coverage.rules, branchesCovered: r.coverage.branchesCovered, branches: r.coverage.branches })}
      </p>
      {r.coverage.gaps.length > 0 ? (
        <>
          <h3 className="arr-subheading">{t('packTests.gaps.heading')}</h3>
          <ul className="arr-test-gaps">
            {[...gapsByScheme].map(([schemeId, gaps]) => (
              <li key={schemeId}>
                <code>{schemeId}</code>
                <ul className="arr-plain-list">
                  {gaps.map((g, i) => (
                    <li key={i}>
                      {g.message} <code className="arr-small arr-muted">{g.path}</code>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="arr-inline-message arr-inline-message--ok">{t('packTests.gaps.none')}</p>
      )}
      <h3 className="arr-subheading">{t('packTests.tests.heading')}</h3>
      <ul className="arr-test-list">
        {r.tests.map((test, i) => (
          <li key={i} className={test.passed ? 'arr-test--passed' : 'arr-test--failed'}>
            <span className={`arr-tag${test.passed ? '' : ' arr-tag--warning'}`}>{test.passed ? t('packTests.passed') : t('packTests.failed')}</span> {test.name}
            {test.failures.length > 0 ? (
              <ul className="arr-plain-list">
                {test.failures.map((f, j) => (
                  <li key={j}>{f}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
