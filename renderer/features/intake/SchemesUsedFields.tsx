// Schemes the client used before (some allow one use per calendar year): add and remove rows.
import { useFieldArray, useFormContext } from 'react-hook-form';
import { Button } from '../../components/buttons.tsx';
import { t } from '../../i18n/nl.ts';
import { chooseOption, FieldGroup, fieldIdOf, SelectField, TextField } from '../../components/formFields.tsx';
import type { IntakeFormValues } from '../../data/intakeForm.ts';

type V = IntakeFormValues;

export function SchemesUsedFields({ schemes }: { schemes: readonly { id: string; name: string }[] }) {
  const { control } = useFormContext<V>();
  const { fields, append, remove } = useFieldArray({ control, name: 'schemesUsed' });
  const options = schemes.map((s) => ({ value: s.id, label: s.name }));
  return (
    <FieldGroup legend={t('intake.section.schemesUsed')} description={t('intake.section.schemesUsed.description')}>
      {fields.length === 0 ? <p className="arr-muted">{t('intake.schemeUse.empty')}</p> : null}
      {fields.map((field, i) => (
        <div key={field.id} className="arr-row-group" role="group" aria-label={t('intake.schemeUse.legend', { n: i + 1 })}>
          <div className="arr-field-row arr-field-row--schemes">
            <SelectField<V> name={`schemesUsed.${i}.schemeId`} label={t('intake.schemeUse.schemeId.label')} options={options} placeholder={chooseOption()} size="m" />
            <TextField<V> name={`schemesUsed.${i}.date`} label={t('intake.schemeUse.date.label')} description={t('intake.training.dates.description')} inputMode="numeric" size="s" />
            <TextField<V> name={`schemesUsed.${i}.amount`} label={t('intake.schemeUse.amount.label')} inputMode="decimal" size="s" prefix="€" />
          </div>
          <Button appearance="subtle-button" type="button" onClick={() => remove(i)} className="arr-row-group__remove">
            {t('intake.schemeUse.remove', { n: i + 1 })}
          </Button>
        </div>
      ))}
      <Button
        appearance="secondary-action-button"
        type="button"
        onClick={() => {
          append({ schemeId: '', date: '', amount: '' }, { shouldFocus: false });
          requestAnimationFrame(() => document.getElementById(fieldIdOf(`schemesUsed.${fields.length}.schemeId`))?.focus());
        }}
      >
        {t('intake.schemeUse.add')}
      </Button>
    </FieldGroup>
  );
}
