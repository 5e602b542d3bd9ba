// Generates the stress pages of issue 4 (huge, deep, wide, tag soup, empty, binary, legacy encodings,
// RTL) into a folder that is never committed (default test-results/stress/). Deterministic: the same
// seed gives the same bytes, so benchmark runs compare like with like.
//   npx tsx tests/stress/generate.ts [OUT_DIR]
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Issue 4: "a 5 MB page". */
export const HUGE_BYTES = 5 * 1024 * 1024;
/** Issue 4: "a page nested 20,000 levels deep" (Readability overflows its stack on it). */
export const DEEP_LEVELS = 20_000;
/** Issue 4: "a page with 200,000 children" (Readability takes 38 s on it under jsdom). */
export const WIDE_CHILDREN = 200_000;
export const BINARY_BYTES = 64 * 1024;
const INLINE_BOXES = 240;
const INLINE_TEXT_BYTES = 2_000_000;
const SEED = 20_240_611;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_STRESS_DIR = path.join(ROOT, 'test-results/stress');

export interface StressPage {
  name: string;
  file: string;
  bytes: number;
  /** What the page is, for the benchmark table. */
  description: string;
  /** One of the three big pages that must extract in under 5 s (checked by bench:stress). */
  big: boolean;
  /** A phrase that must appear in the extracted text when the page is read right, or null. */
  expectText: string | null;
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const WORDS = (
  'harbour ferry morning council river bridge market lantern island winter archive station orchard ' +
  'engineer library tide valley signal quarry mill weaver chart compass harvest meadow timber granite ' +
  'workshop village ledger beacon canal keeper season journey printer festival museum garden mountain'
).split(' ');

function sentence(rand: () => number): string {
  const length = 8 + Math.floor(rand() * 14);
  const words: string[] = [];
  for (let i = 0; i < length; i++) words.push(WORDS[Math.floor(rand() * WORDS.length)]!);
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(rand: () => number): string {
  const count = 3 + Math.floor(rand() * 4);
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) sentences.push(sentence(rand));
  return `<p>${sentences.join(' ')}</p>`;
}

function page(title: string, body: string, head = '', htmlAttrs = ' lang="en"'): string {
  return `<!doctype html><html${htmlAttrs}><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
}

const CHROME_TOP =
  '<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>' +
  '<li><a href="/culture">Culture</a></li></ul></nav></header>';
const CHROME_BOTTOM =
  '<aside><h3>Most read</h3><ul><li><a href="/a">Ferry timetable changes</a></li><li><a href="/b">Bridge repairs</a></li></ul></aside>' +
  '<footer><p>Harbour Gazette. All rights reserved.</p></footer>';

/** An article-like page of about HUGE_BYTES: long body, figures every so often, clutter around it. */
function hugePage(): string {
  const rand = random(SEED);
  const parts: string[] = [CHROME_TOP, '<main><article><h1>The harbour archive, page by page</h1>'];
  let size = 0;
  let n = 0;
  while (size < HUGE_BYTES - 4096) {
    const chunk =
      n % 40 === 39
        ? `<figure><img src="https://img.example/archive-${n}.jpg" alt="Archive ${n}" width="800" height="533">` +
          `<figcaption>Ledger number ${n} in the reading room. Photo: Harbour Gazette</figcaption></figure>`
        : n % 25 === 24
          ? `<h2>${sentence(rand).slice(0, 40)}</h2>`
          : paragraph(rand);
    parts.push(chunk);
    size += chunk.length;
    n++;
  }
  parts.push('</article></main>', CHROME_BOTTOM);
  return page('The harbour archive, page by page', parts.join('\n'));
}

/** DEEP_LEVELS nested divs with the article at the bottom of the well. */
function deepPage(): string {
  const rand = random(SEED + 1);
  const article = `<h1>At the bottom of the well</h1>${paragraph(rand)}${paragraph(rand)}${paragraph(rand)}<p>The deepest paragraph was found.</p>`;
  return page(
    'At the bottom of the well',
    `${CHROME_TOP}${'<div>'.repeat(DEEP_LEVELS)}${article}${'</div>'.repeat(DEEP_LEVELS)}${CHROME_BOTTOM}`,
  );
}

/**
 * A short article, then a footer of INLINE_BOXES nested boxes (a <div> and a <span> each, inside
 * the parser's depth cap) around INLINE_TEXT_BYTES of text: a walk that reads each box's inline
 * text in full reads the whole text once per box.
 */
function inlineWrappedPage(): string {
  const rand = random(SEED + 4);
  const article = `<h1>Wrapped in spans</h1>${paragraph(rand)}<p>The wrapped article was found.</p>`;
  const boxes = `${'<div>a <span>'.repeat(INLINE_BOXES)}${'word '.repeat(INLINE_TEXT_BYTES / 5)}${'</span></div>'.repeat(INLINE_BOXES)}`;
  return page('Wrapped in spans', `${CHROME_TOP}${article}<footer>${boxes}</footer>${CHROME_BOTTOM}`);
}

/** One container with WIDE_CHILDREN children, after a short article. */
function widePage(): string {
  const rand = random(SEED + 2);
  const rows: string[] = [];
  for (let i = 0; i < WIDE_CHILDREN; i++) rows.push(`<div>Entry ${i}: ${WORDS[i % WORDS.length]}</div>`);
  return page(
    'The long register',
    `${CHROME_TOP}<main><article><h1>The long register</h1>${paragraph(rand)}${paragraph(rand)}` +
      `<p>Every entry of the register follows.</p><div class="register">${rows.join('')}</div></article></main>${CHROME_BOTTOM}`,
  );
}

/** Unclosed, misnested and stray tags, broken attributes and entities, around real paragraphs. */
function tagSoupPage(): string {
  const rand = random(SEED + 3);
  // The unbalanced calc() makes jsdom's CSS parser throw from inside its HTML parser (a real page in
  // scrapinghub-dev has one): a plain `new JSDOM(html)` loses the whole page.
  const soup: string[] = [
    '<html><head><title>Soup of the day</title><style>p { min-height: calc(100% - (2 * 10px) }</style>',
    '<body><div id=main><h1>Soup of the day',
  ];
  for (let i = 0; i < 60; i++) {
    const text = sentence(rand);
    switch (i % 6) {
      case 0:
        soup.push(`<p>${text} <b>bold <i>both</b> italic</i> ${sentence(rand)}`);
        break;
      case 1:
        soup.push(`<p class="x' id=>${text}<table><tr><td>cell<div>${sentence(rand)}</table>`);
        break;
      case 2:
        soup.push(`</div></span></p><p>${text} &amp &lt;tag&gt &#xZZ; &#99999999; ${sentence(rand)}`);
        break;
      case 3:
        soup.push(`<ul><li>${text}<li>${sentence(rand)}</ol><p>${sentence(rand)}`);
        break;
      case 4:
        soup.push(`<a href="/x"><a href="/y">${text}</a><p><font color=red><center>${sentence(rand)}`);
        break;
      default:
        soup.push(`<p>${text}<!-- unterminated <p> comment --> <select><option>${sentence(rand)}</p>`);
    }
  }
  soup.push('<p>The soup ends here.<div><span><em>');
  return soup.join('\n');
}

