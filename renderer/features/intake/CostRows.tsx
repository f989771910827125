// The cost items of one candidate training: add and remove rows, amounts typed as "1.500,00".
// The running total is shown as the adviser types, so a typo in an amount stands out.
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { costCategories } from '../../../shared/case/schema.ts';
import { formatEuro, parseEuro } from '../../../shared/money.ts';
import { Button } from '../../components/buttons.tsx';
import { t } from '../../i18n/nl.ts';
import { CheckboxField, FieldGroup, fieldIdOf, SelectField, TextField } from '../../components/formFields.tsx';
import { costCategoryLabel } from '../../i18n/labels.ts';
import { emptyCostRow, type IntakeFormValues } from '../../data/intakeForm.ts';

type V = IntakeFormValues;

const categoryOptions = costCategories.map((value) => ({ value, label: costCategoryLabel(value) }));

export function CostRows({ trainingIndex }: { trainingIndex: number }) {
  const { control } = useFormContext<V>();
  const name = `trainings.${trainingIndex}.costs` as const;
  const { fields, append, remove } = useFieldArray({ control, name });
  const rows = useWatch({ control, name }) ?? [];
  const total = rows.reduce((sum, row) => sum + Math.max(0, parseEuro(row?.amount ?? '') ?? 0), 0);
  return (
    <FieldGroup legend={t('intake.costs.legend')} description={t('intake.costs.description')} className="arr-fieldset--nested">
      {fields.length === 0 ? <p className="arr-muted">{t('intake.costs.empty')}</p> : null}
      {fields.map((field, i) => (
        <div key={field.id} className="arr-row-group arr-cost-row" role="group" aria-label={t('intake.costs.row', { n: i + 1 })}>
          <div className="arr-field-row arr-field-row--costs">
            <SelectField<V> name={`${name}.${i}.category`} label={t('intake.costs.category')} options={categoryOptions} size="s" />
            <TextField<V> name={`${name}.${i}.amount`} label={t('intake.costs.amount')} inputMode="decimal" size="s" prefix="€" placeholder="0,00" />
            <TextField<V> name={`${name}.${i}.label`} label={t('intake.costs.label')} size="m" />
          </div>
          <div className="arr-row-group__footer">
            <CheckboxField<V> name={`${name}.${i}.vatIncluded`} label={t('intake.costs.vatIncluded')} />
            <Button appearance="subtle-button" type="button" onClick={() => remove(i)}>
              {t('intake.costs.remove', { n: i + 1 })}
            </Button>
          </div>
        </div>
      ))}
      <div className="arr-cost-footer">
        <Button
          appearance="secondary-action-button"
          type="button"
          onClick={() => {
            append(emptyCostRow(fields.length === 0 ? 'tuition' : 'exam'), { shouldFocus: false });
            requestAnimationFrame(() => document.getElementById(fieldIdOf(`${name}.${fields.length}.amount`))?.focus());
          }}
        >
          {t('intake.costs.add')}
        </Button>
        <p className="arr-cost-total" aria-live="polite">
          {t('intake.costs.total', { amount: formatEuro(total) })}
        </p>
      </div>
    </FieldGroup>
  );
}
