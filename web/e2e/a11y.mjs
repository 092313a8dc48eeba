// Accessibility audits for the end-to-end run: axe-core (a test-only dev dependency, never bundled
// or served) checks the screen as it is against WCAG 2.x A and AA: contrast, labels and names,
// ARIA use, landmarks and the like. A serious or critical violation fails the run, naming the rule
// and the elements; minor and moderate ones are printed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Audits `page` as it is now. axe goes in through the DevTools protocol (page.evaluate), which the
 * page's CSP does not govern, so the app keeps its strict policy while audited.
 * @param {import('playwright-core').Page} page
 * @param {string} screen what is on the screen, for the messages
 */
export async function audit(page, screen) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join('; ')}`),
      count: v.nodes.length,
    }));
  }, TAGS);
  const describe = (v) => `  ${v.impact} ${v.id} (${v.help}), ${v.count} element(s):\n${v.nodes.map((n) => `    ${n}`).join('\n')}`;
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of violations.filter((x) => !blocking.includes(x))) console.log(`e2e: a11y note on ${screen}:\n${describe(v)}`);
  if (blocking.length > 0) throw new Error(`accessibility violations on ${screen}:\n${blocking.map(describe).join('\n')}`);
}
