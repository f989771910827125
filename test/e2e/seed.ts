// Realistic dossiers for tests and screenshots, created through the bridge like the app does.
import type { ClientFields } from '../../shared/contract/clients.ts';
import type { Services } from './fixtures.ts';

export const sampleDossiers: readonly ClientFields[] = [
  { displayName: 'Ayşe Müller', birthDate: '1986-02-14', region: 'twente', adviserReference: 'LWL-2026-031', note: 'Wil zich laten omscholen tot doktersassistent.' },
  { displayName: 'Jan de Vries', birthDate: '1971-06-30', region: 'groningen', adviserReference: 'LWL-2026-002', note: null },
  { displayName: 'Fatima El Amrani', birthDate: '1992-11-08', region: 'rijnmond', adviserReference: 'R-2026-118', note: 'Werkt in de thuiszorg, zoekt een mbo-4 opleiding.' },
  { displayName: 'Ünal Yılmaz', birthDate: '1975-09-03', region: 'zeeland', adviserReference: '', note: null },
  { displayName: 'Cliënt K-17', birthDate: '1990-04-01', region: 'haaglanden', adviserReference: 'UWV-WW-4471', note: 'Pseudoniem op verzoek van de cliënt.' },
  { displayName: 'Pieter Jansen', birthDate: '1963-12-19', region: 'midden-utrecht', adviserReference: 'LWL-2026-047', note: null },
  { displayName: 'Sanne Bakker', birthDate: '1998-07-22', region: 'groot-amsterdam', adviserReference: 'LWL-2026-050', note: null },
];

export const seedDossiers = async (services: Services, dossiers: readonly ClientFields[] = sampleDossiers) => {
  const created = [];
  for (const fields of dossiers) {
    const result = await services.call('clients.create', fields);
    if (!result.ok) throw new Error(`seeding ${fields.displayName} failed: ${result.error.message}`);
    created.push(result.value);
  }
  return created;
};
