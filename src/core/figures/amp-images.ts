// AMP pages draw their photos with <amp-img>/<amp-anim>, which only AMP's script turns into an
// <img>; a saved or script-less copy keeps the bare element. Each one without an <img> inside
// becomes a plain <img> with the same address, so that its photo and caption are kept.
import type { Deadline } from '../dom/deadline';

const AMP_IMAGE_TAGS = ['amp-img', 'amp-anim'];
const COPIED_ATTRS = ['src', 'srcset', 'alt', 'width', 'height', 'title'];

export function promoteAmpImages(root: Element, deadline?: Deadline): void {
  const doc = root.ownerDocument;
  for (const tag of AMP_IMAGE_TAGS) {
    for (const amp of Array.from(root.getElementsByTagName(tag))) {
      deadline?.tick();
      // A fallback image of a broken <amp-img> sits inside it with the `fallback` attribute.
      if (!root.contains(amp) || amp.closest('[fallback]') !== null) continue;
      const inner = amp.querySelector('img');
      if (inner) {
        for (const name of COPIED_ATTRS) {
          const v = amp.getAttribute(name);
          if (v !== null && !inner.hasAttribute(name)) inner.setAttribute(name, v);
        }
        amp.replaceWith(inner);
        continue;
      }
      if (!amp.getAttribute('src') && !amp.getAttribute('srcset')) continue;
      const img = doc.createElement('img');
      for (const name of COPIED_ATTRS) {
        const v = amp.getAttribute(name);
        if (v !== null) img.setAttribute(name, v);
      }
      amp.replaceWith(img);
    }
  }
}
