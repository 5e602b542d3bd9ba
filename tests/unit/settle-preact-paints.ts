// Preact's hooks run their effects after the next frame, or after a 35 ms timer when no frame comes.
// The timer of a file's last test may fire after vitest has torn down the file's jsdom globals,
// where it calls cancelAnimationFrame and fails the run with an unhandled error (CI on a loaded
// machine, after popup-app.test.tsx). Each file that has a frame to wait for lets those timers fire
// before its environment goes.
import { afterAll } from 'vitest';

// preact/hooks' RAF_TIMEOUT, three times over: its timer and the one it sets in turn come first.
const PAINT_TIMERS_MS = 3 * 35;

afterAll(async () => {
  if (typeof requestAnimationFrame !== 'function') return;
  await new Promise((resolve) => setTimeout(resolve, PAINT_TIMERS_MS));
});
