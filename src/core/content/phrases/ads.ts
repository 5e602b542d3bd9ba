// Labels of ad slots and sponsored blocks.

// A label may be set between dashes or end in a colon ("Werbung:" over a forum's ad slot between
// two posts, trafilatura-dev katzen-forum; "— Advertisement —"; fixture clutter-ad-labels.html).
const AD_LABELS = [
  'advertisements?',
  'advertising',
  'sponsored(?: content)?',
  'paid (?:content|post)',
  'ad',
  'anzeige',
  'werbung',
  'publicit[ée]',
  'publicidad',
  'pubblicit[àa]',
  'publicidade',
  'advertentie',
  'реклама',
  'reklama',
  // Further languages' word for the slot (scrapinghub-dev: an Indonesian blog's "Iklan" under the
  // post; fixture clutter-ad-labels.html). French "annonce" is also a notice and stays.
  'iklan',
  'reklam',
  'reklame',
  'annons',
  'mainos',
  'hirdetés',
  'publicitate',
  'διαφήμιση',
  'quảng cáo',
  'إعلان',
  'פרסומת',
  '広告',
  '广告',
  '광고',
  'スポンサーリンク',
  // "[PR]" left where a Japanese paper's ad slot was (fundus AsahiShimbun); bare "PR" is a word.
  '[\\[［【]\\s*(?:pr|ad|広告)\\s*[\\]］】]',
  // A gallery's ad between slides left as lines: its skip button and countdown ("Skip Ad", "Wait 1
  // second to continue.": readability-pages wapo-1; fixture clutter-gallery-leftovers.html).
  'skip (?:this )?ad',
  'werbung überspringen',
  'passer la pub(?:licité)?',
  '(?:please )?wait \\d+ seconds? to continue\\.?',
];
// Lines that open with these say the story goes on after the ad, in the languages of the corpora
// ("CONTINUA DEPOIS DA PUBLICIDADE": trafilatura-dev, a Brazilian news site).
const AD_OPENERS = [
  '(?:story|article) continues (?:below|after)',
  'continue reading (?:below|after)',
  'continua (?:depois|após|abaixo) d?a publicidade',
  'contin[uú]a (?:despu[ée]s de|tras) (?:la )?publicidad',
  'la suite (?:après|sous) (?:la|cette) publicit[ée]',
  "l['’]articolo continua (?:dopo|sotto) la pubblicit[àa]",
  '(?:der )?(?:artikel|text|beitrag) (?:geht|wird) (?:nach|unter) (?:der|dem) (?:anzeige|werbung)',
  'weiterlesen (?:nach|unter) (?:der|dem) (?:anzeige|werbung)',
  // Further languages' line over the ad or the promoted video that breaks the story ("Dalsza część
  // artykułu pod materiałem wideo": Polish portals; Czech, Dutch and Scandinavian papers' "… under
  // the ad"; a portal's "Scroll to continue with content"; fixture tests in core-clutter-lines).
  'lesen sie (?:nach|unter) (?:der|dem) (?:anzeige|werbung) weiter',
  'dalsza część (?:artykułu|tekstu) (?:znajduje się )?pod (?:reklamą|materiałem wideo|wideo|filmem)',
  '(?:článek|text) pokračuje pod (?:reklamou|inzerátem)',
  '(?:het )?artikel gaat (?:verder|door) (?:onder|na) de advertentie',
  '(?:artikeln|artiklen|saken|artikkelen) (?:fortsätter|fortsætter|fortsetter) (?:under|efter|etter) (?:annonsen|annoncen|reklamen)',
  'scroll to continue with content',
];
const LABEL_EDGE = '[\\s\\-–—:|·•*]*';

export const AD_LABEL_RE = new RegExp(
  `^${LABEL_EDGE}(?:${AD_LABELS.join('|')})${LABEL_EDGE}$|^(?:${AD_OPENERS.join('|')})`,
  'i',
);

// The note that the publisher is paid for what readers buy through the page's links (trafilatura-dev:
// a travel-rewards blog's "We may receive compensation when you click on links…", two German
// magazines' "…Links zu Anbietern enthalten, von denen … eine Provision erhält"; scrapinghub-dev: a
// tech site's "may earn a commission from some of the products featured"). A sentence that names a
// commission without the links or the purchase is the story's ("Agents earn a commission on sales").
export const AFFILIATE_DISCLOSURE_RE = new RegExp(
  [
    '\\bmay (?:earn|receive|get|collect) (?:an? )?(?:small |affiliate )?(?:share of (?:the )?(?:sales|revenue)|commission|compensation)',
    '\\b(?:earn|receive|get)s? (?:an? )?(?:small |affiliate )?commissions?\\b.{0,80}\\b(?:links?|purchases?|buy|click)\\b',
    '\\b(?:links?|purchases?|buy)\\b.{0,80}\\b(?:earn|receive|get)s? (?:an? )?(?:small |affiliate )?commissions?\\b',
    // German: the links, then who is paid ("…Links…, von denen wir eine Provision erhalten", "…über
    // diese Links…, erhält X eine kleine Provision"); an English "links … provision" is a law's.
    '\\blinks?\\b.{0,160}(?:\\bprovision\\b.{0,30}\\b(?:erh[äa]lt|erhalten|bekomm|verdien)|\\b(?:erh[äa]lt|erhalten|bekomm\\w*|verdien\\w*)\\b.{0,60}\\bprovision)',
    "liens? (?:d'affiliation|affiliés)",
    '(?:percevons|touchons|recevons) une (?:petite )?commission',
    'enlaces? de afiliados?',
    '(?:recibimos|recibiremos|obtenemos) una (?:pequeña )?comisión',
    'link (?:di )?affiliazione',
    'riceviamo una (?:piccola )?commissione',
  ].join('|'),
  'i',
);

// A shop's button set as a link of its own under a product: a price and the shop ("$189 at Shop",
// "199 € bei Shop"), or the words for buy, view the offer or check the price, in the corpus's
// languages (trafilatura-dev: a pet magazine's "Zum Angebot"; the "$249 at Shop" buttons of review
// pages; fixture clutter-shop-button.html). Only the whole text of a link: "Buy now" in a sentence
// is the story's. "View" and "see" only at a shop: "View on GitHub" and "See on the map" are links
// of the story.
export const SHOP_BUTTON_RE = new RegExp(
  `^(?:${[
    '(?:[$£€¥]\\s?\\d[\\d.,]*|\\d[\\d.,]*\\s?(?:€|\\$|£|eur|usd|gbp|chf|kr|zł))\\s+(?:at|from|on|bei|chez|en|su|na|op|hos|från|w)\\s+\\S.{0,30}',
    '(?:buy|shop|order)(?: it)? (?:now|here|today)',
    '(?:buy|shop|order)(?: it)? (?:at|on|from) \\S.{0,30}',
    '(?:view|see|check)(?: it)?(?: price)? at \\S.{0,30}',
    '(?:check|see|view) (?:the )?(?:latest )?(?:price|deal|offer)s?',
    'get (?:the |this )?deal',
    'jetzt (?:kaufen|bestellen)',
    'hier (?:kaufen|bestellen)',
    'zum (?:angebot|shop)',
    "acheter(?: maintenant)?|voir l'offre",
    'comprar(?: ahora| ya)?|ver (?:oferta|precio)',
    'acquista(?: ora)?|vedi (?:offerta|prezzo)',
    'nu kopen|bekijk (?:aanbieding|prijs)',
    'kup teraz|sprawdź cenę',
    'köp nu|kjøp nå|køb nu',
  ].join('|')})$`,
  'i',
);
