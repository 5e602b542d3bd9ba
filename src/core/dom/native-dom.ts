// Whether a document's DOM is the browser's own, implemented natively, or one written in script
// (jsdom under Node). The cheapest way to copy and search a page differs between them: a native
// deep clone or selector costs a fraction of a script-side walk in Chromium, while in jsdom the
// same calls run as script and cost more than our own walks (bench:browser vs bench:speed).
const NATIVE_CODE_RE = /\{\s*\[native code\]\s*\}\s*$/;

const known = new WeakMap<object, boolean>();

export function isNativeDom(doc: Document): boolean {
  const impl = doc.implementation;
  const cached = known.get(impl);
  if (cached !== undefined) return cached;
  let native = false;
  try {
    // Read from the prototype chain, as the page's own scripts cannot reach our copy of it in an
    // extension's isolated world; a page that fakes it only picks the slower, equally correct path.
    native = NATIVE_CODE_RE.test(Function.prototype.toString.call(doc.importNode));
  } catch {
    native = false;
  }
  known.set(impl, native);
  return native;
}
