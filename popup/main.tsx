// Popup entry: mounts the app with the real browser client.
import { render } from 'preact';
import { App } from './app';
import { createExtensionClient } from './extension-client';
import { isPrintView } from './target-tab';

const root = document.getElementById('app');
if (root) render(<App client={createExtensionClient()} printView={isPrintView(location.search)} />, root);
