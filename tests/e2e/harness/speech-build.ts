// The extension with the scripted speech engine (src/ui/speech/scripted-engine.ts) switched on: a
// copy of the built dist/ whose reader.js is rebuilt with __FOLIO_SCRIPTED_SPEECH__ = true. Only the
// e2e tests make it; no shipped build has the scripted engine in it (build.ts defines it false).
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { extensionBundles } from '../../../src/build/build';
import { DIST_CHROME, DIST_FIREFOX, REPO_ROOT } from './paths';

export interface ScriptedSpeechBuild {
  chrome: string;
  firefox: string;
  remove(): Promise<void>;
}

export async function buildScriptedSpeech(): Promise<ScriptedSpeechBuild> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'folio-speech-dist-'));
  const chrome = path.join(root, 'chrome');
  const firefox = path.join(root, 'firefox');
  await cp(DIST_CHROME, chrome, { recursive: true });
  await cp(DIST_FIREFOX, firefox, { recursive: true });
  const previous = process.cwd();
  process.chdir(REPO_ROOT);
  try {
    const reader = extensionBundles(chrome, []).find((options) => {
      const entries = options.entryPoints as Record<string, string> | undefined;
      return entries?.reader !== undefined;
    });
    if (!reader) throw new Error('no reader bundle in build.ts');
    await build({ ...reader, define: { ...reader.define, __FOLIO_SCRIPTED_SPEECH__: 'true' } });
  } finally {
    process.chdir(previous);
  }
  await cp(path.join(chrome, 'reader.js'), path.join(firefox, 'reader.js'));
  return { chrome, firefox, remove: () => rm(root, { recursive: true, force: true }) };
}
