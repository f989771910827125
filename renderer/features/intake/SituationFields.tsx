// The client's situation: education, work and income, student finance, basic skills.
// Birth date and region belong to the dossier and are shown there, not asked twice.
import {
  benefitKinds, contractKinds, educationLevels, skillLevels, workStatuses,
} from '../../../shared/case/schema.ts';
import { t } from '../../i18n/nl.ts';
import { benefitLabel, contractLabel, educationLevelLabel, skillLabel, workStatusLabel } from '../../i18n/labels.ts';
import { CheckboxField, chooseOption, FieldGroup, SelectField, TextField } from '../../components/formFields.tsx';
import type { IntakeFormValues } from '../../data/intakeForm.ts';
import type { SectorFundChoice } from '../../../shared/packs/scheme-index.ts';
import { SectorFundField } from './SectorFundField.tsx';

type V = IntakeFormValues;

const options = <T extends string>(values: readonly T[], label: (v: T) => string) => values.map((value) => ({ value, label: label(value) }));

export function SituationFields({ sectorFunds }: { sectorFunds: readonly SectorFundChoice[] }) {
  return (
    <>
      <FieldGroup legend={t('intake.section.client')}>
        <SelectField<V>
          name="educationLevel"
          label={t('intake.educationLevel.label')}
          description={t('intake.educationLevel.description')}
          options={options(educationLevels, educationLevelLabel)}
          placeholder={chooseOption()}
          size="m"
        />
      </FieldGroup>

      <FieldGroup legend={t('intake.section.work')}>
        <div className="arr-field-row">
          <SelectField<V> name="work.status" label={t('intake.work.status.label')} options={options(workStatuses, workStatusLabel)} placeholder={chooseOption()} size="m" />
          <SelectField<V> name="work.contract" label={t('intake.work.contract.label')} options={options(contractKinds, contractLabel)} placeholder={chooseOption()} size="m" />
        </div>
        <div className="arr-field-row">
          <TextField<V> name="work.hoursPerWeek" label={t('intake.work.hoursPerWeek.label')} description={t('intake.work.hoursPerWeek.description')} inputMode="decimal" size="xs" />
          <TextField<V>
            name="work.employmentStartDate"
            label={t('intake.work.employmentStartDate.label')}
            description={t('intake.work.employmentStartDate.description')}
            inputMode="numeric"
            size="s"
          />
        </div>
        <div className="arr-field-row">
          <TextField<V> name="work.employerSize" label={t('intake.work.employerSize.label')} inputMode="numeric" size="s" />
        </div>
        <SectorFundField funds={sectorFunds} />
        <SelectField<V> name="work.benefit" label={t('intake.work.benefit.label')} options={options(benefitKinds, benefitLabel)} placeholder={chooseOption()} size="m" />
        <CheckboxField<V> name="work.dismissalNotice" label={t('intake.work.dismissalNotice.label')} />
      </FieldGroup>

      <FieldGroup legend={t('intake.section.studentFinance')} description={t('intake.studentFinance.legend')}>
        <CheckboxField<V> name="studentFinance.studiefinanciering" label={t('intake.studentFinance.studiefinanciering')} />
        <CheckboxField<V> name="studentFinance.wtos" label={t('intake.studentFinance.wtos')} />
        <CheckboxField<V> name="studentFinance.lerarenbeurs" label={t('intake.studentFinance.lerarenbeurs')} />
      </FieldGroup>

      <FieldGroup legend={t('intake.section.basicSkills')} description={t('intake.section.basicSkills.description')}>
        <div className="arr-field-row arr-field-row--three">
          <SelectField<V> name="basicSkills.language" label={t('intake.basicSkills.language')} options={options(skillLevels, skillLabel)} size="s" />
          <SelectField<V> name="basicSkills.numeracy" label={t('intake.basicSkills.numeracy')} options={options(skillLevels, skillLabel)} size="s" />
          <SelectField<V> name="basicSkills.digital" label={t('intake.basicSkills.digital')} options={options(skillLevels, skillLabel)} size="s" />
        </div>
      </FieldGroup>
    </>
  );
}
