// The first start (issue 12.12): before any dossier, Arrangeur asks the adviser's name, because
// every change and every arrangement records who made it ("door onbekende adviseur" otherwise)
// and the client's document names them. One field, focused, Enter saves; the organisation can
// be given here too. "Later" goes on to the dossiers; the name can always be set in Instellingen,
// and the override form still asks for it if it is missing.
import { useEffect, useRef, useState } from 'react';
import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { settingsFieldsSchema } from '../../../shared/contract/settings.ts';
import { NameField } from '../../components/NameField.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Button, ButtonGroup, ButtonLink } from '../../components/buttons.tsx';
import { change } from '../../data/api.ts';
import { showNotice } from '../../data/notices.ts';
import { navigate } from '../../data/router.ts';
import { hrefFor } from '../../data/routes.ts';
import { t } from '../../i18n/nl.ts';

export const WELCOME_NAME_ID = 'welkom-naam';
const WELCOME_ORGANISATION_ID = 'welkom-organisatie';

export function WelcomeView() {
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [errors, setErrors] = useState<{ adviserName?: string; organisation?: string }>({});
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const organisationRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // The one thing to do here: start in the name field (after the heading took focus).
    requestAnimationFrame(() => nameRef.current?.focus());
  }, []);

  const submit = async () => {
    const parsed = settingsFieldsSchema.safeParse({ adviserName: name, organisation });
    if (!parsed.success) {
      const next: typeof errors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if ((field === 'adviserName' || field === 'organisation') && !next[field]) next[field] = issue.message;
      }
      setErrors(next);
      (next.adviserName ? nameRef : organisationRef).current?.focus();
      return;
    }
    setBusy(true);
    const answer = await change('settings.update', parsed.data);
    setBusy(false);
    if (!answer.ok) {
      setErrors({ adviserName: answer.error.issues?.[0]?.message ?? answer.error.message });
      nameRef.current?.focus();
      return;
    }
    showNotice(t('welcome.saved', { name: answer.value.adviserName }), hrefFor({ name: 'clients' }));
    navigate({ name: 'clients' });
  };

  return (
    <>
      <PageHeading>{t('welcome.title')}</PageHeading>
      <Paragraph className="arr-lead">{t('welcome.intro')}</Paragraph>
      <Paragraph>{t('welcome.why')}</Paragraph>
      <form
        className="arr-form arr-panel"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <NameField
          id={WELCOME_NAME_ID}
          label={t('settings.adviserName')}
          description={t('welcome.name.description')}
          error={errors.adviserName}
          value={name}
          onChange={setName}
          autoComplete="name"
          inputRef={nameRef}
        />
        <NameField
          id={WELCOME_ORGANISATION_ID}
          label={t('welcome.organisation')}
          description={t('settings.organisation.description')}
          error={errors.organisation}
          value={organisation}
          onChange={setOrganisation}
          autoComplete="organization"
          inputRef={organisationRef}
        />
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" disabled={busy} aria-busy={busy || undefined}>
            {busy ? t('settings.saving') : t('welcome.save')}
          </Button>
          <ButtonLink appearance="subtle-button" href={hrefFor({ name: 'clients' })}>
            {t('welcome.later')}
          </ButtonLink>
        </ButtonGroup>
        <p className="arr-small arr-muted">
          {t('welcome.more')}{' '}
          <a className="nl-link" href={hrefFor({ name: 'settings' })}>
            {t('welcome.moreLink')}
          </a>
        </p>
      </form>
    </>
  );
}
