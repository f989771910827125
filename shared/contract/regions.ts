import { z } from 'zod';
import { operation } from './operation.ts';

export const regionSchema = z.object({ id: z.string(), name: z.string(), cbsCode: z.string() });

export const regionsOperations = {
  'regions.list': operation(
    z.strictObject({}),
    z.object({ version: z.string(), regions: z.array(regionSchema) }),
    'Arbeidsmarktregio\'s tonen',
  ),
} as const;
