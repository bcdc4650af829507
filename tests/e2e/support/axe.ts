import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** The WCAG 2.0, 2.1 and 2.2 A and AA rules. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core's WCAG 2.2 AA rules in the page and returns the violations. `within` is a CSS
 * selector path through open shadow roots (e.g. ['tl-popover', '[role="dialog"]']); without it
 * the whole document is checked. axe's source goes in through evaluate(), which extension pages'
 * content security policy does not block.
 */
export async function axeViolations(page: Page, within?: string[]): Promise<AxeViolation[]> {
  const { violations, checked } = await runAxe(page, within);
  // A context that matched nothing would pass trivially.
  if (checked === 0) throw new Error(`axe checked nothing in ${JSON.stringify(within)}`);
  return violations;
}

async function runAxe(page: Page, within?: string[]) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ within, tags }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const context = within ? { include: [{ fromShadowDom: within }] } : document;
      const result = await axe.run(context as never, { runOnly: { type: 'tag', values: tags } });
      return {
        violations: result.violations.map((v) => ({
          id: v.id,
          impact: v.impact ?? null,
          help: v.help,
          targets: v.nodes.map((n) => JSON.stringify(n.target)),
        })),
        checked: result.passes.reduce((n, p) => n + p.nodes.length, 0),
      };
    },
    { within, tags: WCAG_22_AA },
  );
}
