/**
 * Chromium's kMaximumHTMLParserDOMTreeDepth: past this many open elements, browsers attach new
 * elements to the parent of the current node. tests/stress "deep" (20,000 levels) needs it.
 */
export const MAX_PARSER_DEPTH = 512;
