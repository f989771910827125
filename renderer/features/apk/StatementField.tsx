// One statement of the Loopbaan APK, read aloud with the client: four answers as a native radio
// group (Tab reaches the group, the arrow keys choose, no mouse needed) and a note. The answer is
// saved the moment it is chosen; the note when the adviser leaves the note field.
import { useEffect, useState } from 'react';
import { apkAnswers, type ApkAnswer, type ApkStatement } from '../../../shared/apk/checklist.ts';
import { apkAnswerLabel } from '../../i18n/labels.ts';
import { t } from '../../i18n/nl.ts';
import type { StatementStatus } from './useApk.ts';

export interface StatementFieldProps {
  readonly statement: ApkStatement;
  readonly answer: ApkAnswer | null;
  readonly note: string;
  readonly status: StatementStatus | undefined;
  readonly onAnswer: (answer: ApkAnswer, note: string) => void;
}

export function StatementField({ statement, answer, note, status, onAnswer }: StatementFieldProps) {
  const [noteText, setNoteText] = useState(note);
  const [noteOpen, setNoteOpen] = useState(note !== '');
  useEffect(() => setNoteText(note), [note]);
  const base = `apk-${statement.id}`;
  const helpId = statement.help ? `${base}-hulp` : undefined;
  const statusId = `${base}-status`;
  const noteId = `${base}-notitie`;
  return (
    <fieldset className={`arr-statement${answer ? ' arr-statement--answered' : ''}`} aria-describedby={[helpId, statusId].filter(Boolean).join(' ')} data-statement={statement.id}>
      <legend className="arr-statement__text">{statement.text}</legend>
      {statement.help ? (
        <p className="arr-statement__help" id={helpId}>
          {statement.help}
        </p>
      ) : null}
      <div className="arr-choices">
        {apkAnswers.map((value) => {
          const id = `${base}-${value}`;
          return (
            <label key={value} htmlFor={id} className={`arr-choice${answer === value ? ' arr-choice--checked' : ''}`}>
              <input
                id={id}
                type="radio"
                className="utrecht-radio-button utrecht-radio-button--html-input arr-choice__input"
                name={base}
                value={value}
                checked={answer === value}
                onChange={() => onAnswer(value, noteText)}
              />
              <span className="arr-choice__label">{apkAnswerLabel(value)}</span>
            </label>
          );
        })}
        {!noteOpen ? (
          <button type="button" className="arr-link-button" onClick={() => {
            setNoteOpen(true);
            requestAnimationFrame(() => document.getElementById(noteId)?.focus());
          }}>
            {t('apk.note.add')}
          </button>
        ) : null}
      </div>
      {noteOpen ? (
        <div className="arr-statement__note">
          <label className="utrecht-form-label arr-statement__note-label" htmlFor={noteId}>
            {t('apk.note.label')}
          </label>
          <textarea
            id={noteId}
            className="utrecht-textarea utrecht-textarea--html-textarea arr-textarea"
            rows={2}
            maxLength={1000}
            value={noteText}
            onChange={(event) => setNoteText(event.target.value)}
            onBlur={() => {
              if (answer && noteText !== note) onAnswer(answer, noteText);
            }}
            aria-describedby={answer ? undefined : `${noteId}-hint`}
          />
          {!answer ? (
            <p className="arr-muted arr-small" id={`${noteId}-hint`}>
              {t('apk.note.afterAnswer')}
            </p>
          ) : null}
        </div>
      ) : null}
      <p className={`arr-statement__status${status?.error ? ' arr-statement__status--error' : ''}`} id={statusId} role={status?.error ? 'alert' : undefined}>
        {status?.error ? t('apk.answer.failed', { message: status.error }) : status?.saving ? t('session.saving') : ''}
      </p>
    </fieldset>
  );
}
