// Cookie and consent banners.

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
    // Consent placeholders of blocked embeds ("Klicken Sie auf den unteren Button, um den Inhalt von
    // maps.example zu laden."), in place of a map, a video or a post of a social network.
    'um den inhalt von .{1,80} zu laden',
    'to load (?:the )?content from',
    'pour charger le contenu de',
  ].join('|'),
  'iu',
);
