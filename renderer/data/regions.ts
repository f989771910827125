// The 35 arbeidsmarktregio's come from the services (versioned data), once per run: every screen
// that shows or picks a region shares the same answer.
import { useEffect, useState } from 'react';
import type { OpOutput } from '../../shared/contract/index.ts';
import { call } from '../bridge/index.ts';
import type { Loadable } from '../bridge/useCall.ts';

export type RegionList = OpOutput<'regions.list'>['regions'];

let cached: Promise<Loadable<RegionList>> | undefined;

const loadRegions = (): Promise<Loadable<RegionList>> => {
  cached ??= call('regions.list', {}).then((answer) => {
    if (!answer.ok) cached = undefined; // try again next time instead of remembering a failure
    return answer.ok ? { state: 'ok', value: answer.value.regions } : { state: 'failed', error: answer.error };
  });
  return cached;
};

export const useRegions = (): Loadable<RegionList> => {
  const [regions, setRegions] = useState<Loadable<RegionList>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    void loadRegions().then((loaded) => live && setRegions(loaded));
    return () => {
      live = false;
    };
  }, []);
  return regions;
};

export const regionLabel = (regions: Loadable<RegionList>, id: string): string =>
  regions.state === 'ok' ? (regions.value.find((r) => r.id === id)?.name ?? id) : '';
