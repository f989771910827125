// The one dd-mm-jjjj reader (issue 8.5): the forms, the peildatum and the dossier's birth date
// all read typed dates through shared/dates.
import { describe, expect, it } from 'vitest';
import { formatDateNl, readDateNl } from '../../shared/dates/index.ts';

describe('readDateNl', () => {
  it('reads the ways advisers type a date', () => {
    expect(readDateNl('15-01-2022')).toEqual({ iso: '2022-01-15' });
    expect(readDateNl('5-3-1980')).toEqual({ iso: '1980-03-05' });
    expect(readDateNl('05/03/1980')).toEqual({ iso: '1980-03-05' });
    expect(readDateNl(' 5.3.1980 ')).toEqual({ iso: '1980-03-05' });
  });

  it('says why text is not a date', () => {
    expect(readDateNl('')).toBe('empty');
    expect(readDateNl('   ')).toBe('empty');
    expect(readDateNl('2022/01/15')).toEqual({ problem: 'format' });
    expect(readDateNl('2022-01-15')).toEqual({ problem: 'format' });
    expect(readDateNl('15-01-22')).toEqual({ problem: 'format' });
    expect(readDateNl('31-02-2022')).toEqual({ problem: 'not-a-date' });
    expect(readDateNl('29-02-2023')).toEqual({ problem: 'not-a-date' });
    expect(readDateNl('01-01-0980')).toEqual({ problem: 'too-early' });
  });

  it('round-trips with formatDateNl', () => {
    for (const iso of ['1900-01-01', '1980-03-05', '2024-02-29', '2026-12-31']) expect(readDateNl(formatDateNl(iso))).toEqual({ iso });
  });
});
