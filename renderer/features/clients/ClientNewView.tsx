import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { PageHeading } from '../../components/PageHeading.tsx';
import { t } from '../../i18n/nl.ts';
import { ClientForm } from './ClientForm.tsx';
import { emptyClientForm } from './clientForm.ts';

export function ClientNewView() {
  return (
    <>
      <PageHeading>{t('clients.form.newTitle')}</PageHeading>
      <Paragraph className="arr-lead">{t('clients.form.intro')}</Paragraph>
      <ClientForm initialValues={emptyClientForm} />
    </>
  );
}
