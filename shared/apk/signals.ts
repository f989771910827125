// Answers → signals. A signal tells the adviser what the answers point at (a scheme to look
// at, a next step) and may propose case-field changes; those stay proposals until the adviser
// confirms them (apk.applySignal), because a checklist answer is the client's impression, not
// a test result or a letter from the employer.
import type { Training } from '../case/schema.ts';
import type { IntakeFields } from '../case/situation.ts';
import type { ApkAnswer, ApkChecklist, ProposedChange, SignalId } from './checklist.ts';

export type AnswerMap = Readonly<Record<string, { answer: ApkAnswer }>>;

export interface RaisedSignal {
  id: SignalId;
  title: string;
  explanation: string;
  advice: string;
  schemes: string[];
  statementIds: string[];
  changes: ProposedChange[];
}

/** Every signal the answers raise, in the checklist's order of signal definitions. */
export function raiseSignals(checklist: ApkChecklist, answers: AnswerMap): RaisedSignal[] {
  const byId = new Map<SignalId, { statementIds: string[]; changes: ProposedChange[] }>();
  for (const section of checklist.sections) {
    for (const statement of section.statements) {
      const given = answers[statement.id]?.answer;
      if (!given) continue;
      for (const rule of statement.signals) {
        if (!rule.when.includes(given)) continue;
        const entry = byId.get(rule.signal) ?? { statementIds: [], changes: [] };
        if (!entry.statementIds.includes(statement.id)) entry.statementIds.push(statement.id);
        for (const change of rule.proposes) {
          if (!entry.changes.some((c) => c.field === change.field)) entry.changes.push(change);
        }
        byId.set(rule.signal, entry);
      }
    }
  }
  return checklist.signals.flatMap((def) => {
    const raised = byId.get(def.id);
    return raised ? [{ id: def.id, title: def.title, explanation: def.explanation, advice: def.advice, schemes: [...def.schemes], ...raised }] : [];
  });
}

export const isTrainingChange = (change: ProposedChange): boolean => change.field.startsWith('training.');

/** Whether the intake already holds what an intake change proposes. */
export function intakeHolds(intake: IntakeFields, change: ProposedChange): boolean {
  switch (change.field) {
    case 'basicSkills.language':
      return intake.basicSkills.language === change.value;
    case 'basicSkills.numeracy':
      return intake.basicSkills.numeracy === change.value;
    case 'basicSkills.digital':
      return intake.basicSkills.digital === change.value;
    case 'work.dismissalNotice':
      return intake.work.dismissalNotice === change.value;
    case 'training.kansberoep':
      return false;
  }
}

/**
 * A signal is pending while the adviser has something left to confirm: an intake change the
 * intake does not hold yet, or a training change never confirmed for this client.
 */
export function isPending(signal: RaisedSignal, intake: IntakeFields, trainingChangeConfirmed: boolean): boolean {
  return signal.changes.some((c) => (isTrainingChange(c) ? !trainingChangeConfirmed : !intakeHolds(intake, c)));
}

type SkillLevel = IntakeFields['basicSkills']['language'];
/** What an intake-field change touches; the stored intake and the renderer's form both have it. */
export interface IntakeFieldTarget {
  basicSkills: { language: SkillLevel; numeracy: SkillLevel; digital: SkillLevel };
  work: { dismissalNotice: boolean };
}

/** Applies one change to the intake fields, in place; false for a training change (not ours). */
export function applyIntakeChange(target: IntakeFieldTarget, change: ProposedChange): boolean {
  switch (change.field) {
    case 'basicSkills.language':
      target.basicSkills.language = change.value;
      return true;
    case 'basicSkills.numeracy':
      target.basicSkills.numeracy = change.value;
      return true;
    case 'basicSkills.digital':
      target.basicSkills.digital = change.value;
      return true;
    case 'work.dismissalNotice':
      target.work.dismissalNotice = change.value;
      return true;
    case 'training.kansberoep':
      return false;
  }
}

/** Copies with the confirmed changes applied; the inputs are not touched. */
export function applyChanges(
  intake: IntakeFields,
  training: Training | null,
  changes: readonly ProposedChange[],
): { intake: IntakeFields; training: Training | null } {
  const next: IntakeFields = structuredClone(intake);
  const nextTraining = training ? structuredClone(training) : null;
  for (const change of changes) {
    if (!applyIntakeChange(next, change) && change.field === 'training.kansberoep' && nextTraining) nextTraining.kansberoep = change.value;
  }
  return { intake: next, training: nextTraining };
}

/** Answered statements per section, for the progress bars. */
export function progressBySection(checklist: ApkChecklist, answers: AnswerMap): { sectionId: string; answered: number; total: number }[] {
  return checklist.sections.map((s) => ({
    sectionId: s.id,
    answered: s.statements.filter((st) => answers[st.id] !== undefined).length,
    total: s.statements.length,
  }));
}
