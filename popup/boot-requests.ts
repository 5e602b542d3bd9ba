// What boot.ts started and popup.js takes over: the target tab and, unless the page is one the
// browser keeps extensions out of, the article request already under way.
import type { GetArticleResponse } from '../src/extension/messages';
import type { TargetTab } from './popup-client';

export const bootKey = '__folioBoot';

export interface BootRequests {
  target: Promise<TargetTab | null>;
  article: Promise<{ tabId: number; answer: Promise<GetArticleResponse> } | null>;
}

export function takeBootRequests(): BootRequests | null {
  const scope = globalThis as Record<string, unknown>;
  const requests = scope[bootKey] as BootRequests | undefined;
  delete scope[bootKey];
  return requests ?? null;
}
