// A labelled select kept in a screen's own state (not a form library's): the choices as value and
// text, the chosen value, and what a change does with the new value.
import { Field } from './Field.tsx';
import { Select } from './controls.tsx';

export interface Choice {
  readonly value: string;
  readonly label: string;
}

export function ChoiceField({ id, label, value, choices, onChange }: { id: string; label: string; value: string; choices: readonly Choice[]; onChange: (value: string) => void }) {
  return (
    <Field id={id} label={label}>
      {(control) => (
        <Select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}

/** Pack versions as choices: each version is its own text. */
export const versionChoices = (versions: readonly string[]): Choice[] => versions.map((v) => ({ value: v, label: v }));
