// Arrangements: computed here from what is stored (dossier, intake, training, packs, overrides),
// never from a result the renderer sends, and saved as a new version each time. Every save is
// one transaction: the reads it is based on and the version it writes cannot be split by
// another save.
import type { Kysely } from 'kysely';
import { arrangementsRepository, type VersionContent } from '../../db/repositories/arrangements.ts';
import { clientFacts, writableClient } from '../../db/repositories/clients.ts';
import { intakeRepository } from '../../db/repositories/intake.ts';
import { dbMessages } from '../../db/messages.ts';
import { settingsRepository } from '../../db/repositories/settings.ts';
import { trainingsRepository } from '../../db/repositories/trainings.ts';
import type { Database } from '../../db/schema.ts';
import { assembleCase, checkCase } from '../../shared/arrangements/case.ts';
import { computeArrangement } from '../../shared/arrangements/compute.ts';
import { documentHtml } from '../../shared/arrangements/document.ts';
import { exportFileName, parseExport, serializeExport, toExport } from '../../shared/arrangements/export.ts';
import { overrideHistory, recordOverrides } from '../../shared/arrangements/history.ts';
import type { CaseFile } from '../../shared/case/schema.ts';
import type {
  ArrangementStatus,
  ArrangementVersion,
  OverrideInput,
  RecordedOverride,
  arrangementsOperations,
} from '../../shared/contract/arrangements.ts';
import { AppFailure, type Issue } from '../../shared/contract/result.ts';
import type { ArrangementResult } from '../../shared/matcher/result.ts';
import { canonicalJson } from '../../db/audit-chain.ts';
import type { AuditAction } from '../../shared/contract/audit.ts';
import { changedPaths, recordChange } from './audit.ts';
import type { HandlerTable } from './handlers.ts';
import type { ServiceContext } from './context.ts';
import { serviceMessages as msg } from './messages.ts';

interface CalcInput {
  clientId: string;
  trainingId: string;
  referenceDate: string;
  overrides: OverrideInput[];
}

