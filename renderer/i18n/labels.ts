// Plain-Dutch names for the coded values of case file v1, the pack format and the arrangement,
// looked up in the message catalogue so all wording stays in one place.
import type { CostCategory } from '../../../shared/case/schema.ts';
import type { ArrangementStatus } from '../../../shared/contract/arrangements.ts';
import type { SchemeKind } from '../../../shared/packs/format.ts';
import { t, type MessageKey } from '../../i18n/nl.ts';

const label = (prefix: string, value: string): string => t(`${prefix}.${value}` as MessageKey);

export const educationLevelLabel = (v: string) => label('case.educationLevel', v);
export const workStatusLabel = (v: string) => label('case.workStatus', v);
export const contractLabel = (v: string) => label('case.contract', v);
export const benefitLabel = (v: string) => label('case.benefit', v);
export const skillLabel = (v: string) => label('case.skill', v);
export const trainingKindLabel = (v: string) => label('case.trainingKind', v);
export const mboPathwayLabel = (v: string) => label('case.mboPathway', v);
export const trainingLevelLabel = (v: string) => label('case.trainingLevel', v);
export const recognitionLabel = (v: string) => label('case.recognition', v);
export const purposeLabel = (v: string) => label('case.purpose', v);
export const costCategoryLabel = (v: CostCategory | string) => label('case.cost', v);
export const schemeKindLabel = (v: SchemeKind) => label('match.kind', v);
export const statusLabel = (v: ArrangementStatus) => label('arrangement.status', v);
export const applicantLabel = (v: string) => label('arrangement.applicant', v);
