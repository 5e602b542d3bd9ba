import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { collectMetadata } from '../../src/core/metadata/collect-metadata';
import { readJsonLd } from '../../src/core/metadata/json-ld';

// Built in code rather than a fixture file: the point is size and depth, not wording.
const deep = `${'['.repeat(5000)}{"@type":"NewsArticle","headline":"Deep"}${']'.repeat(5000)}`;
const wide = `[${Array.from({ length: 50000 }, (_, i) => `{"@type":"Thing","name":"n${i}"}`).join(',')}]`;
// A sound block after the hostile ones: only a reader that got past them can return its headline.
const sound =
  '{"@type":"NewsArticle","headline":"Headline from JSON-LD","author":{"@type":"Person","name":"Ada Writer"}}';
const html = `<html><head><title>Fallback title</title><script type="application/ld+json">${deep}</script><script type="application/ld+json">${wide}</script><script type="application/ld+json">{ not json at all</script><script type="application/ld+json">${sound}</script></head><body><h1>Fallback title</h1></body></html>`;

describe('JSON-LD reading on hostile input', () => {
  const doc = new JSDOM(html, { url: 'https://x.example/a' }).window.document;

  it('readJsonLd gets past very deep, very wide and broken blocks to the sound one', () => {
    // Called directly: collectMetadata guards each reader, so a throw there would only show as a fallback.
    const ld = readJsonLd(doc, doc.URL);
    expect(ld.headline).toBe('Headline from JSON-LD');
    expect(ld.authors).toEqual(['Ada Writer']);
  });

  it('collectMetadata takes the title and byline from that block, not the fallbacks', () => {
    const m = collectMetadata(doc, doc.URL);
    expect(m.title).toBe('Headline from JSON-LD');
    expect(m.byline).toBe('Ada Writer');
  });
});

describe('labelled facts on hostile input', () => {
  it('reads a dated line under thousands of nested inline boxes, each level looked at once', () => {
    // Each level holds a long text and a <br>: a reader that took every level's text would copy it
    // thousands of times over; the sound line after the nest still dates the page.
    const nest = `${'<span>'.repeat(3000)}${'Kein Datum hier. '.repeat(2000)}<br>${'</span>'.repeat(3000)}`;
    const page = `<html><head><title>T</title></head><body><h1>T</h1><div>${nest}</div><p>Veröffentlicht am 16.08.2019<br>Dauer: 1 Stunde</p></body></html>`;
    const doc = new JSDOM(page, { url: 'https://x.example/a' }).window.document;
    expect(collectMetadata(doc, doc.URL).publishedTime).toBe('2019-08-16');
  });
});
