// "Mogelijk ook": schemes the client can get whose amount is not known (no public source gives it,
// or only the employer knows it). They cannot be in the sums, but the client must hear of them,
// with what to do to learn the amount and where to read more (issue 12, item 7).
import { useId } from 'react';
import type { PossibleScheme } from '../../../shared/matcher/result.ts';
import { ExternalLink } from '../ExternalLink.tsx';
import { t } from '../../i18n/nl.ts';

export const ALSO_POSSIBLE_ID = 'mogelijk-ook';

export function AlsoPossible({ schemes, headingLevel = 3 }: { schemes: readonly PossibleScheme[] | undefined; headingLevel?: 2 | 3 }) {
  const headingId = useId();
  if (!schemes || schemes.length === 0) return null;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const Name = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <section className="arr-also" aria-labelledby={headingId} id={ALSO_POSSIBLE_ID}>
      <H className="arr-also__heading" id={headingId}>
        {t('match.also.heading')}
      </H>
      <p className="arr-small arr-muted">{t('match.also.intro')}</p>
      <ul className="arr-also__list">
        {schemes.map((s) => (
          <li key={s.schemeId} className="arr-also__item" data-scheme={s.schemeId}>
            <Name className="arr-also__name">{s.name}</Name>
            <p className="arr-also__funder">{t('match.also.funder', { funder: s.funder })}</p>
            <p className="arr-also__todo">{s.todo}</p>
            {s.url ? (
              <p className="arr-also__link">
                <ExternalLink href={s.url}>{t('match.also.more', { name: s.name })}</ExternalLink>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
