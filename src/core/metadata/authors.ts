// Turns raw author strings (meta values, JSON-LD names, visible bylines) into a clean name list.
import { CJK_RE, collapse } from '../dom/text';
import { fold } from './text';
import { splitGluedAgency } from './wire-agency';

// Beyond this a "name" is a sentence or a bio (fundus: longest real name ~40 chars).
const MAX_NAME_CHARS = 70;

const SEPARATOR_RE =
  /\s*(?:,|;|\s&\s|\s\+\s|\s(?:and|und|et|y|e|en|og|och|oraz|i|a|és|ve|và|и)\s|\s(?:AND|UND)\s)\s*/;
// "Analysis by", "Opinion by": the piece's genre before "by" (a news network's author meta,
// scrapinghub-dev); metadata and printed bylines both read it.
export const GENRE_BY = '(?:analysis|opinion|commentary|perspective|review)\\s+by';
/**
 * A German word for a person with its feminine forms, in the gender-inclusive spellings labels use
 * too: "Autorin", "Autor/in", "Autor/-in", "Autor*in", "Autor:in", "Autor_in", "Autor(in)" and
 * their plurals "Autorinnen", "Autor*innen" (trafilatura-dev: a public broadcaster's podcast page,
 * "Autor/in: Name"; fixture meta-byline-inclusive-label.html).
 */
export const withFeminine = (word: string): string => `${word}(?:[/*:_]?-?in(?:nen)?|\\(in(?:nen)?\\))?`;
/**
 * "Autor", the feminine forms (withFeminine) and the plural "Autoren" (a public office's page signs
 * "Autoren Name und Name" under its text: trafilatura-dev).
 */
export const AUTHOR_WORD = `(?:${withFeminine('autor')}|autoren)`;
const BY_RE = new RegExp(
  `^(?:written\\s+by|reported\\s+by|words\\s+by|story\\s+by|${GENRE_BY}|by|von|text(?:\\s+von)?|par|por|di|door|av|af|${AUTHOR_WORD}|autore|auteur|author|authors|texto|tekst|текст|автор|авторы)\\s*[:\\-–—]?\\s+`,
  'i',
);
const EMAIL_RE = /\S+@\S+\.\S+/g;
const URL_RE = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;
const HANDLE_RE = /(?:^|\s)@\w+/g;
const PAREN_RE = /\([^)]*\)|\[[^\]]*\]/g;
// Words that name a job, not a person ("Jane Doe, Staff Writer", "Jane Doe | Correspondent").
const ROLE_WORDS =
  'writer|reporter|correspondent|editor|columnist|contributor|journalist|photographer|producer|analyst|redakteur(?:in)?|korrespondent(?:in)?|journaliste|rédacteur|rédactrice|periodista|redactor(?:a)?|giornalista|corrispondente|redacteur|verslaggever|correspondente';
const ROLE_QUALIFIERS =
  'senior|chief|staff|special|foreign|political|business|deputy|managing|contributing|associate|executive|news|sports?|science|health|tech(?:nology)?';
const ROLE_RE = new RegExp(`^(?:(?:${ROLE_QUALIFIERS})\\s+)*(?:${ROLE_WORDS})s?$`, 'i');
// A part of a list that ends in a role word (after the name it qualifies).
const ROLE_END_RE = new RegExp(`(?:^|\\s)(?:${ROLE_WORDS})s?$`, 'i');
// A role word run into the name without a comma ("Jane Doe Redakteurin", "Redakteur Max Muster"),
// with the words that qualify it ("JANE ROE Staff Writer", a byline box's lines read as one;
// fixture meta-byline-parts.html).
const GLUED_ROLE_RE = new RegExp(
  `^(?:${ROLE_WORDS})\\s+|\\s+(?:(?:${ROLE_QUALIFIERS})\\s+)*(?:${ROLE_WORDS})s?$`,
  'i',
);
const LOWER_WORD_RE = /^\p{Ll}/u;
const NAME_PARTICLE_RE = /^(?:de|da|del|di|van|von|der|la|le|du|dos|bin|ibn|al)$/;
// What a CMS prints where the writer's name is missing: no name, not even the desk's; its default
// account's name too ("admin" in a blog theme's hCard: trafilatura-dev, a Swiss car-news site).
const PLACEHOLDER = 'anonymous|unknown|no author|null|undefined|none|n\\/a|admin|administrator';
const PLACEHOLDER_RE = new RegExp(`^(?:${PLACEHOLDER})$`, 'i');
// The newsroom's desk stands for no one either, in the languages of the pages seen ("Redação" over
// a reporter's printed byline: fixture meta-author-desk-name.html).
const DESKS =
  'staff|editorial|redaktion|redaktionen|rédaction|redazione|redacción|redação|redacção|redactie|redakcja|redakce|redaksjonen|redaksi|redacția|redactia|szerkesztőség|toimitus|haber merkezi|newsroom|редакция';
