// Predicate searches that replace selector lists (dom/find.ts, dom/walk.ts, canonical-figure.ts):
// document order, bounds, one walk, the same elements as the selector.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { canonicalFigures, figureCaption, figureCredit, figureImage } from '../../src/core/canonical-figure';
import { isSlider, SLIDER_SELECTOR } from '../../src/core/content/clutter-rules';
import { findAll, select } from '../../src/core/dom/find';
import {
  closestBy,
  closestLink,
  closestTag,
  findElements,
  firstElement,
  withTag,
} from '../../src/core/dom/walk';

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

// Each lookup that stands in for a selector under jsdom must find what the selector finds: the
// cases below hold the markup the predicates could get wrong (letter case, a role, a token among
// other classes, a link without an address, nesting).
const LOOKUPS = `<html><body>
<div id="s1" style="background:url(a.jpg)"></div><div id="s2" style="color:red"></div>
<p><b id="b1">Warning</b> and <strong id="b2">Notice</strong> <span><b id="b3">x</b></span></p>
<div id="r1" role="slider"></div><input id="r2" type="RANGE"><input id="r3" type="text">
<div role="sliderish"></div>
<figure id="f1" data-folio-figure=""><img id="i1" src="a.jpg"><figcaption>
<span id="c1" class="x folio-caption y">Caption</span> <small id="k1" class="folio-credit">Credit</small>
</figcaption></figure>
<figure id="f2"><img src="b.jpg"><span class="folio-captions">not ours</span></figure>
<a id="a1" href="/x"><span><em id="deep">in a link</em></span></a><a id="a2" name="anchor"><i id="bare">no address</i></a>
</body></html>`;

describe('lookups restating selectors (jsdom path)', () => {
  const d = new JSDOM(LOOKUPS).window.document;
  const ids = (els: Iterable<Element>) => Array.from(els, (e) => e.id);
  const same = (selector: string, found: Element[]) =>
    expect(ids(found)).toEqual(ids(d.body.querySelectorAll(selector)));

  it('select() finds what its selector finds, in document order', () => {
    same(
      '[style*="url"]',
      select(d.body, '[style*="url"]', (e) => !!e.getAttribute('style')?.includes('url')),
    );
    same(
      'b, strong',
      select(d.body, 'b, strong', (e) => e.localName === 'b' || e.localName === 'strong'),
    );
    same(SLIDER_SELECTOR, select(d.body, SLIDER_SELECTOR, isSlider));
    expect(ids(select(d.body, SLIDER_SELECTOR, isSlider))).toEqual(['r1', 'r2']);
  });

  it("a canonical figure's parts are the ones its classes name", () => {
    expect(ids(canonicalFigures(d.body))).toEqual(['f1']);
    const [fig] = canonicalFigures(d.body);
    expect(figureImage(fig!)?.id).toBe('i1');
    expect(figureCaption(fig!)?.id).toBe('c1');
    expect(figureCredit(fig!)?.id).toBe('k1');
    expect(figureCaption(d.getElementById('f2')!)).toBeNull();
  });

  it('closestLink and closestTag answer as closest() does', () => {
    for (const id of ['deep', 'bare', 'c1', 'a1']) {
      const el = d.getElementById(id)!;
      expect(closestLink(el)).toBe(el.closest('a[href]'));
      expect(closestTag(el, 'figure')).toBe(el.closest('figure'));
      expect(closestTag(el, 'a')).toBe(el.closest('a'));
    }
  });
});

describe('firstElement / withTag', () => {
  const d = new JSDOM(LOOKUPS).window.document;
  it('find the first element of a tag list in document order, as querySelector does', () => {
    expect(firstElement(d.body, withTag('strong', 'b'))).toBe(d.body.querySelector('strong, b'));
    expect(firstElement(d.body, withTag('video'))).toBeNull();
    const p = d.body.querySelector('p')!;
    expect(findElements(p, withTag('b')).map((e) => e.id)).toEqual(['b1', 'b3']);
  });
});
