// The one contract between renderer and main. The preload (Electron) and the loopback bridge
// (browser mode, end-to-end tests) both serve exactly this table; main validates every input
// against it as `unknown`.
import type { z } from 'zod';
import { apkOperations } from './apk.ts';
import { arrangementsOperations } from './arrangements.ts';
import { auditOperations } from './audit.ts';
import { backupsOperations } from './backups.ts';
import { clientsOperations } from './clients.ts';
import { dossierOperations } from './dossier.ts';
import { intakeOperations } from './intake.ts';
import { packsOperations } from './packs.ts';
import { reevaluationOperations } from './reevaluation.ts';
import { privacyOperations } from './privacy.ts';
import { regionsOperations } from './regions.ts';
import { reportsOperations } from './reports.ts';
import { settingsOperations } from './settings.ts';
import { trainingsOperations } from './trainings.ts';
import type { Result } from './result.ts';

export const contract = {
  ...clientsOperations,
  ...regionsOperations,
  ...settingsOperations,
  ...intakeOperations,
  ...trainingsOperations,
  ...apkOperations,
  ...packsOperations,
  ...reevaluationOperations,
  ...arrangementsOperations,
  ...dossierOperations,
  ...auditOperations,
  ...privacyOperations,
  ...backupsOperations,
  ...reportsOperations,
} as const;

export type Contract = typeof contract;
export type OpName = keyof Contract;
export type OpInput<K extends OpName> = z.input<Contract[K]['input']>;
export type OpOutput<K extends OpName> = z.output<Contract[K]['output']>;

export const opNames = Object.keys(contract).sort() as OpName[];
export const isOpName = (value: unknown): value is OpName =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);

/** What the renderer sees as `window.arrangeur` (preload) or gets from the browser bridge. */
export interface ArrangeurBridge {
  call<K extends OpName>(op: K, input: OpInput<K>): Promise<Result<OpOutput<K>>>;
}

export { IPC_CHANNEL } from './channel.ts';

export * from './result.ts';
export { operation, type Operation } from './operation.ts';
