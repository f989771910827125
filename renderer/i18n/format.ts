// Dates and times as advisers read them. Dates in data are ISO (yyyy-mm-dd, see shared/dates);
// timestamps are ISO instants shown in local time.
import { formatDateNl } from '../../shared/dates/index.ts';

export { formatDateNl };

const two = (n: number) => String(n).padStart(2, '0');

/** '2026-11-23T09:05:00.000Z' → '23-11-2026 10:05' (local time); unreadable input is shown as is. */
export const formatDateTimeNl = (isoTimestamp: string): string => {
  const date = new Date(isoTimestamp);
  if (Number.isNaN(date.getTime())) return isoTimestamp;
  return `${two(date.getDate())}-${two(date.getMonth() + 1)}-${date.getFullYear()} ${two(date.getHours())}:${two(date.getMinutes())}`;
};

/** Today's local date as yyyy-mm-dd (a birth date "in the future" is judged by the adviser's calendar). */
export const todayIso = (now: Date = new Date()): string =>
  `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
