// Child process of the Defuddle pass: takes one page at a time over IPC, runs Defuddle on it and writes
// the result to the cache. The parent kills it when a page takes too long.
import { Defuddle } from 'defuddle/node';
import type { CorpusPage } from '../corpus-pages';
import { type DefuddleOut, pageKey, writeCached } from './defuddle-cache';
import { closeDocument, pageDocument, pageHtml } from './pages';

async function run(page: CorpusPage): Promise<string> {
  const html = pageHtml(page);
  const key = pageKey(page.url, html);
  const doc = pageDocument(page, html);
  const t0 = performance.now();
  let out: DefuddleOut;
  try {
    const r = await Defuddle(doc, page.url);
    out = {
      title: r.title ?? '',
      author: r.author ?? '',
      published: r.published ?? '',
      content: r.content ?? '',
      ms: Math.round(performance.now() - t0),
    };
  } catch (error) {
    out = { title: '', author: '', published: '', content: '', ms: 0, error: String(error).slice(0, 200) };
  } finally {
    closeDocument(doc);
  }
  writeCached(key, out);
  return key;
}

process.on('message', (page: CorpusPage) => {
  run(page).then(
    (key) => process.send?.({ ok: true, key }),
    (error: unknown) => process.send?.({ ok: false, error: String(error) }),
  );
});

// The parent starts its per-page clock only now: loading jsdom and Defuddle takes seconds on a busy machine.
process.send?.({ ready: true });
