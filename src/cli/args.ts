// Command-line parsing for `folio`. Hand-written: five options do not justify a dependency.
import { availableParallelism } from 'node:os';

export const FORMATS = ['json', 'markdown', 'html', 'text'] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** Default work limit per input; a pathological page gets "too large" instead of a hang. */
export const DEFAULT_TIME_BUDGET_MS = 30_000;

/** More workers than this only share the same cores and multiply the memory. */
export const MAX_JOBS = 64;

export type ParsedArgs =
  | { command: 'help' }
  | { command: 'version' }
  | {
      command: 'extract';
      format: OutputFormat;
      /** Page URL for file inputs: resolves their relative links and images. */
      url: string | null;
      timeBudgetMs: number;
      /** Worker threads for several inputs (--jobs); 1 extracts in the main thread. */
      jobs: number;
      /** A site-fixes file (exported from the extension) to apply (--rules). */
      rules?: string;
      inputs: string[];
    }
  | { command: 'error'; message: string };

const FORMAT_ALIASES: Record<string, OutputFormat> = {
  json: 'json',
  jsonl: 'json',
  markdown: 'markdown',
  md: 'markdown',
  html: 'html',
  text: 'text',
  txt: 'text',
};

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Parses argv (without node and script). Never throws: problems come back as { command: 'error' }. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const args = [...argv];
  const first = args[0];
  if (first === undefined || first === '-h' || first === '--help' || first === 'help')
    return { command: 'help' };
  if (first === '-v' || first === '--version' || first === 'version') return { command: 'version' };
  if (first !== 'extract') {
    return { command: 'error', message: `unknown command "${first}" (try: folio extract FILE_OR_URL...)` };
  }
  let format: OutputFormat = 'json';
  let url: string | null = null;
  let timeBudgetMs = DEFAULT_TIME_BUDGET_MS;
  let jobs = availableParallelism();
  let rules = '';
  const inputs: string[] = [];
  let optionsDone = false;
  for (let i = 1; i < args.length; i++) {
    const arg = args[i]!;
    if (optionsDone || !arg.startsWith('-') || arg === '-') {
      inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsDone = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') return { command: 'help' };
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const takeValue = (): string | null => {
      if (eq !== -1) return arg.slice(eq + 1);
      const next = args[i + 1];
      if (next === undefined) return null;
      i++;
      return next;
    };
    if (name === '--format' || name === '-f') {
      const value = takeValue();
      const chosen = value === null ? undefined : FORMAT_ALIASES[value.toLowerCase()];
      if (!chosen) return { command: 'error', message: `--format must be one of ${FORMATS.join(', ')}` };
      format = chosen;
    } else if (name === '--url' || name === '-u') {
      const value = takeValue();
      if (value === null || !isHttpUrl(value))
        return { command: 'error', message: '--url needs an http(s) URL' };
      url = value;
    } else if (name === '--time-budget') {
      const value = Number(takeValue());
      if (!Number.isFinite(value) || value <= 0) {
        return { command: 'error', message: '--time-budget needs a positive number of milliseconds' };
      }
      timeBudgetMs = value;
    } else if (name === '--jobs' || name === '-j') {
      const value = Number(takeValue());
      if (!Number.isInteger(value) || value < 1 || value > MAX_JOBS) {
        return { command: 'error', message: `--jobs needs a whole number from 1 to ${MAX_JOBS}` };
      }
      jobs = value;
    } else if (name === '--rules') {
      rules = takeValue() ?? '';
      if (!rules) return { command: 'error', message: '--rules needs a site-fixes JSON file' };
    } else {
      return { command: 'error', message: `unknown option "${name}"` };
    }
  }
  if (inputs.length === 0) return { command: 'error', message: 'no input: give one or more files or URLs' };
  return { command: 'extract', format, url, timeBudgetMs, jobs, inputs, ...(rules ? { rules } : {}) };
}
