// One scheme as its pack states it: who pays, when it runs, the conditions (the pack's own
// sentences, with the condition behind each), every figure with its status, source and the date
// it was last checked, what it pays for, and where the official text is.
import { useId, type ReactNode } from 'react';
import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { formatDateNl } from '../../../shared/dates/index.ts';
import { applicantLabels } from '../../../shared/labels/packs.ts';
import type { Pack, ParameterStatus, Scheme } from '../../../shared/packs/format.ts';
import { indexSchemes } from '../../../shared/packs/scheme-index.ts';
import { ExternalLink } from '../../components/ExternalLink.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { reads } from '../../data/api.ts';
import { useQuery } from '../../data/query.ts';
import { regelingenHref } from '../../data/routes.ts';
import { t, type MessageKey } from '../../i18n/nl.ts';
import { todayIso } from '../../i18n/format.ts';
import { costCategoryLabel, schemeKindLabel } from '../../i18n/labels.ts';
import { conditionTree, figuresOf, parameterValueOn, validityText, type ConditionNode } from './schemeText.ts';
import { formatFigure } from '../../../shared/packs/diff.ts';

const statusKey: Record<ParameterStatus, MessageKey> = {
  verified: 'schemes.status.verified',
  unverified: 'schemes.status.unverified',
  disputed: 'schemes.status.disputed',
  unknown: 'schemes.status.unknown',
};

const stackingKey: Record<Scheme['stacking']['mode'], MessageKey> = {
  stacks: 'schemes.stacking.stacks',
  exclusive: 'schemes.stacking.exclusive',
  'remainder-only': 'schemes.stacking.remainder',
};

const budgetKey: Record<Scheme['budget']['status'], MessageKey> = {
  open: 'schemes.budget.open',
  'ceiling-reached': 'schemes.budget.ceiling',
  closed: 'schemes.budget.closed',
  unknown: 'schemes.budget.unknown',
};

const capPerKey: Record<Scheme['coverage']['caps'][number]['per'], MessageKey> = {
  case: 'schemes.cap.case',
  'calendar-year': 'schemes.cap.calendarYear',
  'study-year': 'schemes.cap.studyYear',
};

function SourceLink({ pack, id }: { pack: Pack; id: string }) {
  const source = pack.sources[id];
  if (!source) return <>{id}</>;
  return <ExternalLink href={source.url}>{source.title}</ExternalLink>;
}

