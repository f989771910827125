// Dutch renderings of values that end up in sentences shown to advisers and clients:
// long dates ("1 maart 2022"), numbers with a decimal comma, lists joined with "of"/"en".
// Hand-written rather than Intl so the output is identical in Node, Electron and every test
// machine, and so evaluating 500 schemes stays cheap.
import { formatEuro } from '../money.ts';

const months = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
] as const;

/** 2022-03-01 → "1 maart 2022". Leaves anything that is not an ISO date untouched. */
export const longDateNl = (iso: string): string => {
  let text = longDates.get(iso);
  if (text === undefined) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    text = m ? `${Number(m[3])} ${months[Number(m[2]) - 1] ?? m[2]} ${m[1]}` : iso;
    // Packs name a few hundred distinct dates; the bound only guards against odd input.
    if (longDates.size > 4096) longDates.clear();
    longDates.set(iso, text);
  }
  return text;
};
const longDates = new Map<string, string>();

/** 32.5 → "32,5"; 1500 → "1500" (counts and ages are not grouped in running text). */
export const numberNl = (n: number): string => {
  if (Number.isInteger(n)) return String(n);
  return String(Math.round(n * 100) / 100).replace('.', ',');
};

/** ["a", "b", "c"] → "a, b of c" (or "en"). */
export const joinNl = (items: readonly string[], last: 'of' | 'en'): string => {
  if (items.length === 0) return '(geen)';
  if (items.length === 1) return items[0]!;
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
};

export type Unit = 'years' | 'months' | 'hours' | 'count' | 'cents' | 'percent';

export const quantityNl = (n: number, unit: Unit): string => {
  switch (unit) {
    case 'cents':
      return Number.isSafeInteger(n) ? formatEuro(n) : `€ ${numberNl(n / 100)}`;
    case 'years':
      return `${numberNl(n)} jaar`;
    case 'months':
      return `${numberNl(n)} ${n === 1 ? 'maand' : 'maanden'}`;
    case 'hours':
      return `${numberNl(n)} uur`;
    case 'percent':
      return `${numberNl(n)}%`;
    case 'count':
      return numberNl(n);
  }
};
