// Child benchmark processes report one JSON object per line on stdout; this splits the stream.
import type { Readable } from 'node:stream';

export function onJsonLines<T>(stream: Readable, handle: (message: T) => void): void {
  let buffer = '';
  stream.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let newline = buffer.indexOf('\n');
    while (newline !== -1) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      newline = buffer.indexOf('\n');
      handle(JSON.parse(line) as T);
    }
  });
}
