// The hosts whose videos and posts pages embed, as data beside the engine (src/core names no site;
// src/lib hands these to it). Providers, not publishers: every site embeds them the same way. A video
// host's player comes as an <iframe>: how its address names the video, where the host shows it on a
// page of its own, and the still it serves for it (readability-pages embedded-videos, videos-1;
// trafilatura-dev blogs). A post host's embed comes as its own markup around links to the post
// (trafilatura-dev: Instagram posts on eleven magazines' and blogs' pages). Each becomes a link to
// the video or post (core/figures/embedded-video.ts, core/figures/social-posts.ts).
import type { EmbedHosts, PostHost, VideoHost } from '../core/types';

// A start time in seconds ("start=17", Vimeo's "#t=17s" is not carried: its players seldom set it).
const START_RE = /^\d{1,6}$/;
const startAt = (params: URLSearchParams, key: string): string => {
  const s = params.get('start') ?? '';
  return START_RE.test(s) && s !== '0' ? `&${key}=${s}s` : '';
};

const VIDEO_HOSTS: readonly VideoHost[] = [
  // First: "videoseries" has a video id's length.
  {
    name: 'YouTube',
    player: /^https:\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/videoseries(?:[?#]|$)/,
    page: (_m, params) => {
      const list = params.get('list') ?? '';
      return /^[\w-]{2,64}$/.test(list) ? `https://www.youtube.com/playlist?list=${list}` : '';
    },
  },
  {
    name: 'YouTube',
    player: /^https:\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([\w-]{11})(?:[?#]|$)/,
    page: (m, params) => `https://www.youtube.com/watch?v=${m[1]}${startAt(params, 't')}`,
    still: (m) => `https://i.ytimg.com/vi/${m[1]}/hqdefault.jpg`,
  },
  {
    name: 'Vimeo',
    player: /^https:\/\/player\.vimeo\.com\/video\/(\d{1,12})(?:[?#/]|$)/,
    page: (m) => `https://vimeo.com/${m[1]}`,
  },
  {
    name: 'Dailymotion',
    player: /^https:\/\/(?:www\.)?dailymotion\.com\/embed\/video\/([a-zA-Z0-9]{5,12})(?:[?#]|$)/,
    page: (m) => `https://www.dailymotion.com/video/${m[1]}`,
    still: (m) => `https://www.dailymotion.com/thumbnail/video/${m[1]}`,
  },
];

const POST_HOSTS: readonly PostHost[] = [
  {
    name: 'Instagram',
    box: /(?:^|\s)instagram-media(?:\s|$)/,
    post: /^https:\/\/(?:www\.)?instagram\.com\/(?:p|reel|tv)\/[\w-]{5,40}\//,
  },
];

export const EMBED_HOSTS: EmbedHosts = { videos: VIDEO_HOSTS, posts: POST_HOSTS };
