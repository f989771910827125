import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { PageHeading } from '../components/PageHeading.tsx';
import { ButtonLink } from '../components/buttons.tsx';
import { t } from '../i18n/nl.ts';
import { hrefFor } from '../data/routes.ts';

export function NotFoundView() {
  return (
    <>
      <PageHeading>{t('app.notFound.title')}</PageHeading>
      <Paragraph>{t('app.notFound.body')}</Paragraph>
      <ButtonLink appearance="primary-action-button" href={hrefFor({ name: 'clients' })}>
        {t('app.notFound.back')}
      </ButtonLink>
    </>
  );
}
