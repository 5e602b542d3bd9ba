// Firefox ESR driven over its built-in WebDriver BiDi (no geckodriver, and Playwright does not work
// with this Firefox): start it headless with --remote-debugging-port=0, read the WebSocket address
// from stderr, open a session, install the add-on temporarily, navigate and evaluate.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { findFirefox } from './browsers';

const LISTENING = /WebDriver BiDi listening on (ws:\/\/\S+)/;
const START_TIMEOUT_MS = 30_000;
const COMMAND_TIMEOUT_MS = 20_000;
// A fixed internal UUID for the add-on, so its pages (moz-extension://UUID/...) can be opened.
export const FIREFOX_EXTENSION_UUID = '4d6f2a1c-3b7e-4f0a-9c2d-5e8b1a7f3c90';

// Quiet, offline profile: nothing phones home from a test machine that cannot reach the internet.
const PREFS: Record<string, string | number | boolean> = {
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.newtabpage.enabled': false,
  'remote.prefs.recommended': true,
};

type Json = Record<string, unknown>;
interface WebSocketLike {
  send(data: string): void;
  close(): void;
  addEventListener(type: string, listener: (event: { data?: unknown }) => void): void;
}

async function openSocket(url: string): Promise<WebSocketLike> {
  // Node 20 has WebSocket only behind a flag; undici (jsdom's dependency) provides the same class.
  const Native = (globalThis as { WebSocket?: new (url: string) => WebSocketLike }).WebSocket;
  const Ctor =
    Native ?? ((await import('undici')).WebSocket as unknown as new (url: string) => WebSocketLike);
  const socket = new Ctor(url);
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve());
    socket.addEventListener('error', () => reject(new Error(`cannot connect to ${url}`)));
  });
  return socket;
}

export interface Firefox {
  send(method: string, params: Json): Promise<Json>;
  /** Evaluates an expression in a browsing context; resolves with the BiDi remote value. */
  evaluate(context: string, expression: string): Promise<unknown>;
  close(): Promise<void>;
}

function fromRemote(value: Json): unknown {
  switch (value.type) {
    case 'string':
    case 'number':
    case 'boolean':
      return value.value;
    case 'null':
    case 'undefined':
      return null;
    case 'array':
      return ((value.value as Json[]) ?? []).map(fromRemote);
    case 'object':
      return Object.fromEntries(
        ((value.value as [string, Json][]) ?? []).map(([k, v]) => [k, fromRemote(v)]),
      );
    default:
      return value.value;
  }
}

/**
 * `addonIds`: add-ons whose pages get the fixed UUID above (their gecko ids); `extraPrefs` go into
 * the profile beside the quiet ones (a UI locale, for instance); `env` adds to the process's.
 */
export async function launchFirefox(
  addonIds: readonly string[] = [],
  extraPrefs: Record<string, string | number | boolean> = {},
  env: Record<string, string> = {},
): Promise<Firefox> {
  const binary = findFirefox();
  if (binary === null) throw new Error('Firefox is not installed (apt-get install firefox-esr)');
  const profile = await mkdtemp(path.join(os.tmpdir(), 'folio-firefox-'));
  const prefs = {
    ...PREFS,
    ...extraPrefs,
    'extensions.webextensions.uuids': JSON.stringify(
      Object.fromEntries(addonIds.map((id) => [id, FIREFOX_EXTENSION_UUID])),
    ),
  };
  const userJs = Object.entries(prefs)
    .map(([key, value]) => `user_pref(${JSON.stringify(key)}, ${JSON.stringify(value)});`)
    .join('\n');
  await writeFile(path.join(profile, 'user.js'), `${userJs}\n`);
  const child: ChildProcess = spawn(
    binary,
    [
      '--headless',
      '--remote-debugging-port=0',
      // ESR 153 refuses BiDi navigation to moz-extension: pages without it ("not allowed in this
      // context"); 140 allows it either way.
      '--remote-allow-system-access',
      '--no-remote',
      '--profile',
      profile,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env, MOZ_CRASHREPORTER_DISABLE: '1' } },
  );
  // A test run that dies before close() must not leave Firefox running.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const kill = async () => {
    process.off('exit', killOnExit);
    child.kill('SIGKILL');
    await rm(profile, { recursive: true, force: true }).catch(() => undefined);
  };
  let wsUrl: string;
  try {
    wsUrl = await new Promise<string>((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(
        () => reject(new Error(`Firefox did not start: ${seen.slice(-500)}`)),
        START_TIMEOUT_MS,
      );
      child.stderr?.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        const match = LISTENING.exec(seen);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.on('exit', (code) => reject(new Error(`Firefox exited (${code}): ${seen.slice(-500)}`)));
    });
  } catch (error) {
    await kill();
    throw error;
  }
  const socket = await openSocket(`${wsUrl}/session`).catch(async (error: unknown) => {
    await kill();
    throw error;
  });
  let nextId = 1;
  const pending = new Map<number, { resolve: (value: Json) => void; reject: (error: Error) => void }>();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as {
      id?: number;
      type?: string;
      result?: Json;
      error?: string;
      message?: string;
    };
    if (message.id === undefined) return;
    const waiter = pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (message.type === 'error') waiter.reject(new Error(`${message.error}: ${message.message}`));
    else waiter.resolve(message.result ?? {});
  });
  const send = (method: string, params: Json): Promise<Json> => {
    const id = nextId++;
    return new Promise<Json>((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`BiDi ${method} timed out`));
      }, COMMAND_TIMEOUT_MS);
      pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      socket.send(JSON.stringify({ id, method, params }));
    });
  };
  try {
    await send('session.new', { capabilities: {} });
  } catch (error) {
    socket.close();
    await kill();
    throw error;
  }
  return {
    send,
    evaluate: async (context, expression) => {
      const result = await send('script.evaluate', { expression, target: { context }, awaitPromise: true });
      if (result.type === 'exception') {
        const details = result.exceptionDetails as { text?: string } | undefined;
        throw new Error(`evaluation failed: ${details?.text ?? 'unknown'}`);
      }
      return fromRemote(result.result as Json);
    },
    close: async () => {
      await send('session.end', {}).catch(() => undefined);
      socket.close();
      await kill();
    },
  };
}
