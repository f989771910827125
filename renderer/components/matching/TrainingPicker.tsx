// Which candidate training the matching is about. Only shown when there is a choice.
import { Field } from '../Field.tsx';
import { Select } from '../controls.tsx';
import { t } from '../../i18n/nl.ts';
import type { IntakeFormValues } from '../../data/intakeForm.ts';

export const trainingTitleOf = (draft: IntakeFormValues | null, index: number): string => {
  const title = draft?.trainings[index]?.title?.trim();
  return title ? title : t('intake.training.untitled', { n: index + 1 });
};

export function TrainingPicker({
  draft, selected, onSelect, idSuffix = '',
}: { draft: IntakeFormValues | null; selected: number; onSelect: (index: number) => void; idSuffix?: string }) {
  const count = draft?.trainings.length ?? 0;
  if (count < 2) return null;
  return (
    <Field id={`opleiding-kiezen${idSuffix}`} label={t('match.training.label')}>
      {(control) => (
        <Select {...control} className="arr-input arr-input--l" value={String(selected)} onChange={(event) => onSelect(Number(event.target.value))}>
          {draft!.trainings.map((_, i) => (
            <option key={i} value={i}>
              {trainingTitleOf(draft, i)}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}
