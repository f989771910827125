// "Why (not)?": every scheme the packs know, split into those that fit and those that do not.
// A scheme that does not fit lists every rule it fails, each with a link to its source, so the
// adviser can explain it to the client and check it.
import { useId } from 'react';
import { noticeTagLabel } from '../../../shared/labels/figures.ts';
import { contributionOf } from '../../../shared/labels/packs.ts';
import { inSentence } from '../../../shared/labels/text.ts';
import type { ArrangementResult, FundingLine, Notice, SchemeEvaluation } from '../../../shared/matcher/result.ts';
import { formatEuro } from '../../../shared/money.ts';
import { t } from '../../i18n/nl.ts';
import { ExternalLink } from '../ExternalLink.tsx';
import { Sureness } from './Sureness.tsx';
import { mainSource, type SchemeIndex } from '../../../shared/packs/scheme-index.ts';

// National schemes first (they apply to everyone), then the client's region, then the sector
// funds (most of which do not apply to a given client); by name within each.
const scopeRank = { national: 0, region: 1, sector: 2 } as const;
const ordered = (index: SchemeIndex) => (a: SchemeEvaluation, b: SchemeEvaluation) => {
  const ra = scopeRank[index.get(a.schemeId)?.pack.scope.kind ?? 'sector'];
  const rb = scopeRank[index.get(b.schemeId)?.pack.scope.kind ?? 'sector'];
  return ra - rb || a.name.localeCompare(b.name, 'nl');
};

function Notices({ notices }: { notices: readonly Notice[] }) {
  if (notices.length === 0) return null;
  return (
    <ul className="arr-scheme__notices">
      {notices.map((n, i) => {
        // "Leeftijd niet zeker" for the AOW age, "Bedrag onbekend" for an amount: the tag names the figure.
        const tag = noticeTagLabel(n);
        return (
          <li key={i} className={`arr-scheme__notice arr-scheme__notice--${n.kind}`}>
            {tag ? <span className="arr-tag arr-tag--warning">{tag}</span> : null}
            {n.text}
          </li>
        );
      })}
    </ul>
  );
}

function SourceLink({ index, schemeId }: { index: SchemeIndex; schemeId: string }) {
  const source = mainSource(index.get(schemeId));
  if (!source?.url) return null;
  return (
    <p className="arr-scheme__source">
      {t('match.source')}: <ExternalLink href={source.url}>{source.title}</ExternalLink>
    </p>
  );
}

function EligibleScheme({
  evaluation, index, lineCents, share, possible, Name,
}: { evaluation: SchemeEvaluation; index: SchemeIndex; lineCents: number | undefined; share: FundingLine | undefined; possible: boolean; Name: 'h3' | 'h4' }) {
  const entry = index.get(evaluation.schemeId);
  return (
    <li className="arr-scheme arr-scheme--eligible" data-scheme={evaluation.schemeId}>
      <Name className="arr-scheme__name">{evaluation.name}</Name>
      {entry ? <p className="arr-scheme__funder">{entry.scheme.funder}</p> : null}
      <p className="arr-scheme__amount">
        {lineCents !== undefined
          ? t('match.eligible.inArrangement', { amount: formatEuro(lineCents) })
          : possible
            ? t('match.eligible.possible')
            : t('match.eligible.notUsed')}
        {evaluation.maxAmountCents !== null && evaluation.maxAmountCents > 0 ? ` ${t('match.eligible.max', { amount: formatEuro(evaluation.maxAmountCents) })}` : ''}
      </p>
      {share ? <p className="arr-scheme__amount">{t('match.eligible.share', { payer: inSentence(share.payer), amount: formatEuro(share.amountCents) })}</p> : null}
      <Sureness status={evaluation.amountStatus} uncertainty={evaluation.uncertainty} figures={evaluation.figures?.filter((f) => f.usedFor !== 'rule')} />
      <Notices notices={evaluation.notices.filter((n) => n.text !== evaluation.uncertainty)} />
      <SourceLink index={index} schemeId={evaluation.schemeId} />
    </li>
  );
}

function IneligibleScheme({ evaluation, Name }: { evaluation: SchemeEvaluation; Name: 'h3' | 'h4' }) {
  const failed = evaluation.reasons.filter((r) => !r.passed);
  return (
    <li className="arr-scheme arr-scheme--ineligible" data-scheme={evaluation.schemeId}>
      <Name className="arr-scheme__name">
        {evaluation.name}
        {evaluation.status === 'outside-validity' ? <span className="arr-tag">{t('match.ineligible.outsideValidity')}</span> : null}
      </Name>
      <p className="arr-scheme__why">{t('match.ineligible.why', { count: failed.length })}</p>
      <ul className="arr-reasons">
        {failed.map((reason, i) => (
          <li key={`${reason.rule}-${i}`} className="arr-reason">
            <span className="arr-reason__text">{reason.text}</span>
            {reason.source?.url ? (
              <span className="arr-reason__source">
                <ExternalLink href={reason.source.url}>{t('match.reason.source', { title: reason.source.title })}</ExternalLink>
              </span>
            ) : reason.source ? (
              <span className="arr-reason__source"> ({reason.source.title})</span>
            ) : null}
          </li>
        ))}
      </ul>
      <Notices notices={evaluation.notices} />
    </li>
  );
}

export function SchemeEvaluations({ result, index, headingLevel = 3 }: { result: ArrangementResult; index: SchemeIndex; headingLevel?: 2 | 3 }) {
  const eligibleId = useId();
  const ineligibleId = useId();
  const eligible = result.evaluations.filter((e) => e.status === 'eligible').sort(ordered(index));
  const ineligible = result.evaluations.filter((e) => e.status !== 'eligible').sort(ordered(index));
  // A share a scheme demands (Tel mee met Taal's employer part) is a second line under the same
  // scheme id: shown as its own sentence. A contribution a party promised itself is that
  // scheme's own line, and its amount is what the scheme puts in.
  const isShare = (l: FundingLine) => contributionOf(l, result.lines) === 'required';
  const lineAmount = new Map(result.lines.filter((l) => !isShare(l)).map((l) => [l.schemeId, l.amountCents]));
  const shares = new Map(result.lines.filter(isShare).map((l) => [l.schemeId, l]));
  const possible = new Set((result.alsoPossible ?? []).map((p) => p.schemeId));
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const Name = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <div className="arr-evaluations">
      <section aria-labelledby={eligibleId} className="arr-evaluations__group">
        <H id={eligibleId} className="arr-evaluations__heading">
          {t('match.eligible.heading', { count: eligible.length })}
        </H>
        {eligible.length === 0 ? <p>{t('match.eligible.none')}</p> : null}
        <ul className="arr-schemes">
          {eligible.map((e) => (
            <EligibleScheme
              key={e.schemeId}
              evaluation={e}
              index={index}
              lineCents={lineAmount.get(e.schemeId)}
              share={shares.get(e.schemeId)}
              possible={possible.has(e.schemeId)}
              Name={Name}
            />
          ))}
        </ul>
      </section>
      <section aria-labelledby={ineligibleId} className="arr-evaluations__group">
        <H id={ineligibleId} className="arr-evaluations__heading">
          {t('match.ineligible.heading', { count: ineligible.length })}
        </H>
        <ul className="arr-schemes">
          {ineligible.map((e) => (
            <IneligibleScheme key={e.schemeId} evaluation={e} Name={Name} />
          ))}
        </ul>
      </section>
    </div>
  );
}
