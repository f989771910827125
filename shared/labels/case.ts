// The one Dutch (B1) wording for every coded value of case file v1: the screens, the client's
// PDF and the matcher's sentences all read these tables (sentences via inSentence()), so a value
// is never called three different things. Screen form: capitalised, as in a list of choices.
import type {
  agencyPhases, benefitKinds, contractKinds, costCategories, educationLevels, mboPathways, recognitions,
  skillLevels, trainingKinds, trainingLevels, trainingPurposes, tuitionKinds, workStatuses,
} from '../case/schema.ts';

type Table<T extends readonly string[]> = Readonly<Record<T[number], string>>;

export const educationLevelLabels: Table<typeof educationLevels> = {
  geen: 'Geen opleiding afgerond',
  basisonderwijs: 'Basisonderwijs',
  vmbo: 'Vmbo',
  havo: 'Havo',
  vwo: 'Vwo',
  mbo1: 'Mbo niveau 1',
  mbo2: 'Mbo niveau 2',
  mbo3: 'Mbo niveau 3',
  mbo4: 'Mbo niveau 4',
  'hbo-ad': 'Hbo associate degree',
  'hbo-bachelor': 'Hbo-bachelor',
  'wo-bachelor': 'Wo-bachelor',
  master: 'Master',
  doctoraat: 'Doctoraat',
};

export const workStatusLabels: Table<typeof workStatuses> = {
  employed: 'In loondienst',
  'self-employed': 'Zelfstandig ondernemer (zzp)',
  'job-seeker': 'Werkzoekend',
  // Reads both as a choice and after "U bent ...".
  'not-working': 'Niet aan het werk en niet werkzoekend',
};

export const contractLabels: Table<typeof contractKinds> = {
  permanent: 'Vast contract',
  temporary: 'Tijdelijk contract',
  flex: 'Flexcontract (oproep of nuluren)',
  agency: 'Uitzendcontract',
  none: 'Geen contract',
};

// ABU agreement: phases A, B, C; NBBU agreement: phases 1 to 4. The agreement is named so
// an adviser can tell fase 1 from fase A.
export const agencyPhaseLabels: Table<typeof agencyPhases> = {
  A: 'Fase A (ABU)',
  B: 'Fase B (ABU)',
  C: 'Fase C (ABU)',
  '1': 'Fase 1 (NBBU)',
  '2': 'Fase 2 (NBBU)',
  '3': 'Fase 3 (NBBU)',
  '4': 'Fase 4 (NBBU)',
};

export const benefitLabels: Table<typeof benefitKinds> = {
  none: 'Geen uitkering',
  ww: 'WW-uitkering',
  bijstand: 'Bijstandsuitkering',
  wia: 'WIA-uitkering',
  other: 'Een andere uitkering',
};

export const skillLabels: Table<typeof skillLevels> = {
  sufficient: 'Voldoende',
  insufficient: 'Onvoldoende',
  unknown: 'Onbekend',
};

export const trainingKindLabels: Table<typeof trainingKinds> = {
  'mbo-diploma': 'Mbo-opleiding met diploma',
  'ho-diploma': 'Hbo- of wo-opleiding met diploma',
  'ho-module': 'Losse module in het hoger onderwijs',
  certificate: 'Opleiding met certificaat',
  course: 'Cursus of training',
  'basic-skills': 'Cursus basisvaardigheden (taal, rekenen, digitaal)',
  evc: 'Erkenning van ervaring (EVC)',
};

export const mboPathwayLabels: Table<typeof mboPathways> = {
  bol: 'Bol (beroepsopleidende leerweg)',
  bbl: 'Bbl (beroepsbegeleidende leerweg)',
  'derde-leerweg': 'Derde leerweg',
};

// The mbo levels are the same words as the education levels: taken from there, not retyped.
export const trainingLevelLabels: Table<typeof trainingLevels> = {
  mbo1: educationLevelLabels.mbo1,
  mbo2: educationLevelLabels.mbo2,
  mbo3: educationLevelLabels.mbo3,
  mbo4: educationLevelLabels.mbo4,
  hbo: 'Hbo',
  wo: 'Wo',
};

export const recognitionLabels: Table<typeof recognitions> = {
  'ocw-diploma': 'Diploma erkend door OCW',
  'ocw-certificaat': 'Certificaat erkend door OCW',
  'nrto-keurmerk': 'NRTO-keurmerk',
  nlqf: 'Ingeschaald in het NLQF',
  'branche-erkend': 'Erkend door de branche',
  'evc-erkend': 'Erkende EVC-aanbieder',
  ontwikkelpad: 'Onderdeel van een erkend Ontwikkelpad',
  'nl-leert-door': 'Onderdeel van NL Leert Door',
};

export const trainingPurposeLabels: Table<typeof trainingPurposes> = {
  'current-job': 'Voor het huidige werk',
  'future-occupation': 'Voor ander werk in de toekomst',
  'personal-development': 'Persoonlijke ontwikkeling',
  'basic-skills': 'Basisvaardigheden verbeteren',
};

export const tuitionKindLabels: Table<typeof tuitionKinds> = {
  wettelijk: 'Wettelijk collegegeld of lesgeld',
  instellings: 'Instellingscollegegeld of cursusgeld',
};

export const costCategoryLabels: Table<typeof costCategories> = {
  tuition: 'Lesgeld',
  exam: 'Examengeld',
  materials: 'Lesmateriaal',
  'protective-gear': 'Beschermende kleding en uitrusting',
  travel: 'Reiskosten',
  'wage-loss': 'Gemist loon tijdens de opleiding',
  other: 'Overige kosten',
};
