// The work copy (dom/clone-for-extraction.ts) is made two ways: a native deep clone trimmed
// afterwards (browsers) and an element-by-element copy (jsdom, shadow DOM, hostile nesting). Both
// must give the same tree and the same `removed` records, or extraction would differ by browser.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cloneForExtraction } from '../../src/core/dom/clone-for-extraction';
import { copyNatively, fitsNativeCopy } from '../../src/core/dom/copy-natively';
import { copyNodeByNode } from '../../src/core/dom/copy-node-by-node';
import { Deadline } from '../../src/core/dom/deadline';
import { isNativeDom } from '../../src/core/dom/native-dom';
import { menuText as shownText } from '../../src/core/dom/set-aside-navigation';
import { VideoStandIns } from '../../src/core/figures/embedded-video';
import { EMBED_HOSTS } from '../../src/site-data/embed-hosts';
import { article, extractFixture, loadFixture } from './core-helpers';

/** Tags, the attributes later phases read, and text, in document order. */
function shape(root: Element): string[] {
  const out: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 0x1 | 0x4 | 0x80);
  while (walker.nextNode()) {
    const n = walker.currentNode;
    if (n.nodeType === 3) {
      if (n.nodeValue?.trim()) out.push(`"${n.nodeValue.trim()}"`);
    } else if (n.nodeType === 8) out.push('<!---->');
    else {
      const el = n as Element;
      const kept = ['src', 'alt', 'width', 'height', 'class', 'data-folio-figure']
        .filter((a) => el.hasAttribute(a))
        .map((a) => `${a}=${el.getAttribute(a)}`);
      out.push(`<${el.localName}${kept.length ? ` ${kept.join(' ')}` : ''}>`);
    }
  }
  return out;
}

type Copier = typeof copyNatively;
const menuText = (menu: Element) => shownText(menu, 400);

function copyWith(copier: Copier, doc: Document) {
  const body = doc.implementation.createHTMLDocument('').createElement('body');
  const result = copier(
    doc.body,
    body,
    new Deadline(undefined),
    undefined,
    new VideoStandIns(EMBED_HOSTS.videos).standIn,
  );
  return { body, ...result };
}
const nativeCopy = (doc: Document) => copyWith(copyNatively, doc);

