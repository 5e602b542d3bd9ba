// Share bars: their wording (the networks' share endpoints are data: src/site-data/networks.ts).

export const SHARE_TEXT_RE = new RegExp(
  [
    '^share\\b',
    'share (?:this|on|via|the story|article)',
    'share it with (?:a friend|your friends)',
    'like this (?:story|article)\\?',
    '^tweet$',
    '^(?:facebook|twitter|linkedin|whatsapp|pinterest|reddit|telegram|e-?mail|print|copy link|x)$',
    '^teilen\\b',
    'artikel teilen',
    '^partager\\b',
    '^compartir\\b',
    '^condividi\\b',
    '^compartilh',
    '^delen\\b',
    '^поделиться',
    '^udost[eę]pnij',
    'シェア',
    '分享',
  ].join('|'),
  'i',
);
