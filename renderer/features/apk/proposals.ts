// A signal's proposed case change in words the adviser can read aloud, and the same change
// applied to the intake form, so the screen follows a confirmed signal without a reload. Pure.
import type { ProposedChange } from '../../../shared/apk/checklist.ts';
import { applyIntakeChange } from '../../../shared/apk/signals.ts';
import { t } from '../../i18n/nl.ts';
import type { IntakeFormValues } from '../../data/intakeForm.ts';
import { skillLabel } from '../../i18n/labels.ts';

const skillField: Record<'basicSkills.language' | 'basicSkills.numeracy' | 'basicSkills.digital', 'apk.field.language' | 'apk.field.numeracy' | 'apk.field.digital'> = {
  'basicSkills.language': 'apk.field.language',
  'basicSkills.numeracy': 'apk.field.numeracy',
  'basicSkills.digital': 'apk.field.digital',
};

/** "Voorstel: digitale vaardigheden op 'onvoldoende' zetten". */
export const proposalText = (change: ProposedChange): string => {
  switch (change.field) {
    case 'basicSkills.language':
    case 'basicSkills.numeracy':
    case 'basicSkills.digital':
      return t('apk.proposal.skill', { field: t(skillField[change.field]), value: skillLabel(change.value).toLowerCase() });
    case 'work.dismissalNotice':
      return change.value ? t('apk.proposal.dismissal') : t('apk.proposal.noDismissal');
    case 'training.kansberoep':
      return change.value ? t('apk.proposal.kansberoep') : t('apk.proposal.noKansberoep');
  }
};

/** The form values with the confirmed changes in them (a copy; the rest of the draft is kept). */
export const withChanges = (
  values: IntakeFormValues,
  changes: readonly ProposedChange[],
  training: { recordId: string; version: number } | null,
): IntakeFormValues => {
  const next: IntakeFormValues = structuredClone(values);
  for (const change of changes) {
    if (applyIntakeChange(next, change) || change.field !== 'training.kansberoep') continue;
    const row = training ? next.trainings.find((r) => r.recordId === training.recordId) : undefined;
    if (row && training) {
      row.kansberoep = change.value;
      row.recordVersion = training.version;
    }
  }
  return next;
};
