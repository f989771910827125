// axe on the current page: the serious and critical violations, one readable line each, so a
// spec asserts there are none. Every screen's accessibility spec uses this one check.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** `exclude`: a selector axe skips, e.g. a sandboxed document frame it cannot enter (its document is checked on a page of its own). */
export const seriousViolations = async (page: Page, exclude?: string): Promise<string[]> => {
  const builder = new AxeBuilder({ page });
  const { violations } = await (exclude ? builder.exclude(exclude) : builder).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};
