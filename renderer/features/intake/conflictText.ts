// A merge conflict of the intake in the adviser's words: which question ("Soort contract", or
// "Startdatum" of the training ‘Heftruckcertificaat’) and each side's answer as the form shows it
// ("Vast contract", "€ 1.500,00", "(leeg)"). Pure apart from the catalogue.
import type { MergeConflict } from '../../data/intakeMerge.ts';
import type { CostRowValues, IntakeFormValues, SchemeUseValues, TrainingValues } from '../../data/intakeForm.ts';
import { messages, t, type MessageKey } from '../../i18n/nl.ts';
import {
  benefitLabel, contractLabel, costCategoryLabel, educationLevelLabel, mboPathwayLabel, purposeLabel, recognitionLabel, skillLabel,
  trainingKindLabel, trainingLevelLabel, workStatusLabel,
} from '../../i18n/labels.ts';

const key = (k: string): MessageKey | null => (k in messages ? (k as MessageKey) : null);

const questionKey = (path: readonly (string | number)[]): MessageKey | null => {
  const [first, second] = path.map(String);
  if (first === 'educationLevel') return 'intake.educationLevel.label';
  if (first === 'schemesUsed') return 'intake.section.schemesUsed';
  if (first === 'work') return key(`intake.work.${second}.label`);
  if (first === 'studentFinance') return key(`intake.studentFinance.${second}`);
  if (first === 'basicSkills') return key(`intake.basicSkills.${second}`);
  return null;
};

const trainingFieldKey = (field: string): MessageKey | null => {
  if (field === 'costs') return 'intake.costs.legend';
  if (field === 'recognitions') return 'intake.training.recognitions.legend';
  if (field === 'kansberoep' || field === 'jobGuarantee') return key(`intake.training.${field}`);
  return key(`intake.training.${field}.label`);
};

const titleOf = (conflict: MergeConflict, values: IntakeFormValues): string => {
  const id = conflict.path[1];
  const row = values.trainings.find((r) => r.recordId === id);
  const title = row?.title || (conflict.mine as TrainingValues | undefined)?.title || (conflict.theirs as TrainingValues | undefined)?.title;
  return title?.trim() || t('intake.merge.untitled');
};

/** "Soort contract"; "Startdatum van de opleiding ‘Heftruckcertificaat’"; "De opleiding ‘Heftruckcertificaat’". */
export const conflictQuestion = (conflict: MergeConflict, values: IntakeFormValues): string => {
  const path = conflict.path.map(String);
  if (path[0] !== 'trainings') {
    const k = questionKey(path);
    return (k ? t(k) : path.join('.')).replace(/ \(niet verplicht\)$/, '');
  }
  const title = titleOf(conflict, values);
  if (path.length === 2) return t('intake.merge.training', { title });
  const k = trainingFieldKey(path[2]!);
  return t('intake.merge.trainingField', { field: (k ? t(k) : path[2]!).replace(/ \(niet verplicht\)$/, ''), title });
};

const yesNo = (v: boolean): string => (v ? t('intake.merge.yes') : t('intake.merge.no'));
const orEmpty = (s: string): string => (s.trim() === '' ? t('intake.merge.empty') : s);

const costsText = (rows: readonly CostRowValues[]): string =>
  rows.length === 0 ? t('intake.merge.empty') : rows.map((r) => `${r.category ? costCategoryLabel(r.category) : '?'} € ${orEmpty(r.amount)}`).join(', ');

const schemesText = (rows: readonly SchemeUseValues[], schemeName: (id: string) => string): string =>
  rows.length === 0 ? t('intake.merge.empty') : rows.map((r) => `${schemeName(r.schemeId)} (${r.date})`).join(', ');

/** One side's answer in words. */
export const conflictValue = (
  conflict: MergeConflict,
  side: 'mine' | 'theirs',
  names: { fund: (id: string) => string; scheme: (id: string) => string },
): string => {
  const value = side === 'mine' ? conflict.mine : conflict.theirs;
  const path = conflict.path.map(String);
  if (value === undefined) return t('intake.merge.removed');
  if (path[0] === 'trainings' && path.length === 2) {
    return t('intake.merge.trainingKept', { title: orEmpty((value as TrainingValues).title) });
  }
  const field = path[path.length - 1]!;
  if (typeof value === 'boolean') return yesNo(value);
  if (Array.isArray(value)) {
    if (field === 'costs') return costsText(value as CostRowValues[]);
    if (field === 'schemesUsed') return schemesText(value as SchemeUseValues[], names.scheme);
    if (field === 'recognitions') return value.length === 0 ? t('intake.merge.none') : (value as string[]).map(recognitionLabel).join(', ');
    return value.join(', ');
  }
  if (typeof value !== 'string') return JSON.stringify(value);
  if (value === '') return field === 'sectorFund' ? t('intake.work.sectorFund.none') : t('intake.merge.empty');
  const label: Record<string, (v: string) => string> = {
    educationLevel: educationLevelLabel,
    status: workStatusLabel,
    contract: contractLabel,
    benefit: benefitLabel,
    language: skillLabel,
    numeracy: skillLabel,
    digital: skillLabel,
    kind: trainingKindLabel,
    purpose: purposeLabel,
    level: trainingLevelLabel,
    mboPathway: mboPathwayLabel,
    sectorFund: names.fund,
  };
  const money = field === 'employerContribution' ? `€ ${value}` : value;
  return label[field]?.(value) ?? money;
};
