// Site fixes in the engine: rules checked, stable selectors built, and extractArticle honouring a
// rule's article, keep and drop (tests/fixtures/repair-*.html).
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract-article';
import { looksGenerated } from '../../src/core/rules/generated-names';
import { readRuleFile, toRuleFile } from '../../src/core/rules/rule-file';
import { checkRules, MAX_RULES_PER_SITE, rulesForUrl, type SiteRule } from '../../src/core/rules/site-rule';
import { buildStableSelector, structuralSelector } from '../../src/core/rules/stable-selector';
import { article, loadFixture } from './core-helpers';

const URL_OF_PAGE = 'https://news.example/2024/03/story.html';
const rule = (extra: Partial<SiteRule>): SiteRule => ({ site: 'news.example', created: 1, ...extra });

function page(body: string): Document {
  return new JSDOM(`<!doctype html><body>${body}</body>`, { url: URL_OF_PAGE }).window.document;
}

describe('stable selectors', () => {
  it('prefer an id, then stable class names, and never a generated one', () => {
    const doc = page(
      '<div id="story-body"><p>a</p></div><section class="css-1k9x2qz article-body"><p>b</p></section><div class="sc-bdVaJa"><p>c</p></div>',
    );
    expect(buildStableSelector(doc.querySelector('#story-body')!)).toBe('#story-body');
    expect(buildStableSelector(doc.querySelector('section')!)).toBe('section.article-body');
    const hashed = buildStableSelector(doc.querySelector('.sc-bdVaJa')!);
    expect(hashed).not.toContain('bdVaJa');
    expect(doc.querySelectorAll(hashed!)).toHaveLength(1);
  });

  it('tell generated names from words', () => {
    for (const name of [
      'css-1k9x2qz',
      'sc-bdVaJa',
      'post-48213',
      'jsx-2891',
      'a1b2c3d',
      '_3xYz1',
      'is-active',
    ])
      expect(looksGenerated(name), name).toBe(true);
    for (const name of ['article-body', 'newsletter-box', 'storyText', 'lede', 'h2-heading', 'main'])
      expect(looksGenerated(name), name).toBe(false);
  });

  it('match exactly the element, and still do after one unrelated sibling is added', () => {
    const doc = page(
      '<main><div class="col"><p>one</p><p>two</p><p>three</p></div><div class="col"><p>four</p><p>five</p></div></main>',
    );
    const target = doc.querySelectorAll('p')[3]!; // "four": no id, no class of its own
    const selector = buildStableSelector(target)!;
    expect(Array.from(doc.querySelectorAll(selector))).toEqual([target]);
    // The next page of the site has a promo box before the columns and an ad before the paragraph.
    doc.querySelector('main')!.insertAdjacentHTML('afterbegin', '<aside class="promo">Subscribe</aside>');
    target.insertAdjacentHTML('beforebegin', '<div class="ad">Ad</div>');
    expect(Array.from(doc.querySelectorAll(selector))).toEqual([target]);
  });

  it('give null for what cannot be named, and an exact place for the current view', () => {
    const doc = page('<div><p>x</p></div>');
    expect(buildStableSelector(doc.createElement('p'))).toBeNull();
    const p = doc.querySelector('p')!;
    expect(doc.querySelector(structuralSelector(p)!)).toBe(p);
  });
});

describe('rule checks', () => {
  it('drop a bad rule with a note and keep the good ones', () => {
    const { rules, problems } = checkRules([
      rule({ keep: ['div.newsletter-box'] }),
      { site: 'not a host!', keep: ['p'], created: 1 },
      rule({ drop: ['p{color:red}'] }),
      rule({}),
      'junk',
      rule({ article: '#main', created: Number.NaN }),
    ]);
    expect(rules).toEqual([rule({ keep: ['div.newsletter-box'] })]);
    expect(problems).toHaveLength(5);
  });

  it(`keep at most ${MAX_RULES_PER_SITE} per site`, () => {
    const many = Array.from({ length: MAX_RULES_PER_SITE + 3 }, (_, i) => rule({ drop: [`p.x${i}`] }));
    const { rules, problems } = checkRules([...many, { site: 'other.example', drop: ['p'], created: 2 }]);
    expect(rules).toHaveLength(MAX_RULES_PER_SITE + 1);
    expect(problems).toHaveLength(3);
  });

  it('apply by host and path prefix', () => {
    const rules = [
      rule({ drop: ['a'] }),
      rule({ pathPrefix: '/opinion/', drop: ['b'] }),
      rule({ site: 'x.example', drop: ['c'] }),
    ];
    expect(rulesForUrl(rules, URL_OF_PAGE)).toHaveLength(1);
    expect(rulesForUrl(rules, 'https://NEWS.example/opinion/1')).toHaveLength(2);
    expect(rulesForUrl(rules, 'not a url')).toHaveLength(0);
  });

  it('read their own export and refuse other files', () => {
    const rules = [rule({ keep: ['p.lede'] })];
    expect(readRuleFile(JSON.parse(JSON.stringify(toRuleFile(rules)))).rules).toEqual(rules);
    expect(readRuleFile({ folio: 'site-fixes', version: 99, rules }).rules).toEqual([]);
    expect(readRuleFile({ something: 'else' }).problems).toHaveLength(1);
  });
});

