// The engine's canonical-figure contract as the UI reads it: the class names and the marker attribute
// the engine writes on figures. The only place src/ui spells them (the stylesheets in styles/ repeat
// the class names, as CSS must); when src/core exports its own constants, import them here.

export const CAPTION_CLASS = 'folio-caption';
export const CREDIT_CLASS = 'folio-credit';
export const FIGURE_ATTRIBUTE = 'data-folio-figure';
