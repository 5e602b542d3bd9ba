// Boilerplate around the story that readers do not come for: stamps left in meta boxes, photo
// credits standing alone, contact blocks, empty section headings at the end, appeals.
import { describe, expect, it } from 'vitest';
import { article, extractFixture } from './core-helpers';

describe('boilerplate around the story', () => {
  it('drops a stamp in a <time> and a meta box holding two stamps', () => {
    const a = article(extractFixture('clutter-stamps-in-meta.html'));
    expect(a.text).toContain('Il vecchio ponte di pietra sul fiume');
    expect(a.text).toContain('I lavori dovrebbero durare');
    expect(a.text).toContain('Il progetto è esposto in municipio');
    expect(a.text).not.toContain('Ultima modifica');
    expect(a.text).not.toContain('Aggiornato');
    expect(a.text).not.toContain('12:35');
  });
});
