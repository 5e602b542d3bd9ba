// Reads the page's JSON-LD: every <script type="application/ld+json"> block, @graph and arrays
// flattened, @id references resolved, and picks the node that describes this article.
import { collapse } from '../dom/text';
import { NAME_PARTICLES } from './byline-text';
import { OTHER_WORK_PROPS } from './other-works';
import { decodeText } from './text';

export interface JsonLdInfo {
  type: string;
  headline: string;
  /** The node's name when it also has a headline that differs from it. */
  otherName: string;
  authors: string[];
  publisher: string;
  websiteName: string;
  datePublished: string;
  dateModified: string;
  articleBody: string;
  /** articleBody as written, its paragraph breaks and markup kept. */
  statedBody: string;
  description: string;
  inLanguage: string;
  imageUrl: string;
}

type Json = Record<string, unknown>;

// A script larger than this is a data dump (state blobs), not article metadata.
const MAX_SCRIPT_CHARS = 2_000_000;
// Bounds the walk over hostile JSON (deeply nested or huge arrays).
const MAX_NODES = 5000;

const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'backgroundnewsarticle',
  'askpublicnewsarticle',
  'blogposting',
  'liveblogposting',
  'socialmediaposting',
  // A forum thread's opening post (fixture meta-forum-posting-json-ld.html; trafilatura-dev: a cat
  // owners' forum).
  'discussionforumposting',
  'scholarlyarticle',
  'techarticle',
  'report',
  'review',
  'medicalscholarlyarticle',
  // A recipe and a how-to are a page's text with its writer and date, like an article.
  'recipe',
  'howto',
]);
const PAGE_TYPES = new Set(['webpage', 'itempage', 'collectionpage', 'medicalwebpage']);

function parseLoose(text: string): unknown {
  // Wrappers seen around JSON-LD: "//<![CDATA[ ... //]]>" (fundus Krautreporter), "<!-- -->".
  const stripped = text
    .replace(/^\s*(?:\/\/|\/\*)?\s*<!\[CDATA\[(?:\s*\*\/)?|(?:\/\/|\/\*)?\s*\]\]>(?:\s*\*\/)?\s*$/g, '')
    .replace(/^\s*<!--|-->\s*$/g, '')
    .trim();
  try {
    return JSON.parse(stripped);
  } catch {
    // Broken JSON seen on real pages: raw newlines/tabs in strings, trailing commas, a trailing ';'.
    const repair = (t: string) =>
      t
        .replace(/[\u0000-\u001f]+/g, ' ')
        .replace(/,\s*([}\]])/g, '$1')
        .replace(/;\s*$/, '');
    try {
      return JSON.parse(repair(stripped));
    } catch {
      // Script comments around or between the values, and several objects set one after another
      // with no array around them (fixture meta-json-ld-loose.html).
      // Comments go first: a line comment ends at the line break the repair folds away.
      const values = topLevelValues(repair(withoutComments(stripped)));
      const parsed = values.map((v) => {
        try {
          return JSON.parse(v) as unknown;
        } catch {
          return null;
        }
      });
      const found = parsed.filter((v) => v !== null);
      return found.length > 1 ? found : (found[0] ?? null);
    }
  }
}

/** `text` without the /* … *\/ and // … comments outside its strings. */
function withoutComments(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
      out += ' ';
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i + 2);
      i = end < 0 ? text.length : end;
      out += ' ';
      continue;
    }
    if (c === '"') inString = true;
    out += c;
  }
  return out;
}

/** The top-level objects and arrays of `text`, each as its own text. */
function topLevelValues(text: string): string[] {
  const values: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth++ === 0) start = i;
    } else if ((c === '}' || c === ']') && depth > 0 && --depth === 0) values.push(text.slice(start, i + 1));
  }
  return values;
}

function typesOf(node: Json): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:#]/, ''));
}

function str(v: unknown): string {
  if (typeof v === 'string') return decodeText(v);
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') {
    const o = v as Json;
    return str(o['@value'] ?? o.name ?? o.url ?? '');
  }
  return '';
}

