// A region adapts the Loopbaan APK by putting its own version of the checklist JSON in the data
// folder (same format as shared/apk/checklist.v1.json), without a new build. A file that does
// not validate is not used: the adviser keeps working with the shipped list and the APK screen
// says which file, which field and what to fix, so a regional editor can act on it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checklistSchema, type ApkChecklist } from '../../shared/apk/checklist.ts';
import { defaultChecklist } from '../../shared/apk/default-checklist.ts';
import { parseJsonWith } from '../../shared/packs/parse.ts';

export const REGIONAL_CHECKLIST_FILE = 'loopbaan-apk.json';

export interface ChecklistAtStart {
  readonly checklist: ApkChecklist;
  /** Dutch, for the APK screen; null when the list in use is what was intended. */
  readonly notice: string | null;
}

const fallback = (why: string): ChecklistAtStart => ({
  checklist: defaultChecklist,
  notice: `De eigen Loopbaan APK-lijst (${REGIONAL_CHECKLIST_FILE} in de gegevensmap) is niet gebruikt. ${why} Arrangeur gebruikt nu de standaardlijst.`,
});

export function loadChecklistAtStart(dataDir: string): ChecklistAtStart {
  let text: string;
  try {
    text = readFileSync(join(dataDir, REGIONAL_CHECKLIST_FILE), 'utf8');
  } catch (error) {
    if ((error as { code?: string } | null)?.code === 'ENOENT') return { checklist: defaultChecklist, notice: null };
    return fallback('Het bestand kan niet worden gelezen.');
  }
  const parsed = parseJsonWith(checklistSchema, text, REGIONAL_CHECKLIST_FILE);
  if (!parsed.ok) {
    const syntax = parsed.issues.find((i) => i.line !== undefined);
    if (syntax) return fallback(`Het bestand is geen geldige JSON (regel ${syntax.line}, kolom ${syntax.column ?? 1}).`);
    return fallback(parsed.issues.slice(0, 3).map((i) => `${i.path}: ${i.message} (gevonden: ${i.found}; verwacht: ${i.expected})`).join(' '));
  }
  return { checklist: parsed.data, notice: null };
}
