// What changed between two versions of a pack, in plain Dutch, for the adviser ("what does
// Twente 1.4.0 change?") and for the author checking a release before signing it:
//   "Maximum per opleiding verlaagd van € 1.000,00 naar € 750,00, geldig vanaf 01-01-2027"
// Pure. Figures are compared per dated value, so a new value from a future date reads as a
// change from that date, not as a change today.
import { formatDateNl } from '../dates/index.ts';
import { formatEuro } from '../money.ts';
import type { Pack, Parameter, ParameterUnit, RuleNode, Scheme } from './format.ts';

export interface PackChange {
  /** null for a change of the pack as a whole. */
  readonly schemeId: string | null;
  readonly schemeName: string | null;
  readonly kind: 'added' | 'removed' | 'changed';
  /** One Dutch sentence. */
  readonly text: string;
}

const number = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** A figure as the adviser reads it: € 1.000,00, 33%, 2 jaar, 16 uur. */
export const formatFigure = (value: number | null, unit: ParameterUnit): string => {
  if (value === null) return 'onbekend';
  switch (unit) {
    case 'cents':
      return Number.isSafeInteger(value) ? formatEuro(value) : `${number.format(value / 100)} euro`;
    case 'percent':
      return `${number.format(value)}%`;
    case 'years':
      return `${number.format(value)} jaar`;
    case 'months':
      return `${number.format(value)} ${value === 1 ? 'maand' : 'maanden'}`;
    case 'hours':
      return `${number.format(value)} uur`;
    case 'count':
      return number.format(value);
  }
};

const valueAt = (p: Parameter, date: string): number | null => {
  let found: { from: string; value: number | null } | null = null;
  for (const v of p.values) if (v.from <= date && (!found || v.from > found.from)) found = v;
  return found ? found.value : null;
};

const mode: Record<Scheme['stacking']['mode'], string> = {
  stacks: 'samen met andere regelingen',
  exclusive: 'alleen, niet samen met andere regelingen',
  'remainder-only': 'alleen voor wat andere regelingen overlaten',
};
const budget: Record<Scheme['budget']['status'], string> = {
  open: 'open',
  'ceiling-reached': 'op (plafond bereikt)',
  closed: 'gesloten',
  unknown: 'onbekend',
};

const parameterChanges = (a: Parameter | undefined, b: Parameter | undefined): string[] => {
  if (!a && !b) return [];
  if (!a) return [`Nieuw getal "${b!.label}": ${b!.values.map((v) => `${formatFigure(v.value, b!.unit)} vanaf ${formatDateNl(v.from)}`).join(', ')}.`];
  if (!b) return [`Getal "${a.label}" vervalt.`];
  const out: string[] = [];
  const label = b.label;
  if (a.unit !== b.unit) out.push(`${label}: de eenheid is gewijzigd; vergelijk de bedragen zelf.`);
  const aFrom = new Map(a.values.map((v) => [v.from, v.value]));
  for (const v of b.values) {
    const before = aFrom.has(v.from) ? aFrom.get(v.from)! : valueAt(a, v.from);
    if (before === v.value) continue;
    const from = `geldig vanaf ${formatDateNl(v.from)}`;
    if (before === null) out.push(`${label} vastgesteld op ${formatFigure(v.value, b.unit)} (was onbekend), ${from}`);
    else if (v.value === null) out.push(`${label} is niet meer bekend (was ${formatFigure(before, a.unit)}), ${from}`);
    else out.push(`${label} ${v.value < before ? 'verlaagd' : 'verhoogd'} van ${formatFigure(before, a.unit)} naar ${formatFigure(v.value, b.unit)}, ${from}`);
  }
  const bFrom = new Set(b.values.map((v) => v.from));
  for (const v of a.values) {
    if (bFrom.has(v.from)) continue;
    const now = valueAt(b, v.from);
    if (now !== v.value) out.push(`${label}: de waarde ${formatFigure(v.value, a.unit)} vanaf ${formatDateNl(v.from)} vervalt; op die datum geldt nu ${formatFigure(now, b.unit)}`);
  }
  if (a.label !== b.label) out.push(`Getal "${a.label}" heet nu "${b.label}"`);
  if (a.verified !== b.verified) out.push(b.verified ? `${label} is nu bevestigd in een bron (gecontroleerd op ${formatDateNl(b.lastVerified)})` : `${label} is niet meer bevestigd in een bron`);
  else if (a.source !== b.source) out.push(`${label} heeft een andere bron`);
  return out.map((s) => (s.endsWith('.') ? s : `${s}.`));
};

