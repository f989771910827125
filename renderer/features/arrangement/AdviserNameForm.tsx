// Overrides record who made them, so the installation needs the adviser's name once. Asking it
// is its own small form with its own action (settings.update): saving the name and saving an
// override are two things the adviser does, each one call.
import { useRef, useState } from 'react';
import { settingsFieldsSchema } from '../../../shared/contract/settings.ts';
import { NameField } from '../../components/NameField.tsx';
import { Button } from '../../components/buttons.tsx';
import { change } from '../../data/api.ts';
import { t } from '../../i18n/nl.ts';

export const ADVISER_NAME_ID = 'adviseur-naam';

export function AdviserNameForm() {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  return (
    <form
      className="arr-form arr-adviser-name"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = settingsFieldsSchema.safeParse({ adviserName: name });
        if (!parsed.success) {
          setError(parsed.error.issues[0]?.message ?? t('validation.required'));
          input.current?.focus();
          return;
        }
        setBusy(true);
        void change('settings.update', parsed.data).then((answer) => {
          setBusy(false);
          if (answer.ok) return;
          setError(answer.error.issues?.[0]?.message ?? answer.error.message);
          input.current?.focus();
        });
      }}
    >
      <NameField
        id={ADVISER_NAME_ID}
        label={t('arrangement.override.adviserName')}
        description={t('arrangement.override.adviserName.description')}
        error={error}
        value={name}
        onChange={setName}
        autoComplete="name"
        inputRef={input}
      />
      <Button appearance="secondary-action-button" type="submit" disabled={busy} aria-busy={busy || undefined}>
        {busy ? t('session.saving') : t('arrangement.override.adviserName.save')}
      </Button>
    </form>
  );
}