describe('extractArticle with rules', () => {
  const extract = (name: string, rules: SiteRule[]) =>
    article(extractArticle(loadFixture(name), { url: URL_OF_PAGE, rules }));

  it('keeps a block the engine removes, and its removed record goes', () => {
    const before = extract('repair-newsletter-box.html', []);
    const record = before.removed.find((r) => r.kind === 'newsletter')!;
    expect(before.text).not.toContain('Sign up for our free newsletter');
    // The current view's put-back: the exact place the record gives.
    const viewOnly = extract('repair-newsletter-box.html', [rule({ keep: [record.selector!] })]);
    expect(viewOnly.text).toContain('Sign up for our free newsletter');
    expect(viewOnly.removed.some((r) => r.kind === 'newsletter')).toBe(false);
    // A saved fix: a stable selector for the same element.
    const after = extract('repair-newsletter-box.html', [rule({ keep: ['div.newsletter-box'] })]);
    expect(after.text).toContain('Sign up for our free newsletter');
    // Back in its place, between the second and third paragraphs.
    expect(after.text.indexOf('Sign up')).toBeGreaterThan(after.text.indexOf('Engineers credit'));
    expect(after.text.indexOf('Sign up')).toBeLessThan(after.text.indexOf('We did not build'));
    expect(after.rulesApplied).toBe(1);
  });

  it('drops a kept block with the reason "rule"', () => {
    const result = extract('repair-newsletter-box.html', [rule({ drop: ['p.aside-note'] })]);
    expect(result.text).not.toContain('Our reporter travelled');
    expect(result.removed).toContainEqual(
      expect.objectContaining({ reason: 'rule', text: expect.stringContaining('Our reporter') }),
    );
  });

  it('takes the article a rule names over its own choice', () => {
    const own = extract('repair-wrong-article.html', []);
    expect(own.text).toContain('By using this website');
    const fixed = extract('repair-wrong-article.html', [rule({ article: 'div.story-text' })]);
    expect(fixed.text).toContain('The town council voted');
    expect(fixed.text).not.toContain('By using this website');
  });

  it('ignores rules for other sites, selectors this DOM rejects, and cannot add markup', () => {
    const plain = extract('repair-newsletter-box.html', []);
    const other = extract('repair-newsletter-box.html', [rule({ site: 'elsewhere.example', drop: ['p'] })]);
    expect(other.text).toBe(plain.text);
    expect(other.rulesApplied).toBe(0);
    const broken = extract('repair-newsletter-box.html', [
      rule({ drop: ['p:::nope', '[[['], keep: ['script'] }),
    ]);
    expect(broken.text).toBe(plain.text);
    expect(broken.html).not.toMatch(/<script|style=|on\w+=/i);
  });

  it('numbers the written blocks with their place on the page', () => {
    const doc = loadFixture('repair-newsletter-box.html');
    const result = article(extractArticle(doc, { url: URL_OF_PAGE, rules: [] }));
    const refs = [...result.html.matchAll(/data-folio-block="(\d+)"/g)].map((m) => Number(m[1]));
    expect(refs.length).toBe(result.blocks!.length);
    const last = doc.querySelector(result.blocks![refs.at(-1)!]!);
    expect(last?.textContent).toContain('Downstream, the fishing club');
    // Without rules the output is the engine's usual one.
    expect(article(extractArticle(doc, { url: URL_OF_PAGE })).html).not.toContain('data-folio-block');
  });
});
