// The scheme packs the services loaded and validated at start. The renderer gets them whole so
// it can run the pure matcher live while the adviser types; problems are listed so a refused
// pack is visible instead of silently missing.
import { z } from 'zod';
import { packSchema } from '../packs/format.ts';
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

export const packsOperations = {
  'packs.list': operation(
    z.strictObject({}),
    z.object({ packs: z.array(packSchema), problems: z.array(packLoadProblemSchema) }),
    'Regelingenpakketten tonen',
  ),
} as const;
