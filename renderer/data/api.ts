// What the screens read and write, by name. Reads are cached under keys (query.ts); every write
// operation of the contract states here which keys it makes stale, and the compiler holds us to
// it: a new operation is a write until it is listed as a read, and a write without an entry in
// `effects` does not type-check.
import type { ApkState } from '../../shared/contract/apk.ts';
import type { Dossier } from '../../shared/contract/dossier.ts';
import type { OpInput, OpName, OpOutput, Result } from '../../shared/contract/index.ts';
import type { ReevaluationProgress } from '../../shared/contract/reevaluation.ts';
import type { ReportRequest } from '../../shared/contract/reports.ts';
import { cachedValue, query, updateCached, write, type Query, type QueryKey } from './query.ts';
import { expectReevaluation } from './reevaluation.ts';

export const keys = {
  /** Everything one dossier's screens show (dossier.open), and below it the plain client record. */
  dossier: (clientId: string): QueryKey => ['dossier', clientId],
  client: (clientId: string): QueryKey => ['dossier', clientId, 'client'],
  /** Every dossier at once: the adviser's name (settings) is part of each. */
  allDossiers: (): QueryKey => ['dossier'],
  clientList: (): QueryKey => ['clients'],
  arrangement: (id: string): QueryKey => ['arrangement', id],
  allArrangements: (): QueryKey => ['arrangement'],
  /** The packs in use; below it everything that changes with them (trust, feeds, diffs, tests). */
  packs: (): QueryKey => ['packs'],
  trust: (): QueryKey => ['packs', 'trust'],
  feeds: (): QueryKey => ['packs', 'feeds'],
  /** The re-evaluation after a pack change: the runs with their items, and the progress. */
  reevaluation: (): QueryKey => ['reevaluation'],
  reevaluationProgress: (): QueryKey => ['reevaluation', 'progress'],
  regions: (): QueryKey => ['regions'],
  apkChecklist: (): QueryKey => ['apk-checklist'],
  /** A dossier's audit trail ("Geschiedenis"): below the dossier, so every write to it makes it stale. */
  history: (clientId: string): QueryKey => ['dossier', clientId, 'history'],
  settings: (): QueryKey => ['settings'],
  backups: (): QueryKey => ['backups'],
  /** The retention review: below the dossier list, so archiving, restoring and erasing make it stale. */
  retention: (): QueryKey => ['clients', 'retention'],
  /** The supervisor's reports: the bundles that are in and every report over them. */
  reports: (): QueryKey => ['reports'],
} as const;

/** Enough for a working list; beyond this the adviser searches (the list says so). */
export const LIST_LIMIT = 100;
export const SEARCH_LIMIT = 50;

export const reads = {
  dossier: (clientId: string): Query<Dossier> => query(keys.dossier(clientId), 'dossier.open', { clientId }),
  client: (id: string) => query(keys.client(id), 'clients.get', { id }),
  /** All dossiers (clients.list) or those matching a search (clients.search: case and diacritics do not matter). */
  clientList: (text: string, archived: boolean) =>
    text === ''
      ? query([...keys.clientList(), '', archived], 'clients.list', { archived, limit: LIST_LIMIT })
      : query([...keys.clientList(), text, archived], 'clients.search', { query: text, archived, limit: SEARCH_LIMIT }),
  arrangement: (id: string, version: number | null) =>
    query([...keys.arrangement(id), version ?? 'latest'], 'arrangements.get', version === null ? { id } : { id, version }),
  document: (id: string, version: number | null) =>
    query([...keys.arrangement(id), version ?? 'latest', 'document'], 'arrangements.document', version === null ? { id } : { id, version }),
  /** App-wide; read again after a sync, an import or a trust change (issue 9). */
  packs: () => query(keys.packs(), 'packs.list', {}),
  trust: () => query(keys.trust(), 'trust.list', {}),
  feeds: () => query(keys.feeds(), 'packs.getFeeds', {}),
  packDiff: (packId: string, from: string, to: string) => query([...keys.packs(), 'diff', packId, from, to], 'packs.diff', { packId, from, to }),
  /** An installed pack's own tests; a file's tests are keyed by its name and a digest of its text. */
  packTests: (input: OpInput<'packs.runTests'>, digest = '') =>
    query(
      input.source === 'installed' ? [...keys.packs(), 'tests', input.packId, input.version ?? 'in gebruik'] : [...keys.packs(), 'tests', 'bestand', input.fileName, digest],
      'packs.runTests',
      input,
    ),
  reevaluationList: (show: 'open' | 'all') => query([...keys.reevaluation(), 'list', show], 'reevaluation.list', { show }),
  reevaluationProgress: () => query(keys.reevaluationProgress(), 'reevaluation.progress', {}),
  regions: () => query(keys.regions(), 'regions.list', {}),
  apkChecklist: () => query(keys.apkChecklist(), 'apk.checklist', {}),
  history: (clientId: string) => query(keys.history(clientId), 'audit.list', { clientId }),
  settings: () => query(keys.settings(), 'settings.get', {}),
  backups: () => query(keys.backups(), 'backups.list', {}),
  retention: () => query(keys.retention(), 'retention.review', {}),
  reportBundles: () => query([...keys.reports(), 'bundles'], 'reports.bundles', {}),
  /** One report (and its print document) per request; every bundle in or out makes them stale. */
  report: (request: ReportRequest) => query([...keys.reports(), 'run', JSON.stringify(request)], 'reports.run', request),
  reportDocument: (request: ReportRequest) => query([...keys.reports(), 'document', JSON.stringify(request)], 'reports.document', request),
};

