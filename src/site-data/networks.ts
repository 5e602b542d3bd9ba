// The social networks and tracking services that every site links to and loads from the same way,
// as data beside the engine (src/core names no site; src/lib hands these to it). A share bar is a
// row of the networks' share endpoints, a "follow us" row a set of profiles on several of them
// (core/content/text-stats.ts, clutter-tests.ts); a tracker's image is a pixel, never a photo
// (core/figures/image-source.ts).
import type { NetworkHosts } from '../core/types';

export const NETWORK_HOSTS: NetworkHosts = {
  shareLink:
    /(?:facebook\.com\/(?:sharer|share|dialog\/share)|twitter\.com\/(?:intent|share|home\?status)|x\.com\/intent|linkedin\.com\/(?:share|sharearticle|cws\/share)|pinterest\.[a-z.]+\/pin\/create|reddit\.com\/submit|wa\.me\/|whatsapp:\/\/|api\.whatsapp\.com\/send|t\.me\/share|telegram\.me\/share|vk\.com\/share|xing\.com\/(?:spi\/)?shares?|flipboard\.com\/bookmarklet|getpocket\.com\/(?:edit|save)|mailto:\?)/i,
  profile:
    /^https?:\/\/(?:www\.)?(?:facebook\.com|twitter\.com|x\.com|instagram\.com|linkedin\.com|youtube\.com|tiktok\.com|pinterest\.[a-z.]+|t\.me|vk\.com|threads\.net|bsky\.app)\//i,
  tracker:
    /(?:doubleclick\.net|google-analytics\.com|googletagmanager|facebook\.com\/tr|scorecardresearch|quantserve|chartbeat|adservice|bat\.bing|ioam|sb\.scorecard|omtrdc|demdex|hit\.gemius|adnxs|xiti|ivwbox|yadro\.ru|adfox)/i,
};
