// A client's dossier could not be read: the reason, "try again" unless the dossier does not exist
// (trying again cannot help then), and the way back to the dossier list. Shared by every screen
// that opens one dossier, so they fail alike.
import { Paragraph } from '@rijkshuisstijl-community/components-react';
import type { AppError } from '../../shared/contract/result.ts';
import { hrefFor } from '../data/routes.ts';
import { t } from '../i18n/nl.ts';
import { Button, ButtonGroup, ButtonLink } from './buttons.tsx';
import { Notice } from './Notice.tsx';

export interface ClientLoadFailedProps {
  readonly error: AppError;
  readonly onRetry: () => void;
  readonly title?: string;
  /** What to say when the dossier does not exist; without it, the services' own message. */
  readonly notFound?: string;
}

export function ClientLoadFailed({ error, onRetry, title, notFound }: ClientLoadFailedProps) {
  const missing = error.code === 'not-found';
  return (
    <Notice type="error" {...(title === undefined ? {} : { title })}>
      <Paragraph>{missing && notFound !== undefined ? notFound : error.message}</Paragraph>
      <ButtonGroup>
        {missing ? null : (
          <Button appearance="secondary-action-button" onClick={onRetry}>
            {t('app.retry')}
          </Button>
        )}
        <ButtonLink appearance="subtle-button" href={hrefFor({ name: 'clients' })}>
          {t('clients.detail.back')}
        </ButtonLink>
      </ButtonGroup>
    </Notice>
  );
}
