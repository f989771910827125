// The action list: for every funding line someone has to apply for, who does it, where, with
// which documents and before when. Dates come from the scheme's tijdvakken (relative to the
// peildatum: the open one, else the next one) and its deadline rule (relative to the training's
// start or end); when both give a date, the earlier one is what the client must meet.
import type { CaseFile } from '../case/schema.ts';
import type { ActionItem } from '../contract/arrangements.ts';
import { formatDateNl } from '../dates/index.ts';
import type { ArrangementResult } from '../matcher/result.ts';
import { applicantLabels } from '../labels/packs.ts';
import { indexSchemes } from '../packs/scheme-index.ts';
import type { Pack, Scheme } from '../packs/format.ts';


export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const earliest = (a: string | null, b: string | null): string | null => (a && b ? (a < b ? a : b) : (a ?? b));

interface Timing {
  applyBefore: string | null;
  timing: string;
  tijdvak: { opens: string; closes: string } | null;
}

function tijdvakTiming(scheme: Scheme, peildatum: string): Timing | null {
  if (scheme.tijdvakken.length === 0) return null;
  const sorted = [...scheme.tijdvakken].sort((a, b) => a.opens.localeCompare(b.opens));
  const open = sorted.find((t) => t.opens <= peildatum && peildatum <= t.closes);
  if (open) {
    return {
      applyBefore: open.closes,
      timing: `Aanvragen kan nu, tot en met ${formatDateNl(open.closes)}.`,
      tijdvak: { opens: open.opens, closes: open.closes },
    };
  }
  const next = sorted.find((t) => t.opens > peildatum);
  if (next) {
    return {
      applyBefore: next.closes,
      timing: `Aanvragen kan van ${formatDateNl(next.opens)} tot en met ${formatDateNl(next.closes)}.`,
      tijdvak: { opens: next.opens, closes: next.closes },
    };
  }
  const last = sorted[sorted.length - 1]!;
  return {
    applyBefore: null,
    timing: `Er is nu geen periode bekend waarin u kunt aanvragen. De laatste bekende periode sloot op ${formatDateNl(last.closes)}.`,
    tijdvak: null,
  };
}

function ruleTiming(scheme: Scheme, caseFile: CaseFile): { date: string | null; text: string | null } {
  const rule = scheme.application.deadline;
  if (!rule) return { date: null, text: null };
  const weeks = rule.weeks ?? 0;
  const { startDate, endDate } = caseFile.training;
  switch (rule.rule) {
    case 'before-training-start': {
      const date = addDays(startDate, -1);
      return { date, text: `Vraag aan voordat de opleiding begint, dus uiterlijk ${formatDateNl(date)}.` };
    }
    case 'within-weeks-after-start': {
      const date = addDays(startDate, weeks * 7);
      return { date, text: `Vraag aan binnen ${weeks} weken na de start van de opleiding, dus uiterlijk ${formatDateNl(date)}.` };
    }
    case 'within-weeks-after-end': {
      const date = addDays(endDate, weeks * 7);
      return { date, text: `Vraag aan binnen ${weeks} weken na het einde van de opleiding, dus uiterlijk ${formatDateNl(date)}.` };
    }
    case 'in-tijdvak':
    case 'none':
      return { date: null, text: null };
  }
}

const budgetStatusText: Record<Scheme['budget']['status'], string | null> = {
  open: null,
  'ceiling-reached': 'was het budget van deze regeling op',
  closed: 'was deze regeling gesloten',
  unknown: null,
};

const allocationText: Record<Scheme['budget']['allocation'], string | null> = {
  'first-come': 'Wie het eerst aanvraagt, krijgt het eerst (op = op).',
  lottery: 'Zijn er te veel aanvragen, dan wordt er geloot.',
  continuous: null,
  unknown: null,
};

/** What the budget status means for the client, with the date it was checked. */
function budgetNote(scheme: Scheme): string | null {
  const status = budgetStatusText[scheme.budget.status];
  const parts = [
    status ? `Let op: op ${formatDateNl(scheme.budget.checkedOn)} ${status}.` : null,
    allocationText[scheme.budget.allocation],
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(' ') : null;
}

export function buildActions(result: ArrangementResult, packs: readonly Pack[], caseFile: CaseFile): ActionItem[] {
  const index = indexSchemes(packs);
  const seen = new Set<string>();
  const actions: ActionItem[] = [];
  for (const line of result.lines) {
    // A scheme's cofinancing share (same scheme id) goes with its main application.
    if (seen.has(line.schemeId)) continue;
    const found = index.get(line.schemeId);
    if (!found) continue;
    seen.add(line.schemeId);
    const { scheme } = found;
    const window = tijdvakTiming(scheme, result.referenceDate);
    const rule = ruleTiming(scheme, caseFile);
    const applyBefore = earliest(window?.applyBefore ?? null, rule.date);
    const parts = [window?.timing, rule.text, scheme.application.deadline?.text].filter((t): t is string => !!t);
    actions.push({
      schemeId: scheme.id,
      schemeName: scheme.name,
      applicant: scheme.application.applicant,
      who: applicantLabels[scheme.application.applicant],
      what:
        scheme.kind === 'cofinancing'
          ? `${applicantLabels[scheme.application.applicant]} legt de bijdrage vast: ${scheme.name}.`
          : `${applicantLabels[scheme.application.applicant]} vraagt ${scheme.name} aan.`,
      how: scheme.application.how,
      url: scheme.application.url ?? null,
      documents: [...scheme.application.documents],
      applyBefore,
      timing: parts.length > 0 ? parts.join(' ') : 'Er is geen vaste datum om aan te vragen.',
      tijdvak: window?.tijdvak ?? null,
      budgetNote: budgetNote(scheme),
    });
  }
  // Most urgent first; undated ones last, in line order.
  return actions
    .map((a, i) => ({ a, i }))
    .sort((x, y) => (x.a.applyBefore ?? '9999').localeCompare(y.a.applyBefore ?? '9999') || x.i - y.i)
    .map(({ a }) => a);
}
