// Mozilla Readability over many files in one Node process, the way a user of it would run a batch:
// jsdom parses each file (sniffing its encoding from the bytes), Readability reads it, and the
// window is closed (without close() the loop runs out of memory within a few hundred pages).
// Plain JavaScript, so that no TypeScript loader is timed: `node readability-batch.mjs FILE...`.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';

let articles = 0;
for (const file of process.argv.slice(2)) {
  try {
    const dom = new JSDOM(readFileSync(file), {
      url: pathToFileURL(file).href,
      contentType: 'text/html',
      virtualConsole: new VirtualConsole(),
    });
    if (new Readability(dom.window.document).parse()) articles++;
    dom.window.close();
  } catch {
    // A page jsdom cannot parse (its CSS parser throws on a few) counts as no article.
  }
}
process.stdout.write(`${articles}\n`);
