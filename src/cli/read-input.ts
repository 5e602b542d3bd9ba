// Reads one `folio extract` input (a file, `-` for stdin, or an http(s) URL) into decoded HTML.
// Network input is hostile too: bounded in time, size and redirects, and only http(s) is followed.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { decodeHtml, type EncodingSource, looksBinary } from './detect-encoding';

/** Larger inputs are reported as too large rather than parsed (tests/stress "huge" is 5 MB). */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 20_000;
export const MAX_REDIRECTS = 5;
const USER_AGENT = 'Folio/0.1 (reader mode)';
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

export interface LoadedInput {
  html: string;
  /** The page URL: the final URL after redirects, the --url option, or the file's file:// URL. */
  url: string;
  encoding: string;
  encodingSource: EncodingSource;
  /** The data is not text (NUL bytes near the start). */
  binary: boolean;
  tooLarge: boolean;
  bytes: number;
}

/** A failure to read an input, with a one-line message for stderr. */
export class InputError extends Error {}

export interface ReadOptions {
  url: string | null;
  maxBytes?: number;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

function oneLine(value: unknown): string {
  const text = value instanceof Error ? value.message : String(value);
  return text.replace(/\s+/g, ' ').trim();
}

function decoded(
  bytes: Uint8Array,
  url: string,
  contentType: string | null,
): Omit<LoadedInput, 'tooLarge' | 'bytes'> {
  const { text, encoding, source } = decodeHtml(bytes, contentType);
  return { html: text, url, encoding, encodingSource: source, binary: looksBinary(bytes, encoding) };
}

function tooLarge(url: string, bytes: number): LoadedInput {
  return {
    html: '',
    url,
    encoding: 'utf-8',
    encodingSource: 'default',
    binary: false,
    tooLarge: true,
    bytes,
  };
}

async function readStdin(maxBytes: number): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    total += buffer.length;
    if (total > maxBytes) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

async function readLocal(spec: string, options: ReadOptions): Promise<LoadedInput> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const fallbackUrl = spec === '-' ? 'about:blank' : pathToFileURL(path.resolve(spec)).href;
  const url = options.url ?? fallbackUrl;
  if (spec === '-') {
    const bytes = await readStdin(maxBytes);
    if (bytes === null) return tooLarge(url, maxBytes + 1);
    return { ...decoded(bytes, url, null), tooLarge: false, bytes: bytes.length };
  }
  let size: number;
  try {
    const info = await stat(spec);
    if (info.isDirectory()) throw new InputError(`${spec}: is a directory`);
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${spec}: no such file`);
    if (code === 'EACCES') throw new InputError(`${spec}: permission denied`);
    throw new InputError(`${spec}: ${oneLine(error)}`);
  }
  if (size > maxBytes) return tooLarge(url, size);
  const bytes = await readFile(spec).catch((error: unknown) => {
    throw new InputError(`${spec}: ${oneLine(error)}`);
  });
  return { ...decoded(bytes, url, null), tooLarge: false, bytes: bytes.length };
}

async function readBody(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) return null;
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

async function readRemote(spec: string, options: ReadOptions): Promise<LoadedInput> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const fetchImpl = options.fetchImpl ?? fetch;
  const signal = AbortSignal.timeout(options.timeoutMs ?? FETCH_TIMEOUT_MS);
  let current = new URL(spec);
  try {
    for (let hop = 0; ; hop++) {
      if (current.protocol !== 'http:' && current.protocol !== 'https:') {
        throw new InputError(`${spec}: only http(s) URLs are fetched (got ${current.protocol})`);
      }
      const response = await fetchImpl(current, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' },
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel().catch(() => undefined);
        if (hop >= MAX_REDIRECTS) throw new InputError(`${spec}: more than ${MAX_REDIRECTS} redirects`);
        current = new URL(location, current);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new InputError(`${spec}: HTTP ${response.status} ${response.statusText}`.trim());
      }
      const bytes = await readBody(response, maxBytes);
      if (bytes === null) return tooLarge(current.href, maxBytes + 1);
      const contentType = response.headers.get('content-type');
      return { ...decoded(bytes, current.href, contentType), tooLarge: false, bytes: bytes.length };
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      throw new InputError(`${spec}: timed out after ${options.timeoutMs ?? FETCH_TIMEOUT_MS} ms`);
    }
    const cause = (error as { cause?: unknown }).cause;
    throw new InputError(`${spec}: fetch failed${cause ? ` (${oneLine(cause)})` : ''}`);
  }
}

/** Reads a file path, `-` (stdin), a file:// URL or an http(s) URL. Throws InputError on failure. */
export async function readInput(spec: string, options: ReadOptions): Promise<LoadedInput> {
  if (URL_SCHEME.test(spec)) {
    const scheme = spec.slice(0, spec.indexOf(':')).toLowerCase();
    if (scheme === 'file') return readLocal(fileURLToPath(spec), options);
    if (scheme !== 'http' && scheme !== 'https') {
      throw new InputError(`${spec}: only http(s) URLs are fetched (got ${scheme}:)`);
    }
    try {
      new URL(spec);
    } catch {
      throw new InputError(`${spec}: not a valid URL`);
    }
    return readRemote(spec, options);
  }
  return readLocal(spec, options);
}
