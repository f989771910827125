// Who pays what: one row per funding line, then the client's own contribution, then the total.
// A figure that is not verified in a public source is marked in words, not only by colour; next
// to each amount stands how sure it is and where each figure behind it comes from (issue 11), and
// the kind says whether a party's contribution is its own promise or a share a scheme demands.
import type { ReactNode } from 'react';
import type { ArrangementResult } from '../../../shared/matcher/result.ts';
import { formatEuro } from '../../../shared/money.ts';
import { t } from '../../i18n/nl.ts';
import { fundingLineKindLabel } from '../../../shared/labels/packs.ts';
import type { FundingLine } from '../../../shared/matcher/result.ts';
import { statusWords, Sureness } from './Sureness.tsx';

/** How sure a line's amount is; a result saved before lines carried a status says only whether it was verified. */
export const lineStatus = (line: FundingLine): FundingLine['status'] => line.status ?? (line.unverified ? 'unverified' : undefined);

export interface FundingLinesTableProps {
  readonly result: ArrangementResult;
  readonly caption: string;
  /** Extra cell per line (status in the arrangement view). */
  readonly extraColumn?: { header: string; cell: (schemeId: string) => ReactNode };
  /** Narrow column beside a form: the scheme with its payer under it, and the amount. */
  readonly compact?: boolean;
}

export function FundingLinesTable({ result, caption, extraColumn, compact = false }: FundingLinesTableProps) {
  if (compact) return <CompactLines result={result} caption={caption} />;
  return (
    <table className="utrecht-table arr-table arr-lines">
      <caption className="utrecht-table__caption arr-table__caption">{caption}</caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th scope="col" className="utrecht-table__header-cell">{t('match.lines.scheme')}</th>
          <th scope="col" className="utrecht-table__header-cell">{t('match.lines.payer')}</th>
          <th scope="col" className="utrecht-table__header-cell">{t('match.lines.kind')}</th>
          {extraColumn ? <th scope="col" className="utrecht-table__header-cell">{extraColumn.header}</th> : null}
          <th scope="col" className="utrecht-table__header-cell arr-num">{t('match.lines.amount')}</th>
          <th scope="col" className="utrecht-table__header-cell">{t('match.lines.sureness')}</th>
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {result.lines.length === 0 ? (
          <tr className="utrecht-table__row">
            <td className="utrecht-table__cell" colSpan={extraColumn ? 6 : 5}>{t('match.lines.none')}</td>
          </tr>
        ) : null}
        {result.lines.map((line) => (
          <tr className="utrecht-table__row" key={`${line.schemeId}-${line.kind}`} data-scheme={line.schemeId} data-kind={line.kind}>
            <th scope="row" className="utrecht-table__cell arr-lines__name">
              {line.name}
              {line.unverified ? <span className="arr-tag arr-tag--warning">{t('match.unverified')}</span> : null}
              {line.explanation ? <span className="arr-lines__explanation">{line.explanation}</span> : null}
            </th>
            <td className="utrecht-table__cell">{line.payer}</td>
            <td className="utrecht-table__cell arr-lines__kind">{fundingLineKindLabel(line, result.lines)}</td>
            {extraColumn ? <td className="utrecht-table__cell">{extraColumn.cell(line.schemeId)}</td> : null}
            <td className="utrecht-table__cell arr-num arr-amount">{formatEuro(line.amountCents)}</td>
            <td className="utrecht-table__cell arr-lines__sure">
              <Sureness status={lineStatus(line)} uncertainty={line.uncertainty} figures={line.figures} />
            </td>
          </tr>
        ))}
        <tr className="utrecht-table__row arr-lines__own" data-scheme="eigen-bijdrage">
          <th scope="row" className="utrecht-table__cell">{t('match.lines.own')}</th>
          <td className="utrecht-table__cell">{t('match.lines.ownPayer')}</td>
          <td className="utrecht-table__cell">{t('match.lines.ownKind')}</td>
          {extraColumn ? <td className="utrecht-table__cell" /> : null}
          <td className="utrecht-table__cell arr-num arr-amount">{formatEuro(result.ownContributionCents)}</td>
          <td className="utrecht-table__cell" />
        </tr>
      </tbody>
      <tfoot className="utrecht-table__footer">
        <tr className="utrecht-table__row arr-lines__total">
          <th scope="row" className="utrecht-table__cell" colSpan={extraColumn ? 4 : 3}>{t('match.lines.total')}</th>
          <td className="utrecht-table__cell arr-num arr-amount">{formatEuro(result.totalCostCents)}</td>
          <td className="utrecht-table__cell" />
        </tr>
      </tfoot>
    </table>
  );
}

function CompactLines({ result, caption }: { result: ArrangementResult; caption: string }) {
  return (
    <table className="utrecht-table arr-table arr-lines arr-lines--compact">
      <caption className="utrecht-table__caption arr-table__caption">{caption}</caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th scope="col" className="utrecht-table__header-cell">{t('match.lines.scheme')}</th>
          <th scope="col" className="utrecht-table__header-cell arr-num">{t('match.lines.amount')}</th>
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {result.lines.length === 0 ? (
          <tr className="utrecht-table__row">
            <td className="utrecht-table__cell" colSpan={2}>{t('match.lines.none')}</td>
          </tr>
        ) : null}
        {result.lines.map((line) => (
          <tr className="utrecht-table__row" key={`${line.schemeId}-${line.kind}`} data-scheme={line.schemeId} data-kind={line.kind}>
            <th scope="row" className="utrecht-table__cell arr-lines__name">
              {line.name}
              {line.unverified ? <span className="arr-tag arr-tag--warning">{t('match.unverified')}</span> : null}
              <span className="arr-lines__payer">
                {line.payer} · {fundingLineKindLabel(line, result.lines)}
              </span>
              {lineStatus(line) && lineStatus(line) !== 'verified' ? (
                <span className="arr-lines__status">{statusWords(lineStatus(line)!)}</span>
              ) : null}
            </th>
            <td className="utrecht-table__cell arr-num arr-amount">{formatEuro(line.amountCents)}</td>
          </tr>
        ))}
        <tr className="utrecht-table__row arr-lines__own" data-scheme="eigen-bijdrage">
          <th scope="row" className="utrecht-table__cell">{t('match.lines.own')}</th>
          <td className="utrecht-table__cell arr-num arr-amount">{formatEuro(result.ownContributionCents)}</td>
        </tr>
      </tbody>
      <tfoot className="utrecht-table__footer">
        <tr className="utrecht-table__row arr-lines__total">
          <th scope="row" className="utrecht-table__cell">{t('match.lines.total')}</th>
          <td className="utrecht-table__cell arr-num arr-amount">{formatEuro(result.totalCostCents)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
