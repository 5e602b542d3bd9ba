// Whether a document's DOM is the browser's own, implemented natively, or one written in script
// (jsdom under Node). The cheapest way to copy a page differs between them: a native deep clone
// costs a fraction of a script-side copy in Chromium, while in jsdom the clone itself runs as
// script and costs more than our own copy (bench:browser vs bench:speed).
const NATIVE_CODE_RE = /\{\s*\[native code\]\s*\}\s*$/;

export function isNativeDom(doc: Document): boolean {
  try {
    // Read through Function.prototype, which the page's own scripts cannot reach in an extension's
    // isolated world; a page that fakes it only picks the slower, equally correct copy.
    return NATIVE_CODE_RE.test(Function.prototype.toString.call(doc.importNode));
  } catch {
    return false;
  }
}
