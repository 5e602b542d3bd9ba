import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { collectMetadata } from '../../src/core/metadata/collect-metadata';

// Built in code rather than a fixture file: the point is size and depth, not wording.
describe('collectMetadata on hostile JSON-LD', () => {
  it('handles very deep and very wide JSON-LD without throwing', () => {
    const deep = `${'['.repeat(5000)}{"@type":"NewsArticle","headline":"Deep"}${']'.repeat(5000)}`;
    const wide = `[${Array.from({ length: 50000 }, (_, i) => `{"@type":"Thing","name":"n${i}"}`).join(',')}]`;
    const html = `<html><head><title>Fallback title</title><script type="application/ld+json">${deep}</script><script type="application/ld+json">${wide}</script><script type="application/ld+json">{ not json at all</script></head><body><h1>Fallback title</h1></body></html>`;
    const doc = new JSDOM(html, { url: 'https://x.example/a' }).window.document;
    const m = collectMetadata(doc, doc.URL);
    expect(typeof m.title).toBe('string');
    expect(m.title.length).toBeGreaterThan(0);
  });
});
