// Which tab the popup reads. Opened from the toolbar it is the active tab of the last focused window;
// opened as a tab (tests, the print view) the target's id is given as `?tab=ID` in the popup's URL
// (`?tabId=ID` is accepted too: src/extension/client.ts uses that name).

const TAB_PARAMS = ['tab', 'tabId'] as const;
const TAB_ID = /^\d{1,10}$/;

export function tabIdFromSearch(search: string): number | null {
  const params = new URLSearchParams(search);
  for (const name of TAB_PARAMS) {
    const value = params.get(name);
    if (value !== null && TAB_ID.test(value)) return Number(value);
  }
  return null;
}

export function isPrintView(search: string): boolean {
  return new URLSearchParams(search).get('print') === '1';
}
