// zod ships a Dutch locale, but its texts name programming types ("verwacht string, ontving
// getal"). Advisers get plain language for the common checks; anything rarer falls back to
// zod's Dutch locale rather than English. Global config, so installing it twice is harmless.
import { z } from 'zod';
import { expectedNames, fieldMessages } from './messages.ts';

const MAX_NAMED_KEYS = 3;
const MAX_KEY_LENGTH = 40;

// Unknown keys come from the caller; never echo a huge or endless list back.
const describeKeys = (keys: readonly string[]): string => {
  const shown = keys.slice(0, MAX_NAMED_KEYS).map((k) => `"${k.length > MAX_KEY_LENGTH ? `${k.slice(0, MAX_KEY_LENGTH)}…` : k}"`);
  return keys.length > MAX_NAMED_KEYS ? `${shown.join(', ')} en nog ${keys.length - MAX_NAMED_KEYS}` : shown.join(', ');
};

const plainDutch: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return fieldMessages.required;
      return fieldMessages.wrongType(expectedNames[issue.expected] ?? 'een andere waarde');
    case 'unrecognized_keys':
      return fieldMessages.unknownFields(describeKeys(issue.keys), issue.keys.length);
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'string') return fieldMessages.textTooLong(max);
      if (issue.origin === 'number' || issue.origin === 'int') return fieldMessages.numberTooBig(max);
      if (issue.origin === 'array' || issue.origin === 'set') return fieldMessages.listTooLong(max);
      return undefined;
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'string') return fieldMessages.textTooShort(min);
      if (issue.origin === 'number' || issue.origin === 'int') return fieldMessages.numberTooSmall(min);
      if (issue.origin === 'array' || issue.origin === 'set') return fieldMessages.listTooShort(min);
      return undefined;
    }
    case 'invalid_value':
      return fieldMessages.invalidChoice;
    default:
      return undefined;
  }
};

export function installDutchZodMessages(): void {
  z.config({ ...z.locales.nl(), customError: plainDutch });
}
