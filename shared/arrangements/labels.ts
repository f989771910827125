// Dutch words for the codes an arrangement carries, for the client document and the screens.
import type { CostCategory } from '../case/schema.ts';
import type { ArrangementStatus } from '../contract/arrangements.ts';
import type { SchemeKind } from '../packs/format.ts';

export const costCategoryLabels: Record<CostCategory, string> = {
  tuition: 'Lesgeld',
  exam: 'Examen',
  materials: 'Lesmateriaal',
  'protective-gear': 'Beschermende kleding en uitrusting',
  travel: 'Reiskosten',
  'wage-loss': 'Gemist loon',
  other: 'Overige kosten',
};

export const lineKindLabels: Record<SchemeKind, string> = {
  grant: 'Subsidie, hoeft u niet terug te betalen',
  loan: 'Lening, moet u terugbetalen',
  offer: 'Gratis aanbod',
  cofinancing: 'Verplichte bijdrage',
};

export const statusLabels: Record<ArrangementStatus, string> = {
  concept: 'Concept',
  besproken: 'Besproken',
  aangevraagd: 'Aangevraagd',
  toegekend: 'Toegekend',
  afgewezen: 'Afgewezen',
};
