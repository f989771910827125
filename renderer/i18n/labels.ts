// Plain-Dutch names for the coded values of case file v1, the pack format, the APK and the
// arrangement. The words live once, in shared/labels/ and shared/arrangements/labels.ts, and are
// the same the client's PDF and the matcher's sentences use; this file only adapts them to the
// screens' `(code) => text` shape, showing an unknown code as itself.
import type { ApkAnswer } from '../../shared/apk/checklist.ts';
import { originLabels, statusLabels } from '../../shared/arrangements/labels.ts';
import type { ArrangementStatus, arrangementOrigins } from '../../shared/contract/arrangements.ts';
import { apkAnswerLabels } from '../../shared/labels/apk.ts';
import {
  benefitLabels, contractLabels, costCategoryLabels, educationLevelLabels, mboPathwayLabels,
  recognitionLabels, skillLabels, trainingKindLabels, trainingLevelLabels, trainingPurposeLabels,
  workStatusLabels,
} from '../../shared/labels/case.ts';
import { schemeKindLabels } from '../../shared/labels/packs.ts';
import { lookup } from '../../shared/labels/text.ts';
import type { SchemeKind } from '../../shared/packs/format.ts';

const from = (table: Readonly<Record<string, string>>) => (v: string): string => lookup(table, v);

export const educationLevelLabel = from(educationLevelLabels);
export const workStatusLabel = from(workStatusLabels);
export const contractLabel = from(contractLabels);
export const benefitLabel = from(benefitLabels);
export const skillLabel = from(skillLabels);
export const trainingKindLabel = from(trainingKindLabels);
export const mboPathwayLabel = from(mboPathwayLabels);
export const trainingLevelLabel = from(trainingLevelLabels);
export const recognitionLabel = from(recognitionLabels);
export const purposeLabel = from(trainingPurposeLabels);
export const costCategoryLabel = from(costCategoryLabels);
export const schemeKindLabel: (v: SchemeKind) => string = from(schemeKindLabels);
export const statusLabel: (v: ArrangementStatus) => string = from(statusLabels);
export const originLabel: (v: (typeof arrangementOrigins)[number]) => string = from(originLabels);
export const apkAnswerLabel: (v: ApkAnswer) => string = from(apkAnswerLabels);
