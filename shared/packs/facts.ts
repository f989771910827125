// The facts a rule may test, each with its type. A rule names a fact and an operator; the
// operator must suit the fact's type and the value must be one the fact can take. Checking this
// when a pack is loaded means a faulty rule is refused with a message, instead of quietly
// failing for every client (Actual's CONDITION_TYPES, for the same reason).
import {
  agencyPhases, benefitKinds, contractKinds, educationLevels, mboPathways, recognitions, skillLevels,
  trainingKinds, trainingLevels, trainingPurposes, tuitionKinds, workStatuses,
} from '../case/schema.ts';

/** NLQF levels as text, so a rule can say `in: ["1", "2", "3"]`. */
export const nlqfLevels = ['1', '2', '3', '4', '5', '6', '7', '8'] as const;

export type FactType =
  | { kind: 'number'; unit: 'years' | 'months' | 'hours' | 'count' | 'cents' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'string' }
  | { kind: 'boolean' }
  | { kind: 'set'; values: readonly string[] }
  | { kind: 'date' };

export interface FactDefinition {
  readonly type: FactType;
  /** True when the value depends on a date: the rule's `on` picks peildatum or training start. */
  readonly dated?: boolean;
  /** Dutch description for pack authors (shown in validation messages and docs). */
  readonly label: string;
}

const enumOf = (values: readonly string[]): FactType => ({ kind: 'enum', values });

export const facts = {
  'client.age': { type: { kind: 'number', unit: 'years' }, dated: true, label: 'leeftijd in hele jaren' },
  'client.ageMonths': { type: { kind: 'number', unit: 'months' }, dated: true, label: 'leeftijd in maanden' },
  'client.educationLevel': { type: enumOf(educationLevels), label: 'hoogst afgeronde opleiding' },
  'client.hasStartkwalificatie': { type: { kind: 'boolean' }, label: 'heeft een startkwalificatie (havo, vwo, mbo-2 of hoger)' },
  'client.region': { type: { kind: 'string' }, label: 'arbeidsmarktregio' },
  'client.nlInsuredSixMonths': { type: { kind: 'boolean' }, label: 'minstens 6 maanden in Nederland verzekerd (27 tot 3 maanden vóór de aanvraag)' },
  'case.referenceDate': { type: { kind: 'date' }, label: 'peildatum' },
  'work.status': { type: enumOf(workStatuses), label: 'werksituatie' },
  'work.contract': { type: enumOf(contractKinds), label: 'soort contract' },
  'work.hoursPerWeek': { type: { kind: 'number', unit: 'hours' }, label: 'uren per week' },
  'work.yearsInService': { type: { kind: 'number', unit: 'years' }, dated: true, label: 'hele jaren in dienst' },
  'work.employerSize': { type: { kind: 'number', unit: 'count' }, label: 'aantal medewerkers van de werkgever' },
  'work.sectorFund': { type: { kind: 'string' }, label: 'sectorfonds (O&O-fonds)' },
  'work.benefit': { type: enumOf(benefitKinds), label: 'uitkering' },
  'work.dismissalNotice': { type: { kind: 'boolean' }, label: 'heeft ontslag aangezegd gekregen' },
  'work.monthsSinceEmploymentEnd': { type: { kind: 'number', unit: 'months' }, dated: true, label: 'hele maanden sinds het einde van het laatste dienstverband' },
  'work.agencyPhase': { type: enumOf(agencyPhases), label: 'fase als uitzendkracht' },
  'studentFinance.studiefinanciering': { type: { kind: 'boolean' }, label: 'krijgt studiefinanciering' },
  'studentFinance.wtos': { type: { kind: 'boolean' }, label: 'krijgt WTOS' },
  'studentFinance.lerarenbeurs': { type: { kind: 'boolean' }, label: 'krijgt lerarenbeurs' },
  'basicSkills.language': { type: enumOf(skillLevels), label: 'taalvaardigheid' },
  'basicSkills.numeracy': { type: enumOf(skillLevels), label: 'rekenvaardigheid' },
  'basicSkills.digital': { type: enumOf(skillLevels), label: 'digitale vaardigheid' },
  'basicSkills.anyInsufficient': { type: { kind: 'boolean' }, label: 'taal, rekenen of digitaal is onvoldoende' },
  'training.kind': { type: enumOf(trainingKinds), label: 'soort opleiding' },
  'training.mboPathway': { type: enumOf(mboPathways), label: 'leerweg (mbo)' },
  'training.level': { type: enumOf(trainingLevels), label: 'niveau van de opleiding' },
  'training.recognitions': { type: { kind: 'set', values: recognitions }, label: 'erkenningen van de opleiding' },
  'training.purpose': { type: enumOf(trainingPurposes), label: 'doel van de opleiding' },
  'training.kansberoep': { type: { kind: 'boolean' }, label: 'leidt op voor een kansberoep' },
  'training.jobGuarantee': { type: { kind: 'boolean' }, label: 'baangarantie of intentieverklaring' },
  'training.durationMonths': { type: { kind: 'number', unit: 'months' }, label: 'duur van de opleiding in maanden (naar boven afgerond)' },
  'training.startDate': { type: { kind: 'date' }, label: 'startdatum van de opleiding' },
  'training.tuitionKind': { type: enumOf(tuitionKinds), label: 'soort collegegeld of lesgeld' },
  'training.nlqfLevel': { type: enumOf(nlqfLevels), label: 'NLQF-niveau van de opleiding' },
  'training.courseGroup': { type: { kind: 'string' }, label: 'cursusgroep van het sectorfonds' },
  'training.labourMarketProspect': { type: { kind: 'boolean' }, label: 'aangetoond arbeidsmarktperspectief' },
  'training.startsAfterReferenceDate': { type: { kind: 'boolean' }, label: 'de opleiding begint na de peildatum' },
  'history.usedThisSchemeThisYear': { type: { kind: 'boolean' }, label: 'deze regeling is in het kalenderjaar van de peildatum al gebruikt' },
} as const satisfies Record<string, FactDefinition>;

export type FactName = keyof typeof facts;
export const factNames = Object.keys(facts).sort() as FactName[];

/** Operators per fact kind. `isSet`/`isNotSet` work on every fact (a value may be null). */
export const operatorsByKind = {
  number: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'isSet', 'isNotSet'],
  enum: ['eq', 'neq', 'in', 'notIn', 'isSet', 'isNotSet'],
  string: ['eq', 'neq', 'in', 'notIn', 'isSet', 'isNotSet'],
  boolean: ['isTrue', 'isFalse'],
  set: ['containsAny', 'containsAll', 'containsNone'],
  date: ['before', 'onOrBefore', 'after', 'onOrAfter', 'isSet', 'isNotSet'],
} as const;

export type Operator = (typeof operatorsByKind)[keyof typeof operatorsByKind][number];
export const allOperators = [...new Set(Object.values(operatorsByKind).flat())].sort() as Operator[];
