// One candidate training: what, where, which kind and level, its recognitions, purpose, dates
// and costs. Focus entering it makes it the training the live matching shows.
import { useFormContext, useWatch } from 'react-hook-form';
import {
  mboPathways, recognitions, trainingKinds, trainingLevels, trainingPurposes,
} from '../../../shared/case/schema.ts';
import { Button } from '../../components/buttons.tsx';
import { Checkbox } from '../../components/controls.tsx';
import { t } from '../../i18n/nl.ts';
import { CheckboxField, chooseOption, fieldIdOf, SelectField, TextField } from '../../components/formFields.tsx';
import { mboPathwayLabel, purposeLabel, recognitionLabel, trainingKindLabel, trainingLevelLabel } from '../../i18n/labels.ts';
import { CostRows } from './CostRows.tsx';
import type { IntakeFormValues } from '../../data/intakeForm.ts';

type V = IntakeFormValues;

const options = <T extends string>(values: readonly T[], label: (v: T) => string) => values.map((value) => ({ value, label: label(value) }));

export interface TrainingFieldsetProps {
  readonly index: number;
  readonly selected: boolean;
  readonly onSelect: () => void;
  readonly onRemove: () => void;
}

export function TrainingFieldset({ index, selected, onSelect, onRemove }: TrainingFieldsetProps) {
  const { control, register } = useFormContext<V>();
  const title = useWatch({ control, name: `trainings.${index}.title` });
  const base = `trainings.${index}` as const;
  const headingId = `opleiding-${index}-kop`;
  const recognitionsId = fieldIdOf(`${base}.recognitions`);
  return (
    <section
      className={`arr-training${selected ? ' arr-training--selected' : ''}`}
      aria-labelledby={headingId}
      onFocus={onSelect}
      data-training={index}
    >
      <div className="arr-training__header">
        <h3 className="arr-training__title" id={headingId}>
          {title?.trim() ? title : t('intake.training.untitled', { n: index + 1 })}
        </h3>
        <Button appearance="subtle-button" type="button" onClick={onRemove}>
          {t('intake.training.remove', { n: index + 1 })}
        </Button>
      </div>
      <div className="arr-field-row">
        <TextField<V> name={`${base}.title`} label={t('intake.training.title.label')} size="m" />
        <TextField<V> name={`${base}.provider`} label={t('intake.training.provider.label')} size="m" />
      </div>
      <div className="arr-field-row">
        <SelectField<V> name={`${base}.kind`} label={t('intake.training.kind.label')} options={options(trainingKinds, trainingKindLabel)} placeholder={chooseOption()} size="m" />
        <SelectField<V> name={`${base}.purpose`} label={t('intake.training.purpose.label')} options={options(trainingPurposes, purposeLabel)} placeholder={chooseOption()} size="m" />
      </div>
      <div className="arr-field-row">
        <SelectField<V> name={`${base}.level`} label={t('intake.training.level.label')} options={options(trainingLevels, trainingLevelLabel)} placeholder={t('case.notApplicable')} size="m" />
        <SelectField<V>
          name={`${base}.mboPathway`}
          label={t('intake.training.mboPathway.label')}
          options={options(mboPathways, mboPathwayLabel)}
          placeholder={t('case.notApplicable')}
          size="m"
        />
      </div>
      <div className="arr-field-row">
        <TextField<V> name={`${base}.startDate`} label={t('intake.training.startDate.label')} description={t('intake.training.dates.description')} inputMode="numeric" size="s" />
        <TextField<V> name={`${base}.endDate`} label={t('intake.training.endDate.label')} description={t('intake.training.dates.description')} inputMode="numeric" size="s" />
      </div>
      <CostRows trainingIndex={index} />
      <TextField<V>
        name={`${base}.employerContribution`}
        label={t('intake.training.employerContribution.label')}
        description={t('intake.training.employerContribution.description')}
        inputMode="decimal"
        size="s"
        prefix="€"
      />
      <fieldset className="utrecht-form-fieldset arr-fieldset arr-fieldset--nested" aria-describedby={`${recognitionsId}-hulp`}>
        <legend className="utrecht-form-fieldset__legend arr-fieldset__legend">{t('intake.training.recognitions.legend')}</legend>
        <p className="arr-fieldset__description" id={`${recognitionsId}-hulp`}>
          {t('intake.training.recognitions.description')}
        </p>
        <div className="arr-checkbox-grid">
          {recognitions.map((r) => {
            const id = `${recognitionsId}-${r}`;
            return (
              <div key={r} className="utrecht-form-field utrecht-form-field--checkbox arr-checkbox-field">
                <div className="utrecht-form-field__input">
                  <Checkbox id={id} value={r} {...register(`${base}.recognitions`)} />
                </div>
                <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
                  <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
                    {recognitionLabel(r)}
                  </label>
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
      <CheckboxField<V> name={`${base}.kansberoep`} label={t('intake.training.kansberoep')} />
      <CheckboxField<V> name={`${base}.jobGuarantee`} label={t('intake.training.jobGuarantee')} />
    </section>
  );
}
