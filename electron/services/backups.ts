// Backups as contract operations (issue 13.14): the list, "Nu back-up maken", the backup folder
// and a restore at the next start (electron/backups/folder.ts says why not in a running app),
// plus the automatic backup at start and once a day. The copies and the rotation are
// db/backup.ts; this file decides where they go and records who made or restored one.
import { statSync } from 'node:fs';
import path from 'node:path';
import { BEFORE_RESTORE, backupIfDue, createBackup, listBackups, rotateBackups, verifyBackup, type BackupInfo } from '../../db/backup.ts';
import { backupMessages } from '../../db/backup-messages.ts';
import type { Store } from '../../db/open.ts';
import type { Backup, BackupState, backupsOperations, RestoreOutcome } from '../../shared/contract/backups.ts';
import { AppFailure } from '../../shared/contract/result.ts';
import {
  checkBackupFolder,
  clearPendingRestore,
  defaultBackupFolder,
  readBackupFolder,
  readPendingRestore,
  writeBackupFolder,
  writePendingRestore,
} from '../backups/folder.ts';
import { backupFolderMessages } from '../backups/messages.ts';
import { recordChange } from './audit.ts';
import type { ServiceContext } from './context.ts';
import type { HandlerTable } from './handlers.ts';

/** What main.ts and serve.ts know about the data folder; absent in tests without one. */
export interface BackupSetup {
  dataDir: string;
  /** The data folder's key, to check a backup before a restore is set up (undefined: a plain store). */
  key: Buffer | undefined;
  /** What a restore waiting from the previous run did at this start (applyPendingRestore). */
  restoredAtStart?: RestoreOutcome | null;
  /** Make the automatic backup at start and check once an hour whether one is due (the app, browser mode). */
  automatic?: boolean;
}

const HOUR_MS = 3_600_000;

const describe = (info: BackupInfo, kind: Backup['kind']): Backup => {
  let sizeBytes = 0;
  try {
    sizeBytes = statSync(info.file).size;
  } catch {
    // Removed in the meantime (rotation by another Arrangeur): listed with size 0 this once.
  }
  return { name: path.basename(info.file), madeAt: info.madeAt, kind, sizeBytes };
};

export interface BackupRuntime {
  handlers: HandlerTable<keyof typeof backupsOperations>;
  /** Starts the automatic backups (at once, then hourly: one a day at most); answers the stop. */
  startAutomatic(): () => void;
}

export function backupRuntime(ctx: ServiceContext, store: Store, setup: BackupSetup | null, log: (line: string) => void): BackupRuntime {
  let lastAutomatic: BackupState['lastAutomatic'] = null;

  const need = (): BackupSetup => {
    if (!setup) throw new AppFailure('unavailable', backupFolderMessages.notConfigured);
    return setup;
  };

  /** The folder to write to: a chosen one must still be there (a share may be offline). */
  const usableFolder = (s: BackupSetup): string => {
    const { folder, isDefault } = readBackupFolder(s.dataDir);
    if (!isDefault) {
      try {
        checkBackupFolder(folder);
      } catch {
        throw new AppFailure('unavailable', backupFolderMessages.unreachable(folder));
      }
    }
    return folder;
  };

  const state = (): BackupState => {
    const s = need();
    const { folder, isDefault } = readBackupFolder(s.dataDir);
    const backups = [
      ...listBackups(folder).map((b) => describe(b, 'backup')),
      ...listBackups(folder, BEFORE_RESTORE).map((b) => describe(b, 'voor-herstel')),
    ].sort((a, b) => b.madeAt.localeCompare(a.madeAt));
    const pending = readPendingRestore(s.dataDir);
    return {
      folder,
      defaultFolder: defaultBackupFolder(s.dataDir),
      isDefaultFolder: isDefault,
      backups,
      lastAutomatic,
      pendingRestore: pending && { name: pending.name, madeAt: pending.madeAt, requestedAt: pending.requestedAt },
      lastRestore: s.restoredAtStart ?? null,
    };
  };

  const runIfDue = () => {
    if (!setup || !store.sqlite.open) return;
    const now = ctx.now();
    try {
      const made = backupIfDue(store, usableFolder(setup), now);
      if (made) lastAutomatic = { at: now, ok: true, message: backupFolderMessages.automaticMade };
    } catch (error) {
      const message = error instanceof AppFailure ? error.message : backupFolderMessages.unreachable(readBackupFolder(setup.dataDir).folder);
      lastAutomatic = { at: now, ok: false, message };
      // One line, no stack: a share that is offline is an everyday event, not a bug.
      log(`automatische back-up mislukt: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const handlers: BackupRuntime['handlers'] = {
    'backups.list': () => state(),
    'backups.create': async () => {
      const s = need();
      const folder = usableFolder(s);
      const now = ctx.now();
      let made: BackupInfo;
      let removed: BackupInfo[];
      try {
        // VACUUM INTO cannot run inside a transaction; the copy is one consistent snapshot anyway.
        made = createBackup(store.sqlite, folder, now);
        removed = rotateBackups(folder, now);
      } catch (error) {
        log(`back-up mislukt: ${error instanceof Error ? error.message : String(error)}`);
        throw new AppFailure('unavailable', backupFolderMessages.unreachable(folder));
      }
      await ctx.transaction((db) =>
        recordChange(ctx, db, { at: now, action: 'backup.create', recordType: 'backup', clientId: null, recordId: null, fields: [] }),
      );
      return { backup: describe(made, 'backup'), removed: removed.length, state: state() };
    },
    'backups.setFolder': async ({ folder }) => {
      const s = need();
      const next = folder === null ? null : checkBackupFolder(folder);
      const before = readBackupFolder(s.dataDir);
      const same = next === null ? before.isDefault : !before.isDefault && before.folder === next;
      if (!same) {
        writeBackupFolder(s.dataDir, next);
        await ctx.transaction((db) =>
          recordChange(ctx, db, { action: 'settings.update', recordType: 'settings', clientId: null, recordId: null, fields: ['backupFolder'] }),
        );
      }
      return state();
    },
    'backups.restore': ({ name }) => {
      const s = need();
      const { folder } = readBackupFolder(s.dataDir);
      const found = state().backups.find((b) => b.name === name);
      if (!found) throw new AppFailure('not-found', backupMessages.missing);
      // Checked now, so a wrong key, a damaged file or a newer Arrangeur is said at once and
      // nothing is set up; the check is repeated at the start that restores it.
      verifyBackup(path.join(folder, name), s.key);
      writePendingRestore(s.dataDir, { name, folder, madeAt: found.madeAt, requestedAt: ctx.now() });
      return state();
    },
    'backups.cancelRestore': () => {
      clearPendingRestore(need().dataDir);
      return state();
    },
  };

  return {
    handlers,
    startAutomatic() {
      // After the current call stack: start-up (and the first calls) are not held up by the copy.
      const first = setTimeout(runIfDue, 0);
      const timer = setInterval(runIfDue, HOUR_MS);
      first.unref?.();
      timer.unref?.();
      return () => {
        clearTimeout(first);
        clearInterval(timer);
      };
    },
  };
}

/** The restore that happened at this start, in the restored store's own audit trail. */
export async function recordRestoreAtStart(ctx: ServiceContext, outcome: RestoreOutcome | null | undefined): Promise<void> {
  if (!outcome?.ok) return;
  await ctx.transaction((db) =>
    recordChange(ctx, db, {
      at: outcome.at,
      action: 'backup.restore',
      recordType: 'backup',
      clientId: null,
      recordId: null,
      fields: [],
      details: { backup: outcome.name },
    }),
  );
}
