// Row types exactly as SQLite stores them (snake_case, ISO strings, null for "not set").
// Repositories map these to the contract's camelCase types; nothing outside db/ sees rows.
import type { Generated } from 'kysely';

export interface ClientsTable {
  /**
   * Stable integer key: the FTS5 index (external content) points at it. An implicit rowid
   * would do until the first VACUUM, which may renumber implicit rowids and silently
   * detach the search index from the dossiers.
   */
  seq: Generated<number>;
  id: string;
  display_name: string;
  /** display_name folded (lower case, no diacritics), so "Ünal" sorts with the U's. */
  sort_name: string;
  birth_date: string;
  region: string;
  adviser_reference: string;
  note: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

/** FTS5 external-content index over clients; rowid = clients.seq. Kept in sync by triggers. */
export interface ClientsFtsTable {
  rowid: number;
  display_name: string;
  adviser_reference: string;
  note: string | null;
  rank: number;
}

export interface MigrationsTable {
  name: string;
  applied_at: string;
}

export interface Database {
  clients: ClientsTable;
  clients_fts: ClientsFtsTable;
  arrangeur_migrations: MigrationsTable;
}
