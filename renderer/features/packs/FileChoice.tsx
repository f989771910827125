// Choosing a file to read in the page (a pack bundle, a pack.json, a publisher's key). Chromium's
// own file widget speaks the browser's UI language, so a Dutch button opens the dialog and the
// input stays hidden; the name of the chosen file is shown beside it.
import { useId, useRef, useState } from 'react';
import type { AppError } from '../../../shared/contract/result.ts';
import { Button } from '../../components/buttons.tsx';
import { t } from '../../i18n/nl.ts';

export type ReadFile = { ok: true; name: string; text: string } | { ok: false; name: string; reason: 'too-large' | 'unreadable' };

/** Reads a chosen file as text, refusing one that is too large before reading it whole. */
export const readChosenFile = async (file: File, maxChars: number): Promise<ReadFile> => {
  // Bytes bound characters from above: refuse before reading a huge file into memory.
  if (file.size > maxChars * 4) return { ok: false, name: file.name, reason: 'too-large' };
  try {
    const text = await file.text();
    return text.length > maxChars ? { ok: false, name: file.name, reason: 'too-large' } : { ok: true, name: file.name, text };
  } catch {
    return { ok: false, name: file.name, reason: 'unreadable' };
  }
};

export const readProblemText = (read: Extract<ReadFile, { ok: false }>): string =>
  read.reason === 'too-large' ? t('packs.file.tooLarge', { name: read.name }) : t('packs.file.unreadable', { name: read.name });

/** The service's Dutch message and, below it, what it names (one line per problem). */
export const problemLines = (error: AppError): string[] => {
  const issues = (error.issues ?? []).map((i) => i.message).filter((m) => m !== error.message);
  return [...new Set(issues)].slice(0, 8);
};

export interface FileChoiceProps {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly accept: string;
  readonly maxChars: number;
  readonly disabled?: boolean;
  readonly onRead: (read: ReadFile) => void;
}

export function FileChoice({ id, label, description, accept, maxChars, disabled, onRead }: FileChoiceProps) {
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const labelId = useId();
  const hintId = useId();
  return (
    <div className="utrecht-form-field">
      <p className="utrecht-form-label" id={labelId}>
        {label}
      </p>
      <p className="arr-small arr-muted" id={hintId}>
        {description}
      </p>
      <div className="arr-file-choice">
        <Button appearance="secondary-action-button" type="button" aria-describedby={`${labelId} ${hintId}`} disabled={disabled} onClick={() => input.current?.click()}>
          {t('packs.file.choose')}
        </Button>
        <span className="arr-muted">{chosen ?? t('packs.file.none')}</span>
      </div>
      <input
        ref={input}
        id={id}
        type="file"
        accept={accept}
        hidden
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (!file) return;
          setChosen(file.name);
          void readChosenFile(file, maxChars).then((read) => {
            // The same file again must fire change again (after fixing it on disk).
            if (input.current) input.current.value = '';
            onRead(read);
          });
        }}
      />
    </div>
  );
}
