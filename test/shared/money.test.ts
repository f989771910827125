import { describe, expect, it } from 'vitest';
import { formatEuro, parseEuro } from '../../shared/money.ts';

describe('formatEuro', () => {
  it('writes Dutch notation with a plain space after the euro sign', () => {
    expect(formatEuro(150000)).toBe('€ 1.500,00');
    expect(formatEuro(100500)).toBe('€ 1.005,00');
    expect(formatEuro(49500)).toBe('€ 495,00');
    expect(formatEuro(0)).toBe('€ 0,00');
    expect(formatEuro(7)).toBe('€ 0,07');
    expect(formatEuro(12_500_000_00)).toBe('€ 12.500.000,00');
  });
  it('puts the minus after the euro sign', () => {
    expect(formatEuro(-1234)).toBe('€ -12,34');
  });
  it('refuses fractions of a cent', () => {
    expect(() => formatEuro(1.5)).toThrow(RangeError);
  });
});

describe('parseEuro', () => {
  it.each([
    ['1500', 150000],
    ['1.500', 150000],
    ['1.500,00', 150000],
    ['1500,5', 150050],
    ['€ 1.500,-', 150000],
    ['€1.005,00', 100500],
    [' 0,07 ', 7],
    ['-12,34', -1234],
    ['1.234.567,89', 123456789],
  ])('%s → %i cents', (text, cents) => {
    expect(parseEuro(text)).toBe(cents);
  });
  it.each(['', 'abc', '1.50', '1,500', '12,345', '1..500', '€', '1 500 euro'])('refuses %j', (text) => {
    expect(parseEuro(text)).toBeNull();
  });
  it('round-trips with formatEuro', () => {
    for (const cents of [0, 1, 99, 100, 150000, 123456789, -4500]) expect(parseEuro(formatEuro(cents))).toBe(cents);
  });
});
