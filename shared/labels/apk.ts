// The one Dutch wording for the answers of the Loopbaan APK.
import type { ApkAnswer } from '../apk/checklist.ts';

export const apkAnswerLabels: Readonly<Record<ApkAnswer, string>> = {
  ja: 'Ja',
  deels: 'Deels',
  nee: 'Nee',
  'weet-niet': 'Weet niet',
};
