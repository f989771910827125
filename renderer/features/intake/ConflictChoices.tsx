// After "Nieuwste versie ophalen": the answers that the adviser and the other window both changed,
// each with both values side by side, and the adviser chooses which one stays. Choosing puts that
// value in the form at once; "Intake opslaan" waits until every one is chosen.
import { forwardRef } from 'react';
import { conflictKey, type MergeConflict, type Side } from '../../data/intakeMerge.ts';
import type { IntakeFormValues } from '../../data/intakeForm.ts';
import { t } from '../../i18n/nl.ts';
import { conflictQuestion, conflictValue } from './conflictText.ts';

export interface ConflictChoicesProps {
  readonly conflicts: readonly MergeConflict[];
  readonly chosen: Readonly<Record<string, Side>>;
  readonly values: IntakeFormValues;
  readonly names: { fund: (id: string) => string; scheme: (id: string) => string };
  readonly onChoose: (conflict: MergeConflict, side: Side) => void;
  /** Shown when the adviser tried to save before choosing everywhere. */
  readonly error: string | null;
}

export const ConflictChoices = forwardRef<HTMLDivElement, ConflictChoicesProps>(function ConflictChoices(
  { conflicts, chosen, values, names, onChoose, error },
  ref,
) {
  const open = conflicts.filter((c) => !chosen[conflictKey(c)]).length;
  return (
    <div ref={ref} tabIndex={-1} className="arr-merge" role="group" aria-labelledby="samenvoegen-kop" data-testid="merge-choices">
      <h2 className="arr-merge__heading" id="samenvoegen-kop">
        {t('intake.merge.heading', { count: conflicts.length })}
      </h2>
      <p>{t('intake.merge.intro')}</p>
      {error ? (
        <p className="utrecht-form-field-error-message arr-merge__error" role="alert">
          {error}
        </p>
      ) : null}
      {conflicts.map((c, i) => {
        const k = conflictKey(c);
        const name = `samenvoegen-${i}`;
        return (
          <fieldset key={k} className="utrecht-form-fieldset arr-fieldset arr-fieldset--nested arr-merge__choice" data-conflict={k}>
            <legend className="utrecht-form-fieldset__legend arr-fieldset__legend">{conflictQuestion(c, values)}</legend>
            {(['mine', 'theirs'] as const).map((side) => {
              const id = `${name}-${side}`;
              return (
                <div key={side} className="utrecht-form-field utrecht-form-field--radio arr-checkbox-field">
                  <div className="utrecht-form-field__input">
                    <input
                      type="radio"
                      className="utrecht-radio-button"
                      id={id}
                      name={name}
                      checked={chosen[k] === side}
                      onChange={() => onChoose(c, side)}
                    />
                  </div>
                  <div className="utrecht-form-field__label utrecht-form-field__label--radio">
                    <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={id}>
                      {t(side === 'mine' ? 'intake.merge.mine' : 'intake.merge.theirs', { value: conflictValue(c, side, names) })}
                    </label>
                  </div>
                </div>
              );
            })}
          </fieldset>
        );
      })}
      <p className="arr-small arr-muted" role="status">
        {open === 0 ? t('intake.merge.allChosen') : t('intake.merge.open', { count: open })}
      </p>
    </div>
  );
});
