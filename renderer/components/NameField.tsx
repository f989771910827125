// A labelled one-line name (the adviser's, the organisation's) kept in a screen's own state, not a
// form library's: at most 120 characters, as the settings contract allows, with the browser's
// autocomplete hint. The welcome screen and the arrangement's adviser-name form use it.
import type { Ref } from 'react';
import { Field } from './Field.tsx';
import { TextInput } from './controls.tsx';

export interface NameFieldProps {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly error: string | undefined;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly autoComplete: 'name' | 'organization';
  readonly inputRef: Ref<HTMLInputElement>;
}

export function NameField({ id, label, description, error, value, onChange, autoComplete, inputRef }: NameFieldProps) {
  return (
    <Field id={id} label={label} description={description} error={error}>
      {(control) => (
        <TextInput
          {...control}
          ref={inputRef}
          className="arr-input arr-input--m"
          autoComplete={autoComplete}
          maxLength={120}
          value={value}
          invalid={!!error}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
