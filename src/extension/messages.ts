// Every runtime message Folio sends, typed by direction, with a validator per direction. A listener
// parses what it receives with the validator for its direction and drops anything else: the page can
// reach some of these channels (a compromised renderer, another extension guessing our id), so a
// message is data to check, never a command to trust.
//
// Pure module: no browser API here, so the popup, the content scripts, the background and the unit
// tests all share it.
import type { DetectionResult, ExtractResult } from '../core/types';
import { parseRepairOp, type RepairOp, type RepairStatus } from '../ui/repair/repair-types';

/** Prefix on every message type: keeps Folio's messages apart from anything else on the channel. */
const TYPE_PREFIX = 'folio/';
// Detection reasons are a few words; anything longer is not ours.
const MAX_REASON_LENGTH = 200;
const MAX_URL_LENGTH = 8192;
const EXTENSION_PAGE_URL = /^(?:chrome|moz)-extension:\/\//;

// ---------------------------------------------------------------------------------------------
// popup → content (tabs.sendMessage to the reader script in the tab)

/** Extract the article from the page (whatever the detector thought: people asked for it). */
export interface GetArticleMessage {
  type: 'folio/get-article';
}
/** Open or close the in-page reader; `open` omitted means toggle. */
export interface ToggleReaderMessage {
  type: 'folio/toggle-reader';
  open?: boolean;
}
/** Read aloud: open the reader if needed and start speaking (popup's Listen, the shortcut). */
export interface ListenMessage {
  type: 'folio/listen';
}
/** A site fix: put back, remove, save, undo, turn off, or pick the article (popup, context menu). */
export interface RepairMessage {
  type: 'folio/repair';
  op: RepairOp;
}
/** The picker: the reader script's (it needs the pointer, then opens the reader). */
export type PickArticleMessage = RepairMessage & { op: { op: 'pick' } };
/** Every other site fix: the article script's, which re-extracts with it. */
export type SiteFixMessage = RepairMessage & { op: Exclude<RepairOp, { op: 'pick' }> };
export type PopupToContentMessage = GetArticleMessage | ToggleReaderMessage | ListenMessage | RepairMessage;

/** Answer to get-article and repair. `readerOpen` lets the popup label its "Reader view" control. */
export type GetArticleResponse = ExtractResult & { readerOpen: boolean; repair?: RepairStatus };
/** Answer to toggle-reader, open-reader, listen, pause-speech and the picker. */
export interface ReaderStateResponse {
  open: boolean;
}

// ---------------------------------------------------------------------------------------------
// popup → background (runtime.sendMessage)

/**
 * The tab's article when the reader script is not there yet: the background injects it and asks
 * for the article itself, one hop instead of two (the popup's first open waits on this).
 */
export interface ArticleInTabMessage {
  type: 'folio/article-in-tab';
  tabId: number;
}
/**
 * Open/close the reader or start reading aloud in the tab: the background injects the reader script
 * and passes the request on itself, so it still arrives when the popup closes right after the
 * click (a popup that waited for the injection and then sent the request lost it when it closed).
 */
export interface ReaderInTabMessage {
  type: 'folio/reader-in-tab';
  tabId: number;
  request: ReaderRequest;
}
export type ReaderRequest = ToggleReaderMessage | ListenMessage | PickArticleMessage;
export type PopupToBackgroundMessage = ArticleInTabMessage | ReaderInTabMessage;

/** `article`: the tab's answer to get-article, passed on as it came (the popup checks its shape). */
export type ArticleInTabResponse = { ok: true; article: unknown } | { ok: false; error: string };
/** `open`: the reader's state after the request, as the tab answered it. */
export type ReaderInTabResponse = { ok: true; open: boolean } | { ok: false; error: string };

// ---------------------------------------------------------------------------------------------
// content → background (runtime.sendMessage from a tab; sender.tab is required)

/** The detection content script's verdict for the page it runs in. */
export interface DetectionMessage {
  type: 'folio/detection';
  url: string;
  result: DetectionResult;
}
/** The reader script reports that the in-page reader opened or closed (badge shows it). */
export interface ReaderChangedMessage {
  type: 'folio/reader-changed';
  open: boolean;
}
/** The reader started or stopped speaking: a second tab that starts stops the first. */
export interface SpeechChangedMessage {
  type: 'folio/speech-changed';
  speaking: boolean;
}
export type ContentToBackgroundMessage = DetectionMessage | ReaderChangedMessage | SpeechChangedMessage;

