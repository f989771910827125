// The 35 arbeidsmarktregio's come from the services (versioned data), read once per run: every
// screen that shows or picks a region shares the same cached answer.
import type { OpOutput } from '../../shared/contract/index.ts';
import { reads } from './api.ts';
import { useQuery, type Loadable } from './query.ts';

export type RegionList = OpOutput<'regions.list'>['regions'];

export const useRegions = (): Loadable<RegionList> => {
  const { result } = useQuery(reads.regions());
  return result.state === 'ok' ? { state: 'ok', value: result.value.regions } : result;
};

export const regionLabel = (regions: Loadable<RegionList>, id: string): string =>
  regions.state === 'ok' ? (regions.value.find((r) => r.id === id)?.name ?? id) : '';
