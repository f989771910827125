// What the adviser types (Dutch dates, Dutch amounts, numbers with a comma) turned into data,
// as zod pieces that end in the case schema's own field schemas. The form thereby validates
// exactly what the case file accepts, and every message is Dutch.
import { z } from 'zod';
import { readDateNl, type DateProblem } from '../../shared/dates/index.ts';
import { formatEuro, parseEuro } from '../../shared/money.ts';
import { t, type MessageKey } from './nl.ts';

const dateProblem: Record<DateProblem, MessageKey> = {
  format: 'validation.date.format',
  'not-a-date': 'validation.date.notADate',
  'too-early': 'validation.date.tooEarly',
};

/** dd-mm-jjjj → ISO (shared/dates reads it), or the Dutch reason why not. Empty input is reported as 'empty'. */
export const readDateInput = (input: string): { iso: string } | { error: string } | 'empty' => {
  const read = readDateNl(input);
  return read === 'empty' || 'iso' in read ? read : { error: t(dateProblem[read.problem]) };
};

/**
 * A text field read by `read` (which says 'empty', gives a Dutch error, or what it read): what was
 * read becomes `pick(read)`, an error becomes the field's message, and an empty field is `whenEmpty`'s.
 */
const textField = <V extends object, T, E>(
  read: (input: string) => V | { error: string } | 'empty',
  pick: (read: V) => T,
  whenEmpty: (ctx: z.RefinementCtx) => E,
) =>
  z.string().transform((value, ctx): T | E => {
    const answer = read(value);
    if (answer === 'empty') return whenEmpty(ctx);
    if (isError(answer)) {
      ctx.addIssue({ code: 'custom', message: answer.error });
      return z.NEVER;
    }
    return pick(answer);
  });

const isError = (answer: object): answer is { error: string } => 'error' in answer;

/** An empty required field: "required", and no value. */
const required = (ctx: z.RefinementCtx): never => {
  ctx.addIssue({ code: 'custom', message: t('validation.required') });
  return z.NEVER;
};

/** A required Dutch date field → ISO date. */
export const dateNl = () => textField(readDateInput, (read) => read.iso, required);

/** An optional Dutch date field → ISO date or null. */
export const optionalDateNl = () => textField(readDateInput, (read) => read.iso, (): null => null);

export const MAX_CENTS = 100_000_000;

/** Dutch amount text → cents, or the Dutch reason why not. */
export const readEuro = (input: string): { cents: number } | { error: string } | 'empty' => {
  if (input.trim() === '') return 'empty';
  const cents = parseEuro(input);
  if (cents === null) return { error: t('validation.money.format') };
  if (cents < 0) return { error: t('validation.money.negative') };
  if (cents > MAX_CENTS) return { error: t('validation.money.tooBig') };
  return { cents };
};

/** A required amount field ("1.500,00") → whole cents. */
export const euro = () => textField(readEuro, (read) => read.cents, required);

/** An optional amount field → whole cents, or undefined when left empty. */
export const optionalEuro = () => textField(readEuro, (read) => read.cents, (): undefined => undefined);

/** Cents → what the amount field shows ("1.500,00", without the euro sign the field already has). */
export const euroInputText = (cents: number | null | undefined): string =>
  cents === null || cents === undefined ? '' : formatEuro(cents).replace(/^€\s/, '');

/** "32" or "32,5" → number; empty gives null when allowed. */
export const readNumberNl = (input: string): number | null | 'invalid' => {
  const text = input.trim().replace(',', '.');
  if (text === '') return null;
  if (!/^\d+(?:\.\d+)?$/.test(text)) return 'invalid';
  return Number(text);
};

const numberText = (required: boolean) =>
  z.string().transform((value, ctx): number | null => {
    const read = readNumberNl(value);
    if (read === 'invalid') {
      ctx.addIssue({ code: 'custom', message: t('validation.number.format') });
      return z.NEVER;
    }
    if (read === null && required) {
      ctx.addIssue({ code: 'custom', message: t('validation.required') });
      return z.NEVER;
    }
    return read;
  });

export const numberNl = () => numberText(true).transform((n) => n as number);
export const optionalNumberNl = () => numberText(false);

/** A select that starts on "Kies…" (''): required, then checked by the case schema's enum. */
export const chosen = () => z.string().min(1, { message: t('validation.choose') });

/** Whole numbers only (employer size): the schema says int, the adviser reads "heel getal". */
export const wholeNumberMessage = () => t('validation.number.whole');
