// axe-core in the page under test: injected from the npm package's source, run with the WCAG 2.0
// and 2.1 A/AA rules, and its serious and critical violations described one per line so that a
// failure says what to fix and where.
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, ImpactValue } from 'axe-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
export const WCAG21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const blocking: ImpactValue[] = ['serious', 'critical'];

export async function runAxe(page: Page): Promise<AxeResults> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  }, WCAG21_AA);
}

/** Serious and critical violations, as readable lines (rule, impact, help, up to 5 targets). */
export function blockingViolations(results: AxeResults): string[] {
  return results.violations
    .filter((v) => v.impact && blocking.includes(v.impact))
    .map((v) => {
      const nodes = v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`);
      return [`${v.id} (${v.impact}): ${v.help} ${v.helpUrl}`, ...nodes].join('\n');
    });
}
