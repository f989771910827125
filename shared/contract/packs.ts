// The scheme packs in use and the supply chain behind them (issue 9). The renderer gets the
// packs whole so it can run the pure matcher live while the adviser types; problems are listed
// so a refused pack is visible instead of silently missing. The other operations are the
// adviser's and the administrator's actions on the supply chain, one each: sync the feeds,
// import a pack file by hand, compare two versions, run a pack's own tests, set the feeds, and
// decide which publishers are trusted. Every answer and refusal is in Dutch.
import { z } from 'zod';
import { packSchema } from '../packs/format.ts';
import { keyIdPattern, packLayers, scopePattern } from '../packs/manifest.ts';
import { operation } from './operation.ts';

export const packLoadProblemSchema = z.object({
  /** File name (no folder: the data folder may contain the user's name). */
  file: z.string(),
  /** JSON path inside the file, e.g. "schemes.2.coverage.percent.param"; "" for the whole file. */
  path: z.string(),
  /** Dutch: what was found and what was expected. */
  message: z.string(),
});
export type PackLoadProblem = z.infer<typeof packLoadProblemSchema>;

export const packRefSchema = z.object({ id: z.string(), version: z.string() });
export type PackRef = z.infer<typeof packRefSchema>;

/** One pack in use, as the Regelingen screen lists it. */
export const packInUseSchema = z.object({
  id: z.string(),
  title: z.string(),
  version: z.string(),
  layer: z.enum(packLayers),
  /** "landelijk", "sector", "regionaal". */
  layerNl: z.string(),
  /** shipped: part of the installed app (trusted with it); signed: installed from a feed or by hand, signature checked. */
  signature: z.enum(['shipped', 'signed']),
  /** Dutch: "Meegeleverd met Arrangeur" or "Ondertekend door Team Oost (sleutel 3F2A 9C01 77B4 E5D0)". */
  signatureText: z.string(),
  publisher: z.string().nullable(),
  keyId: z.string().nullable(),
  /** The key id in four groups, to read aloud by phone. */
  keyIdGrouped: z.string().nullable(),
  /** ISO dates; null for a shipped pack. */
  published: z.string().nullable(),
  expires: z.string().nullable(),
  expired: z.boolean(),
  installedAt: z.string().nullable(),
  /** The folder or URL it came from ("handmatig: <bestand>" for an import); null for a shipped pack. */
  feed: z.string().nullable(),
  schemeCount: z.number().int(),
  /** Every version this app can compare or recompute with (kept installed versions and the shipped one), oldest first. */
  versions: z.array(z.string()),
});
export type PackInUse = z.infer<typeof packInUseSchema>;

export const feedKinds = ['folder', 'https'] as const;

export const feedStatusSchema = z.object({
  kind: z.enum(feedKinds),
  /** Folder path or URL. */
  location: z.string(),
  lastAttempt: z.string().nullable(),
  lastSuccess: z.string().nullable(),
  lastError: z.string().nullable(),
});
export type FeedStatus = z.infer<typeof feedStatusSchema>;

export const freezeWarningSchema = z.object({
  kind: z.enum(['pack', 'feed']),
  subject: z.string(),
  since: z.string(),
  message: z.string(),
});

export const refusalInfoSchema = z.object({
  at: z.string(),
  /** Folder, URL or "handmatig: <bestand>". */
  feed: z.string(),
  packId: z.string().nullable(),
  version: z.string().nullable(),
  /** Dutch: the reason, then one line per problem. */
  message: z.string(),
});
export type RefusalInfo = z.infer<typeof refusalInfoSchema>;

export const packsListSchema = z.object({
  /** The packs the matcher uses now, national < sector < regional. */
  packs: z.array(packSchema),
  problems: z.array(packLoadProblemSchema),
  inUse: z.array(packInUseSchema),
  feeds: z.array(feedStatusSchema),
  /** Latest successful sync of any feed (ISO timestamp), null when never. */
  lastSync: z.string().nullable(),
  freezeWarnings: z.array(freezeWarningSchema),
  /** Newest first. */
  refusals: z.array(refusalInfoSchema),
});
export type PacksList = z.infer<typeof packsListSchema>;

/** One change between two pack versions, in plain Dutch (shared/packs/diff.ts). */
export const packChangeSchema = z.object({
  schemeId: z.string().nullable(),
  schemeName: z.string().nullable(),
  kind: z.enum(['added', 'removed', 'changed']),
  text: z.string(),
});

const installedRef = z.object({ packId: z.string(), version: z.string(), replaced: z.string().nullable() });

