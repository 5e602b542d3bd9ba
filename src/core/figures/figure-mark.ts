// The attribute that marks Folio's own canonical figures in the work copy (prepare-figures.ts makes
// them; the scorer, the cleaner and the output recognise them). The page never supplies it: the work
// copy strips it (dom/copy-natively.ts) or never copies it (dom/copy-rules.ts keeps data-* on images only).
export const FIGURE_ATTR = 'data-folio-figure';
