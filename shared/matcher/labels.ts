// Dutch words for the enum values of the case file, so a rule sentence says "in loondienst"
// and not "employed". Keyed by value; values shared between enums mean the same thing.
import { regionName } from '../regions/index.ts';

const valueLabels: Record<string, string> = {
  // education levels
  geen: 'geen opleiding',
  basisonderwijs: 'basisonderwijs',
  vmbo: 'vmbo',
  havo: 'havo',
  vwo: 'vwo',
  mbo1: 'mbo niveau 1',
  mbo2: 'mbo niveau 2',
  mbo3: 'mbo niveau 3',
  mbo4: 'mbo niveau 4',
  'hbo-ad': 'hbo associate degree',
  'hbo-bachelor': 'hbo-bachelor',
  'wo-bachelor': 'wo-bachelor',
  master: 'master',
  doctoraat: 'doctoraat',
  hbo: 'hbo',
  wo: 'wo',
  // work
  employed: 'in loondienst',
  'self-employed': 'zelfstandig ondernemer',
  'job-seeker': 'werkzoekend',
  'not-working': 'niet aan het werk',
  permanent: 'vast contract',
  temporary: 'tijdelijk contract',
  flex: 'flexcontract',
  agency: 'uitzendcontract',
  none: 'geen',
  ww: 'WW',
  bijstand: 'bijstand',
  wia: 'WIA',
  other: 'overig',
  // basic skills
  sufficient: 'voldoende',
  insufficient: 'onvoldoende',
  unknown: 'onbekend',
  // training
  'mbo-diploma': 'mbo-diploma',
  'ho-diploma': 'diploma in het hoger onderwijs',
  'ho-module': 'module in het hoger onderwijs',
  certificate: 'certificaat',
  course: 'cursus',
  'basic-skills': 'basisvaardigheden',
  evc: 'EVC-traject',
  bol: 'bol (beroepsopleidende leerweg)',
  bbl: 'bbl (beroepsbegeleidende leerweg)',
  'derde-leerweg': 'derde leerweg',
  'ocw-diploma': 'diploma erkend door OCW',
  'ocw-certificaat': 'certificaat erkend door OCW',
  'nrto-keurmerk': 'NRTO-keurmerk',
  nlqf: 'NLQF-niveau',
  'branche-erkend': 'erkend door de branche',
  'evc-erkend': 'erkend EVC-traject',
  ontwikkelpad: 'erkend Ontwikkelpad',
  'nl-leert-door': 'aanbod van NL Leert Door',
  'current-job': 'huidige baan',
  'future-occupation': 'toekomstig beroep',
  'personal-development': 'persoonlijke ontwikkeling',
  // cost categories
  tuition: 'lesgeld',
  exam: 'examengeld',
  materials: 'lesmateriaal',
  'protective-gear': 'beschermingsmiddelen',
  travel: 'reiskosten',
  'wage-loss': 'loonderving',
};

/** Per fact, labels that differ from the shared table (the same word means something else). */
const factSpecific: Record<string, Record<string, string>> = {
  'work.contract': { none: 'geen contract', other: 'ander contract' },
  'work.benefit': { none: 'geen uitkering', other: 'een andere uitkering' },
  'training.purpose': { 'basic-skills': 'basisvaardigheden' },
  'training.kind': { 'basic-skills': 'cursus basisvaardigheden' },
};

export const valueLabel = (fact: string, value: string): string => {
  if (fact === 'client.region') return regionName(value);
  return factSpecific[fact]?.[value] ?? valueLabels[value] ?? value;
};

export const categoryLabel = (category: string): string =>
  category === 'other' ? 'overige kosten' : (valueLabels[category] ?? category);
