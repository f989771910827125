// Row types of the session tables (migrations 0010-0013), kept apart from db/schema.ts so the
// dossier store and the session store can grow independently; repositories use
// `db.withTables<SessionTables>()`. JSON columns hold strings; repositories parse them.
import type { Generated } from 'kysely';

export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface IntakesTable {
  client_id: string;
  fields: string;
  version: number;
  updated_at: string;
}

export interface TrainingsTable {
  seq: Generated<number>;
  id: string;
  client_id: string;
  training: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ApkAnswersTable {
  client_id: string;
  checklist_id: string;
  statement_id: string;
  checklist_version: string;
  answer: string;
  note: string;
  answered_at: string;
}

export interface ApkConfirmationsTable {
  seq: Generated<number>;
  client_id: string;
  signal_id: string;
  changes: string;
  training_id: string | null;
  confirmed_by: string;
  confirmed_at: string;
}

export interface ArrangementsTable {
  seq: Generated<number>;
  id: string;
  client_id: string;
  training_id: string | null;
  latest_version: number;
  created_at: string;
  updated_at: string;
}

export interface ArrangementVersionsTable {
  arrangement_id: string;
  version: number;
  reference_date: string;
  status: string;
  line_statuses: string;
  overrides: string;
  case_snapshot: string;
  packs: string;
  result: string;
  actions: string;
  total_cost_cents: number;
  own_contribution_cents: number;
  loan_cents: number;
  saved_at: string;
  saved_by: string;
  origin: string;
}

export type SessionTables = {
  settings: SettingsTable;
  intakes: IntakesTable;
  trainings: TrainingsTable;
  apk_answers: ApkAnswersTable;
  apk_confirmations: ApkConfirmationsTable;
  arrangements: ArrangementsTable;
  arrangement_versions: ArrangementVersionsTable;
};