export function arrangementsHandlers(ctx: ServiceContext): HandlerTable<keyof typeof arrangementsOperations> {
  // The packs can change at run time (a sync or an import): each computation takes the snapshot
  // in use at that moment, never a copy kept from start-up.
  const packs = () => ctx.packs.current().packs;

  /** The case as the stored dossier, intake and training describe it on the peildatum. */
  const caseFromStore = async (db: Kysely<Database>, clientId: string, trainingId: string, referenceDate: string): Promise<CaseFile> => {
    const client = await clientFacts(db, clientId);
    const training = await trainingsRepository(db).get(trainingId);
    if (training.clientId !== clientId) throw new AppFailure('conflict', dbMessages.trainingOtherClient);
    const { clientId: _c, version, updatedAt: _u, ...intake } = await intakeRepository(db).get(clientId);
    if (version === 0) throw new AppFailure('invalid-case', msg.intakeMissing);
    const checked = checkCase(assembleCase({ client, intake, training: training.training, referenceDate }));
    if (!checked.ok) throw new AppFailure('invalid-case', msg.caseIncomplete, checked.issues);
    return checked.case;
  };

  const compute = (caseFile: CaseFile, overrides: readonly (OverrideInput | RecordedOverride)[]) => {
    const outcome = computeArrangement(caseFile, packs(), overrides);
    if (!outcome.ok) throw new AppFailure('invalid-input', msg.overridesRefused, outcome.issues);
    return outcome.value;
  };

  /**
   * Every line gets a status: the one given, else the one it had, else concept. A line of the
   * previous version that the new result no longer has (an override left its scheme out) may
   * come with the status it had; that status is dropped with the line. So the screen can send
   * the statuses it holds in the one save call, without a preview first to learn which stay.
   */
  const lineStatusesFor = (
    result: ArrangementResult,
    given: Record<string, ArrangementStatus>,
    previous: Record<string, ArrangementStatus>,
  ): Record<string, ArrangementStatus> => {
    const ids = [...new Set(result.lines.map((l) => l.schemeId))].sort();
    const unknown: Issue[] = Object.keys(given)
      .filter((k) => !ids.includes(k) && !Object.hasOwn(previous, k))
      .map((k) => ({ path: `lineStatuses.${k}`, message: msg.lineNotInArrangement }));
    if (unknown.length > 0) throw new AppFailure('invalid-input', msg.lineStatusesRefused, unknown);
    return Object.fromEntries(ids.map((id) => [id, given[id] ?? previous[id] ?? 'concept']));
  };

  /**
   * Who saves: always the name in this installation's settings, read inside the save's own
   * transaction. The renderer never sends a name, so an arrangement cannot claim another
   * adviser, and saving never needs a settings call first. Without a name, new overrides are
   * refused (requireName) with a message that sends the adviser to Instellingen.
   */
  const adviserName = async (db: Kysely<Database>) => (await settingsRepository(db).get()).adviserName;

  const requireName = (name: string, fresh: readonly number[]) => {
    if (fresh.length > 0 && name.trim() === '') {
      throw new AppFailure(
        'invalid-input',
        msg.adviserNameMissing,
        fresh.map((i) => ({ path: `overrides.${i}`, message: msg.adviserNameMissing })),
      );
    }
  };

  const version = (id: string, v?: number) => arrangementsRepository(ctx.db).get(id, v);

  /**
   * The audit entry of a new version: which parts differ from the version before (all of them
   * for a first version). Runs in the save's transaction, through the repositories' db there.
   */
  const auditVersion = async (db: Kysely<Database>, action: AuditAction, previous: ArrangementVersion | null, saved: ArrangementVersion) => {
    const parts = (v: ArrangementVersion | null) =>
      v && { referenceDate: v.referenceDate, status: v.status, lineStatuses: v.lineStatuses, overrides: v.overrides, case: v.case, packs: v.packs, result: v.result, actions: v.actions };
    const before = parts(previous);
    const after = parts(saved)!;
    const fields = Object.keys(after).filter((k) => before === null || canonicalJson(before[k as keyof typeof before]) !== canonicalJson(after[k as keyof typeof after]));
    await recordChange(ctx, db, { action, recordType: 'arrangement', clientId: saved.clientId, recordId: saved.id, fields, details: { version: saved.version }, at: saved.savedAt });
  };

  /** The client's document: with the client's name and the adviser's contact details from the settings. */
  const clientDocument = async (arrangement: ArrangementVersion): Promise<string> => {
    const client = await clientFacts(ctx.db, arrangement.clientId);
    const { adviserName: name, organisation, phone, email, address, website } = await settingsRepository(ctx.db).get();
    return documentHtml({ arrangement, clientName: client.displayName, adviser: { name, organisation, phone, email, address, website } });
  };

  return {
    'arrangements.preview': async (input: CalcInput) => {
      const caseFile = await caseFromStore(ctx.db, input.clientId, input.trainingId, input.referenceDate);
      return { case: caseFile, ...compute(caseFile, input.overrides) };
    },

    'arrangements.save': (input) =>
      ctx.transaction(async (db) => {
        await writableClient(db, input.clientId);
        const repo = arrangementsRepository(db);
        let previous: ArrangementVersion | null = null;
        if (input.arrangementId !== undefined) {
          const head = await repo.requireHead(input.arrangementId);
          if (head.client_id !== input.clientId) throw new AppFailure('conflict', dbMessages.arrangementOtherClient);
          if (head.training_id !== input.trainingId) throw new AppFailure('conflict', dbMessages.arrangementOtherTraining);
          if (head.latest_version !== input.expectedVersion) throw new AppFailure('conflict', dbMessages.arrangementConflict);
          previous = await repo.get(input.arrangementId);
        }
        const caseFile = await caseFromStore(db, input.clientId, input.trainingId, input.referenceDate);
        const now = ctx.now();
        const by = await adviserName(db);
        const { overrides, fresh } = recordOverrides(input.overrides, previous?.overrides ?? [], by, now);
        requireName(by, fresh);
        const computed = compute(caseFile, overrides);
        const content: VersionContent = {
          referenceDate: input.referenceDate,
          status: input.status,
          lineStatuses: lineStatusesFor(computed.result, input.lineStatuses, previous?.lineStatuses ?? {}),
          overrides,
          case: caseFile,
          ...computed,
          savedAt: now,
          savedBy: by,
          origin: 'save',
        };
        const saved = previous
          ? await repo.addVersion(previous.id, previous.version, content)
          : await repo.create(ctx.newId(), input.clientId, input.trainingId, content);
        await auditVersion(db, 'arrangement.save', previous, saved);
        return saved;
      }),

    'arrangements.list': async ({ clientId }) => {
      await clientFacts(ctx.db, clientId);
      return arrangementsRepository(ctx.db).list(clientId);
    },

    'arrangements.get': async ({ id, version: wanted }) => {
      const versions = await arrangementsRepository(ctx.db).versions(id);
      const picked = wanted === undefined ? versions[versions.length - 1] : versions.find((v) => v.version === wanted);
      if (!picked) throw new AppFailure('not-found', dbMessages.arrangementVersionNotFound);
      return {
        ...picked,
        versions: versions.map((v) => ({
          version: v.version,
          savedAt: v.savedAt,
          savedBy: v.savedBy,
          status: v.status,
          origin: v.origin,
          ownContributionCents: v.result.ownContributionCents,
        })),
        overrideHistory: overrideHistory(versions),
      };
    },

    // A status change is a new version too: "when was this applied for, by whom" stays visible.
    'arrangements.setStatus': ({ id, expectedVersion, status, lineStatuses }) =>
      ctx.transaction(async (db) => {
        const repo = arrangementsRepository(db);
        const head = await repo.requireHead(id);
        await writableClient(db, head.client_id);
        if (head.latest_version !== expectedVersion) throw new AppFailure('conflict', dbMessages.arrangementConflict);
        const previous = await repo.get(id);
        const { id: _i, clientId: _c, trainingId: _t, version: _v, ...kept } = previous;
        const saved = await repo.addVersion(id, expectedVersion, {
          ...kept,
          status,
          lineStatuses: lineStatusesFor(previous.result, lineStatuses ?? {}, previous.lineStatuses),
          savedAt: ctx.now(),
          savedBy: await adviserName(db),
          origin: 'status',
        });
        await auditVersion(db, 'arrangement.status', previous, saved);
        return saved;
      }),

    'arrangements.document': async ({ id, version: v }) => {
      const arrangement = await version(id, v);
      return { html: await clientDocument(arrangement), fileName: exportFileName(arrangement, 'pdf') };
    },

    'arrangements.exportPdf': async ({ id, version: v }) => {
      const { printPdf, saveFile } = ctx.capabilities;
      if (!printPdf || !saveFile) throw new AppFailure('unavailable', msg.pdfUnavailable);
      const arrangement = await version(id, v);
      const bytes = await printPdf(await clientDocument(arrangement));
      const path = await saveFile(exportFileName(arrangement, 'pdf'), bytes);
      return { saved: path !== null, path };
    },

    'arrangements.exportJson': async ({ id, version: v }) => {
      const arrangement = await version(id, v);
      return { fileName: exportFileName(arrangement, 'json'), json: serializeExport(toExport(arrangement)) };
    },

    // The file's result is not trusted: it is recomputed from the file's case and overrides
    // with the packs loaded now, and any difference is reported as a warning.
    'arrangements.importJson': ({ clientId, json }) =>
      ctx.transaction(async (db) => {
        const client = await writableClient(db, clientId);
        const parsed = parseExport(json);
        if (!parsed.ok) throw new AppFailure('invalid-input', `${parsed.message}`, parsed.issues.map((i) => ({ path: `json.${i.path}`, message: i.message })));
        const file = parsed.value.arrangement;
        const computed = compute(file.case, file.overrides);

        const warnings: string[] = [];
        const fmt = (refs: { id: string; version: string }[]) => refs.map((p) => `${p.id} ${p.version}`).join(', ') || 'geen';
        if (JSON.stringify(file.packs) !== JSON.stringify(computed.packs)) warnings.push(msg.importPacksDiffer(fmt(file.packs), fmt(computed.packs)));
        if (JSON.stringify(computed.result) !== JSON.stringify(file.result)) warnings.push(msg.importResultDiffers);
        if (file.case.client.birthDate !== client.birthDate || file.case.client.region !== client.region) warnings.push(msg.importClientDiffers);

        const now = ctx.now();
        const training = await trainingsRepository(db).create(ctx.newId(), clientId, file.case.training, now);
        await recordChange(ctx, db, { action: 'training.add', recordType: 'training', clientId, recordId: training.id, fields: changedPaths(undefined, training.training), at: now });
        const arrangement = await arrangementsRepository(db).create(ctx.newId(), clientId, training.id, {
          referenceDate: file.referenceDate,
          status: file.status,
          lineStatuses: lineStatusesFor(computed.result, {}, file.lineStatuses),
          overrides: file.overrides,
          case: file.case,
          ...computed,
          savedAt: now,
          savedBy: await adviserName(db),
          origin: 'import',
        });
        await auditVersion(db, 'arrangement.import', null, arrangement);
        return { arrangement, warnings };
      }),
  };
}
