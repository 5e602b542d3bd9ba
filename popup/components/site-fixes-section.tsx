// Settings › Site fixes: every saved fix by site, each with Delete; Export writes them to a JSON
// file, Import reads one back (checked: a bad rule is left out and listed, never a crash).
import { useEffect, useRef, useState } from 'preact/hooks';
import { readRuleFile, toRuleFile } from '../../src/core/rules/rule-file';
import type { SiteRule } from '../../src/core/rules/site-rule';
import type { FixesStore, SiteFixes } from '../../src/extension/site-fixes/fixes-store';
import { STRINGS } from '../../src/ui/strings';

const EXPORT_NAME = 'folio-site-fixes.json';

function bySite(rules: readonly SiteRule[]): [string, SiteRule[]][] {
  const sites = new Map<string, SiteRule[]>();
  for (const rule of rules) sites.set(rule.site, [...(sites.get(rule.site) ?? []), rule]);
  return [...sites].sort(([a], [b]) => a.localeCompare(b));
}

export function SiteFixesSection({ store }: { store: FixesStore }) {
  const [fixes, setFixes] = useState<SiteFixes | null>(null);
  const [message, setMessage] = useState('');
  const [leftOut, setLeftOut] = useState<string[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    store.load().then(setFixes, () => undefined);
  }, [store]);

  const exportFile = () => {
    if (!fixes) return;
    const blob = new Blob([JSON.stringify(toRuleFile(fixes.rules), null, 2)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = EXPORT_NAME;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  };
  const importFile = async (file: File) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      parsed = null;
    }
    const { rules, problems } = readRuleFile(parsed);
    setFixes(await store.importRules(rules));
    setMessage(STRINGS.importedFixes(rules.length));
    setLeftOut(problems);
  };

  const problems = [...(fixes?.problems ?? []), ...leftOut];
  return (
    <fieldset class="field field-sites site-fixes">
      <legend>{STRINGS.siteFixes}</legend>
      {fixes && fixes.rules.length === 0 ? <p class="hint">{STRINGS.noSiteFixes}</p> : null}
      <ul class="sites site-fixes-list">
        {bySite(fixes?.rules ?? []).map(([site, rules]) => (
          <li key={site}>
            <span class="site-fixes-site">{site}</span>
            <ul class="sites">
              {rules.map((rule) => (
                <li key={rule.created} class="site-entry" data-created={rule.created}>
                  <span>
                    {rule.pathPrefix ? `${rule.pathPrefix}: ` : ''}
                    {STRINGS.fixSummary(!!rule.article, rule.keep?.length ?? 0, rule.drop?.length ?? 0)}
                  </span>
                  <button
                    type="button"
                    class="link-button delete-fix"
                    aria-label={STRINGS.deleteFixLabel(site)}
                    onClick={() => store.remove(site, rule.created).then(setFixes, () => undefined)}
                  >
                    {STRINGS.deleteFix}
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {fixes?.localOnly.length ? (
        <p class="hint">{STRINGS.fixesLocalOnly(fixes.localOnly.join(', '))}</p>
      ) : null}
      {problems.length ? (
        <div class="hint site-fixes-problems">
          <p>{STRINGS.fixesLeftOut(problems.length)}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p class="site-fixes-actions">
        <button
          type="button"
          class="secondary export-fixes"
          onClick={exportFile}
          disabled={!fixes?.rules.length}
        >
          {STRINGS.exportFixes}
        </button>
        <button type="button" class="secondary import-fixes" onClick={() => fileInput.current?.click()}>
          {STRINGS.importFixes}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          onChange={(event) => {
            const file = (event.currentTarget as HTMLInputElement).files?.[0];
            if (file) void importFile(file);
            (event.currentTarget as HTMLInputElement).value = '';
          }}
        />
        <span role="status">{message}</span>
      </p>
    </fieldset>
  );
}