describe('work copy', () => {
  it('gives the same tree and records natively as element by element', () => {
    for (const name of [
      'core-work-copy-trimmed.html',
      'figures-lazy-images.html',
      'core-seed-like-article.html',
      'core-menus-set-aside.html',
      'core-menus-in-hidden-boxes.html',
      'core-layout-in-nav.html',
      'core-noscript-swallows-page.html',
      'figures-embedded-video.html',
      'figures-video-element.html',
    ]) {
      const doc = loadFixture(name);
      const byNode = copyWith(copyNodeByNode, doc);
      const native = nativeCopy(doc);
      expect(shape(native.body), name).toEqual(shape(byNode.body));
      expect(native.removed, name).toEqual(byNode.removed);
      expect(native.noscripts.map((n) => n.outerHTML)).toEqual(byNode.noscripts.map((n) => n.outerHTML));
      expect([...native.setAside.values()].map(menuText), name).toEqual(
        [...byNode.setAside.values()].map(menuText),
      );
    }
  });

  it("leaves the page's menus out as it copies, but those in boxes that may be hidden", () => {
    const page = loadFixture('core-menus-in-hidden-boxes.html');
    const { body, setAside, removed } = nativeCopy(page);
    const menus = [...setAside.values()];
    // Not copied at all: the placeholder stands for the page's own <nav>.
    expect(menus.map((m) => m.ownerDocument === page)).toEqual([true, true, true]);
    expect(menus.map((m) => m.className)).toEqual(['main-menu', 'tools-menu', 'footer-menu']);
    expect(body.querySelectorAll('nav').length).toBe(3);
    // The hidden boxes go whole, their menus with them (too short to be listed as removed).
    for (const gone of ['My account', 'North', 'm/news', 'First slide', '/icon'])
      expect(body.innerHTML).not.toContain(gone);
    expect(removed).toEqual([]);
  });

  it('leaves out scripts, styles, comments, hidden boxes and embeds, and the page cannot fake our figure mark', () => {
    const { body, removed } = nativeCopy(loadFixture('core-work-copy-trimmed.html'));
    const html = body.innerHTML;
    for (const gone of [
      '<script',
      '<style',
      '<svg',
      '<template',
      '<iframe',
      '<!--',
      'subscribe now',
      'Decorative',
    ])
      expect(html).not.toContain(gone);
    expect(body.querySelector('[data-folio-figure]')).toBeNull();
    expect(body.hasAttribute('data-theme')).toBe(false);
    expect(body.textContent).toContain('six return trips');
    // Previews say what readers would have seen, never the script inside a hidden box.
    expect(removed.map((r) => r.text)).toEqual([
      'This notice is hidden with the hidden attribute and says so at some length here.',
      'A hidden promo box that tells readers to subscribe now and save.',
      'Decorative pull quote repeated for sighted readers only, hidden from assistive tech.',
    ]);
  });

  it('sets site menus aside, leaving an empty <nav> in their place, and keeps a <nav> that holds prose', () => {
    for (const copier of [copyNatively, copyNodeByNode]) {
      const { body, setAside, removed } = copyWith(copier, loadFixture('core-menus-set-aside.html'));
      // The mega menu (with the one inside it), the breadcrumb and the post links: three placeholders.
      const navs = Array.from(body.getElementsByTagName('nav'));
      expect(navs).toHaveLength(3);
      for (const nav of navs) expect(nav.childNodes).toHaveLength(0);
      expect(navs.map((n) => menuText(setAside.get(n)!).slice(0, 20))).toEqual([
        'News Local Region Wo',
        'Home / News / Region',
        'Previous: Harbour fe',
      ]);
      // The menu's teaser picture went with it, and the hidden submenu unlisted; the hidden drawer is
      // listed as hidden, as before.
      expect(body.querySelector('img[src*="bridge"]')).toBeNull();
      expect(removed.map((r) => r.kind)).toEqual(['hidden']);
      expect(removed[0]?.text).toContain('My account');

      const layout = copyWith(copier, loadFixture('core-layout-in-nav.html'));
      expect(layout.setAside.size).toBe(0);
      // A menu inside a <nav> kept for its prose is copied as it is: nested <nav>s are judged once.
      expect(layout.body.querySelector('nav.top')?.textContent).toContain('Contact');
      expect(layout.body.textContent).toContain('forty new plots');
    }
  });

  it('keeps the page a <noscript> swallowed (an unclosed <div> inside it) and still drops a small fallback', () => {
    const doc = loadFixture('core-noscript-swallows-page.html');
    // jsdom parses with scripting off: the ignored </noscript> leaves the whole page inside it.
    expect(doc.querySelector('noscript p')).not.toBeNull();
    for (const copy of [nativeCopy(doc), copyWith(copyNodeByNode, doc)]) {
      expect(copy.body.textContent).toContain('nine mothers with cubs');
      expect(copy.body.getElementsByTagName('noscript')).toHaveLength(0);
    }
    const small = new JSDOM(
      '<p>A page of text long enough to be the page.</p><noscript><div>Enable JavaScript</div></noscript>',
    ).window.document;
    expect(nativeCopy(small).body.textContent).not.toContain('Enable JavaScript');
    expect(copyWith(copyNodeByNode, small).body.textContent).not.toContain('Enable JavaScript');
    const a = article(extractFixture('core-noscript-swallows-page.html'));
    expect(a.text).toContain('Sixteen cubs were seen in all');
  });

  it('leaves shadow roots and hostile nesting to the element-by-element copy', () => {
    const shadow = loadFixture('core-shadow-dom.html');
    // The fixture's script attaches the shadow root only in a browser; attach one here.
    const host = shadow.body.querySelector('div') ?? shadow.body;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Inside the shadow root</p>';
    expect(fitsNativeCopy(shadow.body, new Deadline(undefined))).toBe(false);

    const deep = new JSDOM(`<body>${'<div>'.repeat(250)}deep text${'</div>'.repeat(250)}</body>`).window
      .document;
    expect(fitsNativeCopy(deep.body, new Deadline(undefined))).toBe(false);
    const shallow = new JSDOM(`<body>${'<div>'.repeat(50)}text${'</div>'.repeat(50)}</body>`).window.document;
    expect(fitsNativeCopy(shallow.body, new Deadline(undefined))).toBe(true);
  });

  it("is made in the page's template document, where nothing loads or runs, apart from the page", () => {
    const page = loadFixture('core-work-copy-trimmed.html');
    const inert = page.createElement('template').content.ownerDocument;
    const first = cloneForExtraction(page, new Deadline(undefined));
    expect(first.doc).toBe(inert);
    expect(first.doc).not.toBe(page);
    expect(first.doc.defaultView).toBeNull();
    // The copy is never attached: the template document holds no tree of its own.
    expect(first.doc.documentElement).toBeNull();
    expect(cloneForExtraction(page, new Deadline(undefined)).doc).toBe(inert);
    expect(first.body.getElementsByTagName('p').length).toBeGreaterThan(0);
    expect(first.body.getElementsByTagName('p')[0]!.tagName).toBe('P');
  });

  it('makes an HTML document of its own for an XHTML page, whose template document is XML', () => {
    const xhtml = new JSDOM(
      '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body><p>Text of the page.</p></body></html>',
      { contentType: 'application/xhtml+xml' },
    ).window.document;
    const copy = cloneForExtraction(xhtml, new Deadline(undefined));
    expect(copy.doc).not.toBe(xhtml.createElement('template').content.ownerDocument);
    expect(copy.doc.contentType).toBe('text/html');
    expect(copy.body.getElementsByTagName('p')[0]!.tagName).toBe('P');
  });

  it('takes the native clone only for a DOM implemented natively', () => {
    expect(isNativeDom(loadFixture('core-work-copy-trimmed.html'))).toBe(false);
    // A browser's DOM methods print as native code.
    const browserLike = { implementation: {}, importNode: Math.max } as unknown as Document;
    expect(isNativeDom(browserLike)).toBe(true);
    // The answer is remembered per importNode function, so each document keeps its own.
    expect(isNativeDom(loadFixture('core-work-copy-trimmed.html'))).toBe(false);
    expect(isNativeDom(browserLike)).toBe(true);
    expect(isNativeDom({ importNode: 'not a function' } as unknown as Document)).toBe(false);
  });
});
