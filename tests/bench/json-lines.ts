// Child benchmark processes report one JSON object per line on stdout; this splits the stream.
import type { Readable } from 'node:stream';

export function onJsonLines<T>(stream: Readable, handle: (message: T) => void): void {
  let buffer = '';
  // Decoded by the stream, not chunk by chunk: a character split across two chunks came out as two
  // U+FFFD in one page of a bench:dump (readability-pages/youth), a difference that was not there.
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buffer += chunk;
    let newline = buffer.indexOf('\n');
    while (newline !== -1) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      newline = buffer.indexOf('\n');
      handle(JSON.parse(line) as T);
    }
  });
}
