import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../src/extension/settings/definitions';
import type { ActionHost } from '../src/ui/actions';
import type { RepairHost, RepairOp } from '../src/ui/repair/repair-types';
import { applySettingsStyle } from '../src/ui/settings-style';
import { STRINGS } from '../src/ui/strings';
import { ArticleView } from '../src/ui/view/article-view';
import { errorMessage } from './classify-failure';
import { NoArticle } from './components/no-article';
import { PickArticleButton } from './components/pick-article-button';
import { SettingsPanel } from './components/settings-panel';
import { SiteFixesSection } from './components/site-fixes-section';
import { StatusNotice } from './components/status-notice';
import { Toolbar } from './components/toolbar';
import { type Opening, openPopup, stateOfResponse } from './load-article';
import type { PopupClient, TargetTab } from './popup-client';
import type { PopupState } from './popup-state';

/** Marked when the article is on screen: `npm run bench:browser` reads it as the time to content. */
export const CONTENT_MARK = 'folio:article-shown';

/** The settings onto <html>, where palette.css and article.css read them (as the reader's root does). */
function useSettingsStyle(settings: Settings | null): void {
  useEffect(() => {
    if (settings) applySettingsStyle(document.documentElement, settings);
  }, [settings]);
}

/**
 * The popup. `printView` renders only the article and prints it (opened as a tab by "Print"): printing
 * from the toolbar popup itself would print the popup's chrome and close with it.
 */
export function App({
  client,
  printView = false,
  opening,
}: {
  client: PopupClient;
  printView?: boolean;
  /** The page request already under way (main.tsx starts it before the first render). */
  opening?: Opening;
}) {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [target, setTarget] = useState<TargetTab | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [readerBusy, setReaderBusy] = useState(false);
  const printed = useRef(false);
  useSettingsStyle(settings);

  useEffect(() => {
    let cancelled = false;
    const { target: targetReady, state: stateReady } = opening ?? openPopup(client);
    targetReady.then((tab) => !cancelled && setTarget(tab));
    stateReady.then((next) => !cancelled && setState(next));
    // Settings never hold up the article: they load beside it.
    client
      .loadSettings()
      .then((loaded) => !cancelled && setSettings(loaded))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [client, opening]);

  useEffect(() => {
    if (state.kind === 'article' && performance.getEntriesByName(CONTENT_MARK).length === 0) {
      performance.mark(CONTENT_MARK);
    }
  }, [state.kind]);

  useEffect(() => {
    if (printView && state.kind === 'article' && !printed.current) {
      printed.current = true;
      // The printed page's header shows the document title.
      document.title = state.article.title;
      // Let the images start and the layout settle before the print dialog takes the page.
      requestAnimationFrame(() => setTimeout(() => window.print(), 0));
    }
  }, [printView, state.kind]);

  const toggleReader = async () => {
    if (state.kind !== 'article' || target === null) return;
    setReaderBusy(true);
    try {
      const open = await client.setReader(target.id, !state.readerOpen);
      setState({ ...state, readerOpen: open });
    } catch (error) {
      setState({ kind: 'error', message: errorMessage(error) });
    } finally {
      setReaderBusy(false);
    }
  };

  const changeSettings = (patch: Partial<Settings>) => {
    if (settings) setSettings({ ...settings, ...patch });
    client
      .saveSettings(patch)
      .then(setSettings)
      .catch(() => undefined);
  };

  // Site fixes go to the page, which extracts again; the popup shows what comes back.
  const runRepair = (op: RepairOp) => {
    if (target === null || !client.repair) return;
    client.repair(target.id, op).then(
      (response) => (op.op === 'pick' ? window.close() : setState(stateOfResponse(response))),
      (error: unknown) => setState({ kind: 'error', message: errorMessage(error) }),
    );
  };
  const repair: RepairHost | null =
    state.kind === 'article' && state.repair && client.repair
      ? { status: state.repair, run: runRepair, canRemove: false }
      : null;
  const pick =
    client.repair && target && (state.kind === 'article' || state.kind === 'no-article') ? (
      <PickArticleButton onPick={() => runRepair({ op: 'pick' })} />
    ) : null;

  const actions: ActionHost = {
    win: window,
    copyText: (text) => client.copyText(text),
    print: () => {
      if (target) client.print(target.id).catch(() => undefined);
    },
  };

  if (printView) {
    return (
      <main class="print-view">
        {state.kind === 'article' ? (
          <ArticleView article={state.article} actions={null} />
        ) : (
          <Body state={state} />
        )}
      </main>
    );
  }

  return (
    <div class="popup">
      <Toolbar
        reader={
          state.kind === 'article'
            ? { open: state.readerOpen, busy: readerBusy, onToggle: toggleReader }
            : null
        }
        settingsOpen={settingsOpen}
        onToggleSettings={() => setSettingsOpen(!settingsOpen)}
      />
      {settingsOpen ? (
        // Settings take the popup's whole body while open: no half-visible article behind them.
        <div id="settings-panel" class="settings-drawer">
          {settings ? (
            <>
              <SettingsPanel settings={settings} currentUrl={target?.url ?? ''} onChange={changeSettings} />
              {client.fixes ? <SiteFixesSection store={client.fixes} /> : null}
            </>
          ) : (
            <p class="hint">{STRINGS.loadingSettings}</p>
          )}
        </div>
      ) : (
        <main class="content">
          {state.kind === 'article' ? (
            <ArticleView article={state.article} actions={actions} repair={repair} />
          ) : (
            <Body state={state} />
          )}
          {pick}
        </main>
      )}
    </div>
  );
}

function Body({ state }: { state: Exclude<PopupState, { kind: 'article' }> }) {
  switch (state.kind) {
    case 'loading':
      return (
        <p class="loading" role="status">
          {STRINGS.loadingPage}
        </p>
      );
    case 'restricted':
      return (
        <StatusNotice title={STRINGS.restrictedTitle}>
          <p>{STRINGS.restrictedText}</p>
        </StatusNotice>
      );
    case 'no-article':
      if (state.reason === 'too-large') {
        return (
          <StatusNotice title={STRINGS.tooLargeTitle}>
            <p>{state.message || STRINGS.tooLargeText}</p>
          </StatusNotice>
        );
      }
      return <NoArticle message={state.message} />;
    case 'error':
      return (
        <StatusNotice title={STRINGS.errorTitle} tone="error">
          <p>{state.message}</p>
        </StatusNotice>
      );
  }
}
