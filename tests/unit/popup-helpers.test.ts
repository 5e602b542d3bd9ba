import { describe, expect, it } from 'vitest';
import { classifyFailure } from '../../popup/classify-failure';
import { isRestrictedUrl } from '../../popup/restricted-url';
import { isPrintView, tabIdFromSearch } from '../../popup/target-tab';
import { domainOf, joinAuthors, readingTimeLabel, removedLabel } from '../../src/ui/format';

describe('popup helpers', () => {
  it('shows the domain without www, and nothing for non-http URLs', () => {
    expect(domainOf('https://www.news.example/a/b?c')).toBe('news.example');
    expect(domainOf('javascript:alert(1)')).toBe('');
    expect(domainOf('not a url')).toBe('');
  });

  it('joins authors and labels counts', () => {
    expect(joinAuthors(['A', 'B', 'C'])).toBe('A, B, and C');
    expect(joinAuthors(['A'])).toBe('A');
    expect(removedLabel(1)).toBe('Removed 1 block');
    expect(removedLabel(3)).toBe('Removed 3 blocks');
    expect(readingTimeLabel(0.4)).toBe('1 min read');
    expect(readingTimeLabel(0)).toBe('');
  });

  it('knows the pages no extension may read', () => {
    for (const url of [
      'chrome://extensions',
      'about:addons',
      'chrome-extension://abc/popup.html',
      'https://chromewebstore.google.com/detail/x',
      'https://chrome.google.com/webstore/category',
      'https://addons.mozilla.org/en-US/firefox/',
      'view-source:https://a.example/',
    ]) {
      expect(isRestrictedUrl(url), url).toBe(true);
    }
    expect(isRestrictedUrl('https://news.example/story')).toBe(false);
    expect(isRestrictedUrl('http://127.0.0.1:8080/a.html')).toBe(false);
    expect(isRestrictedUrl('')).toBe(false);
  });

  it('takes the target tab from the popup URL', () => {
    expect(tabIdFromSearch('?tab=42')).toBe(42);
    expect(tabIdFromSearch('?tabId=9')).toBe(9);
    expect(tabIdFromSearch('?tab=-1')).toBeNull();
    expect(tabIdFromSearch('?tab=1e3')).toBeNull();
    expect(tabIdFromSearch('')).toBeNull();
    expect(isPrintView('?tab=1&print=1')).toBe(true);
  });

  it('recognises refused injections as restricted pages', () => {
    expect(classifyFailure('Cannot access a chrome:// URL')).toBe('restricted');
    expect(classifyFailure('The extensions gallery cannot be scripted.')).toBe('restricted');
    expect(classifyFailure('Could not establish connection. Receiving end does not exist.')).toBe('error');
  });
});
