// The reader view's stylesheet, scoped to its shadow root: the shared palette and article view
// (src/ui/styles), then the reader's own layout. Settings arrive as data-* attributes and custom
// properties on .folio-root (src/ui/settings-style.ts).
import articleCss from '../../ui/styles/article.css?raw';
import comfortCss from '../../ui/styles/comfort.css?raw';
import paletteCss from '../../ui/styles/palette.css?raw';
import readerCss from '../../ui/styles/reader.css?raw';

/** Family name the OpenDyslexic face is registered under (document.fonts; palette.css names it too). */
export const DYSLEXIC_FAMILY = 'Folio OpenDyslexic';

export const READER_CSS = `${paletteCss}\n${articleCss}\n${readerCss}\n${comfortCss}`;
