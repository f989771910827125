// The shell composes the session screens of a dossier: which feature shows for which address.
// The features do not know each other; what they share (the session frame, the dossier's data)
// sits below them in components/ and data/.
import type { SessionRoute } from '../data/routes.ts';
import { ApkView } from '../features/apk/ApkView.tsx';
import { ArrangementListView } from '../features/arrangement/ArrangementListView.tsx';
import { ArrangementView } from '../features/arrangement/ArrangementView.tsx';
import { PrintView } from '../features/arrangement/PrintView.tsx';
import { ComparisonView } from '../features/comparison/ComparisonView.tsx';
import { IntakeView } from '../features/intake/IntakeView.tsx';
import { MatchingView } from '../features/matching/MatchingView.tsx';

export function SessionView({ route }: { route: SessionRoute }) {
  if (route.name === 'arrangement') {
    return route.print ? (
      <PrintView clientId={route.id} arrangementId={route.arrangementId} version={route.version} />
    ) : (
      <ArrangementView clientId={route.id} arrangementId={route.arrangementId} version={route.version} />
    );
  }
  switch (route.tab) {
    case 'intake':
      return <IntakeView clientId={route.id} />;
    case 'apk':
      return <ApkView clientId={route.id} />;
    case 'financiering':
      return <MatchingView clientId={route.id} />;
    case 'vergelijken':
      return <ComparisonView clientId={route.id} />;
    case 'arrangementen':
      return <ArrangementListView clientId={route.id} />;
  }
}
