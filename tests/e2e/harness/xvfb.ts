// A virtual X display for the one test that needs real keyboard input: extension commands
// (manifest "commands") are browser accelerators, and headless Chromium never routes key events to
// them, whether they come from CDP or anywhere else. Under Xvfb a headed Chromium receives real X
// key events from xdotool (XTEST), which travel the same path as a person's key press.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const FIRST_DISPLAY = 90;
const LAST_DISPLAY = 119;
const START_WAIT_MS = 5000;

export interface VirtualDisplay {
  display: string;
  /** Sends a key combination (xdotool syntax, e.g. "alt+shift+r") to the focused browser window. */
  pressKeys(keys: string): void;
  stop(): void;
}

function which(name: string): string | null {
  for (const dir of ['/usr/bin', '/usr/local/bin', '/bin']) {
    if (existsSync(`${dir}/${name}`)) return `${dir}/${name}`;
  }
  return null;
}

export function virtualDisplayAvailable(): boolean {
  return which('Xvfb') !== null && which('xdotool') !== null;
}

export async function startVirtualDisplay(): Promise<VirtualDisplay> {
  const xvfb = which('Xvfb');
  const xdotool = which('xdotool');
  if (!xvfb || !xdotool) throw new Error('Xvfb and xdotool are needed (apt-get install xvfb xdotool)');
  let number = FIRST_DISPLAY;
  while (number <= LAST_DISPLAY && existsSync(`/tmp/.X11-unix/X${number}`)) number++;
  const display = `:${number}`;
  const child: ChildProcess = spawn(xvfb, [display, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], {
    stdio: 'ignore',
  });
  const deadline = Date.now() + START_WAIT_MS;
  while (!existsSync(`/tmp/.X11-unix/X${number}`)) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`Xvfb did not start on ${display}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  // A test run that dies before afterAll must not leave the X server behind.
  const stopOnExit = () => child.kill();
  process.once('exit', stopOnExit);
  const env = { ...process.env, DISPLAY: display };
  return {
    display,
    pressKeys(keys) {
      // No window manager: focus the browser window directly, then type into it.
      const windows = execFileSync(xdotool, ['search', '--onlyvisible', '--class', 'chromium'], { env })
        .toString()
        .trim()
        .split('\n')
        .filter(Boolean);
      for (const id of windows) execFileSync(xdotool, ['windowfocus', '--sync', id], { env });
      execFileSync(xdotool, ['key', '--clearmodifiers', keys], { env });
    },
    stop() {
      process.off('exit', stopOnExit);
      child.kill();
    },
  };
}
