// Pages no extension may script: the browser's own pages and the extension stores. Chrome and Firefox
// refuse injection there, so the popup says so up front instead of waiting for an error.

const STORE_HOSTS: readonly string[] = [
  'chrome.google.com/webstore',
  'chromewebstore.google.com',
  'addons.mozilla.org',
  'microsoftedge.microsoft.com/addons',
];
const SCRIPTABLE_SCHEME = /^(?:https?|file):/i;

export function isRestrictedUrl(url: string): boolean {
  if (url === '') return false;
  if (!SCRIPTABLE_SCHEME.test(url)) return true;
  try {
    const parsed = new URL(url);
    const hostAndPath = `${parsed.hostname}${parsed.pathname}`;
    return STORE_HOSTS.some((prefix) => hostAndPath.startsWith(prefix));
  } catch {
    return true;
  }
}
