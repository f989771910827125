// One labelled form field: label, help text, error message and the control, wired together with
// ids we own (aria-describedby, the error summary links to the control's id). Styled with the
// NL Design System form-field CSS; the library's FormField* components generate their own ids
// and leave aria-describedby pointing at elements that are not rendered, so we compose the
// pieces ourselves.
import type { ReactNode } from 'react';

export interface ControlProps {
  readonly id: string;
  readonly 'aria-describedby': string | undefined;
  readonly 'aria-invalid': true | undefined;
}

export interface FieldProps {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly error?: string | undefined;
  /** Spans the whole row in a multi-column form grid. */
  readonly wide?: boolean;
  readonly children: (control: ControlProps) => ReactNode;
}

export const descriptionIdOf = (id: string) => `${id}-hulp`;
export const errorIdOf = (id: string) => `${id}-fout`;

export function Field({ id, label, description, error, wide, children }: FieldProps) {
  const describedBy = [error ? errorIdOf(id) : null, description ? descriptionIdOf(id) : null].filter(Boolean).join(' ');
  return (
    <div className={`utrecht-form-field utrecht-form-field--text${error ? ' utrecht-form-field--invalid' : ''}${wide ? ' arr-field--wide' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {description ? (
        <div className="utrecht-form-field__description utrecht-form-field-description" id={descriptionIdOf(id)}>
          {description}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={errorIdOf(id)}>
          <span className="arr-visually-hidden">Fout: </span>
          {error}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">
        {children({ id, 'aria-describedby': describedBy || undefined, 'aria-invalid': error ? true : undefined })}
      </div>
    </div>
  );
}
