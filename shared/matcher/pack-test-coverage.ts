// Which parts of a pack's rules its own tests never reach (for `npm run pack -- test`). A rule
// is covered when some test sees it hold and some test sees it fail; a branch of an `any` is
// covered when some test passes the group through that branch alone, a branch of an `all` when
// some test fails the group through that branch alone. Those are the cases where a wrong rule
// would change an outcome, so those are the cases a regional team needs a test for. Pure.
// It sits with the matcher because it evaluates conditions (shared/ is layered).
import type { Pack, RuleNode } from '../packs/format.ts';
import { parseCase } from '../packs/parse.ts';
import { caseFacts } from './facts.ts';
import { validityReason } from './evaluate.ts';
import { mergeCase } from './pack-tests.ts';
import { testCondition, type SchemeScope } from './rules.ts';

export interface CoverageGap {
  readonly schemeId: string;
  /** JSON path in the pack file, e.g. $.schemes[0].eligibility.all[2].any[1]. */
  readonly path: string;
  /** Dutch. */
  readonly message: string;
}

export interface PackCoverage {
  readonly rules: number;
  readonly rulesCovered: number;
  readonly branches: number;
  readonly branchesCovered: number;
  readonly gaps: CoverageGap[];
}

interface Seen {
  t: boolean;
  f: boolean;
}
type Truth = boolean | null;

const describeNode = (n: RuleNode): string => ('all' in n ? 'groep "all"' : 'any' in n ? 'groep "any"' : 'not' in n ? 'groep "not"' : `regel "${n.id}"`);

export const packTestCoverage = (pack: Pack): PackCoverage => {
  const leafSeen = new Map<string, Seen>(); // key: path
  const branchSeen = new Map<string, boolean>(); // key: path of the branch
  const schemeReached = new Set<string>();

  const cases = pack.testBaseCase
    ? pack.tests.flatMap((t) => {
        const c = parseCase(mergeCase(pack.testBaseCase, t.case), 'test');
        return c.ok ? [c.caseFile] : [];
      })
    : [];

  for (const caseFile of cases) {
    const facts = caseFacts(caseFile, caseFile.referenceDate);
    pack.schemes.forEach((scheme, si) => {
      if (validityReason(scheme, caseFile.referenceDate) !== null) return;
      schemeReached.add(scheme.id);
      const scope: SchemeScope = { scheme, pack, facts, params: [] };
      const walk = (node: RuleNode, path: string): Truth => {
        if ('not' in node) {
          const v = walk(node.not, `${path}.not`);
          return v === null ? null : !v;
        }
        if ('all' in node || 'any' in node) {
          const isAll = 'all' in node;
          const kids = isAll ? node.all : node.any;
          const key = isAll ? 'all' : 'any';
          const values = kids.map((k, i) => walk(k, `${path}.${key}[${i}]`));
          values.forEach((v, i) => {
            const bp = `${path}.${key}[${i}]`;
            if (!branchSeen.has(bp)) branchSeen.set(bp, false);
            const othersOk = values.every((o, j) => j === i || (isAll ? o === true : o !== true));
            if (othersOk && v === !isAll) branchSeen.set(bp, true);
          });
          if (isAll) return values.includes(false) ? false : values.includes(null) ? null : true;
          return values.includes(true) ? true : values.includes(null) ? null : false;
        }
        const v = testCondition(node, scope, 'rule');
        const s = leafSeen.get(path) ?? { t: false, f: false };
        if (v === true) s.t = true;
        if (v === false) s.f = true;
        leafSeen.set(path, s);
        return v;
      };
      walk(scheme.eligibility, `$.schemes[${si}].eligibility`);
    });
  }

  const gaps: CoverageGap[] = [];
  let rules = 0;
  let rulesCovered = 0;
  let branches = 0;
  let branchesCovered = 0;
  pack.schemes.forEach((scheme, si) => {
    const reached = schemeReached.has(scheme.id);
    const visit = (node: RuleNode, path: string, parent: 'all' | 'any' | null) => {
      if (parent) {
        branches++;
        if (branchSeen.get(path)) branchesCovered++;
        else if (reached) {
          gaps.push({
            schemeId: scheme.id,
            path,
            message:
              parent === 'any'
                ? `Tak van "any": ${describeNode(node)}. Geen test laat de groep slagen door alleen deze tak.`
                : `Tak van "all": ${describeNode(node)}. Geen test laat de groep mislukken door alleen deze tak.`,
          });
        }
      }
      if ('not' in node) return visit(node.not, `${path}.not`, null);
      if ('all' in node) return node.all.forEach((n, i) => visit(n, `${path}.all[${i}]`, 'all'));
      if ('any' in node) return node.any.forEach((n, i) => visit(n, `${path}.any[${i}]`, 'any'));
      rules++;
      const s = leafSeen.get(path);
      if (s?.t && s.f) rulesCovered++;
      else if (reached) {
        const what = !s || (!s.t && !s.f) ? 'wordt in geen test beslist (onbekend getal?)' : !s.t ? 'is in geen test gehaald' : 'is in geen test niet gehaald';
        gaps.push({ schemeId: scheme.id, path, message: `Regel "${node.id}" ${what}.` });
      }
    };
    if (!reached) {
      gaps.push({ schemeId: scheme.id, path: `$.schemes[${si}]`, message: 'Geen enkele test bereikt deze regeling (geen test, of de peildatum valt buiten de geldigheid).' });
    }
    visit(scheme.eligibility, `$.schemes[${si}].eligibility`, null);
  });
  return { rules, rulesCovered, branches, branchesCovered, gaps };
};
