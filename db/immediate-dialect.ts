// Kysely's SQLite driver starts every transaction with a plain (deferred) BEGIN. A deferred
// transaction that reads first and writes later cannot wait for the write lock: when another
// process (the desktop app and browser mode on one data folder) committed in between, SQLite
// answers SQLITE_BUSY / SQLITE_BUSY_SNAPSHOT at once instead of using busy_timeout, and the
// adviser's save failed with 'internal' (issue 13.2). BEGIN IMMEDIATE takes the write lock up
// front, so a second writer waits (busy_timeout) and then reads the fresh data.
// Every transaction on this store is a unit of work that may write, so all begin IMMEDIATE.
import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver } from 'kysely';

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: ConstructorParameters<typeof SqliteDialect>[0];

  constructor(config: ConstructorParameters<typeof SqliteDialect>[0]) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}
