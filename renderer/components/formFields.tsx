// Form fields bound to react-hook-form by name: label, help text, Dutch error and the control,
// built on the app's Field (ids we own, aria-describedby) and the NL Design System controls.
// The control's id is derived from the field name, so the error summary can jump to it.
import type { ReactNode } from 'react';
import { get, useFormContext, type FieldValues, type Path } from 'react-hook-form';
import { Field } from './Field.tsx';
import { Checkbox, Select, TextInput } from './controls.tsx';
import { t } from '../i18n/nl.ts';

export const fieldIdOf = (name: string, prefix = 'veld'): string => `${prefix}-${name.replace(/\./g, '-')}`;

const useFieldError = (name: string): string | undefined => {
  const { formState } = useFormContext();
  const error = get(formState.errors, name) as { message?: string } | undefined;
  return error?.message;
};

export interface TextFieldProps<T extends FieldValues> {
  readonly name: Path<T>;
  readonly label: string;
  readonly description?: string;
  readonly inputMode?: 'text' | 'numeric' | 'decimal';
  readonly size?: 'xs' | 's' | 'm' | 'l';
  /** Shown before the input (e.g. "€"), outside the label, hidden from screen readers: the label says it. */
  readonly prefix?: string;
  readonly autoComplete?: string;
  readonly placeholder?: string;
  readonly onFocus?: () => void;
}

export function TextField<T extends FieldValues>({ name, label, description, inputMode, size = 'l', prefix, autoComplete = 'off', placeholder }: TextFieldProps<T>) {
  const { register } = useFormContext<T>();
  const error = useFieldError(name);
  const id = fieldIdOf(name);
  return (
    <Field id={id} label={label} description={description} error={error}>
      {(control) => {
        const input = (
          <TextInput
            {...control}
            {...register(name)}
            className={`arr-input arr-input--${size}`}
            inputMode={inputMode}
            autoComplete={autoComplete}
            spellCheck={inputMode ? false : undefined}
            placeholder={placeholder}
            invalid={!!error}
          />
        );
        return prefix ? (
          <span className="arr-affix">
            <span className="arr-affix__prefix" aria-hidden="true">
              {prefix}
            </span>
            {input}
          </span>
        ) : (
          input
        );
      }}
    </Field>
  );
}

export interface Option {
  readonly value: string;
  readonly label: string;
}

export function SelectField<T extends FieldValues>({
  name, label, description, options, placeholder, size = 'l',
}: { name: Path<T>; label: string; description?: string; options: readonly Option[]; placeholder?: string; size?: 's' | 'm' | 'l' }) {
  const { register } = useFormContext<T>();
  const error = useFieldError(name);
  const id = fieldIdOf(name);
  return (
    <Field id={id} label={label} description={description} error={error}>
      {(control) => (
        <Select {...control} {...register(name)} invalid={!!error} className={`arr-input arr-input--${size}`}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}

export function CheckboxField<T extends FieldValues>({ name, label, description }: { name: Path<T>; label: string; description?: string }) {
  const { register } = useFormContext<T>();
  const id = fieldIdOf(name);
  const descriptionId = description ? `${id}-hulp` : undefined;
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox arr-checkbox-field">
      <div className="utrecht-form-field__input">
        <Checkbox id={id} {...register(name)} aria-describedby={descriptionId} />
      </div>
      <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
          {label}
        </label>
      </div>
      {description ? (
        <div className="utrecht-form-field__description utrecht-form-field-description" id={descriptionId}>
          {description}
        </div>
      ) : null}
    </div>
  );
}

/** A group of fields with a visible legend (and optional help text). */
export function FieldGroup({ legend, description, children, className }: { legend: ReactNode; description?: string; children: ReactNode; className?: string }) {
  return (
    <fieldset className={`utrecht-form-fieldset arr-fieldset ${className ?? ''}`}>
      <legend className="utrecht-form-fieldset__legend arr-fieldset__legend">{legend}</legend>
      {description ? <p className="arr-fieldset__description">{description}</p> : null}
      {children}
    </fieldset>
  );
}

export const chooseOption = (): string => t('case.choose');
