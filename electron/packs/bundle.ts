// A pack version as one file, for import by hand ("Pakket importeren" in the Regelingen
// section, or mailed by a regional team): JSON with the signed version's exact bytes in base64,
//   { "bundleVersion": 1, "manifest": "<base64>", "signature": "<base64>", "files": { "pack.json": "<base64>" } }
// Base64 because the signature covers the manifest's exact bytes, and a JSON string would
// invite editors to re-indent it. The bundle itself is not trusted: it is only a carrier, and
// the version inside is verified exactly as one from a feed (memorySource + installVersion).
import { z } from 'zod';
import { MAX_BUNDLE_CHARS } from '../../shared/contract/packs.ts';
import { MANIFEST_FILE, SIGNATURE_FILE } from '../../shared/packs/manifest.ts';
import type { SignedVersion } from './publish.ts';
import { memorySource, type VersionSource } from './verify.ts';

export const BUNDLE_SUFFIX = '.arrangeur-pakket.json';
export { MAX_BUNDLE_CHARS };

const base64 = z
  .string()
  .max(MAX_BUNDLE_CHARS)
  .refine((s) => s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s) && Buffer.from(s, 'base64').toString('base64') === s, {
    message: 'Verwacht de inhoud van een bestand in base64.',
  });

export const bundleSchema = z.strictObject({
  bundleVersion: z.literal(1, { error: 'Verwacht "bundleVersion": 1.' }),
  manifest: base64,
  signature: base64,
  files: z.record(z.string().min(1).max(100), base64).refine((f) => Object.keys(f).length >= 1 && Object.keys(f).length <= 100, {
    message: 'Verwacht 1 tot 100 bestanden.',
  }),
});
export type Bundle = z.infer<typeof bundleSchema>;

/** The one-file form of a signed version (what `npm run pack -- bundle` would write). */
export const bundleText = (v: SignedVersion): string =>
  `${JSON.stringify(
    {
      bundleVersion: 1,
      manifest: v.manifestBytes.toString('base64'),
      signature: v.signatureBytes.toString('base64'),
      files: Object.fromEntries([...v.files].map(([name, bytes]) => [name, bytes.toString('base64')])),
    },
    null,
    2,
  )}\n`;

export type BundleRead = { ok: true; source: VersionSource } | { ok: false; message: string; problems: Array<{ path: string; message: string }> };

const notABundle = 'Dit is geen pakketbestand van Arrangeur. Vraag de uitgever om het bestand dat eindigt op .arrangeur-pakket.json, of zet de versie in een feedmap.';

/** Reads a bundle into a source for verification; nothing is trusted yet. */
export const readBundle = (text: string, label: string): BundleRead => {
  if (text.length > MAX_BUNDLE_CHARS) return { ok: false, message: `Dit pakketbestand is groter dan ${MAX_BUNDLE_CHARS} tekens.`, problems: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: `${notABundle} (Het is geen geldige JSON.)`, problems: [] };
  }
  const r = bundleSchema.safeParse(json);
  if (!r.success) {
    return {
      ok: false,
      message: notABundle,
      problems: r.error.issues.slice(0, 20).map((i) => ({ path: ['$', ...i.path.map(String)].join('.'), message: i.message })),
    };
  }
  const files = new Map(Object.entries(r.data.files).map(([name, b64]) => [name, Buffer.from(b64, 'base64')]));
  // The manifest and signature travel separately from the files they describe.
  if (files.has(MANIFEST_FILE) || files.has(SIGNATURE_FILE)) {
    return { ok: false, message: notABundle, problems: [{ path: '$.files', message: `"${MANIFEST_FILE}" en "${SIGNATURE_FILE}" horen niet bij de bestanden.` }] };
  }
  return { ok: true, source: memorySource(label, { manifest: Buffer.from(r.data.manifest, 'base64'), signature: Buffer.from(r.data.signature, 'base64'), files }) };
};
