// `folio --help`: everything a user needs without reading the README.
import { availableParallelism } from 'node:os';

export const HELP_TEXT = `folio - find the article in a web page: its text, photos with captions and credits, metadata

Usage:
  folio extract [options] FILE_OR_URL...
  folio --help | --version

Inputs:
  FILE            an HTML file; "-" reads standard input
  URL             an http(s) URL, fetched with a 20 s timeout, at most 5 redirects and 50 MB
                  (other schemes are refused; file:// URLs are read as files)
  Several inputs may be given; each is processed even when another fails.
  The character encoding is detected from the byte order mark, the HTTP Content-Type header,
  <meta charset> / <meta http-equiv="Content-Type"> near the start of the page, or else guessed
  (UTF-8 when the bytes are valid UTF-8, windows-1252 otherwise).
  Page scripts never run and nothing the page references is loaded.

Options:
  -f, --format FORMAT   json (default), markdown, html or text
  -u, --url URL         the page's address for FILE inputs: resolves relative links and images
                        (without it, relative links are dropped)
      --rules FILE      apply site fixes exported from the extension's settings (JSON)
      --time-budget MS  give up on a page after MS milliseconds of extraction work
                        (default 30000); the result is then "too-large"
  -j, --jobs N          extract several inputs on N threads at once (default: one per core,
                        here ${availableParallelism()}); output stays in input order
  -h, --help            show this help
  -v, --version         print the version

Formats:
  json      JSON Lines: one object per input, in input order, with
              file      the input as given
              isArticle true, and the article: title, byline, authors, siteName,
                        publishedTime (ISO 8601), url, lang, dir, excerpt, html (sanitized),
                        text, figures [{src, srcset?, alt, caption, credit, width?, height?}],
                        removed [{kind, text, reason}], wordCount, readingTimeMinutes
                        or false, with reason (empty-document, no-content, too-large, error)
                        and a message
  markdown  the title, a source line and the article as Markdown
  html      a standalone, sanitized HTML document per input (scripts blocked by its own CSP)
  text      the title, a source line and the body as plain text
  With markdown, html and text, a page without an article prints a note on stderr instead.

Exit codes:
  0  every input was read (pages without an article included: that is a result, not a failure)
  1  at least one input could not be read (missing file, fetch error); the others were processed
  2  bad usage (unknown option or format, no input)

Examples:
  folio extract page.html
  folio extract --format markdown --url https://example.com/news/1 saved-page.html
  folio extract https://example.com/a https://example.com/b > articles.jsonl
  folio extract --jobs 4 saved-pages/*.html > articles.jsonl
  curl -s https://example.com/a | folio extract --format text -
`;