/** All objects in the parsed JSON-LD, breadth-first, without recursion, other works left out. */
function flatten(roots: unknown[]): Json[] {
  const out: Json[] = [];
  const queue: unknown[] = [...roots];
  // An index instead of shift(): hostile arrays with 100k items stay linear.
  for (let head = 0; head < queue.length && head < MAX_NODES; head++) {
    const v = queue[head];
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length && queue.length < MAX_NODES * 2; i++) queue.push(v[i]);
      continue;
    }
    if (!v || typeof v !== 'object') continue;
    const o = v as Json;
    out.push(o);
    for (const [k, child] of Object.entries(o)) {
      if (k === 'articleBody' || k === 'text' || OTHER_WORK_PROPS.has(k.toLowerCase())) continue;
      if (child && typeof child === 'object' && queue.length < MAX_NODES * 2) queue.push(child);
    }
  }
  return out;
}

// "@id" references differ in scheme between nodes of one page (fundus LesothoTimes: http vs https).
function idKey(id: string): string {
  return id.replace(/^https?:\/\//, '');
}

// How deep author lists may nest; a page seen nests one list in another ([{Person}, [{Person}]]).
const MAX_AUTHOR_DEPTH = 3;

/** The author value as a flat list: a list inside the list (the desk after the reporter) counts too. */
function authorItems(value: unknown, depth = 0): unknown[] {
  if (!Array.isArray(value)) return [value];
  if (depth >= MAX_AUTHOR_DEPTH) return [];
  return value.flatMap((item) => (Array.isArray(item) ? authorItems(item, depth + 1) : [item]));
}

// An organisation in the author list beside a person is the publisher credited with the writer
// ("author": [{"@type": "Organization", "name": "Coast Herald"}, {"@type": "Person", …}]; fixture
// meta-author-organization-beside-person.html). Alone it is the byline (a wire's, a desk's).
const ORGANIZATION_TYPE_RE = /Organization$/;
/** A structured-data type that names an organisation ("Organization", "NewsMediaOrganization", or either as a full type address). */
export const isOrganizationType = (type: string): boolean => ORGANIZATION_TYPE_RE.test(type);

function personNames(value: unknown, byId: Map<string, Json>): string[] {
  const names = authorNames(value, byId);
  return names.some((n) => !n.isOrganization)
    ? names.filter((n) => !n.isOrganization).map((n) => n.name)
    : names.map((n) => n.name);
}

function authorNames(value: unknown, byId: Map<string, Json>): { name: string; isOrganization: boolean }[] {
  const out: { name: string; isOrganization: boolean }[] = [];
  for (const item of authorItems(value)) {
    if (typeof item === 'string') {
      const s = decodeText(item);
      if (s) out.push({ name: s, isOrganization: false });
      continue;
    }
    if (!item || typeof item !== 'object') continue;
    let o = item as Json;
    const id = typeof o['@id'] === 'string' ? o['@id'] : '';
    if (!o.name && id && byId.has(idKey(id))) o = byId.get(idKey(id))!;
    const name = str(o.name) || [str(o.givenName), str(o.familyName)].filter(Boolean).join(' ');
    const isOrganization = typesOf(o).some(isOrganizationType);
    if (name) out.push({ name: nameFromBio(name, str(o.description)), isOrganization });
  }
  return out;
}

// A one-word display name ("Nils") beside a bio that opens with the whole name ("Nils Pickert ist
// freier Autor …", "Stefanus Stahl - Maschinenbauer …"): a blog's SEO plugin writes the name the
// writer chose to show as the Person's name and the profile's bio as its description (trafilatura-dev:
// two German blogs; fixture meta-author-name-from-bio.html). The surname is a word or two in
// capitals, particles between, and a separator or a lower-case word after it; "Nils Is A Writer"
// names no surname.
const ONE_WORD_NAME_RE = /^\p{Lu}[\p{L}'’-]+$/u;
const BIO_SURNAME_RE = new RegExp(
  `^((?:\\s+${NAME_PARTICLES})*(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})(?=\\s*[-–—,:(|]|\\s+\\p{Ll}|\\s*$)`,
  'u',
);

function nameFromBio(name: string, bio: string): string {
  if (!ONE_WORD_NAME_RE.test(name) || !bio.startsWith(`${name} `)) return name;
  const surname = BIO_SURNAME_RE.exec(bio.slice(name.length))?.[1];
  return surname ? `${name}${surname.replace(/\s+/g, ' ')}` : name;
}

function score(node: Json, pageUrl: string): number {
  const types = typesOf(node).map((t) => t.toLowerCase());
  let s = 0;
  if (types.some((t) => ARTICLE_TYPES.has(t))) s += 10;
  else if (types.some((t) => PAGE_TYPES.has(t))) s += 2;
  else return 0;
  if (node.headline) s += 3;
  if (node.articleBody) s += 2;
  if (node.author) s += 2;
  if (node.datePublished) s += 1;
  const url = str(node.url) || str(node.mainEntityOfPage);
  if (url && pageUrl && stripUrl(url) === stripUrl(pageUrl)) s += 2;
  return s;
}

function stripUrl(u: string): string {
  return u
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/[?#].*$/, '')
    .replace(/\/$/, '');
}

export function emptyInfo(): JsonLdInfo {
  return {
    type: '',
    headline: '',
    otherName: '',
    authors: [],
    publisher: '',
    websiteName: '',
    datePublished: '',
    dateModified: '',
    articleBody: '',
    statedBody: '',
    description: '',
    inLanguage: '',
    imageUrl: '',
  };
}

export function readJsonLd(doc: Document, pageUrl: string): JsonLdInfo {
  const info = emptyInfo();
  const roots: unknown[] = [];
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length; i++) {
    const s = scripts[i]!;
    if (!/ld\+json/i.test(s.getAttribute('type') ?? '')) continue;
    const text = s.textContent ?? '';
    if (!text.trim() || text.length > MAX_SCRIPT_CHARS) continue;
    const parsed = parseLoose(text);
    if (parsed) roots.push(parsed);
  }
  if (!roots.length) return info;
  const nodes = flatten(roots);
  const byId = new Map<string, Json>();
  for (const n of nodes)
    if (typeof n['@id'] === 'string' && n['@type']) byId.set(idKey(n['@id'] as string), n);

  let best: Json | null = null;
  let bestScore = 0;
  for (const n of nodes) {
    const sc = score(n, pageUrl);
    if (sc > bestScore) {
      best = n;
      bestScore = sc;
    }
  }
  for (const n of nodes) {
    if (typesOf(n).some((t) => t.toLowerCase() === 'website') && !info.websiteName)
      info.websiteName = str(n.name);
  }
  if (!best) return info;
  info.type = typesOf(best)[0] ?? '';
  info.headline = collapse(str(best.headline) || str(best.name));
  const name = collapse(str(best.name));
  if (name && name !== info.headline) info.otherName = name;
  info.authors = personNames(best.author ?? best.creator, byId);
  let pub = best.publisher;
  if (pub && typeof pub === 'object' && !Array.isArray(pub)) {
    const id = (pub as Json)['@id'];
    if (!(pub as Json).name && typeof id === 'string' && byId.has(idKey(id))) pub = byId.get(idKey(id));
  }
  info.publisher = str(pub);
  info.datePublished = str(best.datePublished) || str(best.dateCreated) || str(best.uploadDate);
  info.dateModified = str(best.dateModified);
  const body = best.articleBody;
  info.articleBody = typeof body === 'string' ? decodeText(body) : '';
  info.statedBody = typeof body === 'string' ? body : '';
  info.description = str(best.description);
  info.inLanguage = str(best.inLanguage);
  info.imageUrl = str(best.image);
  return info;
}
