// A site fix ("rule") is data, never code: which element is the article, which blocks to keep and
// which to drop, for one host (optionally under one path). Rules come from storage or a file a
// person imported, so everything is checked here: a bad rule is dropped with a note, never thrown.

export interface SiteRule {
  /** Host name the rule applies to ("news.example.org"), lower case, no scheme, no port. */
  site: string;
  /** Applies only to paths starting with this ("/opinion/"); absent: the whole site. */
  pathPrefix?: string;
  /** Selector of the element that holds the article; overrides the engine's choice. */
  article?: string;
  /** Selectors of blocks never removed. */
  keep?: string[];
  /** Selectors of blocks always removed (reason "rule"). */
  drop?: string[];
  /** When the rule was made (ms since the epoch). */
  created: number;
}

/** More fixes than this for one site is a sign of a page Folio should handle itself, not a list. */
export const MAX_RULES_PER_SITE = 20;
/** Selectors per list of one rule; a picked element gives one, an import may give a few. */
export const MAX_SELECTORS_PER_LIST = 20;
// A selector built by stable-selector.ts is a few hundred characters at most (a 30-level path).
const MAX_SELECTOR_CHARS = 1000;
const MAX_PATH_PREFIX_CHARS = 300;
const HOST_RE = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/;
// A selector is matched, never inserted; still, nothing that could close a style block or open markup.
const FORBIDDEN_IN_SELECTOR = /[{}<;@]|\/\*/;

export interface RuleCheck {
  rules: SiteRule[];
  /** One line per rule left out, for the settings page. */
  problems: string[];
}

function checkSelector(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!s || s.length > MAX_SELECTOR_CHARS || FORBIDDEN_IN_SELECTOR.test(s)) return null;
  return s;
}

function checkList(value: unknown): string[] | null | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length > MAX_SELECTORS_PER_LIST) return null;
  const out: string[] = [];
  for (const item of value) {
    const s = checkSelector(item);
    if (s === null) return null;
    out.push(s);
  }
  return out;
}

/** One rule checked; a string says what is wrong with it. */
export function checkRule(raw: unknown): SiteRule | string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'not an object';
  const r = raw as Record<string, unknown>;
  const site = typeof r.site === 'string' ? r.site.trim().toLowerCase() : '';
  if (!HOST_RE.test(site)) return `bad site "${String(r.site).slice(0, 60)}"`;
  const rule: SiteRule = { site, created: 0 };
  if (r.pathPrefix !== undefined) {
    if (
      typeof r.pathPrefix !== 'string' ||
      !r.pathPrefix.startsWith('/') ||
      r.pathPrefix.length > MAX_PATH_PREFIX_CHARS
    )
      return `${site}: bad path prefix`;
    if (r.pathPrefix !== '/') rule.pathPrefix = r.pathPrefix;
  }
  if (r.article !== undefined) {
    const article = checkSelector(r.article);
    if (article === null) return `${site}: bad article selector`;
    rule.article = article;
  }
  const keep = checkList(r.keep);
  const drop = checkList(r.drop);
  if (keep === null) return `${site}: bad keep list`;
  if (drop === null) return `${site}: bad drop list`;
  if (keep?.length) rule.keep = keep;
  if (drop?.length) rule.drop = drop;
  if (!rule.article && !rule.keep && !rule.drop) return `${site}: the rule changes nothing`;
  if (typeof r.created !== 'number' || !Number.isFinite(r.created) || r.created < 0)
    return `${site}: bad date`;
  rule.created = r.created;
  return rule;
}

/** Checks a list of rules (from storage or an imported file): the good ones, and what was left out. */
export function checkRules(raw: unknown): RuleCheck {
  const problems: string[] = [];
  const rules: SiteRule[] = [];
  if (!Array.isArray(raw)) return { rules, problems: ['not a list of rules'] };
  const perSite = new Map<string, number>();
  for (const item of raw) {
    const checked = checkRule(item);
    if (typeof checked === 'string') {
      problems.push(checked);
      continue;
    }
    const count = perSite.get(checked.site) ?? 0;
    if (count >= MAX_RULES_PER_SITE) {
      problems.push(`${checked.site}: more than ${MAX_RULES_PER_SITE} fixes, the rest left out`);
      continue;
    }
    perSite.set(checked.site, count + 1);
    rules.push(checked);
  }
  return { rules, problems };
}

/** The host a URL's rules are filed under, or '' for a URL without one (file:, about:). */
export function siteOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname.toLowerCase() : '';
  } catch {
    return '';
  }
}

/** The rules that apply to `url`: same host, and the path under the rule's prefix. */
export function rulesForUrl(rules: readonly SiteRule[], url: string): SiteRule[] {
  let host = '';
  let path = '/';
  try {
    const parsed = new URL(url);
    host = parsed.hostname.toLowerCase();
    path = parsed.pathname;
  } catch {
    return [];
  }
  return rules.filter((r) => r.site === host && (!r.pathPrefix || path.startsWith(r.pathPrefix)));
}
