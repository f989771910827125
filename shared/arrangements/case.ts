// One case file v1 from what the adviser recorded in three places: the dossier (birth date,
// region), the intake (work, skills, history) and one candidate training, on a peildatum.
// The renderer's live panel and the services both use this, so what the adviser sees while
// typing is exactly what gets saved.
import { caseFileSchema, type CaseFile, type Training } from '../case/schema.ts';
import type { IntakeFields } from '../case/situation.ts';
import type { Issue } from '../contract/result.ts';

export interface CaseParts {
  client: { birthDate: string; region: string };
  intake: IntakeFields;
  training: Training;
  referenceDate: string;
}

export function assembleCase({ client, intake, training, referenceDate }: CaseParts): CaseFile {
  return structuredClone({
    formatVersion: 1,
    referenceDate,
    client: { birthDate: client.birthDate, educationLevel: intake.educationLevel, region: client.region },
    work: intake.work,
    studentFinance: intake.studentFinance,
    basicSkills: intake.basicSkills,
    schemesUsed: intake.schemesUsed,
    training,
  });
}

/** Where each part of a case comes from, so a problem can be pointed at the right screen. */
const partOf = (path: string): string => {
  if (path.startsWith('training')) return 'Opleiding';
  if (path === 'client.birthDate' || path === 'client.region') return 'Dossier';
  if (path === 'referenceDate') return 'Peildatum';
  return 'Intake';
};

export type CaseCheck = { ok: true; case: CaseFile } | { ok: false; issues: Issue[] };

/** Validates an assembled case; issues name the screen ("Dossier: ...") and the field path. */
export function checkCase(candidate: unknown): CaseCheck {
  const parsed = caseFileSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, case: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.slice(0, 20).map((i) => {
      const path = i.path.map(String).join('.');
      return { path, message: `${partOf(path)}: ${i.message}` };
    }),
  };
}