export function SchemeDetail({ schemeId, tabs }: { schemeId: string; tabs: ReactNode }) {
  const { result } = useQuery(reads.packs());
  const back = (
    <p className="arr-backlink">
      <a className="nl-link" href={regelingenHref({ name: 'regelingen', tab: 'zoeken' })}>
        {t('schemes.back')}
      </a>
    </p>
  );
  if (result.state !== 'ok') {
    return (
      <>
        <PageHeading preHeading={t('schemes.title')}>{t('schemes.detail.loading')}</PageHeading>
        {tabs}
        {result.state === 'failed' ? <Notice type="error" title={t('packs.loadFailed')}>{result.error.message}</Notice> : <p className="arr-muted">{t('app.loading')}</p>}
      </>
    );
  }
  const entry = indexSchemes(result.value.packs).get(schemeId);
  if (!entry) {
    return (
      <>
        <PageHeading preHeading={t('schemes.title')}>{t('schemes.detail.notFound')}</PageHeading>
        {tabs}
        <Paragraph>{t('schemes.detail.notFoundBody', { id: schemeId })}</Paragraph>
        {back}
      </>
    );
  }
  const { scheme, pack } = entry;
  const inUse = result.value.inUse.find((p) => p.id === pack.id);
  const today = todayIso();
  return (
    <>
      <PageHeading preHeading={t('schemes.title')}>{scheme.name}</PageHeading>
      {tabs}
      {back}
      {scheme.summary ? <Paragraph className="arr-lead">{scheme.summary}</Paragraph> : null}
      <section className="arr-panel" aria-labelledby="regeling-feiten">
        <h2 className="arr-panel__heading" id="regeling-feiten">
          {t('schemes.detail.facts')}
        </h2>
        <dl className="arr-facts">
          <dt>{t('schemes.detail.pack')}</dt>
          <dd>
            {pack.title} {pack.version}
            {inUse ? ` (${inUse.layerNl})` : ''}
            <span className="arr-small arr-muted arr-block">{scheme.id}</span>
          </dd>
          <dt>{t('schemes.detail.funder')}</dt>
          <dd>{scheme.funder}</dd>
          <dt>{t('schemes.detail.kind')}</dt>
          <dd>{schemeKindLabel(scheme.kind)}</dd>
          <dt>{t('schemes.detail.validity')}</dt>
          <dd>
            {validityText(scheme)}
            {scheme.tijdvakken.length > 0 ? (
              <ul className="arr-plain-list">
                {scheme.tijdvakken.map((tv, i) => (
                  <li key={i}>
                    {t('schemes.detail.tijdvak', { opens: formatDateNl(tv.opens), closes: formatDateNl(tv.closes) })}
                    {tv.note ? ` (${tv.note})` : ''}
                  </li>
                ))}
              </ul>
            ) : null}
          </dd>
          <dt>{t('schemes.detail.budget')}</dt>
          <dd>
            {t(budgetKey[scheme.budget.status])}
            <span className="arr-small arr-muted">{` ${t('schemes.detail.checkedOn', { date: formatDateNl(scheme.budget.checkedOn) })}`}</span>
            {scheme.budget.note ? <span className="arr-small arr-block">{scheme.budget.note}</span> : null}
          </dd>
          <dt>{t('schemes.detail.applicant')}</dt>
          <dd>
            {applicantLabels[scheme.application.applicant]}
            <span className="arr-small arr-block">{scheme.application.how}</span>
          </dd>
          <dt>{t('schemes.detail.stacking')}</dt>
          <dd>{t(stackingKey[scheme.stacking.mode])}</dd>
        </dl>
      </section>

      <section className="arr-panel" aria-labelledby="regeling-voorwaarden">
        <h2 className="arr-panel__heading" id="regeling-voorwaarden">
          {t('schemes.detail.conditions')}
        </h2>
        <p className="arr-small arr-muted">{t('schemes.detail.conditionsIntro')}</p>
        <Conditions node={conditionTree(scheme.eligibility, scheme, today)} pack={pack} />
      </section>

      <Figures scheme={scheme} pack={pack} today={today} />

      <section className="arr-panel" aria-labelledby="regeling-betaalt">
        <h2 className="arr-panel__heading" id="regeling-betaalt">
          {t('schemes.detail.pays')}
        </h2>
        <ul className="arr-plain-list">
          <li>{t('schemes.detail.categories', { categories: scheme.coverage.categories.map(costCategoryLabel).join(', ') })}</li>
          {scheme.coverage.percent ? (
            <li>{t('schemes.detail.percent', { percent: figureOn(scheme, scheme.coverage.percent.param, today) })}</li>
          ) : null}
          {scheme.coverage.caps.map((cap, i) => (
            <li key={i}>
              {t('schemes.detail.cap', { amount: figureOn(scheme, cap.amount.param, today), per: t(capPerKey[cap.per]) })}
              {cap.label ? ` (${cap.label})` : ''}
              {cap.when && cap.when.length > 0 ? ` ${t('schemes.detail.capWhen')}` : ''}
            </li>
          ))}
          {scheme.stacking.cofinancing ? (
            <li>{t('schemes.detail.cofinancing', { payer: scheme.stacking.cofinancing.payer, share: figureOn(scheme, scheme.stacking.cofinancing.share.param, today) })}</li>
          ) : null}
        </ul>
      </section>

      {scheme.sources.length > 0 ? (
        <section className="arr-panel" aria-labelledby="regeling-bronnen">
          <h2 className="arr-panel__heading" id="regeling-bronnen">
            {t('schemes.detail.sources')}
          </h2>
          <ul className="arr-plain-list">
            {scheme.sources.map((id) => {
              const source = pack.sources[id];
              return (
                <li key={id}>
                  <SourceLink pack={pack} id={id} />
                  {source?.publisher ? `, ${source.publisher}` : ''}
                  {source?.date ? ` (${formatDateNl(source.date)})` : ''}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** A parameter's value today, in words ("€ 1.000,00", "90%"), for the coverage lines. */
const figureOn = (scheme: Scheme, param: string, today: string): string => {
  const p = scheme.parameters[param];
  return p ? formatFigure(parameterValueOn(p, today), p.unit) : t('schemes.unknown');
};

function Conditions({ node, pack }: { node: ConditionNode; pack: Pack }) {
  if (node.kind === 'leaf') {
    return (
      <div className="arr-condition">
        <span className="arr-condition__sentence">{node.sentence}</span>
        <span className="arr-small arr-muted arr-block">
          {node.condition}
          {' · '}
          {t('schemes.detail.source')} <SourceLink pack={pack} id={node.source} />
        </span>
      </div>
    );
  }
  const intro = node.kind === 'all' ? t('schemes.conditions.all') : node.kind === 'any' ? t('schemes.conditions.any') : t('schemes.conditions.not');
  return (
    <div className="arr-condition-group">
      <p className="arr-condition-group__intro">{intro}</p>
      <ul className="arr-conditions">
        {node.children.map((child, i) => (
          <li key={i}>
            <Conditions node={child} pack={pack} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function Figures({ scheme, pack, today }: { scheme: Scheme; pack: Pack; today: string }) {
  const headingId = useId();
  const rows = figuresOf(scheme);
  return (
    <section className="arr-panel" aria-labelledby={headingId}>
      <h2 className="arr-panel__heading" id={headingId}>
        {t('schemes.detail.figures')}
      </h2>
      {rows.length === 0 ? (
        <p className="arr-muted">{t('schemes.detail.noFigures')}</p>
      ) : (
        <div className="arr-table-scroll">
          <table className="utrecht-table arr-table arr-scheme-figures" aria-labelledby={headingId}>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">{t('schemes.figures.label')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('schemes.figures.value')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('schemes.figures.status')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('schemes.figures.source')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('schemes.figures.checked')}</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {rows.map((row) => {
                const current = [...row.values].reverse().find((v) => v.from <= today) ?? row.values[0]!;
                return (
                  <tr key={row.id} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__cell">
                      {row.label}
                      {row.note ? <span className="arr-small arr-muted arr-block">{row.note}</span> : null}
                    </th>
                    <td className="utrecht-table__cell">
                      <ul className="arr-figure-values">
                        {row.values.map((v) => (
                          <li key={v.from} className={v === current ? 'arr-figure-values__now' : undefined}>
                            {t('schemes.figures.from', { date: formatDateNl(v.from), value: v.text })}
                            {v.claims.length > 0 ? <span className="arr-small arr-block">{t('schemes.figures.claims', { claims: v.claims.join('; ') })}</span> : null}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td className="utrecht-table__cell">
                      <span className={`arr-figure-status arr-figure-status--${current.status}`}>{t(statusKey[current.status])}</span>
                    </td>
                    <td className="utrecht-table__cell">
                      <SourceLink pack={pack} id={current.source} />
                    </td>
                    <td className="utrecht-table__cell arr-nowrap">{formatDateNl(row.lastVerified)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
