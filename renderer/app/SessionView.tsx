// The one entry the shell's router needs for every session screen of a dossier.
import { ApkView } from '../apk/ApkView.tsx';
import { ArrangementListView } from '../arrangement/ArrangementListView.tsx';
import { ArrangementView } from '../arrangement/ArrangementView.tsx';
import { PrintView } from '../arrangement/PrintView.tsx';
import { ComparisonView } from '../comparison/ComparisonView.tsx';
import { IntakeView } from '../intake/IntakeView.tsx';
import { MatchingView } from '../matching/MatchingView.tsx';
import type { SessionRoute } from './sessionRoutes.ts';
import '../session.css';

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
