// The case file's coded values inside a rule sentence ("U bent in loondienst", not "employed").
// The words come from the one label table per enum in shared/labels/, in their sentence form,
// so the matcher, the screens and the PDF never call a value by different names.
import { inSentence, lookup } from '../labels/text.ts';
import {
  agencyPhaseLabels, benefitLabels, contractLabels, costCategoryLabels, educationLevelLabels, mboPathwayLabels,
  recognitionLabels, skillLabels, trainingKindLabels, trainingLevelLabels, trainingPurposeLabels,
  tuitionKindLabels, workStatusLabels,
} from '../labels/case.ts';
import { nlqfLevelLabels } from '../labels/packs.ts';
import { regionName } from '../regions/index.ts';

/** Per enum fact of shared/packs/facts.ts, its table. */
const tableByFact: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'client.educationLevel': educationLevelLabels,
  'work.status': workStatusLabels,
  'work.contract': contractLabels,
  'work.benefit': benefitLabels,
  'work.agencyPhase': agencyPhaseLabels,
  'basicSkills.language': skillLabels,
  'basicSkills.numeracy': skillLabels,
  'basicSkills.digital': skillLabels,
  'training.kind': trainingKindLabels,
  'training.mboPathway': mboPathwayLabels,
  'training.level': trainingLevelLabels,
  'training.recognitions': recognitionLabels,
  'training.purpose': trainingPurposeLabels,
  'training.tuitionKind': tuitionKindLabels,
  'training.nlqfLevel': nlqfLevelLabels,
};

/** The table a fact's values are named from; undefined for facts that are not enums. */
export const factLabelTable = (fact: string): Readonly<Record<string, string>> | undefined =>
  Object.prototype.hasOwnProperty.call(tableByFact, fact) ? tableByFact[fact] : undefined;

export const valueLabel = (fact: string, value: string): string => {
  if (fact === 'client.region') return regionName(value);
  const table = factLabelTable(fact);
  return table ? inSentence(lookup(table, value)) : value;
};

export const categoryLabel = (category: string): string => inSentence(lookup(costCategoryLabels, category));
