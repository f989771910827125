// Dates travel as ISO strings (yyyy-mm-dd) in data and are shown as dd-mm-jjjj on screen.
import { z } from 'zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isIsoDate = (value: string): boolean => {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
};

export const isoDateSchema = z
  .string()
  .max(10)
  .refine(isIsoDate, { message: 'Vul een geldige datum in (dd-mm-jjjj).' });

/** yyyy-mm-dd → dd-mm-jjjj. Leaves anything else untouched. */
export const formatDateNl = (iso: string | null | undefined): string => {
  if (!iso) return '';
  const m = ISO_DATE.exec(iso.slice(0, 10));
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
};

/** The earliest date a form accepts: anything before is a typo in the year (0980 for 1980). */
export const EARLIEST_DATE = '1900-01-01';

/** Why typed text is not a date; the screens turn each reason into their own Dutch sentence. */
export type DateProblem = 'format' | 'not-a-date' | 'too-early';
export type DateReading = { iso: string } | { problem: DateProblem } | 'empty';

// Day, month, year as advisers type them: 05-03-1980, 5-3-1980, 05/03/1980 or 5.3.1980.
const NL_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/**
 * THE reader of a typed Dutch date (dd-mm-jjjj) for every form: ISO on success, else why not.
 * Empty input is its own answer so a form can decide whether the field is required.
 */
export const readDateNl = (input: string): DateReading => {
  const text = input.trim();
  if (text === '') return 'empty';
  const m = NL_DATE.exec(text);
  if (!m) return { problem: 'format' };
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  if (!isIsoDate(iso)) return { problem: 'not-a-date' };
  if (iso < EARLIEST_DATE) return { problem: 'too-early' };
  return { iso };
};

/** Whole years between birth and on (both ISO), as Dutch law counts age. */
export const ageOn = (birthIso: string, onIso: string): number => {
  const [by, bm, bd] = birthIso.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onIso.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
};
