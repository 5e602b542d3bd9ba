// Site-description widgets ("Main News is an online news outlet ..."), skip links, breadcrumbs.

export const SITE_DESCRIPTION_RE =
  /^[\p{Lu}\p{N}][^.!?]{0,60}\b(?:is an?|is the|ist eine?|est une?|es una?|è una?|é uma?|is een)\b[^.]{0,80}\b(?:news|media|outlet|publication|website|site|magazine|newspaper|blog|portal|platform|nachrichten|zeitung|journal|peri[oó]dico|giornale|jornal|krant)/iu;

// Labels of gallery and player controls left as text ("Caption", "Close", "1 / 8"), and bare URLs.
export const UI_LABEL_RE =
  /^(?:caption|close|open|expand|collapse|enlarge|zoom|fullscreen|play|pause|previous|prev|next|back to gallery|show (?:more|less)|loading\.*|image \d+ of \d+|\d+\s*(?:\/|of)\s*\d+|https?:\/\/\S+)$/iu;

// A photo credit standing alone as a line, its image gone ("Photo: Hau Dinh, AP", "Foto: dpa").
export const CREDIT_LINE_RE =
  /^(?:photo|photos|foto|fotos|image|images|bild|picture|credit|photograph|illustration|graphic|video)\s*(?:credit)?\s*[:：]\s*\S.{0,70}$/iu;

export const NAVIGATION_RE =
  /^(?:skip to (?:main )?content|jump to|back to top|home\s*[›»>/|]|menu$|search$|quick links)/iu;