// ---------------------------------------------------------------------------------------------
// background → content (tabs.sendMessage to the reader script)

export interface OpenReaderMessage {
  type: 'folio/open-reader';
}
/** Another tab started speaking: pause here. */
export interface PauseSpeechMessage {
  type: 'folio/pause-speech';
}
export type BackgroundToContentMessage =
  | OpenReaderMessage
  | ToggleReaderMessage
  | ListenMessage
  | PauseSpeechMessage
  | RepairMessage;

/** Everything the reader script in a tab accepts (from the popup or the background). */
export type ToContentMessage = PopupToContentMessage | BackgroundToContentMessage;

// ---------------------------------------------------------------------------------------------
// Builders: every sender makes its message with one of these, never by hand.

export const getArticleMessage = (): GetArticleMessage => ({ type: 'folio/get-article' });
export const toggleReaderMessage = (open?: boolean): ToggleReaderMessage =>
  open === undefined ? { type: 'folio/toggle-reader' } : { type: 'folio/toggle-reader', open };
export const openReaderMessage = (): OpenReaderMessage => ({ type: 'folio/open-reader' });
export const repairMessage = (op: RepairOp): RepairMessage => ({ type: 'folio/repair', op });

function parseRepair(value: Plain): RepairMessage | null {
  const op = parseRepairOp(value.op);
  return op ? { type: 'folio/repair', op } : null;
}
export const readerInTabMessage = (tabId: number, request: ReaderRequest): ReaderInTabMessage => ({
  type: 'folio/reader-in-tab',
  tabId,
  request,
});
export const pickArticleMessage = (): PickArticleMessage => ({ type: 'folio/repair', op: { op: 'pick' } });
export const articleInTabMessage = (tabId: number): ArticleInTabMessage => ({
  type: 'folio/article-in-tab',
  tabId,
});
export const detectionMessage = (url: string, result: DetectionResult): DetectionMessage => ({
  type: 'folio/detection',
  url,
  result,
});
export const listenMessage = (): ListenMessage => ({ type: 'folio/listen' });
export const pauseSpeechMessage = (): PauseSpeechMessage => ({ type: 'folio/pause-speech' });
export const speechChangedMessage = (speaking: boolean): SpeechChangedMessage => ({
  type: 'folio/speech-changed',
  speaking,
});
export const readerChangedMessage = (open: boolean): ReaderChangedMessage => ({
  type: 'folio/reader-changed',
  open,
});

// ---------------------------------------------------------------------------------------------
// Validators: each returns a fresh, exactly-shaped message (unknown keys dropped) or null.

type Plain = Record<string, unknown>;

function isPlainObject(value: unknown): value is Plain {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isTabId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function typeOf(value: unknown): string | null {
  if (!isPlainObject(value)) return null;
  const type = value.type;
  return typeof type === 'string' && type.startsWith(TYPE_PREFIX) ? type : null;
}

export function parseDetectionResult(value: unknown): DetectionResult | null {
  if (!isPlainObject(value)) return null;
  const { isArticle, score, reason } = value;
  if (typeof isArticle !== 'boolean') return null;
  if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 1) return null;
  if (typeof reason !== 'string' || reason.length > MAX_REASON_LENGTH) return null;
  return { isArticle, score, reason };
}

function parseToggle(value: Plain): ToggleReaderMessage | null {
  if (value.open === undefined) return { type: 'folio/toggle-reader' };
  return typeof value.open === 'boolean' ? { type: 'folio/toggle-reader', open: value.open } : null;
}

export function parsePopupToContent(value: unknown): PopupToContentMessage | null {
  const type = typeOf(value);
  const message = value as Plain;
  switch (type) {
    case 'folio/get-article':
      return { type: 'folio/get-article' };
    case 'folio/toggle-reader':
      return parseToggle(message);
    case 'folio/listen':
      return { type: 'folio/listen' };
    case 'folio/repair':
      return parseRepair(message);
    default:
      return null;
  }
}

