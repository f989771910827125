// The 35 arbeidsmarktregio's ship as versioned data (shared/data/regions.json) rather than code:
// boundaries and names change (AM35-AM38 were re-cut), and a data file can be updated and
// reviewed without touching logic.
import { z } from 'zod';
import regionsData from '../data/regions.json' with { type: 'json' };

export interface Region {
  readonly id: string;
  readonly name: string;
  readonly cbsCode: string;
}

export const regionsVersion: string = regionsData.version;
export const regions: readonly Region[] = regionsData.regions;
const regionIds = new Set(regions.map((r) => r.id));

export const isRegionId = (id: string): boolean => regionIds.has(id);

export const regionIdSchema = z
  .string()
  .refine(isRegionId, { message: 'Kies een van de 35 arbeidsmarktregio\'s.' });

export const regionName = (id: string): string => regions.find((r) => r.id === id)?.name ?? id;
