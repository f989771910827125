// The one Dutch wording for the codes only an arrangement carries: its status and how a version
// came about. Lives at the arrangement layer because the codes are defined by the contract;
// the case and pack labels are one layer down in shared/labels/.
import type { ArrangementStatus, arrangementOrigins } from '../contract/arrangements.ts';

export const statusLabels: Readonly<Record<ArrangementStatus, string>> = {
  concept: 'Concept',
  besproken: 'Besproken',
  aangevraagd: 'Aangevraagd',
  toegekend: 'Toegekend',
  afgewezen: 'Afgewezen',
};

export const originLabels: Readonly<Record<(typeof arrangementOrigins)[number], string>> = {
  save: 'Berekend en opgeslagen',
  status: 'Status gewijzigd',
  import: 'Geïmporteerd',
};
