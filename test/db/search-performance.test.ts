// Guards the promise ("well under 50 ms on 10,000 dossiers") in every test run, so a
// change to the index, the query or the ranking that makes search slow fails here first.
import { describe, expect, it } from 'vitest';
import { runSearchBench } from '../../bench/search.ts';

describe('search performance', () => {
  it('answers searches on 10,000 dossiers well under 50 ms (p99)', async () => {
    const result = await runSearchBench();
    expect(result.dossiers).toBe(10_000);
    expect(result.p99Ms).toBeLessThan(50);
  }, 120_000);
});
