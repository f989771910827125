// Backups of the dossier store (issue 13.14), as the Instellingen screen sees them: where they
// go (a folder the adviser or administrator chooses, such as a network share), which there are,
// "Nu back-up maken", and a restore. The copies themselves are made in db/backup.ts.
//
// A restore replaces every dossier at once, so it never happens under a running app: the
// adviser asks for it here (the backup is checked at once: right key, whole, not from a newer
// Arrangeur), and it is put in place the next time Arrangeur starts, before the store is
// opened. Until then the adviser can cancel it.
import { z } from 'zod';
import { operation } from './operation.ts';

/** A file name in the backup folder: never a path, so no call can point at another file. */
export const backupNameSchema = z
  .string({ error: 'Kies een back-up uit de lijst.' })
  .regex(/^arrangeur-(backup|voor-herstel)-[0-9TZ-]{10,40}\.sqlite$/, { message: 'Kies een back-up uit de lijst. Er is niets gewijzigd.' });

export const backupSchema = z.object({
  name: z.string(),
  /** When it was made (ISO 8601, UTC). */
  madeAt: z.string(),
  /** 'backup': automatic or "Nu back-up maken"; 'voor-herstel': the data a restore replaced. */
  kind: z.enum(['backup', 'voor-herstel']),
  sizeBytes: z.number().int().min(0),
});
export type Backup = z.infer<typeof backupSchema>;

export const restoreOutcomeSchema = z.object({
  at: z.string(),
  ok: z.boolean(),
  /** The backup that was (or was not) put back. */
  name: z.string(),
  /** Dutch: what happened, and on a refusal why and that nothing changed. */
  message: z.string(),
});
export type RestoreOutcome = z.infer<typeof restoreOutcomeSchema>;

export const backupStateSchema = z.object({
  /** The folder backups go to now. */
  folder: z.string(),
  /** The folder inside the data folder, used when no other is chosen. */
  defaultFolder: z.string(),
  isDefaultFolder: z.boolean(),
  /** Newest first; both kinds. */
  backups: z.array(backupSchema),
  /** The last automatic backup attempt of this run: a failure (a share that is offline) is shown. */
  lastAutomatic: z.object({ at: z.string(), ok: z.boolean(), message: z.string() }).nullable(),
  /** A restore asked for and waiting for the next start; null when none. */
  pendingRestore: z.object({ name: z.string(), madeAt: z.string(), requestedAt: z.string() }).nullable(),
  /** What happened to the restore at this start, if one was waiting. */
  lastRestore: restoreOutcomeSchema.nullable(),
});
export type BackupState = z.infer<typeof backupStateSchema>;

const restoreConfirmMessage = 'Bevestig dat u deze back-up wilt terugzetten. Er is niets gewijzigd.';

export const backupsOperations = {
  'backups.list': operation(z.strictObject({}), backupStateSchema, 'Back-ups tonen'),
  /** "Nu back-up maken": one backup now, then the rotation (7 daily, 4 weekly). */
  'backups.create': operation(
    z.strictObject({}),
    z.object({ backup: backupSchema, removed: z.number().int().min(0), state: backupStateSchema }),
    'Nu een back-up maken',
  ),
  /**
   * Chooses the backup folder: an existing folder this user can write to (checked by writing a
   * test file), or null for the default folder in the data folder. Recorded in the audit trail.
   */
  'backups.setFolder': operation(
    z.strictObject({
      folder: z
        .string({ error: 'Vul de map in waar de back-ups moeten komen, of kies de standaardmap.' })
        .trim()
        .min(1, { message: 'Vul de map in waar de back-ups moeten komen, of kies de standaardmap.' })
        .max(1000, { message: 'Deze mapnaam is te lang (hoogstens 1000 tekens).' })
        .nullable(),
    }),
    backupStateSchema,
    'Map voor back-ups kiezen',
  ),
  /**
   * Asks for a restore at the next start, after checking the backup now (key, damage, version):
   * a refusal says why and changes nothing.
   */
  'backups.restore': operation(
    z.strictObject({ name: backupNameSchema, confirm: z.literal(true, { error: restoreConfirmMessage }) }),
    backupStateSchema,
    'Back-up terugzetten',
  ),
  /** Cancels a restore that is waiting for the next start. */
  'backups.cancelRestore': operation(z.strictObject({}), backupStateSchema, 'Terugzetten annuleren'),
} as const;
