// What a screen shows when what it reads could not be read: the services' Dutch message and a way
// to try again. One component so every screen's failure looks and reads the same.
import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { Button } from './buttons.tsx';
import { Notice } from './Notice.tsx';
import { t } from '../i18n/nl.ts';

export function LoadFailed({ title, message, onRetry }: { title: string; message: string; onRetry: () => void }) {
  return (
    <Notice type="error" title={title}>
      <Paragraph>{message}</Paragraph>
      <Button appearance="secondary-action-button" onClick={onRetry}>
        {t('app.retry')}
      </Button>
    </Notice>
  );
}
