// axe-core in the browser under test: its source evaluated into the page (CDP / BiDi evaluation is
// not subject to the extension page's CSP), run on the document or on the reader's shadow host
// (axe walks open shadow roots), and the result judged: no serious or critical violation at all,
// and every lesser one listed in KNOWN_MINOR with the reason it is accepted.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './paths';

const AXE_SOURCE_FILE = path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');
// WCAG 2.0-2.2 A and AA plus axe's best practices.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/**
 * Lesser violations accepted, each with its reason. Empty today: a rule that starts failing must be
 * fixed or added here with a reason someone can check.
 */
export const KNOWN_MINOR: Readonly<Record<string, string>> = {};

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

let source: string | null = null;

/** An expression that loads axe (once per page) and resolves with the violations as JSON text. */
export function axeExpression(include: string | null): string {
  source ??= readFileSync(AXE_SOURCE_FILE, 'utf8');
  const context = include === null ? 'document' : `{ include: [[${JSON.stringify(include)}]] }`;
  return `(async () => {
    if (!window.axe) { ${source}\n }
    const result = await window.axe.run(${context}, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} }, resultTypes: ['violations'] });
    return JSON.stringify(result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) })));
  })()`;
}

/** What must be fixed: serious or critical violations, and lesser ones not listed in KNOWN_MINOR. */
export function unacceptable(violations: readonly AxeViolation[]): string[] {
  return violations
    .filter((v) => BLOCKING_IMPACTS.has(v.impact ?? '') || !(v.id in KNOWN_MINOR))
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.targets.join(' ')}`);
}
