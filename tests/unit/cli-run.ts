// Builds the `folio` command the way `npm run build` does (into test-results/, so a concurrent build
// that wipes dist/ cannot pull it away mid-test) and runs it as a subprocess.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { cliBuildOptions } from '../../src/cli/build-options.js';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI_OUT = path.join(REPO, 'test-results/cli-build/folio.js');

export async function buildCli(): Promise<string> {
  await build(cliBuildOptions(REPO, CLI_OUT));
  return CLI_OUT;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node <script> ...args` asynchronously (a test's own HTTP server must keep answering). */
export function runNode(script: string, args: string[], timeoutMs = 120_000): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [script, ...args],
      { cwd: REPO, timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** The JSON Lines of a `--format json` run, parsed. */
export function jsonLines(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
