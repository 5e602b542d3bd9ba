import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../src/extension/settings/definitions';
import type { ActionHost } from '../src/ui/actions';
import { noArticleText } from '../src/ui/format';
import type { RepairHost, RepairOp } from '../src/ui/repair/repair-types';
import { applySettingsStyle } from '../src/ui/settings-style';
import { STRINGS } from '../src/ui/strings';
import { ArticleView, titleOf } from '../src/ui/view/article-view';
import { AnnounceContext, LiveRegion, useLiveRegion } from '../src/ui/view/live-region';
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
  const saveTicket = useRef(0);
  const [readerBusy, setReaderBusy] = useState(false);
  const [listenKeys, setListenKeys] = useState('');
  const printed = useRef(false);
  const live = useLiveRegion();
  useSettingsStyle(settings);

  useEffect(() => {
    let cancelled = false;
    const { target: targetReady, state: stateReady } = opening ?? openPopup(client);
    targetReady.then((tab) => !cancelled && setTarget(tab));
    stateReady.then((next) => {
      if (cancelled) return;
      setState(next);
      live.announce(announcementFor(next));
    });
    client
      .listenShortcut?.()
      .then((keys) => !cancelled && setListenKeys(keys))
      .catch(() => undefined);
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
      live.announce(open ? STRINGS.readerOpened(titleOf(state.article)) : STRINGS.readerClosed);
    } catch (error) {
      setState({ kind: 'error', message: errorMessage(error) });
    } finally {
      setReaderBusy(false);
    }
  };

  const changeSettings = (patch: Partial<Settings>) => {
    // From the state as it is, not as this render saw it: two keys pressed before a render both count.
    setSettings((current) => (current ? { ...current, ...patch } : current));
    const ticket = ++saveTicket.current;
    client
      .saveSettings(patch)
      .then((saved) => {
        // Saves run in order, so an older one resolves first and lacks the newer change: showing it
        // would put a control back for a moment (the keyboard walk read "left" after ArrowDown).
        if (ticket === saveTicket.current) setSettings(saved);
      })
      .catch(() => undefined);
  };

  // Site fixes go to the page, which extracts again; the popup shows what comes back.
  const showError = (error: unknown) => setState({ kind: 'error', message: errorMessage(error) });
  const runRepair = (op: RepairOp) => {
    if (target === null) return;
    if (op.op === 'pick') {
      // The picker runs in the page; the popup would sit over it.
      client.pickArticle?.(target.id).then(() => window.close(), showError);
      return;
    }
    client.repair?.(target.id, op).then((response) => setState(stateOfResponse(response)), showError);
  };
  const repair: RepairHost | null =
    state.kind === 'article' && state.repair && client.repair
      ? { status: state.repair, run: runRepair, canRemove: false }
      : null;
  const pick =
    client.pickArticle && target && (state.kind === 'article' || state.kind === 'no-article') ? (
      <PickArticleButton onPick={() => runRepair({ op: 'pick' })} />
    ) : null;

  const actions: ActionHost = {
    win: window,
    copyText: (text) => client.copyText(text),
    print: () => {
      if (target) client.print(target.id).catch(() => undefined);
    },
    ...(client.listen
      ? {
          speech: {
            shortcut: listenKeys,
            listen: () => {
              if (target)
                client
                  .listen?.(target.id)
                  .catch((error: unknown) => setState({ kind: 'error', message: errorMessage(error) }));
            },
          },
        }
      : {}),
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
    <AnnounceContext.Provider value={live.announce}>
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
          <main id="settings-panel" class="settings-drawer">
            <h1 class="settings-title">{STRINGS.settings}</h1>
            {settings ? (
              <>
                <SettingsPanel settings={settings} currentUrl={target?.url ?? ''} onChange={changeSettings} />
                {client.fixes ? <SiteFixesSection store={client.fixes} /> : null}
              </>
            ) : (
              <p class="hint">{STRINGS.loadingSettings}</p>
            )}
          </main>
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
      <LiveRegion message={live.message} />
    </AnnounceContext.Provider>
  );
}

/** What the live region says once the popup has read the page (errors are alerts of their own). */
function announcementFor(state: PopupState): string {
  switch (state.kind) {
    case 'article':
      return STRINGS.articleLoaded(titleOf(state.article));
    case 'restricted':
      return STRINGS.restrictedTitle;
    case 'no-article':
      return state.reason === 'too-large' ? STRINGS.tooLargeTitle : STRINGS.noArticleFound;
    default:
      return '';
  }
}

function Body({ state }: { state: Exclude<PopupState, { kind: 'article' }> }) {
  switch (state.kind) {
    case 'loading':
      return <p class="loading">{STRINGS.loadingPage}</p>;
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
            <p>{STRINGS.tooLargeText}</p>
          </StatusNotice>
        );
      }
      return <NoArticle message={noArticleText(state)} />;
    case 'error':
      return (
        <StatusNotice title={STRINGS.errorTitle} tone="error">
          <p>{state.message}</p>
        </StatusNotice>
      );
  }
}