export function parseBackgroundToContent(value: unknown): BackgroundToContentMessage | null {
  const type = typeOf(value);
  switch (type) {
    case 'folio/open-reader':
      return { type: 'folio/open-reader' };
    case 'folio/toggle-reader':
      return parseToggle(value as Plain);
    case 'folio/listen':
      return { type: 'folio/listen' };
    case 'folio/pause-speech':
      return { type: 'folio/pause-speech' };
    case 'folio/repair':
      return parseRepair(value as Plain);
    default:
      return null;
  }
}

/** What the reader script accepts: popup→content and background→content messages. */
export function parseToContent(value: unknown): ToContentMessage | null {
  return parsePopupToContent(value) ?? parseBackgroundToContent(value);
}

export function parsePopupToBackground(value: unknown): PopupToBackgroundMessage | null {
  const type = typeOf(value);
  const message = value as Plain;
  switch (type) {
    case 'folio/article-in-tab':
      return isTabId(message.tabId) ? articleInTabMessage(message.tabId) : null;
    case 'folio/reader-in-tab': {
      if (!isTabId(message.tabId)) return null;
      const request = readerRequest(message.request);
      return request ? readerInTabMessage(message.tabId, request) : null;
    }
    default:
      return null;
  }
}

function readerRequest(value: unknown): ReaderRequest | null {
  switch (typeOf(value)) {
    case 'folio/listen':
      return listenMessage();
    case 'folio/toggle-reader':
      return parseToggle(value as Plain);
    case 'folio/repair':
      return parseRepair(value as Plain)?.op.op === 'pick' ? pickArticleMessage() : null;
    default:
      return null;
  }
}

export function parseContentToBackground(value: unknown): ContentToBackgroundMessage | null {
  const type = typeOf(value);
  const message = value as Plain;
  switch (type) {
    case 'folio/detection': {
      const result = parseDetectionResult(message.result);
      return result && isHttpUrl(message.url) ? { type: 'folio/detection', url: message.url, result } : null;
    }
    case 'folio/reader-changed':
      return typeof message.open === 'boolean' ? { type: 'folio/reader-changed', open: message.open } : null;
    case 'folio/speech-changed':
      return typeof message.speaking === 'boolean'
        ? { type: 'folio/speech-changed', speaking: message.speaking }
        : null;
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Senders

/** The fields of runtime.MessageSender the checks read (structural, so tests can fake it). */
export interface SenderLike {
  id?: string;
  tab?: { id?: number } | undefined;
  url?: string;
}

/**
 * For listeners in content scripts: only the extension's own pages (popup, background) may talk to
 * the reader script. A message from a tab (another content script, or a page that found a way to
 * the channel) is refused.
 */
export function isFromExtensionPage(sender: SenderLike | undefined, runtimeId: string): boolean {
  if (sender === undefined || sender.id !== runtimeId) return false;
  // The popup opened as a tab (the print view, tests) has a `tab` but an extension URL: a content
  // script's sender URL is the web page's, which a page cannot make an extension URL.
  return sender.tab === undefined || (sender.url !== undefined && EXTENSION_PAGE_URL.test(sender.url));
}

/** For the background: content→background messages must come from our content script in a tab. */
export function isFromOwnContentScript(
  sender: SenderLike | undefined,
  runtimeId: string,
): sender is SenderLike & { tab: { id: number } } {
  return (
    sender !== undefined && sender.id === runtimeId && sender.tab !== undefined && isTabId(sender.tab.id)
  );
}

export type BackgroundInbound =
  | { from: 'popup'; message: PopupToBackgroundMessage }
  | { from: 'content'; message: ContentToBackgroundMessage; tabId: number };

/**
 * Classifies a message arriving at the background: popup messages only from extension pages,
 * content messages only from a tab of ours. Anything else (foreign id, wrong direction, malformed)
 * is null.
 */
export function parseBackgroundInbound(
  value: unknown,
  sender: SenderLike | undefined,
  runtimeId: string,
): BackgroundInbound | null {
  if (isFromExtensionPage(sender, runtimeId)) {
    const message = parsePopupToBackground(value);
    return message ? { from: 'popup', message } : null;
  }
  if (isFromOwnContentScript(sender, runtimeId)) {
    const message = parseContentToBackground(value);
    return message ? { from: 'content', message, tabId: sender.tab.id } : null;
  }
  return null;
}
