/**
 * Accessibility checks run inside the page: axe-core's rules (injected from the npm package, so
 * no network), and a tap-target measure of every visible control against WCAG 2.5.5's 44 px.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** One rule axe found broken, with where. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** What axe-core finds wrong with the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    type Axe = {
      run(
        context: Document,
        options: object,
      ): Promise<{
        violations: {
          id: string;
          impact: string | null;
          help: string;
          nodes: { target: string[] }[];
        }[];
      }>;
    };
    const { violations } = await (window as unknown as { axe: Axe }).axe.run(document, {
      resultTypes: ['violations'],
    });
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

/** Only what makes a screen unusable for someone: axe's serious and critical findings. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  return (await axeViolations(page)).filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
}

/**
 * Visible controls smaller than 44×44 CSS px, described. A checkbox or radio counts by its
 * label when it sits in one (the whole label is the target), and a control hidden under a
 * bigger label (the photo picker's file input) by that label.
 */
export function smallTapTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const MIN = 44;
    const found: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'a[href], button, input:not([type=hidden]), select, textarea, [role=button], summary',
    );
    for (const control of controls) {
      const style = getComputedStyle(control);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const label = control.closest('label');
      const target = label ?? control;
      const box = target.getBoundingClientRect();
      if (control.getBoundingClientRect().width === 0 || box.width === 0) continue;
      if (box.width >= MIN - 0.5 && box.height >= MIN - 0.5) continue;
      const name = control.getAttribute('aria-label') ?? control.textContent?.trim() ?? '';
      found.push(
        `${target.tagName.toLowerCase()}.${target.className} "${name.slice(0, 20)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
      );
    }
    return found;
  });
}
