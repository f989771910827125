import { describe, expect, it } from 'vitest';
import { messages, t, tCount } from '../../renderer/i18n/nl.ts';
import { formatDateTimeNl, todayIso } from '../../renderer/i18n/format.ts';

describe('message catalogue', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('clients.notice.created', { name: 'Ayşe Müller' })).toBe('Het dossier van Ayşe Müller is aangemaakt.');
    expect(t('clients.notice.created')).toBe('Het dossier van {name} is aangemaakt.');
  });

  it('counts in Dutch', () => {
    expect(tCount('clients.list.count', 1)).toBe('1 dossier');
    expect(tCount('clients.list.count', 3)).toBe('3 dossiers');
    expect(tCount('clients.list.found', 2, { query: 'muller' })).toBe('2 dossiers gevonden voor ‘muller’');
  });

  it('has no empty texts', () => {
    for (const [key, text] of Object.entries(messages)) expect(text.trim(), key).not.toBe('');
  });

  it('formats timestamps and today in local time', () => {
    expect(formatDateTimeNl('not a date')).toBe('not a date');
    expect(formatDateTimeNl(new Date(2026, 10, 23, 9, 5).toISOString())).toBe('23-11-2026 09:05');
    expect(todayIso(new Date(2026, 0, 2, 23, 59))).toBe('2026-01-02');
  });
});