/** Builds a char → bytes table for a legacy encoding from Node's decoder (there is no encoder). */
function encoderFor(encoding: string): (text: string) => Buffer {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number[]>();
  for (let b = 0x80; b <= 0xff; b++) {
    const char = decoder.decode(Uint8Array.of(b));
    if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, [b]);
  }
  if (encoding === 'shift_jis') {
    for (let lead = 0x81; lead <= 0xfc; lead++) {
      if (lead > 0x9f && lead < 0xe0) continue;
      for (let trail = 0x40; trail <= 0xfc; trail++) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(Uint8Array.of(lead, trail));
        if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, [lead, trail]);
      }
    }
  }
  return (text) => {
    const bytes: number[] = [];
    for (const char of text) {
      const code = char.charCodeAt(0);
      if (code < 0x80) bytes.push(code);
      else bytes.push(...(table.get(char) ?? [0x3f]));
    }
    return Buffer.from(bytes);
  };
}

const RUSSIAN_TITLE = 'Паром уходит на рассвете';
const RUSSIAN_PARAGRAPHS = [
  'Каждое утро старый паром отходит от северного причала, и вместе с ним просыпается весь город.',
  'Капитан помнит времена, когда переправа занимала почти час, а зимой лёд останавливал движение на недели.',
  'Сегодня на пароме едут школьники, рыбаки и торговцы с рынка, и у каждого своя история о реке.',
  'Городской совет обещает построить новый мост, но жители не спешат прощаться с привычным рейсом.',
  'Вечером паром возвращается пустым, и только чайки провожают его до самой пристани.',
];