export const feedSyncSchema = z.object({
  kind: z.enum(feedKinds),
  location: z.string(),
  /** False when the folder or server could not be reached: nothing changed. */
  reachable: z.boolean(),
  message: z.string().nullable(),
  installed: z.array(installedRef),
  refused: z.array(z.object({ packId: z.string().nullable(), version: z.string().nullable(), message: z.string() })),
  /** Versions still being copied: tried again next time. */
  pending: z.array(z.object({ packId: z.string(), version: z.string(), reason: z.string() })),
  /** Foreign files (desktop.ini, .DS_Store, ...) skipped without failing. */
  ignored: z.number().int(),
});

/** A pack file for import by hand: one JSON file with the signed version's exact bytes (see electron/packs/bundle.ts). */
export const MAX_BUNDLE_CHARS = 240_000;
/** A pack file an author tests in the app (pack.json text). */
export const MAX_TEST_PACK_CHARS = 240_000;

const fileNameSchema = z
  .string({ error: 'Kies een bestand.' })
  .trim()
  .min(1, { message: 'Kies een bestand.' })
  .max(255, { message: 'De bestandsnaam mag hoogstens 255 tekens hebben.' });

const packIdSchema = z.string({ error: 'Kies een pakket.' }).min(1, { message: 'Kies een pakket.' }).max(200, { message: 'Dit is geen pakket-id.' });
const versionSchema = z
  .string({ error: 'Kies een versie.' })
  .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, { message: 'Verwacht een versienummer als 1.2.3.' })
  .max(50);

/** A folder path as the adviser's system names it: absolute (C:\..., \\server\share, /Volumes/...). */
const folderSchema = z
  .string({ error: 'Vul een map in.' })
  .trim()
  .min(1, { message: 'Vul een map in.' })
  .max(1000, { message: 'Dit pad is te lang (hoogstens 1000 tekens).' })
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), {
    message: 'Vul het volledige pad van de map in, zoals \\\\server\\pakketten, C:\\Pakketten of /Volumes/USB/pakketten.',
  });

const httpsFeedSchema = z.strictObject({
  url: z
    .string({ error: 'Vul een webadres in.' })
    .trim()
    .max(2000, { message: 'Dit webadres is te lang.' })
    .refine((u) => {
      try {
        const url = new URL(u);
        return url.protocol === 'https:' && url.username === '' && url.password === '';
      } catch {
        return false;
      }
    }, { message: 'Vul een webadres in dat begint met https:// (zonder gebruikersnaam of wachtwoord erin).' }),
  /** The feed's own certificate authority (PEM), for a server with an internal certificate. */
  caPem: z
    .string()
    .max(20_000, { message: 'Dit certificaat is te groot.' })
    .refine((s) => s.includes('-----BEGIN CERTIFICATE-----'), { message: 'Plak een certificaat in PEM-vorm (het begint met -----BEGIN CERTIFICATE-----).' })
    .optional(),
});

export const feedsConfigSchema = z.object({
  folders: z.array(z.string()),
  urls: z.array(z.object({ url: z.string(), hasCa: z.boolean() })),
  /** Who changed the feeds, when; newest first. */
  changes: z.array(z.object({ at: z.string(), by: z.string(), folders: z.array(z.string()), urls: z.array(z.string()) })),
});
export type FeedsConfig = z.infer<typeof feedsConfigSchema>;

const keyIdSchema = z.string({ error: 'Kies een uitgever.' }).regex(keyIdPattern, { message: 'Dit is geen sleutel-id (16 tekens 0-9 en a-f).' });

export const trustedPublisherInfoSchema = z.object({
  keyId: z.string(),
  keyIdGrouped: z.string(),
  name: z.string(),
  scopes: z.array(z.string()),
  addedBy: z.string(),
  addedAt: z.string(),
});

export const trustListSchema = z.object({
  publishers: z.array(trustedPublisherInfoSchema),
  /** Every change, newest first: who added or removed which key, when. */
  changes: z.array(
    z.object({ at: z.string(), by: z.string(), action: z.enum(['add', 'remove']), keyId: z.string(), keyIdGrouped: z.string(), name: z.string(), scopes: z.array(z.string()) }),
  ),
});
export type TrustList = z.infer<typeof trustListSchema>;

export const packTestsResultSchema = z.object({
  packId: z.string(),
  version: z.string(),
  total: z.number().int(),
  passed: z.number().int(),
  failed: z.number().int(),
  tests: z.array(z.object({ name: z.string(), passed: z.boolean(), failures: z.array(z.string()) })),
  coverage: z.object({
    rules: z.number().int(),
    rulesCovered: z.number().int(),
    branches: z.number().int(),
    branchesCovered: z.number().int(),
    /** Rules and any/all branches no test reaches, with their JSON path in the pack file. */
    gaps: z.array(z.object({ schemeId: z.string(), path: z.string(), message: z.string() })),
  }),
});

