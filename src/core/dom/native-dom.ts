// Whether a document's DOM is the browser's own, implemented natively, or one written in script
// (jsdom under Node). The cheapest way to copy a page differs between them: a native deep clone
// costs a fraction of a script-side copy in Chromium, while in jsdom the clone itself runs as
// script and costs more than our own copy (bench:browser vs bench:speed).
const NATIVE_CODE_RE = /\{\s*\[native code\]\s*\}\s*$/;

// The answer belongs to the importNode function, one per realm: printing it and reading the text
// took ~8 µs in Chromium, asked about ten times per extraction (bench:browser profile).
const answers = new WeakMap<object, boolean>();

export function isNativeDom(doc: Document): boolean {
  try {
    const importNode: unknown = doc.importNode;
    if (typeof importNode !== 'function') return false;
    let native = answers.get(importNode);
    if (native === undefined) {
      // Read through Function.prototype, which the page's own scripts cannot reach in an extension's
      // isolated world; a page that fakes it only picks the slower, equally correct copy.
      native = NATIVE_CODE_RE.test(Function.prototype.toString.call(importNode));
      answers.set(importNode, native);
    }
    return native;
  } catch {
    return false;
  }
}
