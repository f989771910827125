// The live matching beside the intake and the APK: the training in view, the peildatum and the
// figures, following every change. The full explanation per scheme is one link away.
import { useId } from 'react';
import { t } from '../../i18n/nl.ts';
import { useSession, useSessionActions, type SessionData } from '../../data/session.ts';
import { MatchingPanel } from './MatchingPanel.tsx';
import type { SchemeIndex } from '../../../shared/packs/scheme-index.ts';
import { PeildatumField } from './PeildatumField.tsx';
import { TrainingPicker, trainingTitleOf } from './TrainingPicker.tsx';
import { useLiveMatch } from '../../data/liveMatch.ts';

export function LiveMatchAside({ clientId, data, index, moreHref }: { clientId: string; data: SessionData; index: SchemeIndex; moreHref: string }) {
  const headingId = useId();
  const draft = useSession(clientId, (s) => s.draft);
  const selected = useSession(clientId, (s) => s.selected);
  const referenceDate = useSession(clientId, (s) => s.referenceDate);
  const actions = useSessionActions(clientId);
  const live = useLiveMatch(data, draft, selected, referenceDate);
  return (
    <aside className="arr-session-grid__aside arr-live" aria-labelledby={headingId}>
      <div className="arr-live__inner">
        <h2 className="arr-live__heading" id={headingId}>
          {t('match.live.heading')}
        </h2>
        <TrainingPicker draft={draft} selected={selected} onSelect={actions.select} idSuffix="-zijpaneel" />
        <PeildatumField value={referenceDate} onChange={actions.setReferenceDate} idSuffix="-zijpaneel" short />
        <MatchingPanel live={live} index={index} trainingTitle={trainingTitleOf(draft, selected)} compact />
        <p className="arr-live__more">
          <a className="nl-link" href={moreHref}>
            {t('match.live.more')}
          </a>
        </p>
      </div>
    </aside>
  );
}