function legacy1251Page(): Buffer {
  const body = RUSSIAN_PARAGRAPHS.map((text) => `<p>${text} ${text}</p>`).join('\n');
  // The declaration sits after a long comment, beyond the 1024 bytes of the standard's prescan.
  const filler = `<!-- ${'layout notes '.repeat(90)} -->`;
  const html =
    `<!doctype html><html lang="ru"><head>${filler}<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">` +
    `<title>${RUSSIAN_TITLE}</title></head><body>${CHROME_TOP}<article><h1>${RUSSIAN_TITLE}</h1>${body}</article></body></html>`;
  return encoderFor('windows-1251')(html);
}

const JAPANESE_TITLE = '港の朝市をたずねて';
const JAPANESE_PARAGRAPHS = [
  '夜明け前の港には、もう魚を運ぶ人たちの声が響いています。',
  '朝市は五十年以上続いていて、地元の人にとっては毎日の暮らしの一部です。',
  '店主の一人は、父から受け継いだ屋台で今日も干物を並べています。',
  '観光客が増えた今でも、値段の交渉は昔と変わらず笑い声とともに行われます。',
  '昼前には市場は片付けられ、港はまた静かな表情に戻ります。',
];

function shiftJisPage(): Buffer {
  const body = JAPANESE_PARAGRAPHS.map((text) => `<p>${text}${text}${text}</p>`).join('\n');
  const html =
    `<!doctype html><html lang="ja"><head><meta charset="Shift_JIS"><title>${JAPANESE_TITLE}</title></head>` +
    `<body><article><h1>${JAPANESE_TITLE}</h1>${body}</article></body></html>`;
  return encoderFor('shift_jis')(html);
}

const FRENCH_TITLE = 'Le marché du quai, été comme hiver';
const FRENCH_PARAGRAPHS = [
  'À l’aube, les pêcheurs déchargent leurs caisses et les étals du quai s’animent déjà.',
  'Les habitués connaissent chaque marchand par son prénom et échangent des nouvelles du village.',
  'L’été, les touristes découvrent les huîtres et le cidre ; l’hiver, le marché garde ses fidèles.',
  'La mairie envisage de couvrir la halle, mais beaucoup préfèrent le vent salé et le ciel ouvert.',
  'À midi, tout est rangé et il ne reste que l’odeur de la marée et le cri des mouettes.',
];

function latin1UndeclaredPage(): Buffer {
  const body = FRENCH_PARAGRAPHS.map((text) => `<p>${text} ${text}</p>`).join('\n');
  // No charset anywhere: browsers (and Folio) must fall back to windows-1252 for these bytes.
  const html =
    `<!doctype html><html lang="fr"><head><title>${FRENCH_TITLE}</title></head>` +
    `<body><article><h1>${FRENCH_TITLE}</h1>${body}</article></body></html>`;
  return encoderFor('windows-1252')(html);
}