type Leaf = Extract<RuleNode, { id: string }>;
const leaves = (node: RuleNode, out: Map<string, Leaf> = new Map()): Map<string, Leaf> => {
  if ('all' in node) node.all.forEach((n) => leaves(n, out));
  else if ('any' in node) node.any.forEach((n) => leaves(n, out));
  else if ('not' in node) leaves(node.not, out);
  else out.set(node.id, node);
  return out;
};
/** The shape of the tree with leaves as their ids: tells a regrouping apart from a leaf edit. */
const shape = (node: RuleNode): unknown =>
  'all' in node ? { all: node.all.map(shape) } : 'any' in node ? { any: node.any.map(shape) } : 'not' in node ? { not: shape(node.not) } : node.id;

const condition = (l: Leaf): string => {
  const v = l.value;
  const value = v === undefined ? '' : typeof v === 'string' ? ` ${v}` : Array.isArray(v) ? ` [${v.join(', ')}]` : ` getal "${v.param}"`;
  return `${l.fact} ${l.op}${value}${l.on ? ` (op ${l.on === 'trainingStart' ? 'de startdatum' : 'de peildatum'})` : ''}`;
};

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const schemeChanges = (a: Scheme, b: Scheme): string[] => {
  const out: string[] = [];
  if (a.name !== b.name) out.push(`Naam gewijzigd van "${a.name}" naar "${b.name}".`);
  if (a.funder !== b.funder) out.push(`Financier gewijzigd van "${a.funder}" naar "${b.funder}".`);
  if (a.kind !== b.kind) out.push(`Soort gewijzigd van "${a.kind}" naar "${b.kind}".`);
  if (a.validFrom !== b.validFrom) out.push(`Geldig vanaf gewijzigd van ${formatDateNl(a.validFrom)} naar ${formatDateNl(b.validFrom)}.`);
  if (a.validTo !== b.validTo) out.push(b.validTo === null ? `Heeft geen einddatum meer (was ${formatDateNl(a.validTo)}).` : `Einddatum ${a.validTo === null ? `vastgesteld op ${formatDateNl(b.validTo)}` : `gewijzigd van ${formatDateNl(a.validTo)} naar ${formatDateNl(b.validTo)}`}.`);
  for (const id of new Set([...Object.keys(a.parameters), ...Object.keys(b.parameters)])) out.push(...parameterChanges(a.parameters[id], b.parameters[id]));

  const la = leaves(a.eligibility);
  const lb = leaves(b.eligibility);
  for (const [id, l] of lb) {
    const old = la.get(id);
    if (!old) out.push(`Nieuwe voorwaarde "${id}": ${condition(l)}.`);
    else if (condition(old) !== condition(l)) out.push(`Voorwaarde "${id}" gewijzigd van ${condition(old)} naar ${condition(l)}.`);
    else if (old.pass !== l.pass || old.fail !== l.fail) out.push(`Voorwaarde "${id}": de uitleg is anders verwoord.`);
  }
  for (const [id, l] of la) if (!lb.has(id)) out.push(`Voorwaarde "${id}" vervalt (${condition(l)}).`);
  if (!same(shape(a.eligibility), shape(b.eligibility)) && [...la.keys()].every((id) => lb.has(id)) && [...lb.keys()].every((id) => la.has(id))) {
    out.push('De voorwaarden zijn anders gegroepeerd (alle / een van / niet).');
  }

  const ca = new Set(a.coverage.categories);
  const cb = new Set(b.coverage.categories);
  const more = [...cb].filter((c) => !ca.has(c));
  const less = [...ca].filter((c) => !cb.has(c));
  if (more.length > 0) out.push(`Betaalt nu ook: ${more.join(', ')}.`);
  if (less.length > 0) out.push(`Betaalt niet meer: ${less.join(', ')}.`);
  if (!same(a.coverage.caps, b.coverage.caps)) out.push('De maxima (welke, per wat, wanneer) zijn gewijzigd.');
  if (!same(a.coverage.percent, b.coverage.percent)) out.push('Het percentage dat de regeling betaalt komt uit een ander getal.');
  if (a.stacking.mode !== b.stacking.mode) out.push(`Combineren gewijzigd van "${mode[a.stacking.mode]}" naar "${mode[b.stacking.mode]}".`);
  if (!same(a.stacking.cofinancing, b.stacking.cofinancing)) out.push('De cofinanciering is gewijzigd.');
  if (a.budget.status !== b.budget.status) out.push(`Budget gewijzigd van ${budget[a.budget.status]} naar ${budget[b.budget.status]} (gecontroleerd op ${formatDateNl(b.budget.checkedOn)}).`);
  if (!same(a.tijdvakken, b.tijdvakken)) {
    out.push(b.tijdvakken.length === 0 ? 'Er zijn geen tijdvakken meer.' : `Tijdvakken nu: ${b.tijdvakken.map((t) => `${formatDateNl(t.opens)} t/m ${formatDateNl(t.closes)}`).join('; ')}.`);
  }
  if (!same(a.application, b.application)) out.push('De manier van aanvragen is gewijzigd.');
  if ((a.summary ?? '') !== (b.summary ?? '')) out.push('De samenvatting is anders verwoord.');
  return out;
};

