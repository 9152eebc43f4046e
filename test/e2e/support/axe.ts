// axe-core, injected from node_modules (no network), run on the page as it is.
import * as path from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE = path.join(path.dirname(require.resolve('axe-core/package.json')), 'axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Serious and critical violations on the page, with axe's default rule set (WCAG 2.x A/AA and best
 * practices; experimental rules off). Fluent UI's focus sentinels (Tabster's aria-hidden
 * `<i tabindex="0" data-tabster-dummy>`, which hand focus on to the next real element) are left
 * out: axe cannot tell that they never keep the focus.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (context: object, options: object) => Promise<AxeResults> } }
    ).axe;
    const result = await axe.run({ exclude: [['[data-tabster-dummy]']] }, {});
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`.trim()),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
