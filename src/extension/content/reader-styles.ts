// The reader view's stylesheet, scoped to its shadow root: the page's CSS cannot reach in, and this
// cannot leak out. Settings arrive as data-* attributes and custom properties on .folio-root.

/** Family name the OpenDyslexic face is registered under (document.fonts; see reader-fonts.ts). */
export const DYSLEXIC_FAMILY = 'Folio OpenDyslexic';

export const READER_CSS = `
:host { all: initial; }
.folio-root {
  /* Each colour once, as light-dark(light, dark): the theme only picks the colour scheme. */
  --bg: light-dark(#fbfaf7, #1c1c1e); --fg: light-dark(#1d1d1f, #e8e6e3); --muted: light-dark(#5f6368, #a0a0a5);
  --rule: light-dark(#e3e0d8, #3a3a3c); --link: light-dark(#1a55a6, #8ab4f8); --credit: light-dark(#6b6b6b, #9a9a9f);
  --toolbar-bg: light-dark(#f3f1ec, #26262a);
  position: absolute; inset: 0; overflow: auto; overscroll-behavior: contain;
  background: var(--bg); color: var(--fg);
  font-family: var(--folio-font); font-size: var(--folio-size, 19px); line-height: var(--folio-line, 1.6);
  -webkit-font-smoothing: antialiased; text-rendering: optimizeLegibility;
  color-scheme: light;
}
.folio-root:focus { outline: none; }
.folio-root[data-theme='dark'] { color-scheme: dark; }
.folio-root[data-theme='system'] { color-scheme: light dark; }
.folio-root[data-theme='sepia'] {
  --bg: #f4ecd8; --fg: #3b2f20; --muted: #6f5f4a; --rule: #dfd3b8; --link: #8a4b16; --credit: #7a6a55;
  --toolbar-bg: #ece2ca;
}
.folio-root[data-font='serif'] { --folio-font: Charter, 'Bitstream Charter', 'Iowan Old Style', Georgia, 'Noto Serif', 'DejaVu Serif', serif; }
.folio-root[data-font='sans'] { --folio-font: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif; }
.folio-root[data-font='dyslexic'] { --folio-font: '${DYSLEXIC_FAMILY}', 'OpenDyslexic', sans-serif; }
.folio-root[data-font='default'] { --folio-font: initial; }

.folio-toolbar {
  position: sticky; top: 0; z-index: 1; display: flex; gap: 8px; align-items: center; justify-content: flex-end;
  padding: 10px 16px; background: var(--toolbar-bg); border-bottom: 1px solid var(--rule);
  font: 14px/1.2 system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif;
}
.folio-brand { margin-right: auto; font-weight: 600; letter-spacing: 0.02em; color: var(--muted); }
.folio-status { color: var(--muted); min-width: 0; }
.folio-toolbar button {
  font: inherit; color: var(--fg); background: transparent; border: 1px solid var(--rule); border-radius: 6px;
  padding: 6px 12px; cursor: pointer;
}
.folio-toolbar button:hover { background: color-mix(in srgb, var(--fg) 8%, transparent); }
.folio-toolbar button:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; }

.folio-article {
  box-sizing: content-box; max-width: var(--folio-width, 68ch); margin: 0 auto; padding: 40px 24px 96px;
  text-align: var(--folio-align, left); hyphens: auto; overflow-wrap: break-word;
}
.folio-header { margin-bottom: 2em; text-align: start; }
.folio-site { margin: 0 0 0.4em; font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.08em; color: var(--muted); }
.folio-title { margin: 0 0 0.5em; font-size: 1.9em; line-height: 1.2; font-weight: 700; }
.folio-source { margin: 0; font-size: 0.82em; color: var(--muted); }
.folio-source a { color: var(--link); }
.folio-source span + span::before { content: ' · '; }

.folio-body h1, .folio-body h2, .folio-body h3, .folio-body h4, .folio-body h5, .folio-body h6 {
  line-height: 1.25; margin: 1.6em 0 0.6em; text-align: start;
}
.folio-body h2 { font-size: 1.4em; } .folio-body h3 { font-size: 1.2em; } .folio-body h4 { font-size: 1.05em; }
.folio-body p, .folio-body ul, .folio-body ol, .folio-body pre, .folio-body table, .folio-body dl { margin: 0 0 1em; }
.folio-body a { color: var(--link); }
.folio-body blockquote {
  margin: 1.2em 0; padding: 0; padding-inline-start: 1em; border-inline-start: 3px solid var(--rule);
  color: var(--muted); font-style: italic;
}
.folio-body pre { overflow: auto; padding: 0.8em; background: color-mix(in srgb, var(--fg) 6%, transparent); border-radius: 6px; }
.folio-body code { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; font-size: 0.88em; }
.folio-body table { border-collapse: collapse; display: block; overflow-x: auto; }
.folio-body th, .folio-body td { border: 1px solid var(--rule); padding: 0.3em 0.6em; text-align: start; }
.folio-body img { max-width: 100%; height: auto; display: block; margin: 0 auto; border-radius: 2px; }
.folio-body figure { margin: 1.6em 0; }
.folio-body figcaption {
  margin-top: 0.5em; font-size: 0.8em; line-height: 1.45; color: var(--muted); text-align: start;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif;
}
.folio-body .folio-credit {
  display: block; margin-top: 0.25em; font-size: 0.85em; letter-spacing: 0.03em; text-transform: uppercase;
  color: var(--credit);
}
.folio-body .folio-caption + .folio-credit { padding-top: 0.1em; }
.folio-root[data-images='off'] .folio-body img,
.folio-root[data-images='off'] .folio-body figure { display: none; }
.folio-root[data-captions='off'] .folio-body figcaption { display: none; }

.folio-empty { max-width: 40ch; margin: 20vh auto; padding: 0 24px; text-align: center; font-family: system-ui, sans-serif; }
.folio-empty h1 { font-size: 1.3em; }

@media print {
  .folio-toolbar { display: none; }
  .folio-root { position: static; overflow: visible; background: #fff; color: #000; }
  .folio-article { max-width: none; padding: 0; }
  .folio-body a { color: inherit; }
}
`;
