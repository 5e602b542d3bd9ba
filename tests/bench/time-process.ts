// One `node ARGS...` process measured whole by /usr/bin/time: wall and CPU seconds, peak memory.
// Shared by the folio command's stress and batch sections.
import { spawn } from 'node:child_process';

export const TIME = '/usr/bin/time';

export interface ProcessRun {
  /** Wall-clock seconds. */
  wall: number;
  /** User + system CPU seconds. */
  cpu: number;
  peakMb: number;
}

export function timeProcess(args: string[], cwd: string): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(TIME, ['-f', '@@ %e %U %S %M', process.execPath, ...args], {
      cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('exit', () => {
      const m = /@@ ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(stderr);
      if (!m) reject(new Error(`no timing from ${args.join(' ').slice(0, 80)}: ${stderr.slice(-300)}`));
      else resolve({ wall: Number(m[1]), cpu: Number(m[2]) + Number(m[3]), peakMb: Number(m[4]) / 1024 });
    });
  });
}
