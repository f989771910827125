// The version of this build, as packs see it (`minAppVersion`). Kept in code rather than read
// from package.json so shared/ stays free of file access; test/packs/min-app-version.test.ts
// fails when the two drift apart.
export const APP_VERSION = '0.1.0';

/** Compares x.y.z numerically; a pre-release (1.2.0-beta) counts as its release. */
export const compareVersions = (a: string, b: string): number => {
  const pa = a.split('-')[0]!.split('.').map(Number);
  const pb = b.split('-')[0]!.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
};
