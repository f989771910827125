// The audit trail (issue 13.13): every change to a dossier, intake, training, APK answer,
// arrangement or setting (and, once they live in the store, trusted publishers and pack
// installs) is one entry: who, when, what kind of change, which record and which FIELD NAMES.
// Never the values: the trail may be shown to a privacy officer without showing the client.
import { z } from 'zod';
import { clientIdSchema } from './clients.ts';
import { operation } from './operation.ts';

export const auditActions = [
  'client.create',
  'client.update',
  'client.archive',
  'client.restore',
  'client.export',
  'client.erase',
  'intake.save',
  'training.add',
  'training.change',
  'training.remove',
  'apk.answer',
  'apk.signal',
  'arrangement.save',
  'arrangement.status',
  'arrangement.import',
  'settings.update',
  // Backups (issue 13.14): one made by hand, and one put back at a start.
  'backup.create',
  'backup.restore',
  // Supervisor reports (issue 10): a bundle made here, read in, or removed. Period and counts
  // only; never the file name (an adviser may have put a name in it).
  'report-bundle.export',
  'report-bundle.import',
  'report-bundle.remove',
  // For the packs supply chain, when its trust and install state move into the store.
  'publisher.trust',
  'publisher.revoke',
  'pack.install',
] as const;
export type AuditAction = (typeof auditActions)[number];

export const auditRecordTypes = ['client', 'intake', 'training', 'apk-answer', 'arrangement', 'settings', 'backup', 'report-bundle', 'publisher', 'pack'] as const;
export type AuditRecordType = (typeof auditRecordTypes)[number];

/** Codes and counts only (a version number, a signal id, "retention"): never personal data. */
export const auditDetailsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type AuditDetails = z.infer<typeof auditDetailsSchema>;

export const auditEntrySchema = z.object({
  /** Position in the chain, 1, 2, 3, ... over the whole installation. */
  seq: z.number().int().min(1),
  at: z.string(),
  /** The adviser's name from the settings at the time, or "onbekende adviseur". */
  actor: z.string(),
  action: z.enum(auditActions),
  recordType: z.enum(auditRecordTypes),
  /** The changed record (training, arrangement, statement); null when the entry is about the dossier itself or it was erased. */
  recordId: z.string().nullable(),
  /** Names of the changed fields, e.g. "displayName", "work.hoursPerWeek"; never their values. */
  fields: z.array(z.string()),
  details: auditDetailsSchema,
  /** One Dutch line for the screen: "Dossier gewijzigd: naam, notitie". */
  description: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditVerificationSchema = z.object({
  ok: z.boolean(),
  /** How many entries were checked. */
  entries: z.number().int().min(0),
  /** Entries whose client references were erased (art. 17); they still count in the chain. */
  erasedReferences: z.number().int().min(0),
  /** seq of the first entry that does not fit the chain; null when all fit. */
  brokenAt: z.number().int().nullable(),
  /** Dutch, for the adviser or the privacy officer. */
  message: z.string(),
});
export type AuditVerification = z.infer<typeof auditVerificationSchema>;

export const auditActionLabels: Record<AuditAction, string> = {
  'client.create': 'Dossier aangemaakt',
  'client.update': 'Dossier gewijzigd',
  'client.archive': 'Dossier gearchiveerd',
  'client.restore': 'Dossier teruggezet',
  'client.export': 'Gegevens uitgegeven (inzage of export)',
  'client.erase': 'Dossier gewist',
  'intake.save': 'Intake opgeslagen',
  'training.add': 'Opleiding toegevoegd',
  'training.change': 'Opleiding gewijzigd',
  'training.remove': 'Opleiding verwijderd',
  'apk.answer': 'Antwoord Loopbaan APK opgeslagen',
  'apk.signal': 'Signaal uit de Loopbaan APK overgenomen',
  'arrangement.save': 'Arrangement opgeslagen',
  'arrangement.status': 'Status van arrangement gewijzigd',
  'arrangement.import': 'Arrangement geïmporteerd',
  'settings.update': 'Instellingen gewijzigd',
  'backup.create': 'Back-up gemaakt',
  'backup.restore': 'Back-up teruggezet',
  'report-bundle.export': 'Rapportagebestand gemaakt',
  'report-bundle.import': 'Rapportagebestand ingelezen',
  'report-bundle.remove': 'Rapportagebestand verwijderd',
  'publisher.trust': 'Uitgever van pakketten vertrouwd',
  'publisher.revoke': 'Vertrouwen in uitgever ingetrokken',
  'pack.install': 'Regelingenpakket geïnstalleerd',
};

/** Dutch names of the fields an adviser knows; other names (intake paths) are shown as they are. */
export const auditFieldLabels: Readonly<Record<string, string>> = {
  displayName: 'naam',
  birthDate: 'geboortedatum',
  region: 'regio',
  adviserReference: 'kenmerk',
  note: 'notitie',
  archivedAt: 'archief',
  answer: 'antwoord',
  adviserName: 'naam adviseur',
  organisation: 'organisatie',
  phone: 'telefoon',
  email: 'e-mail',
  address: 'adres',
  website: 'website',
  retentionMonths: 'bewaartermijn',
  backupFolder: 'map voor back-ups',
  educationLevel: 'opleidingsniveau',
  schemesUsed: 'eerder gebruikte regelingen',
  title: 'naam opleiding',
  provider: 'opleider',
  costs: 'kosten',
  startDate: 'startdatum',
  endDate: 'einddatum',
  status: 'status',
  lineStatuses: 'status per regeling',
  overrides: 'aanpassingen',
  referenceDate: 'peildatum',
  case: 'casus',
  packs: 'regelingenpakketten',
  result: 'berekening',
  actions: 'actielijst',
};

export const describeAuditEntry = (action: AuditAction, fields: readonly string[]): string =>
  fields.length === 0 ? auditActionLabels[action] : `${auditActionLabels[action]}: ${fields.map((f) => auditFieldLabels[f] ?? f).join(', ')}`;

export const auditOperations = {
  /** The trail of one dossier, newest first (the dossier's "Geschiedenis"). */
  'audit.list': operation(z.strictObject({ clientId: clientIdSchema }), z.array(auditEntrySchema), 'Geschiedenis van het dossier tonen'),
  /** Checks the whole chain, as `npm run audit:verify` does. */
  'audit.verify': operation(z.strictObject({}), auditVerificationSchema, 'Logboek controleren'),
} as const;
