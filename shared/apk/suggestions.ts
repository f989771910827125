// Which of the schemes a Loopbaan APK signal points at this client could get at all. The
// checklist names schemes for every client (Twents Fonds, A+O Metalektro, ...); shown unfiltered,
// a Rijnmond client was pointed to a Twente fund and an OOM client to the metalektro fund
// (issue 12, item 8). Only what is already known is used: the client's region, the sector fund
// and the peildatum (validity). The matcher still decides eligibility; this only removes schemes
// that certainly do not apply, so a rule on anything else (age, training, ...) never hides one.
import type { Pack, RuleNode, Scheme } from '../packs/format.ts';
import { indexSchemes } from '../packs/scheme-index.ts';

export interface SuggestionFacts {
  /** The dossier's arbeidsmarktregio id. */
  readonly region: string;
  /**
   * The intake's sector fund; null = none entered, which the matcher treats as "no fund", so a
   * scheme that asks for a fund is not suggested either.
   */
  readonly sectorFund: string | null;
  /** ISO date: a scheme that has ended or not begun on this date is not suggested. */
  readonly referenceDate: string;
}

const decidable = new Set(['client.region', 'work.sectorFund']);

/** true / false when the facts decide the node, null when they do not (another fact counts). */
function decide(node: RuleNode, facts: SuggestionFacts): boolean | null {
  if ('all' in node) {
    const parts = node.all.map((n) => decide(n, facts));
    return parts.includes(false) ? false : parts.every((p) => p === true) ? true : null;
  }
  if ('any' in node) {
    const parts = node.any.map((n) => decide(n, facts));
    return parts.includes(true) ? true : parts.every((p) => p === false) ? false : null;
  }
  if ('not' in node) {
    const inner = decide(node.not, facts);
    return inner === null ? null : !inner;
  }
  if (!decidable.has(node.fact)) return null;
  const actual = node.fact === 'client.region' ? facts.region : facts.sectorFund;
  const wanted = typeof node.value === 'string' ? [node.value] : Array.isArray(node.value) ? node.value : null;
  switch (node.op) {
    case 'eq':
    case 'in':
      return wanted === null ? null : actual !== null && wanted.includes(actual);
    case 'neq':
    case 'notIn':
      return wanted === null ? null : actual === null || !wanted.includes(actual);
    case 'isSet':
      return actual !== null;
    case 'isNotSet':
      return actual === null;
    default:
      return null;
  }
}

/** Whether the scheme can apply to a client with these facts (false only when it certainly cannot). */
export function schemeCanApply(scheme: Scheme, pack: Pack, facts: SuggestionFacts): boolean {
  if (facts.referenceDate < scheme.validFrom) return false;
  if (scheme.validTo !== null && facts.referenceDate > scheme.validTo) return false;
  if (pack.scope.kind === 'region' && !pack.scope.regions.includes(facts.region)) return false;
  return decide(scheme.eligibility, facts) !== false;
}

/**
 * The signal's scheme ids this client could get, in the signal's order. An id no loaded pack
 * knows is left out: nothing can be said about it, and the adviser could not look it up.
 */
export function suggestedSchemes(schemeIds: readonly string[], packs: readonly Pack[], facts: SuggestionFacts): string[] {
  const index = indexSchemes(packs);
  return schemeIds.filter((id) => {
    const entry = index.get(id);
    return entry !== undefined && schemeCanApply(entry.scheme, entry.pack, facts);
  });
}
