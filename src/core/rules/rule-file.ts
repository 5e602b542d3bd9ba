// The exported site-fixes file: `{ "folio": "site-fixes", "version": 1, "rules": [...] }`. A bare
// list of rules is read too (hand-written files). Read by the settings' import and `folio --rules`.
import { checkRules, type RuleCheck, type SiteRule } from './site-rule';

export const RULE_FILE_KIND = 'site-fixes';
export const RULE_FILE_VERSION = 1;

export interface RuleFile {
  folio: typeof RULE_FILE_KIND;
  version: typeof RULE_FILE_VERSION;
  rules: SiteRule[];
}

export function toRuleFile(rules: readonly SiteRule[]): RuleFile {
  return { folio: RULE_FILE_KIND, version: RULE_FILE_VERSION, rules: [...rules] };
}

/** The rules in a parsed file, checked; a file of another kind or a newer version gives a problem. */
export function readRuleFile(parsed: unknown): RuleCheck {
  if (Array.isArray(parsed)) return checkRules(parsed);
  if (typeof parsed !== 'object' || parsed === null)
    return { rules: [], problems: ['not a site-fixes file'] };
  const file = parsed as Record<string, unknown>;
  if (file.folio !== RULE_FILE_KIND) return { rules: [], problems: ['not a site-fixes file'] };
  if (typeof file.version !== 'number' || file.version > RULE_FILE_VERSION)
    return {
      rules: [],
      problems: [`site-fixes file version ${String(file.version)} is newer than this Folio`],
    };
  return checkRules(file.rules);
}
