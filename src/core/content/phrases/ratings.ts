// A post's rating widget left as text at the end of the story: its prompt ("Rate this post", "Wie hat
// Ihnen dieser Artikel gefallen?", "(Rate me? // Beitrag bewerten?)") and its tally ("(95 Stimmen:
// 4,73 von 5)", "(12 votes, average: 4.50 out of 5)"), as blog and magazine plugins print them
// (trafilatura-dev: four publishers, a boxing site, a tech blog, a gardening magazine, a nature
// charity; fixture clutter-rating-widget.html). Matched against a short block's whole text.

const PROMPTS = [
  '(?:please\\s+)?rate\\s+(?:this|the|our)\\s+(?:post|article|recipe|page|story|tip)',
  'rate\\s+me',
  'click\\s+(?:on\\s+)?(?:a|the)\\s+stars?\\s+to\\s+rate(?:\\s+it)?',
  'how\\s+(?:useful|helpful|interesting)\\s+was\\s+this\\s+(?:post|article|page|recipe)',
  'did\\s+you\\s+(?:like|enjoy)\\s+this\\s+(?:post|article|recipe)',
  'no\\s+votes\\s+so\\s+far',
  '(?:was\\s+this|(?:war|fanden\\s+sie)\\s+(?:der|dieser|diesen))\\s+(?:article|post|page|artikel|beitrag)\\s+(?:helpful|useful|hilfreich|nützlich)',
  'be\\s+the\\s+first\\s+to\\s+rate\\s+this\\s+(?:post|article|recipe)',
  '(?:diesen\\s+|den\\s+)?(?:beitrag|artikel|rezept|tipp)\\s+bewerten',
  '(?:bewerte|bewerten\\s+sie)\\s+(?:diesen|den|dieses|das)\\s+(?:beitrag|artikel|rezept|tipp)',
  'wie\\s+(?:hat|gefällt)\\s+(?:ihnen|dir|euch)\\s+(?:dieser|der|unser|dieses|das)\\s+(?:artikel|beitrag|text|rezept|tipp)(?:\\s+gefallen)?',
  "(?:évaluez|notez)\\s+(?:cet|cette|l['’])\\s*(?:article|recette)",
  '(?:valora|califica|puntúa)\\s+(?:este|esta)\\s+(?:artículo|entrada|receta|post)',
  "(?:vota|valuta)\\s+(?:questo|l['’])\\s*(?:articolo|post)",
  '(?:avalie|classifique)\\s+(?:este|esta)\\s+(?:artigo|post|receita)',
];
const PROMPT = `(?:${PROMPTS.join('|')})[!?.]*`;
// The plugins' tallies: votes, then the average out of the scale, in their languages (one prints
// "von of 5" in German).
const TALLY =
  '\\d+\\s+(?:votes?|ratings?|stimmen|bewertungen|votos?|voti|avis)\\s*[,:]?\\s*(?:(?:average|durchschnitt|moyenne|media|promedio|média)\\s*:?\\s*)?\\d+(?:[.,]\\d+)?\\s*(?:von|of|out\\s+of|sur|de|su)(?:\\s+(?:of|von))?\\s*\\d+';
const AVERAGE =
  'average\\s+rating:?\\s*\\d+(?:[.,]\\d+)?\\s*\\/\\s*\\d+\\.?(?:\\s*vote\\s+count:?\\s*\\d+\\.?)?';
// Each part may stand in brackets: "War der Artikel nützlich? (95 Stimmen: 4,73 von 5)".
const PART = `\\(?\\s*(?:${PROMPT}|${TALLY}|${AVERAGE})\\s*\\)?`;

/** The whole text is a rating widget's prompt or tally, or several set apart by slashes or bars. */
export const RATING_WIDGET_RE = new RegExp(`^${PART}(?:\\s*(?:\\/\\/?|\\||·)?\\s*${PART})*$`, 'i');