/** Operations that change nothing the renderer shows (reads, previews, exports to a file). */
type NoChangeOp =
  | 'settings.get'
  | 'intake.get'
  | 'packs.list'
  | 'regions.list'
  | 'dossier.open'
  | 'clients.get'
  | 'clients.list'
  | 'clients.search'
  | 'trainings.list'
  | 'apk.checklist'
  | 'apk.get'
  | 'arrangements.preview'
  | 'arrangements.list'
  | 'arrangements.get'
  | 'arrangements.document'
  | 'arrangements.exportPdf'
  | 'arrangements.exportJson'
  // The audit trail is read-only (issue 13.13).
  | 'audit.list'
  | 'audit.verify'
  | 'retention.review'
  | 'backups.list'
  | 'packs.diff'
  | 'packs.getFeeds'
  | 'packs.runTests'
  | 'reevaluation.list'
  | 'reevaluation.progress'
  | 'trust.list'
  // Supervisor reports (issue 10): reading, counting and exporting change nothing.
  | 'reports.exportBundle'
  | 'reports.bundles'
  | 'reports.run'
  | 'reports.exportCsv'
  | 'reports.exportXlsx'
  | 'reports.document'
  | 'reports.exportPdf';

export type WriteOp = Exclude<OpName, NoChangeOp>;

interface Effects<K extends WriteOp> {
  readonly invalidates: (input: OpInput<K>, output: OpOutput<K>) => readonly QueryKey[];
  /** Puts what the write answered straight into a cached read, before that read is repeated. */
  readonly update?: (input: OpInput<K>, output: OpOutput<K>) => void;
}

/** The services start the re-evaluation just after they answer: keep reading its progress until it shows. */
const expectPassIf = (started: boolean): void => {
  if (started) expectReevaluation(cachedValue<ReevaluationProgress>(keys.reevaluationProgress())?.finishedAt ?? null);
};

export const withApk = (clientId: string, apk: ApkState) => updateCached<Dossier>(keys.dossier(clientId), (d) => ({ ...d, apk }));