/** Every change from pack `a` to pack `b`, scheme by scheme (sorted by id), then the pack. */
export const diffPacks = (a: Pack, b: Pack): PackChange[] => {
  const out: PackChange[] = [];
  const byIdA = new Map(a.schemes.map((s) => [s.id, s]));
  const byIdB = new Map(b.schemes.map((s) => [s.id, s]));
  const ids = [...new Set([...byIdA.keys(), ...byIdB.keys()])].sort();
  for (const id of ids) {
    const sa = byIdA.get(id);
    const sb = byIdB.get(id);
    if (!sa) out.push({ schemeId: id, schemeName: sb!.name, kind: 'added', text: `Nieuwe regeling, geldig vanaf ${formatDateNl(sb!.validFrom)}.` });
    else if (!sb) out.push({ schemeId: id, schemeName: sa.name, kind: 'removed', text: 'Deze regeling staat niet meer in het pakket.' });
    else for (const text of schemeChanges(sa, sb)) out.push({ schemeId: id, schemeName: sb.name, kind: 'changed', text });
  }
  for (const [sid, src] of Object.entries(b.sources)) {
    const old = a.sources[sid];
    if (old && old.url !== src.url) out.push({ schemeId: null, schemeName: null, kind: 'changed', text: `Bron "${src.title}" heeft een nieuw adres: ${src.url ?? '(geen)'}.` });
  }
  if (a.title !== b.title) out.push({ schemeId: null, schemeName: null, kind: 'changed', text: `De titel van het pakket is nu "${b.title}".` });
  if (a.minAppVersion !== b.minAppVersion) out.push({ schemeId: null, schemeName: null, kind: 'changed', text: `Vraagt nu Arrangeur ${b.minAppVersion} of nieuwer (was ${a.minAppVersion}).` });
  return out;
};

/** The change list as text: a heading, then "- Naam (id): zin" per change. */
export const formatPackDiff = (a: Pack, b: Pack, changes: readonly PackChange[] = diffPacks(a, b)): string => {
  const head = a.id === b.id ? `Wijzigingen in pakket "${b.id}" van versie ${a.version} naar ${b.version}:` : `Wijzigingen van pakket "${a.id}" ${a.version} naar "${b.id}" ${b.version}:`;
  if (changes.length === 0) return `${head}\n(geen inhoudelijke wijzigingen)`;
  return [head, ...changes.map((c) => `- ${c.schemeId ? `${c.schemeName} (${c.schemeId})` : 'Pakket'}: ${c.text}`)].join('\n');
};
