// The adviser's notice that a pack change moves open arrangements: a count beside "Regelingen"
// in the main navigation (always there, so it also follows the background pass), and on the
// dossier list and in the Regelingen section a notice with the pack's own sentence ("Door
// Twente 1.4.0 veranderen 3 arrangementen.") that leads to the list, with a progress bar while
// the pass runs.
import { reads } from '../../data/api.ts';
import { useQuery } from '../../data/query.ts';
import { regelingenHref } from '../../data/routes.ts';
import { t } from '../../i18n/nl.ts';
import { openItemsOf, useReevaluationProgress, useReevaluationWatch } from './reevaluationWatch.ts';

/** Beside "Regelingen" in the main navigation: how many arrangements wait for a decision. */
export function ReevaluationCount() {
  useReevaluationWatch();
  const { result } = useQuery(reads.reevaluationList('open'));
  const count = result.state === 'ok' ? openItemsOf(result.value.runs).count : 0;
  if (count === 0) return null;
  return (
    <span className="arr-nav__count">
      <span aria-hidden="true">{count}</span>
      <span className="arr-visually-hidden">{count === 1 ? t('reeval.nav.one') : t('reeval.nav.many', { count })}</span>
    </span>
  );
}

/** The progress of a running pass, as a bar with its sentence. */
export function ReevaluationProgressBar() {
  const progress = useReevaluationProgress();
  if (progress.state !== 'ok' || !progress.value.running) return null;
  const { checked, total, message } = progress.value;
  return (
    <div className="arr-progress">
      <label className="arr-progress__label" htmlFor="herberekening-voortgang">
        {t('reeval.progress.label')}
      </label>
      <progress id="herberekening-voortgang" className="arr-progress__bar" max={Math.max(total, 1)} value={checked} />
      <p className="arr-small" role="status">
        {message}
      </p>
    </div>
  );
}

/** On the dossier list and the Regelingen pages (not on the list it leads to). */
export function ReevaluationAlert({ onList = false }: { onList?: boolean }) {
  const { result } = useQuery(reads.reevaluationList('open'));
  const open = result.state === 'ok' ? openItemsOf(result.value.runs) : { count: 0, runs: [] };
  if (onList) return <ReevaluationProgressBar />;
  return (
    <>
      <ReevaluationProgressBar />
      {open.count > 0 ? (
        <div className="arr-reeval-alert" role="status">
          <p className="arr-reeval-alert__text">
            {open.runs.map((run) => (
              <span key={run.id} className="arr-block">
                {run.message}
              </span>
            ))}
          </p>
          <a className="nl-link arr-reeval-alert__link" href={regelingenHref({ name: 'regelingen', tab: 'herberekening' })}>
            {open.count === 1 ? t('reeval.alert.linkOne') : t('reeval.alert.linkMany', { count: open.count })}
          </a>
        </div>
      ) : null}
    </>
  );
}