export const packsOperations = {
  'packs.list': operation(z.strictObject({}), packsListSchema, 'Regelingenpakketten tonen'),

  /** "Nu bijwerken": every configured feed, new versions verified and installed; the open arrangements are then re-evaluated in the background. */
  'packs.sync': operation(
    z.strictObject({}),
    z.object({
      feeds: z.array(feedSyncSchema),
      installed: z.number().int(),
      refused: z.number().int(),
      /** Dutch summary for the screen. */
      message: z.string(),
      /** True when a re-evaluation of the open arrangements was started (poll reevaluation.progress). */
      reevaluationStarted: z.boolean(),
    }),
    'Regelingen bijwerken',
  ),

  /** A signed pack file chosen by hand (a .arrangeur-pakket.json bundle). */
  'packs.import': operation(
    z.strictObject({
      fileName: fileNameSchema,
      bundle: z
        .string({ error: 'Kies een pakketbestand.' })
        .min(2, { message: 'Het bestand is leeg.' })
        .max(MAX_BUNDLE_CHARS, { message: `Dit pakketbestand is te groot om hier in te lezen (hoogstens ${MAX_BUNDLE_CHARS.toLocaleString('nl-NL')} tekens). Zet het in een feedmap en kies "Nu bijwerken".` }),
    }),
    z.object({
      status: z.enum(['installed', 'already-installed']),
      packId: z.string(),
      version: z.string(),
      replaced: z.string().nullable(),
      /** What changed from the version it replaces (empty for a first install). */
      changes: z.array(packChangeSchema),
      message: z.string(),
      reevaluationStarted: z.boolean(),
    }),
    'Pakket importeren',
  ),

  /** The change list between two versions of one pack, in plain Dutch. */
  'packs.diff': operation(
    z.strictObject({ packId: packIdSchema, from: versionSchema, to: versionSchema }),
    z.object({ packId: z.string(), title: z.string(), from: z.string(), to: z.string(), changes: z.array(packChangeSchema), text: z.string() }),
    'Wijzigingen tussen pakketversies tonen',
  ),

  /** For authors: a pack's own scheme tests, and which rules and branches no test reaches. */
  'packs.runTests': operation(
    z.discriminatedUnion(
      'source',
      [
        z.strictObject({ source: z.literal('installed'), packId: packIdSchema, version: versionSchema.optional() }),
        z.strictObject({
          source: z.literal('file'),
          fileName: fileNameSchema,
          json: z
            .string({ error: 'Kies een pakketbestand.' })
            .min(2, { message: 'Het bestand is leeg.' })
            .max(MAX_TEST_PACK_CHARS, { message: `Dit pakket is te groot om hier te testen; gebruik "npm run pack -- test".` }),
        }),
      ],
      { error: 'Kies een geïnstalleerd pakket of een pakketbestand.' },
    ),
    packTestsResultSchema,
    'Tests van een pakket draaien',
  ),

  /** Where this installation looks for new pack versions (administrator). */
  'packs.getFeeds': operation(z.strictObject({}), feedsConfigSchema, 'Feeds tonen'),
  'packs.setFeeds': operation(
    z.strictObject({
      folders: z.array(folderSchema).max(10, { message: 'Hoogstens 10 mappen.' }).default([]),
      urls: z.array(httpsFeedSchema).max(10, { message: 'Hoogstens 10 webadressen.' }).default([]),
    }),
    feedsConfigSchema,
    'Feeds instellen',
  ),

  'trust.list': operation(z.strictObject({}), trustListSchema, 'Vertrouwde uitgevers tonen'),
  /** Adds a publisher from its public key file (.pub.json) with the scheme id prefixes it may publish. */
  'trust.add': operation(
    z.strictObject({
      publicKeyFile: z
        .string({ error: 'Kies het sleutelbestand van de uitgever (.pub.json).' })
        .min(2, { message: 'Het sleutelbestand is leeg.' })
        .max(10_000, { message: 'Dit is geen sleutelbestand van een uitgever (te groot).' }),
      scopes: z
        .array(
          z
            .string({ error: 'Vul een bereik in.' })
            .trim()
            .regex(scopePattern, { message: 'Een bereik is een begin van een regeling-id dat eindigt op een punt, zoals "regio.twente." of "nl.".' }),
          { error: 'Vul minstens één bereik in.' },
        )
        .min(1, { message: 'Vul minstens één bereik in, zoals "regio.twente.".' })
        .max(50, { message: 'Hoogstens 50 bereiken.' }),
      /** Overrides the name in the key file. */
      name: z.string().trim().min(1, { message: 'Vul een naam in.' }).max(200, { message: 'De naam mag hoogstens 200 tekens hebben.' }).optional(),
    }),
    trustListSchema,
    'Uitgever vertrouwen',
  ),
  'trust.remove': operation(z.strictObject({ keyId: keyIdSchema }), trustListSchema, 'Uitgever niet meer vertrouwen'),
} as const;
