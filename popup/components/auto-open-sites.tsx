import { matchesSite, normalizeHostname } from '../../src/extension/settings/definitions';

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
        <p class="hint">No sites yet.</p>
      ) : (
        <ul class="sites">
          {sites.map((site) => (
            <li key={site} class="site-entry">
              <span class="site-name">{site}</span>
              <button
                type="button"
                class="link-button"
                aria-label={`Remove ${site}`}
                onClick={() => onChange(sites.filter((entry) => entry !== site))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {currentHost !== null && !covered ? (
        <button type="button" class="secondary" onClick={() => onChange([...sites, currentHost])}>
          Add {currentHost}
        </button>
      ) : null}
      {covered ? <p class="hint">The reader opens by itself on this site.</p> : null}
    </fieldset>
  );
}
