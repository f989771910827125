// The peildatum: the date on which every scheme is judged. Today by default; an earlier date
// reconstructs the arrangement as it stood then (schemes, amounts and tijdvakken of that year).
// Typed as dd-mm-jjjj; the matching follows as soon as the text is a real date.
import { useEffect, useId, useState } from 'react';
import { formatDateNl } from '../../../shared/dates/index.ts';
import { Field } from '../Field.tsx';
import { Button } from '../buttons.tsx';
import { TextInput } from '../controls.tsx';
import { t } from '../../i18n/nl.ts';
import { todayIso } from '../../i18n/format.ts';
import { readDateInput } from '../../i18n/parse.ts';

export const PEILDATUM_FIELD_ID = 'peildatum';

/** A peildatum further ahead than this is asked about. */
export const FUTURE_YEARS = 2;

const plusYears = (iso: string, years: number): string => `${String(Number(iso.slice(0, 4)) + years).padStart(4, '0')}${iso.slice(4)}`;

export function PeildatumField({ value, onChange, idSuffix = '', short = false }: { value: string; onChange: (iso: string) => void; idSuffix?: string; short?: boolean }) {
  const [text, setText] = useState(formatDateNl(value));
  const [error, setError] = useState<string | undefined>();
  const hintId = useId();
  useEffect(() => {
    // Another screen (or "Vandaag") changed the date: show it, unless the adviser is typing the same date.
    setText((current) => {
      const read = readDateInput(current);
      return typeof read === 'object' && 'iso' in read && read.iso === value ? current : formatDateNl(value);
    });
  }, [value]);
  const today = todayIso();
  // Far in the future is allowed (an adviser may look ahead) but is more often a typing error:
  // asked, not refused, and once confirmed not asked again for that date (issue 12, item 9).
  const [confirmedFor, setConfirmedFor] = useState<string | null>(null);
  const farAhead = value > plusYears(today, FUTURE_YEARS) && confirmedFor !== value;
  return (
    <div className="arr-peildatum">
      <Field id={`${PEILDATUM_FIELD_ID}${idSuffix}`} label={t('match.peildatum.label')} description={short ? t('match.peildatum.short') : t('match.peildatum.description')} error={error}>
        {(control) => (
          <span className="arr-peildatum__row">
            <TextInput
              {...control}
              className="arr-input arr-input--s"
              inputMode="numeric"
              autoComplete="off"
              value={text}
              invalid={!!error}
              onChange={(event) => {
                const next = event.target.value;
                setText(next);
                const read = readDateInput(next);
                if (read === 'empty') {
                  setError(t('validation.required'));
                } else if ('error' in read) {
                  // Half a date is normal while typing; only complain once it looks finished.
                  setError(next.trim().length >= 10 ? read.error : undefined);
                } else {
                  setError(undefined);
                  onChange(read.iso);
                }
              }}
              onBlur={() => {
                const read = readDateInput(text);
                if (read === 'empty') setError(t('validation.required'));
                else if ('error' in read) setError(read.error);
              }}
            />
            {value !== today ? (
              <Button appearance="subtle-button" type="button" aria-describedby={hintId} onClick={() => onChange(today)}>
                {t('match.peildatum.today')}
              </Button>
            ) : null}
          </span>
        )}
      </Field>
      {farAhead ? (
        <div className="arr-inline-question" role="status">
          <p>{t('match.peildatum.farAhead', { date: formatDateNl(value), years: FUTURE_YEARS })}</p>
          <Button appearance="subtle-button" type="button" onClick={() => setConfirmedFor(value)}>
            {t('match.peildatum.farAhead.confirm')}
          </Button>
        </div>
      ) : null}
      <span id={hintId} className="arr-visually-hidden">
        {t('match.peildatum.todayHint', { date: formatDateNl(today) })}
      </span>
    </div>
  );
}
