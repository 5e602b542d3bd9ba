// Character encoding of an HTML byte stream, in the order browsers use: byte order mark, the HTTP
// Content-Type charset, a <meta> declaration near the start, then a guess (UTF-8 if the bytes are
// valid UTF-8, else windows-1252, which is what browsers read undeclared legacy Western pages as).
// One departure: a declared legacy encoding gives way to UTF-8 when the bytes hold multi-byte UTF-8
// and are valid UTF-8 throughout. Saving a page re-encodes it to UTF-8 and keeps its old declaration
// (fundus-dev: a Spanish daily saved as UTF-8 still declaring iso-8859-15; readability-pages qq: a
// Chinese portal still declaring gbk), and text really written in a legacy encoding almost never
// forms valid UTF-8 sequences.

/** How far into the file a <meta charset> is looked for. The HTML standard's prescan reads 1024 bytes;
 * real pages (tests/stress "legacy-windows-1251" puts a long <title> and comments first) declare it
 * later, and a late declaration is still better than a guess. */
export const META_SCAN_BYTES = 8192;
/** Bytes checked for NUL characters to tell binary data from text. */
export const BINARY_SCAN_BYTES = 4096;

export type EncodingSource =
  | 'bom'
  | 'http-header'
  | 'meta'
  | 'xml-declaration'
  | 'utf-8-valid'
  | 'utf-8-over-declared'
  | 'default';

export interface DetectedEncoding {
  /** A WHATWG encoding name TextDecoder accepts ("utf-8", "windows-1251", "shift_jis", ...). */
  encoding: string;
  source: EncodingSource;
  /** Bytes to skip before decoding (the BOM). */
  bomLength: number;
}

const FALLBACK_ENCODING = 'windows-1252';
const CHARSET_IN_CONTENT_TYPE = /charset\s*=\s*["']?\s*([^"'\s;,]+)/i;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const META_TAG = /<meta\b[^>]*>/gi;
const META_CHARSET = /\bcharset\s*=\s*["']?\s*([^"'\s;/>]+)/i;
const META_HTTP_EQUIV = /\bhttp-equiv\s*=\s*["']?\s*content-type/i;
const META_CHARSET_ATTR = /\bcharset\s*=/i;
const META_CONTENT_ATTR = /\bcontent\s*=\s*("[^"]*"|'[^']*')/i;
const XML_DECLARATION = /^<\?xml\b[^>]*\bencoding\s*=\s*["']([^"']+)["']/i;

/** Normalizes a label to an encoding TextDecoder supports, applying the HTML standard's overrides. */
export function normalizeEncodingLabel(label: string): string | null {
  let name: string;
  try {
    name = new TextDecoder(label.trim()).encoding;
  } catch {
    // x-user-defined is valid HTML but unknown to Node's decoder; it is a byte-for-byte Latin mapping.
    return label.trim().toLowerCase() === 'x-user-defined' ? FALLBACK_ENCODING : null;
  }
  // A page cannot declare a UTF-16 encoding in its own ASCII bytes truthfully; browsers read UTF-8.
  if (name === 'utf-16le' || name === 'utf-16be') return 'utf-8';
  return name;
}

function bomEncoding(bytes: Uint8Array): DetectedEncoding | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', source: 'bom', bomLength: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', source: 'bom', bomLength: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', source: 'bom', bomLength: 2 };
  return null;
}

/** The charset parameter of an HTTP Content-Type header, normalized, or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const match = CHARSET_IN_CONTENT_TYPE.exec(contentType);
  return match?.[1] ? normalizeEncodingLabel(match[1]) : null;
}

/** The encoding declared by a <meta charset> / http-equiv Content-Type or an XML declaration. */
export function declaredEncoding(bytes: Uint8Array): { encoding: string; source: EncodingSource } | null {
  // latin1 maps every byte to one char, so ASCII markup reads right whatever the real encoding.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_SCAN_BYTES)).toString(
    'latin1',
  );
  const xml = XML_DECLARATION.exec(head);
  if (xml?.[1]) {
    const encoding = normalizeEncodingLabel(xml[1]);
    if (encoding) return { encoding, source: 'xml-declaration' };
  }
  const withoutComments = head.replace(COMMENT, '');
  for (const tag of withoutComments.match(META_TAG) ?? []) {
    const isDeclaration = META_CHARSET_ATTR.test(tag.replace(META_CONTENT_ATTR, ''));
    if (!isDeclaration && !META_HTTP_EQUIV.test(tag)) continue;
    const match = META_CHARSET.exec(tag);
    if (!match?.[1]) continue;
    const encoding = normalizeEncodingLabel(match[1]);
    if (encoding) return { encoding, source: 'meta' };
  }
  return null;
}

/** True when some byte is outside ASCII: then valid UTF-8 is evidence, not a coincidence of ASCII. */
function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte > 0x7f) return true;
  return false;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Decides the encoding of an HTML document given as bytes (and the HTTP Content-Type, for URLs). */
export function detectEncoding(bytes: Uint8Array, contentType?: string | null): DetectedEncoding {
  const bom = bomEncoding(bytes);
  if (bom) return bom;
  const fromHeader = charsetFromContentType(contentType);
  const declared = fromHeader
    ? { encoding: fromHeader, source: 'http-header' as const }
    : declaredEncoding(bytes);
  if (declared) {
    if (declared.encoding !== 'utf-8' && hasNonAscii(bytes) && isValidUtf8(bytes))
      return { encoding: 'utf-8', source: 'utf-8-over-declared', bomLength: 0 };
    return { ...declared, bomLength: 0 };
  }
  if (isValidUtf8(bytes)) return { encoding: 'utf-8', source: 'utf-8-valid', bomLength: 0 };
  return { encoding: FALLBACK_ENCODING, source: 'default', bomLength: 0 };
}

/** True when the start of the data holds NUL bytes outside a UTF-16 stream: not an HTML page. */
export function looksBinary(bytes: Uint8Array, encoding: string): boolean {
  if (encoding.startsWith('utf-16')) return false;
  const end = Math.min(bytes.length, BINARY_SCAN_BYTES);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Decodes HTML bytes to a string with the detected encoding. Never throws: bad bytes become U+FFFD. */
export function decodeHtml(
  bytes: Uint8Array,
  contentType?: string | null,
): { text: string } & DetectedEncoding {
  const detected = detectEncoding(bytes, contentType);
  const body = bytes.subarray(detected.bomLength);
  let text: string;
  try {
    text = new TextDecoder(detected.encoding).decode(body);
  } catch {
    text = new TextDecoder(FALLBACK_ENCODING).decode(body);
  }
  return { text, ...detected };
}
