// What counts as a caption or a credit element around an image, by tag and class, in the
// languages of the corpus (legend/légende, Bildunterschrift, didascalia, epígrafe, onderschrift...).

export const CAPTION_SELECTOR = [
  'figcaption',
  '.wp-caption-text',
  '[class*="caption" i]',
  '[class*="legend" i]',
  '[class*="légende" i]',
  '[class*="bildunterschrift" i]',
  '[class*="bildtext" i]',
  '[class*="unterschrift" i]',
  '[class*="didascalia" i]',
  '[class*="epigrafe" i]',
  '[class*="pie-de-foto" i]',
  '[class*="onderschrift" i]',
  '[class*="podpis" i]',
  '[class*="image-text" i]',
  '[class*="img-text" i]',
  '[class*="imagetext" i]',
  '[class*="image__text" i]',
  '[class*="image-desc" i]',
  '[class*="photo-desc" i]',
  '[class*="media__text" i]',
  '[class*="infotext" i]',
  '[class*="mediainfo" i]',
  '[class*="media-info" i]',
  '[class*="image-info" i]',
  '[class*="imageinfo" i]',
  '[class*="bildinfo" i]',
  '[class*="photo-info" i]',
  '[class*="figure__text" i]',
  '[class*="image__description" i]',
  '[class*="description" i]',
  '[itemprop="caption"]',
  '[itemprop="description"]',
].join(', ');

export const CREDIT_SELECTOR = [
  '[class*="credit" i]',
  '[class*="copyright" i]',
  '[class*="source" i]',
  '[class*="quelle" i]',
  '[class*="photographer" i]',
  '[class*="fotograf" i]',
  '[class*="urheber" i]',
  '[class*="attribution" i]',
  '[class*="courtesy" i]',
  '[class*="author" i]',
  '[class*="autor" i]',
  '[class*="byline" i]',
  '[class*="rights" i]',
  '[itemprop="copyrightHolder"]',
  '[itemprop="author"]',
  '[itemprop="creditText"]',
  'small',
  'cite',
].join(', ');

// Controls that sit in captions ("Enlarge", "Bild vergrößern", "1 / 12") and are not caption text.
// (aria-hidden is not a control: Aftonbladet hides its visible caption from screen readers.)
export const CONTROL_SELECTOR =
  'button, svg, script, style, noscript, template, [class*="count" i], [class*="icon" i]';

// Elements that make a wrapper a media block even without an <img>.
export const MEDIA_SELECTOR = 'img, picture, video, audio, iframe, svg, canvas, object, embed';

// Captions removed when no image is left beside them: only unmistakable caption boxes (a
// "description" class alone may be the article's standfirst).
export const ORPHAN_CAPTION_SELECTOR =
  'figcaption, .wp-caption-text, [class*="caption" i], [class*="bildunterschrift" i], [class*="légende" i], [class*="didascalia" i]';
