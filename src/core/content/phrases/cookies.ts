// Cookie and consent banners.

// Consent placeholders of blocked embeds, in place of a map, a video or a post of a social network:
// "Klicken Sie auf den unteren Button, um den Inhalt von maps.example zu laden.", "Mit dem Laden des
// Beitrags akzeptieren Sie die Datenschutzerklärung von …" (a trafilatura-dev travel guide).
const EMBED_CONSENT = [
  'um den inhalt von .{1,80} zu laden',
  // Without the host's name ("…, um den Inhalt nachzuladen."), and a saved page's placeholder for a
  // widget ("Besuchen Sie die Webseite um dieses Element zu sehen."): trafilatura-dev, an
  // environmental group and a gardening magazine; fixture clutter-disclosure-and-blocked-embed.html.
  'um (?:den|diesen) inhalt (?:nach)?zuladen',
  'um (?:den|diesen) inhalt anzuzeigen',
  'besuchen sie die webseite,? um dieses element zu sehen',
  'visit the (?:web)?site to (?:see|view) this (?:content|element)',
  'to load (?:the )?content from',
  'pour charger le contenu de',
  'mit dem laden de[sr] .{1,60} akzeptieren sie',
  'by loading (?:the|this) .{1,60} you (?:accept|agree)',
  'en chargeant (?:ce|cette|le|la) .{1,60} vous acceptez',
  'al cargar (?:el|la|este|esta) .{1,60} aceptas?',
  'caricando (?:il|la|questo|questa) .{1,60} accetti',
].join('|');
export const EMBED_CONSENT_RE = new RegExp(EMBED_CONSENT, 'i');

export const COOKIE_RE = new RegExp(
  [
    'we use cookies',
    'this (?:web)?site uses cookies',
    'uses cookies to',
    'accept (?:all )?cookies',
    'cookie (?:policy|settings|preferences|consent)',
    'by continuing to (?:use|browse)',
    'wir verwenden cookies',
    'verwendet cookies',
    'nous utilisons des cookies',
    'utiliza(?:mos)? cookies',
    'utilizziamo (?:i )?cookie',
    'utilizamos cookies',
    'wij gebruiken cookies',
    'мы используем (?:файлы )?cookie',
    'używamy (?:plików )?cookies',
    'クッキー',
    EMBED_CONSENT,
  ].join('|'),
  'i',
);
