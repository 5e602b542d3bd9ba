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
  ].join('|'),
  'iu',
);
