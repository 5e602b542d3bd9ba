// Share bars: their wording and the share endpoints of social networks.

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
  'iu',
);

export const SHARE_HREF_RE =
  /(?:facebook\.com\/(?:sharer|share|dialog\/share)|twitter\.com\/(?:intent|share|home\?status)|x\.com\/intent|linkedin\.com\/(?:share|sharearticle|cws\/share)|pinterest\.[a-z.]+\/pin\/create|reddit\.com\/submit|wa\.me\/|whatsapp:\/\/|api\.whatsapp\.com\/send|t\.me\/share|telegram\.me\/share|vk\.com\/share|xing\.com\/(?:spi\/)?shares?|flipboard\.com\/bookmarklet|getpocket\.com\/(?:edit|save)|mailto:\?)/i;

export const SOCIAL_HREF_RE =
  /^https?:\/\/(?:www\.)?(?:facebook\.com|twitter\.com|x\.com|instagram\.com|linkedin\.com|youtube\.com|tiktok\.com|pinterest\.[a-z.]+|t\.me|vk\.com|threads\.net|bsky\.app)\//i;