const ARABIC_TITLE = 'مكتبة الميناء القديمة';
const ARABIC_PARAGRAPHS = [
  'في صباح كل يوم يفتح أمين المكتبة الأبواب الخشبية الثقيلة ويستقبل القراء الأوائل.',
  'تضم المكتبة آلاف الكتب عن تاريخ الملاحة والتجارة في المدينة منذ قرون طويلة.',
  'يأتي الطلاب للبحث في الخرائط القديمة بينما يفضل كبار السن قراءة الصحف في القاعة الهادئة.',
  'تخطط البلدية لترميم المبنى مع الحفاظ على نوافذه العالية وسقفه المزخرف.',
  'وعند المساء تغلق المكتبة أبوابها ويبقى صوت البحر وحده في الشارع.',
];

function rtlPage(): string {
  const body = ARABIC_PARAGRAPHS.map((text) => `<p>${text} ${text}</p>`).join('\n');
  return page(ARABIC_TITLE, `<article><h1>${ARABIC_TITLE}</h1>${body}</article>`, '', ' lang="ar" dir="rtl"');
}

function binaryData(): Buffer {
  const rand = random(SEED + 4);
  const bytes = Buffer.alloc(BINARY_BYTES);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(rand() * 256);
  return bytes;
}

interface PageSpec {
  name: string;
  description: string;
  big: boolean;
  expectText: string | null;
  content: () => string | Buffer;
}

const PAGES: PageSpec[] = [
  { name: 'huge', description: '5 MB article', big: true, expectText: 'harbour', content: hugePage },
  {
    name: 'deep',
    description: `${DEEP_LEVELS} nested levels`,
    big: true,
    expectText: 'The deepest paragraph was found.',
    content: deepPage,
  },
  {
    name: 'wide',
    description: `${WIDE_CHILDREN} children`,
    big: true,
    expectText: 'Every entry of the register follows.',
    content: widePage,
  },
  {
    name: 'inline-wrapped',
    description: `${INLINE_BOXES} nested boxes around 2 MB of text`,
    big: false,
    // It measures the detector's walk; which block wins there (the article or 2 MB of one word) is
    // no quality question.
    expectText: null,
    content: inlineWrappedPage,
  },
  {
    name: 'tag-soup',
    description: 'unclosed, misnested tags',
    big: false,
    expectText: null,
    content: tagSoupPage,
  },
  { name: 'empty', description: 'zero bytes', big: false, expectText: null, content: () => '' },
  { name: 'binary', description: 'random bytes', big: false, expectText: null, content: binaryData },
  {
    name: 'legacy-windows-1251',
    description: 'windows-1251 in <meta>',
    big: false,
    expectText: 'старый паром',
    content: legacy1251Page,
  },
  {
    name: 'legacy-shift-jis',
    description: 'Shift_JIS in <meta>',
    big: false,
    expectText: '朝市',
    content: shiftJisPage,
  },
  {
    name: 'legacy-latin1-undeclared',
    description: 'ISO-8859-1, undeclared',
    big: false,
    expectText: 'les pêcheurs déchargent',
    content: latin1UndeclaredPage,
  },
  { name: 'rtl', description: 'Arabic, dir=rtl', big: false, expectText: 'أمين المكتبة', content: rtlPage },
];

/** Writes every stress page into `outDir` (created if needed) and describes them. */
export async function generateStressPages(outDir: string = DEFAULT_STRESS_DIR): Promise<StressPage[]> {
  await mkdir(outDir, { recursive: true });
  const pages: StressPage[] = [];
  for (const spec of PAGES) {
    const content = spec.content();
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const file = path.join(outDir, `${spec.name}.html`);
    await writeFile(file, data);
    pages.push({
      name: spec.name,
      file,
      bytes: data.length,
      description: spec.description,
      big: spec.big,
      expectText: spec.expectText,
    });
  }
  return pages;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = path.resolve(process.argv[2] ?? DEFAULT_STRESS_DIR);
  generateStressPages(outDir).then((pages) => {
    for (const p of pages)
      console.log(`${String(p.bytes).padStart(9)} bytes  ${path.relative(ROOT, p.file)}`);
  });
}