const DESK_RE = new RegExp(`^(?:${DESKS})$`, 'i');
/** The name is a newsroom's desk ("Redaktion", "Newsroom"), which signs for no one in particular. */
export const isDeskName = (name: string): boolean => DESK_RE.test(name.trim());
const JUNK_RE = new RegExp(
  `^(?:${PLACEHOLDER}|${DESKS}|editor|guest|team|more|follow|contact|updated|published|share|comments?|гость|гости)$`,
  'i',
);

/** A byline's name that stands for no one ("Unknown", "No Author"): the byline is not shown either. */
export const isPlaceholderName = (name: string): boolean => PLACEHOLDER_RE.test(name.trim());
// A date or time run into the name ("Jane Doe 05.04.2025", "Jane Doe - 12:30"): it and what
// follows are the dateline.
const TRAILING_DATE_RE = /\s+(?:[-–—|,]\s*)?(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2})(?:\D.*)?$/;
const SENTENCE_END_RE = /\p{Ll}{2}\.$/u;
const SUFFIX_END_RE = /\b(?:jr|sr|esq)\.$/i;
const DATE_LIKE_RE = /\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}|^\d+$/;
const TRAILING_PLACE_RE = /\s+(?:in|aus|from|en|à|em|a)\s+\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?$/u;
// The labels of a date run into a byline ("Jane Doe Updated 9:30 AM"): they and what follows go.
export const DATE_LABELS =
  'updated|published|posted|aktualisiert|veröffentlicht|publié|mis à jour|actualizado|publicado';
// Bounded by letters, not \b, which takes "é" for no word character ("Par Jeanne Roux Publié le 10
// mars": fixture meta-byline-label-variants.html).
const UPDATED_RE = new RegExp(`(?<!\\p{L})(?:${DATE_LABELS})(?!\\p{L}).*$`, 'iu');
const PIPE_RE = /\s[|•·–—]\s.*$/;
// A dateline run into the byline box ("Malcolm Owen Monday, April 7"): the weekday and what follows
// are the date, not part of the last name.
// Abbreviated with its dot too ("Sun., Dec. 1, 2026"): without one, "Sun" may be a name.
const TRAILING_WEEKDAY_RE =
  /\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.(?=[\s,])).*$/i;

// A degree or licence after the name ("Brenda Goodman, MA", "Jane Roe, M.D.", "John Doe, PhD"):
// in capitals as written, so a short name ("Ma", "Do") is no degree (readability-pages: a health site).
export const CREDENTIAL_RE =
  /^(?:Ph\.?\s?D|M\.?D|M\.?A|M\.?S|M\.?Sc|B\.?Sc|B\.?A|MBA|MPH|MSN|MSW|R\.?N|R\.?D|RDN|LDN|J\.?D|LL\.?M|DVM|Pharm\.?D|Psy\.?D|DNP|APRN|LCSW|DDS|CPA|CFA|CFP|FACP|FRCP|PA-C)\.?$/;

// "Jane Doe, Staff Writer" / "Jane Doe | Senior Reporter": a name and the writer's job after it.
const NAME_AND_ROLE_RE = /^(.+?)(?:\s*,\s*|\s+[|•·–—-]\s+)([^,|•·–—]+)$/;

