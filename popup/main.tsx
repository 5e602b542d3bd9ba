// Popup entry: mounts the app with the real browser client.
import { render } from 'preact';
import { uiDirection, uiLocale } from '../src/ui/i18n/catalog';
import { App } from './app';
import { takeBootRequests } from './boot-requests';
import { createExtensionClient } from './extension-client';
import { openPopup } from './load-article';
import { isPrintView } from './target-tab';

// The popup's chrome speaks the UI locale, in its direction (Arabic and Hebrew right to left); the
// article inside sets its own lang and dir.
document.documentElement.lang = uiLocale();
document.documentElement.dir = uiDirection();
const client = createExtensionClient(takeBootRequests());
// Ask the page first, draw second: the request is under way while Preact renders the empty popup.
const opening = openPopup(client);
const root = document.getElementById('app');
if (root) render(<App client={client} opening={opening} printView={isPrintView(location.search)} />, root);
