// Predicate searches that replace selector lists (dom/find.ts): document order, bounds, one walk.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findAll } from '../../src/core/dom/find';
import { closestBy, findElements } from '../../src/core/dom/walk';

const PAGE = `<html><head><meta itemprop="name" content="Head item"></head><body>
<div id="a" class="byline"><a id="b" class="author" href="/author/x">X</a></div>
<p id="c">no attributes inside: <span>plain</span></p>
<section id="d" class="byline-box"><time id="e" datetime="2024-01-02">2 Jan</time></section>
</body></html>`;

const doc = () => new JSDOM(PAGE).window.document;
const hasClass = (el: Element) => el.hasAttribute('class');
const isTime = (el: Element) => el.localName === 'time';
const hasItemprop = (el: Element) => el.hasAttribute('itemprop');

describe('findElements / findAll', () => {
  it('returns matches in document order, outer before inner, as browsers do', () => {
    expect(findElements(doc().body, hasClass).map((e) => e.id)).toEqual(['a', 'b', 'd']);
  });

  it('stops at the bound', () => {
    expect(findElements(doc().body, hasClass, { limit: 2 }).map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('answers several queries in one walk exactly as separate searches would', () => {
    const d = doc();
    const [classes, times, props, bodyProps] = findAll(d, [
      { pick: hasClass, max: 2, inBody: true },
      { pick: isTime, max: 5, inBody: false },
      { pick: hasItemprop, max: 5, inBody: false },
      { pick: hasItemprop, max: 5, inBody: true },
    ]);
    expect(classes?.map((e) => e.id)).toEqual(['a', 'b']);
    expect(times?.map((e) => e.id)).toEqual(['e']);
    expect(props?.map((e) => e.getAttribute('content'))).toEqual(['Head item']);
    expect(bodyProps).toEqual([]);
  });

  it('finds the nearest inclusive ancestor by predicate', () => {
    const d = doc();
    const time = d.getElementById('e')!;
    expect(closestBy(time, (e) => e.localName === 'section')?.id).toBe('d');
    expect(closestBy(time, isTime)).toBe(time);
    expect(closestBy(time, (e) => e.localName === 'article')).toBeNull();
  });
});