export const effects: { readonly [K in WriteOp]: Effects<K> } = {
  'clients.create': { invalidates: () => [keys.clientList()] },
  'clients.update': { invalidates: ({ id }) => [keys.dossier(id), keys.clientList()] },
  'clients.archive': { invalidates: ({ id }) => [keys.dossier(id), keys.clientList()] },
  'clients.restore': { invalidates: ({ id }) => [keys.dossier(id), keys.clientList()] },
  // The adviser's name is part of every dossier; the retention period decides the review list.
  'settings.update': {
    invalidates: () => [keys.allDossiers(), keys.settings(), keys.retention()],
    update: (_input, saved) => updateCached(keys.settings(), () => saved),
  },
  'intake.save': {
    invalidates: ({ clientId }) => [keys.dossier(clientId)],
    update: ({ clientId }, { intake, trainings }) => updateCached<Dossier>(keys.dossier(clientId), (d) => ({ ...d, intake, trainings })),
  },
  // The answer is the whole new APK state of the dossier and touches nothing else; the APK screen
  // puts it into the cached dossier itself, in the order the answers were given (see useApk).
  'apk.answer': { invalidates: ({ clientId }) => [keys.history(clientId)] },
  'apk.applySignal': {
    invalidates: ({ clientId }) => [keys.dossier(clientId)],
    update: ({ clientId }, { state }) => withApk(clientId, state),
  },
  'arrangements.save': { invalidates: ({ clientId }, saved) => [keys.dossier(clientId), keys.arrangement(saved.id)] },
  'arrangements.setStatus': { invalidates: ({ id }, saved) => [keys.dossier(saved.clientId), keys.arrangement(id)] },
  'arrangements.importJson': { invalidates: ({ clientId }) => [keys.dossier(clientId)] },
  // Erasure (issue 13.12): the dossier is gone; drop it and refresh the list.
  'clients.erase': { invalidates: ({ id }) => [keys.dossier(id), keys.clientList()] },
  // Inzage and export (issue 13.11) change no data, but add a "Gegevens uitgegeven" entry to the history.
  'clients.exportData': { invalidates: ({ clientId }) => [keys.history(clientId)] },
  'clients.exportPdf': { invalidates: ({ clientId }) => [keys.history(clientId)] },
  'retention.erase': { invalidates: (_input, { erased }) => [...erased.map(({ id }) => keys.dossier(id)), keys.clientList()] },
  // Which packs are installed and trusted: every match reads them; the dossiers themselves stay.
  // A change of packs may start the background re-evaluation: its progress is read again.
  'packs.import': { invalidates: () => [keys.packs(), keys.reevaluation()], update: (_input, out) => expectPassIf(out.reevaluationStarted) },
  'packs.sync': { invalidates: () => [keys.packs(), keys.reevaluation()], update: (_input, out) => expectPassIf(out.reevaluationStarted) },
  'packs.setFeeds': { invalidates: () => [keys.packs()], update: (_input, feeds) => updateCached(keys.feeds(), () => feeds) },
  'trust.add': { invalidates: () => [keys.packs(), keys.reevaluation()], update: (_input, trust) => updateCached(keys.trust(), () => trust) },
  'trust.remove': { invalidates: () => [keys.packs(), keys.reevaluation()], update: (_input, trust) => updateCached(keys.trust(), () => trust) },
  // A re-evaluated arrangement gets a new version (or a note that the old one is kept).
  'reevaluation.accept': { invalidates: () => [keys.allDossiers(), keys.allArrangements(), keys.reevaluation()] },
  'reevaluation.keep': { invalidates: () => [keys.allDossiers(), keys.allArrangements(), keys.reevaluation()] },
  // Backups (issue 13.14): each answers the new list; the restore itself happens at the next start.
  'backups.create': { invalidates: () => [], update: (_input, { state }) => updateCached(keys.backups(), () => state) },
  'backups.setFolder': { invalidates: () => [], update: (_input, state) => updateCached(keys.backups(), () => state) },
  'backups.restore': { invalidates: () => [], update: (_input, state) => updateCached(keys.backups(), () => state) },
  'backups.cancelRestore': { invalidates: () => [], update: (_input, state) => updateCached(keys.backups(), () => state) },
  // A bundle in or out changes the bundle list and every report over the bundles.
  'reports.importBundle': { invalidates: () => [keys.reports()] },
  'reports.removeBundle': { invalidates: () => [keys.reports()] },
};

/** Every write goes through here: one contract call, then the cache learns what it changed. */
export const change = <K extends WriteOp>(op: K, input: OpInput<K>, extra?: { update?: (output: OpOutput<K>) => void }): Promise<Result<OpOutput<K>>> => {
  const effect = effects[op] as Effects<K>;
  return write(op, input, {
    invalidates: (output) => effect.invalidates(input, output),
    update: (output) => {
      effect.update?.(input, output);
      extra?.update?.(output);
    },
  });
};
