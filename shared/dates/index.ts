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

/** dd-mm-jjjj (also d-m-jjjj, with - / or .) → yyyy-mm-dd, or null when it is not a real date. */
export const parseDateNl = (input: string): string | null => {
  const m = /^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$/.exec(input);
  if (!m) return isIsoDate(input.trim()) ? input.trim() : null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
};

/** Whole years between birth and on (both ISO), as Dutch law counts age. */
export const ageOn = (birthIso: string, onIso: string): number => {
  const [by, bm, bd] = birthIso.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onIso.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
};