// A writer's job on a line of its own: "Political correspondent", "Coast editor", "Staff Writer".
const MAX_ROLE_LINE_WORDS = 4;

/** A short line that ends in a writer's job ("Political correspondent", "BBC Sport reporter"). */
export function isRoleLine(text: string): boolean {
  return text.split(' ').length <= MAX_ROLE_LINE_WORDS && ROLE_END_RE.test(text);
}

/**
 * "Jane Doe, Staff Writer" without the job; any other text unchanged. The job may name the desk or
 * the beat ("Jane Roe, Harbour Correspondent": fixture meta-byline-name-and-role.html).
 */
export function withoutRole(text: string): string {
  const m = NAME_AND_ROLE_RE.exec(text);
  const role = m?.[2]?.trim() ?? '';
  return m?.[1] && role && (ROLE_RE.test(role) || isRoleLine(role) || SPECIAL_TO_RE.test(role))
    ? m[1].trim()
    : text;
}

// A freelancer's piece: "Jane Roe, Special to The Post" (fixture meta-byline-name-and-role.html).
const SPECIAL_TO_RE = /^special\s+to\s/i;

/** Splits "A, B and C" / "A & B" / "A und B" into names (each trimmed, unfiltered). */
export function splitNames(text: string): string[] {
  return text
    .split(SEPARATOR_RE)
    .map((s) => s.trim())
    .filter(Boolean);
}

const MIN_REPEATED_CHARS = 4;

/**
 * "Jane Doe Jane Doe" (the name of an avatar and of its link read as one) is "Jane Doe"; so is
 * "Jane DoeJane Doe", a link whose screen-reader copy of the name follows it unspaced
 * (`<a>Name<span class="u-screen-reader-text">Name</span></a>`, a trafilatura-dev radio page).
 */
function unrepeated(name: string): string {
  // A short word may repeat itself ("Lulu", "Mimi"); a CJK name of two characters given twice does not.
  const mid = name.length / 2;
  const long = mid >= MIN_REPEATED_CHARS || (mid >= 2 && CJK_RE.test(name));
  if (Number.isInteger(mid) && long && name.slice(0, mid) === name.slice(mid)) return name.slice(0, mid);
  const words = name.split(' ');
  const half = words.length / 2;
  if (words.length < 2 || !Number.isInteger(half)) return name;
  const head = words.slice(0, half).join(' ');
  return fold(head) === fold(words.slice(half).join(' ')) ? head : name;
}

/** The text without the e-mail addresses, web addresses and @handles written beside a name. */
export const withoutContacts = (text: string): string =>
  text.replace(EMAIL_RE, ' ').replace(URL_RE, ' ').replace(HANDLE_RE, ' ');

/** One candidate name cleaned of prefixes, contact details and roles; '' when nothing is left. */
function cleanName(raw: string): string {
  let s = withoutContacts(collapse(raw)).replace(PAREN_RE, ' ');
  s = collapse(s).replace(BY_RE, '').replace(UPDATED_RE, '').replace(PIPE_RE, '');
  s = collapse(s)
    .replace(TRAILING_WEEKDAY_RE, '')
    .replace(TRAILING_DATE_RE, '')
    .replace(TRAILING_PLACE_RE, '');
  if (GLUED_ROLE_RE.test(s)) {
    const rest = s.replace(GLUED_ROLE_RE, '');
    // What is left must read as a capitalised name of two words or more; else the whole is a desk
    // credit ("Gazette staff reporter") or a pen name ("Roving Reporter") and is kept.
    const capitalised = rest.split(' ').every((w) => !LOWER_WORD_RE.test(w) || NAME_PARTICLE_RE.test(w));
    if (rest.includes(' ') && capitalised) s = rest;
  }
  s = unrepeated(s);
  // Leftovers of removed URLs and brackets: "Bradley M. Kuhn (" (readability-pages ebb-org).
  s = s.replace(/^[\s:,;–—)\]-]+|[\s:,;–—([-]+$/g, '').trim();
  // The full stop of a sentence that signs the post ("Posted by Alon Zakai."; readability-pages
  // v8-blog), not an initial's or a suffix's ("Jane R.", "Jr.").
  if (SENTENCE_END_RE.test(s) && !SUFFIX_END_RE.test(s)) s = s.slice(0, -1);
  if (!s || s.length > MAX_NAME_CHARS) return '';
  if (ROLE_RE.test(s) || JUNK_RE.test(s) || DATE_LIKE_RE.test(s)) return '';
  if (!/\p{L}/u.test(s)) return '';
  return s;
}

