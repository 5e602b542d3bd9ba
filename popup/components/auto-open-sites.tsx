import { matchesSite, normalizeHostname } from '../../src/extension/settings/definitions';
import { STRINGS } from '../../src/ui/strings';

/** Sites where the reader opens by itself: add the current site, remove any. */
export function AutoOpenSites({
  label,
  sites,
  currentUrl,
  onChange,
}: {
  label: string;
  sites: readonly string[];
  currentUrl: string;
  onChange: (sites: string[]) => void;
}) {
  let currentHost: string | null = null;
  try {
    currentHost = currentUrl ? normalizeHostname(new URL(currentUrl).hostname) : null;
  } catch {
    currentHost = null;
  }
  const covered = currentHost !== null && matchesSite(currentHost, sites);
  return (
    <fieldset class="field field-sites">
      <legend>{label}</legend>
      {sites.length === 0 ? (
        <p class="hint">{STRINGS.noSitesYet}</p>
      ) : (
        <ul class="sites">
          {sites.map((site) => (
            <li key={site} class="site-entry">
              <span class="site-name">{site}</span>
              <button
                type="button"
                class="link-button"
                aria-label={STRINGS.removeSiteLabel(site)}
                onClick={() => onChange(sites.filter((entry) => entry !== site))}
              >
                {STRINGS.removeSite}
              </button>
            </li>
          ))}
        </ul>
      )}
      {currentHost !== null && !covered ? (
        <button type="button" class="secondary" onClick={() => onChange([...sites, currentHost])}>
          {STRINGS.addSite(currentHost)}
        </button>
      ) : null}
      {covered ? <p class="hint">{STRINGS.siteOpensItself}</p> : null}
    </fieldset>
  );
}
