// "Bedoelde u ...?": the closest known word to a misspelled key, value or id. Optimal string
// alignment distance (Levenshtein plus swapping two neighbours), ignoring case, so
// "validfrom", "eligibilty" and "tution" all find their word.

export const editDistance = (a: string, b: string): number => {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const m = s.length;
  const n = t.length;
  if (m === 0) return n;
  if (n === 0) return m;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
};

/** The closest candidate, if it is close enough to be a plausible typo; ties go to the first in sorted order. */
export const suggest = (word: string, candidates: Iterable<string>): string | null => {
  if (word.length === 0 || word.length > 100) return null;
  const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of [...new Set(candidates)].sort()) {
    if (c === word) continue;
    if (Math.abs(c.length - word.length) > limit) continue;
    const d = editDistance(word, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance <= limit ? best : null;
};

/** " Bedoelde u "x"?" or "" — ready to append to a sentence. */
export const didYouMean = (word: unknown, candidates: Iterable<string>): string => {
  if (typeof word !== 'string') return '';
  const s = suggest(word, candidates);
  return s === null ? '' : ` Bedoelde u "${s}"?`;
};
