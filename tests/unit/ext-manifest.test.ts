import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../src/build/build';

const ROOT = path.resolve(import.meta.dirname, '../..');
const source = JSON.parse(readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown>;

describe('manifest', () => {
  it('asks only for the permissions Folio uses', () => {
    expect(source.manifest_version).toBe(3);
    expect([...(source.permissions as string[])].sort()).toEqual([
      'activeTab',
      'contextMenus',
      'scripting',
      'storage',
    ]);
    // The same sites the detection script runs on, no more.
    expect(source.host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(JSON.stringify(source)).not.toContain('<all_urls>');
  });

  it('has a strict CSP for extension pages', () => {
    const csp = (source.content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)|wasm-unsafe-eval|https?:/);
  });

  it('declares the reader shortcut and the toolbar shortcut', () => {
    const commands = source.commands as Record<string, { suggested_key?: { default?: string } }>;
    // A modifier pair plus one letter: the form Chrome and Firefox both accept for suggested keys.
    expect(commands['toggle-reader']?.suggested_key?.default).toMatch(/^(Alt|Ctrl)\+Shift\+[A-Z]$/);
    expect(commands._execute_action).toBeDefined();
  });

  it('gives Chrome a service worker only and no Firefox keys', () => {
    const chrome = manifestFor('chrome', source);
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  it('gives Firefox background scripts, a gecko id and no data collection', () => {
    const firefox = manifestFor('firefox', source) as {
      background: { scripts?: string[] };
      browser_specific_settings: { gecko: { id: string; data_collection_permissions: unknown } };
    };
    expect(firefox.background.scripts).toEqual(['background.js']);
    expect(firefox.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({
      required: ['none'],
    });
    // manifestFor works on a copy.
    expect((source.background as { scripts?: string[] }).scripts).toEqual(['background.js']);
  });
});
