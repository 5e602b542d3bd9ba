// Shared by the core-*.test.ts files: load one of our fixtures into jsdom and extract it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import type { ExtractResult } from '../../src/core/types';
import { extractArticle } from '../../src/lib/index';

const FIXTURES = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../fixtures');
export const FIXTURE_URL = 'https://news.example/2024/03/story.html';

export function loadFixture(name: string, url = FIXTURE_URL): Document {
  return new JSDOM(readFileSync(path.join(FIXTURES, name), 'utf8'), { url }).window.document;
}

export function extractFixture(name: string, url = FIXTURE_URL) {
  return extractArticle(loadFixture(name, url), { url });
}

export function article(result: ExtractResult) {
  if (!result.isArticle) throw new Error(`expected an article, got ${result.reason}: ${result.message}`);
  return result;
}

/** extractArticle on a page a test writes itself, at the fixtures' URL. */
export function extractHtml(html: string) {
  return extractArticle(new JSDOM(html, { url: FIXTURE_URL }).window.document, { url: FIXTURE_URL });
}

/** A page of four story paragraphs ("Paragraph N " and `sentence`), then `tail`: the block under test. */
export function storyPage(sentence: string, tail: string, lang = 'en'): string {
  const paragraphs = [1, 2, 3, 4].map((i) => `<p>Paragraph ${i} ${sentence}</p>`).join('');
  return `<!doctype html><html lang="${lang}"><head><title>Story</title></head><body><article><h1>Story</h1>${paragraphs}${tail}</article></body></html>`;
}
