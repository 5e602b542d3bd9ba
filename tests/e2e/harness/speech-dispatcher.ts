// Real voices in a browser with no sound card: the browser starts its own speech-dispatcher (with
// espeak-ng) under a private config and runtime folder, whose audio goes to ALSA's "null" device. It
// then speaks at real speed into nothing, so `start` and `end` arrive as on a desktop; with the
// default output (no device) only `start` ever came.

import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const SYSTEM_CONFIG = '/etc/speech-dispatcher';

export interface NullAudioSpeech {
  /** Environment for the browser process (its speech-dispatcher inherits it). */
  env: Record<string, string>;
  remove(): Promise<void>;
}

export async function nullAudioSpeech(): Promise<NullAudioSpeech> {
  if (!existsSync(SYSTEM_CONFIG))
    throw new Error('speech-dispatcher is not installed (apt-get install speech-dispatcher espeak-ng)');
  const root = await mkdtemp(path.join(os.tmpdir(), 'folio-speechd-'));
  const config = path.join(root, 'config');
  const runtime = path.join(root, 'run');
  await mkdir(runtime, { mode: 0o700 });
  await cp(SYSTEM_CONFIG, path.join(config, 'speech-dispatcher'), { recursive: true });
  const conf = path.join(config, 'speech-dispatcher/speechd.conf');
  await writeFile(
    conf,
    `${await readFile(conf, 'utf8')}\nAudioOutputMethod "alsa"\nAudioALSADevice "null"\n`,
  );
  return {
    env: { XDG_CONFIG_HOME: config, XDG_RUNTIME_DIR: runtime },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
