// "Sectorfonds": each fund by its own name, findable by what the adviser hears in the
// conversation (the collective agreement, the sector, the fund's short name). A search field
// narrows the list below it; the list stays a native select, so it works with the keyboard and a
// screen reader as every other choice in the form does. The chosen fund always stays in the list
// (a filter must never change the answer), and who the fund is for is said under it.
import { useId, useMemo, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { findSectorFunds, type SectorFundChoice } from '../../../shared/packs/scheme-index.ts';
import { Field } from '../../components/Field.tsx';
import { Select, TextInput } from '../../components/controls.tsx';
import { fieldIdOf } from '../../components/formFields.tsx';
import type { IntakeFormValues } from '../../data/intakeForm.ts';
import { t } from '../../i18n/nl.ts';

export function SectorFundField({ funds }: { funds: readonly SectorFundChoice[] }) {
  const { control, register } = useFormContext<IntakeFormValues>();
  const chosen = useWatch({ control, name: 'work.sectorFund' }) ?? '';
  const [query, setQuery] = useState('');
  const statusId = useId();
  const found = useMemo(() => findSectorFunds(funds, query), [funds, query]);
  const chosenFund = funds.find((f) => f.id === chosen);
  // The chosen fund stays selectable while a search hides it (and an id no pack knows any more).
  const shown = chosen && !found.some((f) => f.id === chosen) ? [chosenFund ?? { id: chosen, name: chosen, who: '', searchText: '' }, ...found] : found;
  const id = fieldIdOf('work.sectorFund');
  return (
    <div className="arr-sector-fund">
      <Field id={`${id}-zoeken`} label={t('intake.work.sectorFund.search.label')} description={t('intake.work.sectorFund.search.description')}>
        {(controlProps) => (
          <TextInput
            {...controlProps}
            aria-describedby={[controlProps['aria-describedby'], statusId].filter(Boolean).join(' ')}
            className="arr-input arr-input--m"
            type="search"
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              // Enter in the search must not submit the intake: it moves to the list instead.
              if (event.key === 'Enter') {
                event.preventDefault();
                document.getElementById(id)?.focus();
              }
            }}
          />
        )}
      </Field>
      <p className="arr-small arr-muted arr-sector-fund__count" id={statusId} role="status">
        {query.trim() === ''
          ? ''
          : found.length === 0
            ? t('intake.work.sectorFund.search.none', { query: query.trim() })
            : found.length === 1
              ? t('intake.work.sectorFund.search.one')
              : t('intake.work.sectorFund.search.many', { count: found.length })}
      </p>
      <Field id={id} label={t('intake.work.sectorFund.label')} description={t('intake.work.sectorFund.description')}>
        {(controlProps) => (
          <Select {...controlProps} {...register('work.sectorFund')} className="arr-input arr-input--l">
            <option value="">{t('intake.work.sectorFund.none')}</option>
            {shown.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {chosenFund?.who ? (
        <p className="arr-small arr-sector-fund__who">{t('intake.work.sectorFund.who', { who: chosenFund.who })}</p>
      ) : null}
    </div>
  );
}
