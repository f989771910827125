// Money is integer euro cents everywhere in data; these helpers are the only place where it
// becomes Dutch text and back. Pure: no DOM, no I/O, usable by renderer, reports and tests.

const euroGrouping = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0, useGrouping: true });

/**
 * 150000 → "€ 1.500,00"; -1234 → "€ -12,34" (the Dutch convention).
 * Built from the integer parts rather than cents / 100, so no float rounding can creep in.
 * Uses a plain space after the euro sign (Intl would give U+00A0): texts are searched and copied
 * by tests, PDFs and advisers; keep amounts on one line with CSS (white-space: nowrap) instead.
 */
export const formatEuro = (cents: number): string => {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`formatEuro needs whole cents, got ${cents}`);
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const euros = euroGrouping.format(Math.floor(abs / 100));
  const rest = String(abs % 100).padStart(2, '0');
  return `€ ${negative ? '-' : ''}${euros},${rest}`;
};

const GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,(\d{1,2}|-{1,2}))?$/;
const PLAIN = /^\d+(?:,(\d{1,2}|-{1,2}))?$/;

/**
 * Dutch amount text → whole cents, or null when it is not an amount.
 * Accepts "1500", "1.500", "1.500,00", "1500,5", "€ 1.500,-" and a leading minus.
 * A point is always a thousands separator (as on Dutch invoices), so "1.50" is refused
 * rather than guessed.
 */
export const parseEuro = (input: string): number | null => {
  let text = input.replace(/[\s\u00a0]/g, '').replace(/^€/, '');
  let sign = 1;
  if (text.startsWith('-')) {
    sign = -1;
    text = text.slice(1).replace(/^€/, '');
  }
  if (!GROUPED.test(text) && !PLAIN.test(text)) return null;
  const [wholePart = '', fraction = ''] = text.split(',');
  const whole = Number(wholePart.replace(/\./g, ''));
  const cents = /^\d+$/.test(fraction) ? Number(fraction.padEnd(2, '0')) : 0;
  const total = whole * 100 + cents;
  if (!Number.isSafeInteger(total)) return null;
  return sign * total || 0;
};
