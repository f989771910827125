// The published JSON Schema of the client export (schemas/client-export.v1.schema.json),
// generated from the zod schema so the two cannot drift apart: `npm run schemas` writes it and
// test/privacy/export.test.ts fails when the committed file is out of date.
import { z } from 'zod';
import { clientExportSchema } from './privacy.ts';

export const clientExportJsonSchema = (): Record<string, unknown> =>
  z.toJSONSchema(clientExportSchema, { io: 'output', target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;

/** File name → file text, exactly as committed in schemas/. */
export const clientExportSchemaFiles = (): Record<string, string> => ({
  'client-export.v1.schema.json': `${JSON.stringify(clientExportJsonSchema(), null, 2)}\n`,
});