/**
 * Splits and cleans every raw value, keeps first-seen order, drops duplicates (accent/case-blind).
 * `keepWhole` marks values that name one joint credit ("Le Quotidien et AFP") and must not be split.
 */
export function normalizeAuthors(raws: readonly string[], keepWhole?: (raw: string) => boolean): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of raws) {
    // The weekday begins a date that runs to the end ("Mara Owen Monday, April 7, 2025"): cut before
    // splitting, or the list separator leaves "April 7" as a name.
    const stripped = collapse(raw).replace(BY_RE, '').replace(TRAILING_WEEKDAY_RE, '');
    const parts = keepWhole?.(stripped) ? [stripped] : splitNames(stripped).flatMap(splitGluedAgency);
    for (const [i, part] of parts.entries()) {
      // After a name, a part ending in a role word is that person's job, whatever qualifies it
      // ("Jane Doe, Washington Correspondent", "Jane Doe, Agency National Political Writer").
      if (i > 0 && (ROLE_END_RE.test(part) || CREDENTIAL_RE.test(part))) continue;
      const name = cleanName(part);
      if (!name) continue;
      const key = fold(name);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}

// A CMS login slug given as the author's name ("chuck-ross", "kevin-r"): lowercase words run
// together with hyphens or underscores (fundus-dev: a US political site; scrapinghub-dev: a
// property weekly; both WordPress SEO output whose article node names the login while the page
// prints the name).
const SLUG_RE = /^[a-z0-9]+(?:[-_][a-z0-9]+)+$/;

/**
 * `names` with each login slug replaced by the name another source spells out for it: the same
 * number of words, each slug word the start of the name's word ("kevin-r" → "Kevin Rebong"). A slug
 * no other source spells stays as it is: it is still what the page calls its writer.
 */
export function respellSlugs(names: string[], spelled: () => string[]): string[] {
  if (!names.some((n) => SLUG_RE.test(n))) return names;
  const candidates = spelled().filter((n) => !SLUG_RE.test(n));
  const spells = (slug: string, name: string) => {
    const want = slug.split(/[-_]/);
    const words = fold(name).split(/\s+/);
    return words.length === want.length && want.every((w, i) => words[i]?.startsWith(w));
  };
  return names.map((n) => (SLUG_RE.test(n) ? (candidates.find((c) => spells(n, c)) ?? n) : n));
}

// A byline of more writers than this is a list of contributors, not the article's credit.
const MAX_COMPLETED_AUTHORS = 6;

/**
 * The longer list another source gives when it names every one of `names` and more people: a
 * JSON-LD author that holds only the first of the writers the byline prints ("Isabel Caro" over
 * "Isabel Caro, Rocío Latorre y José Miguel Wilson"; trafilatura-dev and scrapinghub-dev, three
 * publishers; fixture meta-author-first-of-several).
 */
export function completedList(
  names: string[],
  sources: readonly (() => readonly string[])[],
  isPerson: (name: string) => boolean,
): string[] {
  if (!names.length) return names;
  const have = new Set(names.map(fold));
  for (const read of sources) {
    const list = normalizeAuthors(read());
    if (list.length <= names.length || list.length > MAX_COMPLETED_AUTHORS) continue;
    const folded = new Set(list.map(fold));
    if ([...have].every((h) => folded.has(h)) && list.every((n) => have.has(fold(n)) || isPerson(n)))
      return list;
  }
  return names;
}
