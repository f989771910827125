// Writes the published JSON Schemas (schemas/*.schema.json) from the zod schemas.
// Run after changing shared/packs/format.ts, shared/case/schema.ts or the client export
// (shared/contract/privacy.ts) or the report bundle (shared/reports/bundle.ts): `npm run schemas`. test/packs/json-schema.test.ts and
// test/privacy/export.test.ts fail when the committed files are out of date.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clientExportSchemaFiles } from '../shared/contract/client-export-schema.ts';
import { jsonSchemaFiles } from '../shared/packs/json-schema.ts';
import { bundleSchemaFiles } from '../shared/reports/bundle.ts';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');
mkdirSync(outDir, { recursive: true });
for (const [name, text] of Object.entries({ ...jsonSchemaFiles(), ...clientExportSchemaFiles(), ...bundleSchemaFiles() })) {
  writeFileSync(join(outDir, name), text);
  console.log(`schemas/${name} geschreven`);
}
