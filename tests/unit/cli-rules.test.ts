// `folio extract --rules FILE`: the site fixes exported from the extension, applied in Node.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toRuleFile } from '../../src/core/rules/rule-file';
import { buildCli, jsonLines, runNode } from './cli-run';

const PAGE = 'tests/fixtures/repair-newsletter-box.html';
const URL_OF_PAGE = 'https://courier.example/2024/river';
let cli = '';
let dir = '';

beforeAll(async () => {
  cli = await buildCli();
  dir = mkdtempSync(path.join(tmpdir(), 'folio-rules-'));
}, 120_000);

function rulesFile(content: unknown): string {
  const file = path.join(dir, `rules-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(content));
  return file;
}

describe('folio extract --rules', () => {
  it('applies the exported fixes for the page URL and says which rules it left out', async () => {
    const file = rulesFile(
      toRuleFile([
        { site: 'courier.example', keep: ['div.newsletter-box'], drop: ['p.aside-note'], created: 1 },
        { site: 'bad host', drop: ['p'], created: 1 } as never,
      ]),
    );
    const run = await runNode(cli, ['extract', '--rules', file, '--url', URL_OF_PAGE, PAGE]);
    expect(run.code).toBe(0);
    const [result] = jsonLines(run.stdout);
    expect(result?.text).toContain('Sign up for our free newsletter');
    expect(result?.text).not.toContain('Our reporter travelled');
    expect(result?.rulesApplied).toBe(1);
    expect(run.stderr).toContain('rule left out: bad site');
  });

  it('exits 2 on a file it cannot read', async () => {
    const run = await runNode(cli, ['extract', '--rules', path.join(dir, 'missing.json'), PAGE]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--rules');
  });
});
