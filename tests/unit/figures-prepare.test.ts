import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract-article';
import { collectFigures } from '../../src/core/figures/collect-figures';
import { findLeadFigures } from '../../src/core/figures/lead-figure';
import { prepareFigures } from '../../src/core/figures/prepare-figures';
import { article, extractFixture, FIXTURE_URL, loadFixture } from './core-helpers';

const FIXTURES = path.resolve(__dirname, '../fixtures');
const BASE = 'https://news.example/2024/story';

function work(name: string) {
  const doc = new JSDOM(readFileSync(path.join(FIXTURES, name), 'utf8'), { url: BASE }).window.document;
  const removed = prepareFigures(doc.body, BASE);
  return { doc, removed, figures: collectFigures(doc.body) };
}

describe('prepareFigures + collectFigures', () => {
  it('promotes every lazy form and drops placeholders and tracking pixels', () => {
    const { doc, figures } = work('figures-lazy-images.html');
    expect(figures.map((f) => f.src)).toEqual([
      'https://news.example/photos/a-data-src.jpg',
      'https://news.example/photos/b-960.jpg',
      'https://news.example/photos/c-lazy-src.jpg',
      'https://news.example/photos/d-original.jpg',
      'https://news.example/photos/e-noscript.jpg',
      'https://news.example/photos/f-800.webp',
    ]);
    expect(figures[1]!.srcset).toBe(
      'https://news.example/photos/b-480.jpg 480w, https://news.example/photos/b-960.jpg 960w',
    );
    expect(figures.map((f) => f.caption)).toContain('Noscript image.');
    expect(doc.body.innerHTML).not.toMatch(/pixel\.gif|p\.gif|data:image\/gif/);
  });

  it('splits credits in several languages', () => {
    const { figures } = work('figures-credit-languages.html');
    expect(figures.map((f) => [f.caption, f.credit])).toEqual([
      ['A crane lifts the last beam into place.', 'AP Photo/Jane Field, File'],
      ['Die neue Brücke am Abend.', 'picture alliance/dpa | Max Muster'],
      ['Le marché couvert au petit matin.', 'AFP'],
      ['La plaza mayor durante la fiesta.', 'EFE/Ana Ruiz'],
      ['Il porto vecchio dopo il restauro', 'ANSA'],
      ['De nieuwe sluis bij Ijmuiden.', 'ANP'],
      ['Nowy most na Wiśle.', 'PAP/Jan Kowalski'],
      ['O mercado da Ribeira.', 'Lusa'],
      ['سفن الصيد في الميناء القديم', 'رويترز'],
      ['', 'Stadtarchiv'],
    ]);
  });

  it('takes credits from their own elements and writes the canonical figure', () => {
    const { doc, figures } = work('figures-credit-elements.html');
    expect(figures.map((f) => [f.caption, f.credit])).toEqual([
      ['Boats wait for the tide.', 'Lea Stern'],
      ["The lighthouse keeper's cottage.", 'Harbour Trust'],
      ['Gulls over the pier', 'Getty Images'],
      ['The tall ship enters port.', 'Coast Photos'],
    ]);
    expect(figures[1]).toMatchObject({ width: 800, height: 500 });
    const fig = doc.querySelector('figure[data-folio-figure]')!;
    expect(fig.querySelector('figcaption > span.folio-caption')?.textContent).toBe(
      'Boats wait for the tide.',
    );
    expect(fig.querySelector('figcaption > small.folio-credit')?.textContent).toBe('Lea Stern');
  });

  it('pairs captions laid out without caption class names, beside a bare figure, in <small>, hidden from screen readers, in widget paragraphs and in the title', () => {
    const { figures } = work('figures-caption-layouts.html');
    expect(figures.map((f) => [f.src.replace('https://news.example', ''), f.caption, f.credit])).toEqual([
      ['/p/loose.jpg', 'Ferries wait out the storm in the inner harbour', 'Harbour Trust'],
      ['/p/beside.jpg', 'Crews repair the ramps', 'Lea Stern'],
      [
        '/p/small-caption.jpg',
        'The harbour master checks the new ramp before the first crossing of the week',
        'Port Archive',
      ],
      ['/p/hidden-caption.jpg', 'Passengers board at dawn.', 'Kai Lund'],
      ['/p/widget.jpg', 'The ticket office reopened as well', 'Coast Council'],
      ['/p/title-credit.jpg', '', 'Mira Okafor/Harbour Trust'],
      ['/p/slider-photo.jpg', '', ''],
    ]);
  });

  it('removes captions whose image is gone and reports them', () => {
    const { doc, removed, figures } = work('figures-orphan-caption.html');
    expect(figures).toEqual([]);
    expect(doc.body.textContent).not.toContain('lost its image');
    expect(doc.body.textContent).not.toContain('nothing to describe');
    expect(removed.map((r) => r.kind)).toEqual(['caption', 'caption']);
  });

  it('drops the credit line of a photo the page did not hold, beside its caption box', () => {
    const { doc, removed, figures } = work('figures-orphan-credit.html');
    expect(figures).toEqual([]);
    expect(doc.body.textContent).not.toContain('Moment | Harbour Images');
    expect(removed).toContainEqual(expect.objectContaining({ reason: 'credit without its image' }));
    // A credit box with nothing photo-like beside it is not a photo's.
    expect(doc.body.textContent).toContain('Recherche: Tom Berg');
  });

  it('does not use alt text as a caption', () => {
    const { figures } = work('figures-alt-not-caption.html');
    expect(figures).toEqual([
      {
        src: 'https://news.example/p/alt.jpg',
        alt: 'A red kite over the dunes',
        caption: '',
        credit: '',
        width: 600,
        height: 400,
      },
    ]);
  });

  it('never takes a figure it already built into the box of a later image', () => {
    const { doc, figures } = work('figures-second-image-beside-figure.html');
    expect(doc.querySelector('h1')?.textContent).toBe('Night frost hits the orchards');
    expect(figures.map((f) => [f.src, f.caption])).toEqual([
      ['https://news.example/media/frost-orchard.jpg', 'Ice on the blossoms at dawn.'],
      ['https://news.example/media/cloud.jpg', ''],
    ]);
  });

  it('drops a magnifier icon on the link to the full-size photo, so the photo keeps its caption', () => {
    const { figures } = work('figures-enlarge-icon.html');
    expect(figures.map((f) => [f.src, f.caption])).toEqual([
      ['https://news.example/photos/flag.jpg', 'The flag over the square in May.'],
    ]);
  });

  it('keeps the caption in a photo link to its viewer page, but takes no teaser headline for a caption', () => {
    const { doc, figures } = work('figures-teaser-link-headline.html');
    expect(figures.map((f) => [f.src, f.caption, f.credit])).toEqual([
      ['https://news.example/p/ferry-quay.jpg', 'Passengers board at the north quay.', 'Lena Brook'],
      ['https://news.example/p/night-ferry.jpg', '', ''],
      ['https://news.example/p/harbour-wall.jpg', '', ''],
      ['https://news.example/p/island-school.jpg', '', ''],
    ]);
    // The teaser links stay around their pictures and headlines.
    expect(doc.querySelector('a[href="/2024/island-school"] figure[data-folio-figure]')).not.toBeNull();
    expect(doc.querySelector('a[href="/2024/island-school"]')?.textContent).toContain('Island school gets');
  });

  it('finds the lead figure between the headline and the content', () => {
    const { doc } = work('figures-lead-image.html');
    const [lead] = findLeadFigures(
      doc.body,
      doc.querySelector('.body')!,
      'https://news.example/p/lead-photo.jpg',
    );
    expect(lead?.querySelector('img')?.getAttribute('src')).toBe('https://news.example/p/lead-photo.jpg');
    expect(lead?.querySelector('.folio-credit')?.textContent).toBe('Kai Lund');
  });

  it('takes the photo before the body for the lead when its Japanese caption says what happens, not a name', () => {
    const a = article(extractFixture('figures-lead-cjk-caption.html'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit])).toEqual([
      ['tunnel_main.jpg', 'トンネルの完成予想図', '市提供'],
    ]);
    expect(a.html.indexOf('tunnel_main.jpg')).toBeLessThan(a.html.indexOf('市は14日'));
    // A caption that names the sitter ("Ms Hanako Yamada") is a portrait's.
    const doc = loadFixture('figures-lead-cjk-caption.html');
    doc.querySelector('figcaption')!.textContent = '山田花子さん';
    expect(article(extractArticle(doc, { url: FIXTURE_URL })).figures).toEqual([]);
  });

  it('takes a captioned photo between the standfirst and the text for the lead, unless lines of its own follow it', () => {
    const lead = (after: string) => {
      const { doc } = work('figures-lead-between-standfirst-and-text.html');
      doc.querySelector('.ce_image')!.insertAdjacentHTML('beforeend', after);
      const opener = doc.querySelector('.ce_intro p')!;
      return findLeadFigures(doc.body, doc.querySelector('.ce_text')!, '', opener).map((f) =>
        f.querySelector('img')?.getAttribute('src'),
      );
    };
    expect(lead('')).toEqual(['https://news.example/system/html/pumpen-70db.jpg']);
    expect(lead('<span>4. Dezember 2026</span>')).toEqual([
      'https://news.example/system/html/pumpen-70db.jpg',
    ]);
    // A video teaser's lines after its picture: a box of its own, not the story's photo.
    expect(
      lead(
        '<div><span>Video, 1 min</span> <span>Ein Besuch auf der Bohrinsel: wie die Menschen dort arbeiten, essen und schlafen, eine Woche lang mitten im Meer</span></div>',
      ),
    ).toEqual([]);
  });

  it('skips portraits and linked teasers when looking for the lead image, and keeps teaser links', () => {
    const { doc } = work('figures-lead-among-portraits.html');
    const [lead] = findLeadFigures(doc.body, doc.querySelector('.story')!, '');
    expect(lead?.querySelector('img')?.getAttribute('src')).toBe('https://news.example/p/race-hero.jpg');
    expect(
      doc.querySelector('a[href="/2024/other-story-about-boats"] figure[data-folio-figure]'),
    ).not.toBeNull();
  });
});

describe('captions and credits beside the photo (issue 13 classes 1 and 5)', () => {
  const pairs = (name: string) =>
    work(name).figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit]);

  it('reads short caption lines under a photo that the walk up climbed past, but no control word', () => {
    expect(pairs('figures-short-loose-caption.html')).toEqual([
      ['roe-960.jpg', 'Former minister Jane Roe', 'NS'],
      ['dock.jpg', '', ''],
      ['album-2018.jpg', 'Songs for the quiet harbour', ''],
      ['check-solid.svg', '', ''],
    ]);
  });

  it('keeps a sentence that shares a small box with a photo, and makes the photo a figure of its own', () => {
    const a = article(extractFixture('figures-photo-beside-short-line.html'));
    expect(a.figures.map((f) => [f.src.split('/').pop(), f.caption])).toEqual([
      ['thermometer.jpg', ''],
      ['mia-tanaka.jpg', ''],
    ]);
    expect(a.text).toContain('Heat the oil to 180 °C first.');
    expect(a.text).toContain('Mia Tanaka cooks and writes.');
    expect(a.html).toContain('<p>Heat the oil to 180 °C first.</p>');
  });

  it("keeps a product card's name and price beside its photo: the card is no photo box, short as it is", () => {
    const a = article(extractFixture('figures-product-card-heading.html'));
    expect(a.figures.map((f) => f.src.split('/').pop())).toEqual(['harbour-shell.jpg', 'northcape.jpg']);
    expect(a.html).toContain('<h3>Harbour Shell 2.5L</h3>');
    expect(a.text).toContain('Northcape Pro\n\n£180');
  });

  it('takes an unnamed line after the photo that repeats its alt text, never a teaser headline', () => {
    expect(pairs('figures-caption-echoes-alt.html')).toEqual([
      ['officers.jpg', 'Two officers at the station.', ''],
      ['jewellery.jpg', 'The recovered jewellery', ''],
      ['teaser.jpg', '', ''],
    ]);
  });

  it('walks past a credit laid over the photo to the caption of its figure, or of the box after it', () => {
    expect(pairs('figures-credit-overlay-before-caption.html')).toEqual([
      ['school-1200.jpg', 'Only a few children came to the newly reopened school on Monday', 'Max Muster'],
      ['smoke-1200.jpg', 'Smoke over the valley on Monday morning', 'Eva Roth'],
    ]);
  });

  it('reads the unmarked <small> beside a "©" one as the caption', () => {
    expect(pairs('figures-small-caption-beside-credit.html')).toEqual([
      ['care-home.jpg', 'The care home in the valley', 'Valley Council'],
    ]);
  });

  it('gives no lazy photo the address of a counting pixel in a <noscript>', () => {
    const { figures, doc } = work('figures-noscript-tracker.html');
    expect(figures.map((f) => [f.src.split('/').pop(), f.caption])).toEqual([
      ['butchers-576.jpg', 'Forty-five pigs an hour pass through the hall.'],
    ]);
    expect(doc.body.innerHTML).not.toContain('hit.xiti');
  });

  it('gives a <noscript> fallback to the lazy photo with its address, not to a sizing placeholder before it', () => {
    expect(pairs('figures-noscript-twin-by-address.html')).toEqual([
      ['quarry.jpg', 'Granite is cut at the northern quarry.', 'Rob Hale'],
    ]);
  });

  it('takes a labelled credit line of its own inside the figure', () => {
    expect(pairs('figures-credit-line-in-figure.html')).toEqual([
      ['comfort.jpg', 'We live in safety and relative comfort.', 'Stock Library'],
    ]);
  });

  it('reads a credit label in the img title only as a word with its colon', () => {
    expect(pairs('figures-title-credit.html')).toEqual([
      ['books.jpg', '', 'Stock Library, Jane Roe'],
      ['phone.jpg', '', 'picture alliance / Max Muster'],
      ['hall.jpg', '', 'University Press'],
      ['staff.jpg', '', 'Max Muster'],
      ['puppy.jpg', '', 'Jane Roe'],
    ]);
  });

  it('splits a credit in full-width brackets, labelled or a Japanese agency, and keeps a bracketed place', () => {
    expect(pairs('figures-credit-wide-brackets.html')).toEqual([
      ['ja-label.jpg', '開業した新しい駅＝５日午前', '共同'],
      ['ja-agency.jpg', '港に入る大型船＝５日', 'ロイター'],
      ['zh-label.jpg', '新建成的大桥。', '新华社'],
      ['zh-square.jpg', '港口的夜景', '新华社'],
      ['ja-place.jpg', '港の灯台（北海道）', ''],
    ]);
  });

  it('gives a name in capitals before a bracketed agency to the credit, never a bracket that only starts like one', () => {
    expect(pairs('figures-credit-caps-name-before-agency.html')).toEqual([
      ['puerto.jpg', 'Los pescadores vuelven al puerto al amanecer.', 'ANA RUIZ (EFE)'],
      ['plaza.jpg', 'Vecinos en la plaza mayor.', 'J. L. PÉREZ (REUTERS)'],
      ['sesion.jpg', 'Sesión del Parlamento de la UE', 'EFE'],
      ['lema.jpg', 'Un cartel en la manifestación (panorama de la plaza)', ''],
    ]);
  });

  it('splits Japanese "＝agency" and "(…撮影)" credits, a labelled "©" credit, Vietnamese "Ảnh:", Korean "ⓒ" and a "©" box before the caption', () => {
    expect(pairs('figures-credit-marks.html')).toEqual([
      ['ja-agency.jpg', 'テレビで演説を見る市民（ソウルで、３日）', 'ＡＰ'],
      ['ja-pool.jpg', '気象庁で開かれた検討会＝１３日午後１０時', '代表'],
      ['ja-place.jpg', '港の灯台＝同県で2019年5月', ''],
      ['de-copy.jpg', 'Eine Frau im Lager.', 'Jane Roe (hr)'],
      ['vi.jpg', 'Bác sĩ khám cho bệnh nhân.', 'Bệnh viện cung cấp'],
      ['ko-copy.jpg', '새 부두가 문을 열었다.', '항만신문'],
      // A box of its own opening with "©" before the caption is the credit, whatever its class.
      ['copy-first.jpg', 'The old pier at dawn, the day before the works began.', 'Harbour Trust'],
      [
        'copy-sentence.jpg',
        'Copyright law protects the old photos. The archive of the harbour trust, opened to the public.',
        '',
      ],
      // The sign alone in a box marks the next one; a "©" box at the end is read with the caption's text.
      ['copy-sign-alone.jpg', 'A cyclist rides past the closed fuel depot.', 'Reuters / Kai Lund'],
      ['copy-last.jpg', 'Jacket Nordsee Süd/Ost', 'Harbour Wind GmbH'],
      ['copy-sign-first.jpg', 'The old pier at dawn, the day before the works began.', 'Harbour Trust'],
    ]);
  });

  it('splits credits whose label follows the name, an agency after a closing slash, "cedida por", and drops a video credit', () => {
    expect(pairs('figures-credit-trailing-labels.html')).toEqual([
      ['lt.jpg', 'Seimo posėdžių salė po remonto.', 'J. Vardenio / Žinių'],
      ['lt-paren.jpg', 'Uosto krantinė', 'BNS'],
      ['ko.jpg', '새 부두가 문을 열었다.', '항만신문'],
      ['zh.jpg', '4月10日，游客在港口参观。', '本报记者 王小明'],
      ['es.jpg', 'El alcalde en la inauguración del puerto.', 'cedida por el Ayuntamiento'],
      ['es-video.jpg', '', 'Ana Ruiz (Agencia Sur)'],
      ['he.jpg', 'הנמל החדש בשעת ערב.', 'פלוני אלמוני'],
      ['he-credit.jpg', 'הנמל החדש בשעת ערב.', 'פלוני אלמוני'],
      ['ar.jpg', 'الميناء الجديد في المساء.', 'رويترز'],
      ['ar-source.jpg', 'الميناء الجديد في المساء', 'وكالة الأنباء'],
      ['fa.jpg', 'بندر جدید در شب.', 'ایرنا'],
      ['hu.jpg', 'Az új kikötő este.', 'Kiss Anna'],
      ['hi.jpg', 'नए बंदरगाह पर शाम।', 'एएनआई'],
      ['th.jpg', 'ท่าเรือใหม่ยามเย็น', 'รอยเตอร์'],
      ['ja.jpg', '被災した港', '共同通信社ヘリから'],
      ['plain.jpg', 'Mural pintado con los colores cedidos por la ciudad', ''],
    ]);
  });

  it('splits an agency\'s "PTI Photo", "Photo / Name", Chinese "图/", Greek "Φωτ.:", "File photo:", a stock user\'s and two joined credits', () => {
    expect(pairs('figures-credit-agency-words.html')).toEqual([
      ['in.jpg', 'Commuters wait at the ferry terminal on Tuesday.', 'PTI Photo'],
      ['nz.jpg', 'The new wharf opened on Tuesday.', 'Jane Roe'],
      ['zh.jpg', '游客在港口参观。', '视觉中国'],
      ['el.jpg', 'Το νέο λιμάνι.', 'Eurokinissi'],
      ['file.jpg', 'The old pier before the storm.', 'Reuters'],
      ['stock.jpg', 'A stoat in its white winter coat.', 'mlharing / iStock.com'],
      ['styling.jpg', '', 'Emily Henderson'],
      ['text-photo.jpg', 'Die Küche im Landhaus.', 'Max Muster'],
      ['guests.jpg', 'Residents and visitors: about 300 people came.', ''],
      ['route.jpg', 'The ferry route (north / south)', ''],
      ['prose.jpg', 'Photo / video montage of the crossing', ''],
    ]);
  });

  it("reads the text after a photo in the photo's own paragraph as its caption when it names the source", () => {
    expect(pairs('figures-caption-text-after-photo.html')).toEqual([
      ['pier-low-tide.jpg', 'The old pier at low tide.', 'Jane Roe'],
      ['pier-crane.jpg', 'The crane on the east quay.', 'Harbour Trust'],
      ['pier-boats.jpg', '', ''],
    ]);
    const a = article(extractFixture('figures-caption-text-after-photo.html'));
    expect(a.text).not.toContain('low tide');
    expect(a.text).not.toContain('crane');
    // A line that names no source stays the page's text.
    expect(a.text).toContain('Boats at the pier.');
  });

  it('reads a credit laid over the photo without a label, an agency or a name and agency, not a badge', () => {
    expect(pairs('figures-credit-overlay-bare.html')).toEqual([
      ['pier-dawn.jpg', '', 'Anadolu Ajansı'],
      ['pier-crane.jpg', 'The crane on the east quay.', 'Jane Roe/Reuters'],
      ['pier-boats.jpg', '', ''],
    ]);
  });

  it("keeps a responsive photo whose width and height are 0, a size left to the stylesheet, not a pixel's", () => {
    expect(pairs('figures-responsive-zero-size.html')).toEqual([
      ['pier-wide.jpg?width=375', '', ''],
      ['pier-quay.jpg', '', ''],
    ]);
  });

  it("splits wire photos' credits and further countries' wordings, and leaves prose and a portrait's name alone", () => {
    expect(pairs('figures-credit-world-wordings.html')).toEqual([
      ['wire.jpg', 'Islanders wait for the ferry, May 2, 2026.', 'REUTERS/Jane Roe'],
      ['es.jpg', 'Islanders wait for the ferry at the harbour on Monday.', 'Jane Roe (REUTERS)'],
      ['portrait.jpg', 'Jane Roe', 'AFP'],
      ['ja.jpg', '港で待つ島民たち', '山田太郎'],
      ['ja-equals.jpg', '港のフェリー', '共同'],
      ['ko.jpg', '페리 운항 재개', '뉴스1'],
      ['ko-label.jpg', '페리 운항 재개', '뉴스1'],
      ['zh-spaced.jpg', '游客在港口参观', '李明'],
      ['it.jpg', 'Il traghetto nel porto.', 'Ansa'],
      ['nl.jpg', 'De veerboot op maandag.', 'Jan Jansen'],
      ['courtesy.jpg', 'The harbour office.', 'courtesy of the Harbour Trust'],
      ['photographer.jpg', 'The harbour office.', 'Jane Roe/Bloomberg'],
      ['outlet.jpg', 'Islanders on Monday.', 'Jane Roe/Coast News'],
      ['caps.jpg', 'Islanders on Monday.', 'AFP PHOTO / JANE ROE'],
      ['it-paren.jpg', 'Il vecchio molo a bassa marea', 'Ansa'],
      ['br.jpg', 'O porto na segunda.', 'Reprodução/Instagram'],
      ['id.jpg', 'Warga menunggu kapal feri di pelabuhan.', 'Budi Santoso'],
      ['sw.jpg', 'Wakazi wakisubiri kivuko bandarini.', 'Juma Ali'],
      ['tl.jpg', 'Naghihintay ang mga residente sa daungan.', 'Juan Cruz'],
      ['pt-prose.jpg', 'Uma foto na praia de Copacabana', ''],
      ['id-prose.jpg', 'Foto oleh-oleh khas Bandung', ''],
      ['before-after.jpg', 'The kitchen. Before/After', ''],
      ['prose.jpg', 'She loved the photo: it showed her mother at the pier.', ''],
    ]);
  });

  it('reads the paragraph after a photo as its caption when it ends in the Chinese "Name 摄", not a story paragraph', () => {
    expect(pairs('figures-caption-paragraph-chinese.html')).toEqual([
      ['pier-dawn.jpg', '12月3日，游客在旧码头拍照留念。', '新华社记者 张三'],
      ['pier-boats.jpg', '12月3日，渔船停靠在旧码头旁。', '新华社记者 李四'],
      ['pier-night.jpg', '', ''],
    ]);
    const a = article(extractFixture('figures-caption-paragraph-chinese.html'));
    expect(a.text).not.toContain('摄');
    expect(a.text).toMatch(/缓解夏季的拥堵。$/);
  });

  it("does not read a heading whose class names its type style as a caption, the hero photo's or a lost one", () => {
    expect(pairs('figures-heading-caption-style.html')).toEqual([
      ['hero-1600.jpg', '', ''],
      ['team-1200.jpg', 'Ein weiterer Coronafall sorgt im Team für Aufregung.', 'SID'],
      ['demo-1200.jpg', 'Vor dem Verbandssitz demonstrierten am Morgen rund hundert Sportler.', ''],
    ]);
    const html = readFileSync(path.join(FIXTURES, 'figures-heading-caption-style.html'), 'utf8');
    const doc = new JSDOM(html.replace(/<div class="pic">.*?<\/div>/, ''), { url: BASE }).window.document;
    const a = article(extractArticle(doc, { url: BASE }));
    expect(a.removed.filter((b) => b.reason === 'caption without its image')).toEqual([]);
  });

  it('splits "（気象庁提供）", "(해안시 제공)" and "市交通局供图", who provided the photo, as the credit', () => {
    expect(pairs('figures-credit-provided-by.html')).toEqual([
      ['ja.jpg', '旧桟橋の完成予想図', '市提供'],
      ['ja-dot.jpg', '噴火する火山', '気象庁提供'],
      ['ko.jpg', '새 부두 완공 예상도', '해안시 제공'],
      ['ko-note.jpg', '보수 공사를 마친 항구 등대. 2026.3.10', '해안시 제공'],
      ['ko-agency-note.jpg', '겨울 항구의 모습', '해안통신 자료사진'],
      ['zh.jpg', '新码头效果图。', '市交通局供图'],
      ['zh-paren.jpg', '新码头效果图', '市交通局供图'],
      ['zh-note.jpg', '市交通局供图的说明。', ''],
      ['ja-note.jpg', '市が情報を提供する窓口（詳しくは後日）', ''],
    ]);
  });

  it("reads a <font> line under a photo in its table cell as its caption, not a <font> label over a photo, a link's larger label or the story's text beside one", () => {
    expect(pairs('figures-caption-font-line.html')).toEqual([
      ['ferry-crew.jpg', 'Crew members at the north pier.', 'Tom Berg'],
      ['north-pier.jpg', '', ''],
      ['timetable-icon.jpg', '', ''],
      ['timetable.jpg', '', ''],
    ]);
    const a = article(extractFixture('figures-caption-font-line.html'));
    expect(a.text).not.toContain('Crew members at the north pier');
    expect(a.text).toContain('Under the deal, crews will work four long days');
  });

  it("reads a layout table's caption row under its photo row, and keeps the photo and caption between the text blocks it sits between", () => {
    expect(pairs('figures-caption-table-row.html')).toEqual([
      ['cleanup.jpg', "Volunteers at last year's clean-up on the south beach.", 'Tom Berg'],
      ['tide-high.png', '', ''],
      ['tide-low.png', '', ''],
      ['pier-letter.jpg', '', ''],
      ['museum.jpg', 'The museum beside the lighthouse, before its opening.', 'Jane Roe'],
    ]);
    const a = article(extractFixture('figures-caption-table-row.html'));
    expect(a.figures.map((f) => f.caption)).toContain(
      "Volunteers at last year's clean-up on the south beach.",
    );
    expect(a.text).toContain('High water 10:42');
    expect(a.text).toContain('she had walked the south beach every morning for forty years');
  });

  it("reads the next block's only line as a photo's caption when a page builder wraps each in divs, not a block of the story's text", () => {
    expect(pairs('figures-caption-builder-block.html')).toEqual([
      ['office-hall.jpg', 'Главный зал после ремонта.', 'Илья Серов'],
      ['kitchen.jpg', '', ''],
    ]);
    const a = article(extractFixture('figures-caption-builder-block.html'));
    expect(a.text).not.toContain('Фото: Илья Серов');
    expect(a.text).toContain('Теперь у каждого есть свой стол');
  });

  it('reads the italic line after a photo on its own line in a block of <br> lines as its caption, not italics inside a line of text', () => {
    expect(pairs('figures-caption-break-line.html')).toEqual([
      ['cathedral.jpg', 'The Nativity Cathedral', ''],
      ['bell-tower-view.jpg', 'The view from the bell tower', ''],
      ['mill.jpg', '', ''],
    ]);
    const a = article(extractFixture('figures-caption-break-line.html'));
    expect(a.text).not.toContain('The Nativity Cathedral');
    expect(a.text).toContain('closed for the winter');
  });

  it("leaves out the site's logo on a link to its own front page, not a photo linking to its file, to another story or to another site", () => {
    expect(pairs('figures-front-page-logo.html')).toEqual([
      ['mill-hall.jpg', '', ''],
      ['basement.jpg', '', ''],
      ['ferry.jpg', '', ''],
    ]);
  });

  it("shows each carousel photo once and in order, leaving out the copies the carousel's script adds, and a slideshow's hidden bare figures", () => {
    const figures = article(extractFixture('figures-carousel-clones.html')).figures;
    expect(figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit])).toEqual([
      ['spring.jpg', 'Spring: the first ferry of the year.', ''],
      ['summer.jpg', 'Summer: crowds on the boardwalk.', ''],
      ['winter.jpg', 'Winter: ice on the railings.', ''],
      ['dawn.jpg', 'Dawn over the harbour.', ''],
      ['dusk.jpg', 'Dusk over the harbour.', ''],
      ['piles.jpg', 'The cracked piles at low tide.', ''],
      ['divers.jpg', 'Divers inspecting the piles.', ''],
      ['landing.jpg', 'The temporary landing.', ''],
    ]);
  });

  it("shows a gallery thumbnail's full-size file where it links to it, not another picture it links to", () => {
    const figures = article(extractFixture('figures-gallery-thumbnail-links.html')).figures;
    expect(
      figures.map((f) => [
        f.src
          .split('/')
          .slice(-2)
          .join('/')
          .replace(/^\d+\//, ''),
        f.caption,
      ]),
    ).toEqual([
      ['crowd.jpg', 'The crowd at noon.'],
      ['band.jpg', 'The town band on the end of the pier.'],
      ['lights-150x150.jpg', 'The lights came on at five.'],
      ['s1600/kites.jpg', ''],
      // Another folder besides the size's: another picture.
      ['s320/dogs.jpg', ''],
    ]);
    // The thumbnail's square size is not the photo's.
    expect(figures[0]!.width).toBeFalsy();
    expect(figures[2]!.width).toBe(150);
  });

  it('splits Chinese credits in brackets (a picture label, who issued the photo, a file photo, where it was taken from), not a bracket that goes on with the caption', () => {
    expect(pairs('figures-credit-chinese-brackets.html')).toEqual([
      ['label-slash.jpg', '清晨的旧码头。', '张三'],
      ['label-colon.jpg', '清晨的旧码头。', '视觉中国'],
      ['label-shot.jpg', '清晨的舊碼頭。', '張三'],
      ['issued.jpg', '渔船停靠在旧码头旁。', '新华社发'],
      ['issued-shot.jpg', '渔船停靠在旧码头旁。', '新华社发 张三'],
      ['file.jpg', '旧码头的老照片。', '中央社檔案照片'],
      ['taken-from.jpg', '市民在码头合影。', '圖取自臉書'],
      ['agency.jpg', '市长在码头讲话。', '中央社'],
      ['label-after-stop.jpg', '清晨的旧码头。', '张三'],
      ['note.jpg', '码头于12月3日重新开放（当地时间）', ''],
      ['broke-out.jpg', '码头附近的大火（火灾突然爆发）', ''],
    ]);
  });

  it("splits the agency and photographer of a Korean caption's opening dateline as its credit, and drops his address", () => {
    expect(pairs('figures-credit-korean-dateline.html')).toEqual([
      ['reporter.jpg', '관광객들이 옛 부두에서 사진을 찍고 있다. 2026.12.03.', '뉴시스 홍길동 기자'],
      ['round.jpg', '어선들이 부두에 정박해 있다. 2026.12.3', '해안통신 김철수·이영희 기자'],
      ['agency-only.jpg', '시민들이 새 부두를 걷고 있다.', '해안통신'],
      ['latin.jpg', '(left=Ada Kern) The mayor and her deputy on the pier.', ''],
      ['note.jpg', '[포토] 관광객들이 옛 부두에서 사진을 찍고 있다.', ''],
    ]);
  });

  it('splits a credit box named for the source in further languages, not a box named for a font', () => {
    expect(pairs('figures-credit-class-languages.html')).toEqual([
      ['es.jpg', 'El muelle al amanecer.', 'Ana Ruiz'],
      ['cs.jpg', 'Molo za úsvitu.', 'Jan Novák'],
      ['pl.jpg', 'Molo o świcie.', 'Anna Nowak'],
      ['hu.jpg', 'A móló hajnalban.', 'Kovács Anna'],
      ['tr.jpg', 'Şafakta iskele.', 'Ayşe Yılmaz'],
      ['no.jpg', 'Brygga ved daggry.', 'Kari Nordmann'],
      ['sv.jpg', 'Bryggan i gryningen.', 'Anna Svensson'],
      ['fi.jpg', 'Laituri aamunkoitteessa.', 'Matti Virtanen'],
      ['de.jpg', 'Der Steg im Morgengrauen.', 'Lena Vogt'],
      ['fr.jpg', "La jetée à l'aube.", 'Jean Dupont'],
      ['pt.jpg', 'O cais ao amanhecer. Maria Souza', ''],
    ]);
  });

  it("splits a stock photographer's user name and the library, digits and underscore and all", () => {
    expect(pairs('figures-credit-stock-user-name.html')).toEqual([
      ['cold-swim.jpg', '', 'Westend61/Getty Images'],
      ['lake-kayak.jpg', 'A kayaker on the lake at dawn.', 'smolaw11/iStock'],
      ['towel.jpg', '', 'Drazen_/Getty Images'],
    ]);
  });

  it('splits the credit labels of further languages, and credits after the last sentence of a caption', () => {
    expect(pairs('figures-credit-more-languages.html')).toEqual([
      ['pt.jpg', 'O cais na segunda-feira.', 'Reprodução/TV Porto'],
      ['ru.jpg', 'Набережная утром.', 'Иван Петров'],
      ['bg.jpg', 'Пристанището сутрин.', 'Иван Петров'],
      ['tr.jpg', 'Liman sabah saatlerinde.', 'AA'],
      ['ms.jpg', 'Jeti lama pada waktu pagi.', 'Bernama'],
      ['fil.jpg', 'Ang lumang pantalan.', 'Juan Cruz'],
      ['ca.jpg', 'El moll al matí.', 'ACN'],
      ['is.jpg', 'Höfnin að morgni.', 'Jón Jónsson'],
      ['sw.jpg', 'Bandari ya zamani asubuhi.', 'Maktaba'],
      ['ro.jpg', 'Portul dimineața.', 'Inquam Photos / Ion Pop'],
      // Where and when the photo was taken stay in the caption; the name before 撮影 took it.
      ['ja-place.jpg', '港で待つ島民たち＝港町で2026年5月2日', '山田太郎'],
      ['ko-reporter.jpg', '여객선이 운항을 재개했다.', '김철수 기자'],
      ['ke.jpg', 'Islanders wait for the ferry.', 'JANE ROE | NMG'],
      ['contributed.jpg', 'The lodge was rebuilt last year.', 'Contributed photo'],
      ['es-caps.jpg', 'El muelle el lunes.', 'EUROPA PRESS'],
      ['staff.jpg', 'The team celebrates.', 'Jane Roe | Staff Photographer'],
      ['paren-name.jpg', 'The old pier at dawn.', 'Kai Lund'],
      // Right after a name, a name in brackets is the sitter's employer.
      ['paren-employer.jpg', 'The harbour master, Ada Kern (Harbour Trust)', ''],
      ['dash.jpg', 'The old pier at dawn', 'Kai Lund/Coast News'],
      ['dash-one-word.jpg', 'The kitchen — Before/After', ''],
      // "Images |" ends an agency's name here: the bar is no label's.
      ['agency-images.jpg', 'Die Fähre im Hafen.', 'DPA Images | Jane Roe'],
      // The word for a source, an archive's photo, a drawing, a photograph in further languages.
      ['id-source.jpg', 'Dermaga tua pada pagi hari.', 'Antara'],
      ['vi-source.jpg', 'Bến tàu cũ lúc bình minh.', 'TTXVN'],
      ['sv-source.jpg', 'Den gamla bryggan i gryningen.', 'TT'],
      ['no-source.jpg', 'Den gamle brygga om morgenen.', 'NTB'],
      ['fi-source.jpg', 'Vanha laituri aamulla.', 'Lehtikuva'],
      ['hu-source.jpg', 'A régi móló reggel.', 'MTI'],
      ['uk-source.jpg', 'Старий причал уранці.', 'Укрінформ'],
      ['de-archive.jpg', 'Der alte Steg im Jahr 1990.', 'dpa'],
      ['pl-drawing.jpg', 'Projekt nowego molo.', 'Anna Nowak'],
      ['id-illustration.jpg', 'Dermaga tua.', 'Shutterstock'],
      ['sk-photo.jpg', 'Staré mólo ráno.', 'TASR'],
      ['hr-photo.jpg', 'Stari mol ujutro.', 'Hina'],
      ['lt-photo.jpg', 'Senoji prieplauka ryte.', 'ELTA'],
      ['es-credits.jpg', 'El muelle al amanecer.', 'EFE'],
      // A labelled name and its agency in brackets are one credit.
      ['es-label-agency.jpg', 'El muelle al amanecer.', 'Ana Ruiz (REUTERS)'],
      ['ko-provided.jpg', '여객선이 운항을 재개했다.', '해양수산부'],
      // Before an agency's slash, words in lower case are the caption's; a name's are capitalised.
      ['slash-caption.jpg', 'The mayor of the harbour town', 'AFP'],
      ['slash-name.jpg', 'Die Fähre im Hafen.', 'Anna van der Berg / dpa'],
      ['hu-picture.jpg', 'A régi móló reggel.', 'Getty Images'],
      ['id-photo-source.jpg', 'Dermaga tua pada pagi hari.', 'Antara'],
      ['ko-photo.jpg', '여객선이 운항을 재개했다.', '연합뉴스'],
      ['lt-abbreviated.jpg', 'Senoji prieplauka ryte.', 'ELTA'],
    ]);
  });

  it("draws a lazy photo from its ImageObject's address, and reads its credit without the label boxes", () => {
    expect(pairs('figures-image-object-address.html')).toEqual([
      [
        'mains-articleLarge.jpg?quality=75',
        'Between 400 and 600 water mains break each year, an official said.',
        'Ada Kern for The Coast News',
      ],
    ]);
  });

  it("reads the credit inside a caption box named for the credit, and an image's schema.org creator", () => {
    expect(pairs('figures-credit-inside-credit-classed-caption.html')).toEqual([
      ['940.jpg', "The cabaret's sign at night", 'Kai Lund/Reuters'],
      ['workshop.jpg', 'A student bends a tube in the workshop.', 'Ada Kern'],
    ]);
  });

  it("reads a caption's last line that is a name alone, after a sentence, as the photographer's", () => {
    expect(pairs('figures-caption-name-line.html')).toEqual([
      ['school.jpg', 'Pupils on the first morning back.', 'Kai Lund'],
      // A name first is the sitter's; a line that ends no sentence may run on into the name.
      ['teacher.jpg', 'Ada Kern The teacher came back from the mainland to teach the eleven pupils.', ''],
      ['yard.jpg', 'The school yard in the evening Jane Roe', ''],
      // The name after a break, which ends a sentence or does not.
      ['harbour.jpg', 'The harbour at low tide.', 'Kai Lund'],
      ['cafe.jpg', 'The café by the pier Ada Kern', ''],
      // A credit shown apart is not repeated in brackets at the caption's end; a name in its words stays.
      ['boat.jpg', 'The mail boat', 'Jane Roe'],
      ['portrait.jpg', 'A portrait of Jane Roe', 'Jane Roe'],
    ]);
  });

  it('reads a <small> line of prose under a photo as its caption, a name or agency there as its credit', () => {
    expect(pairs('figures-caption-small-prose.html')).toEqual([
      ['school.jpg', 'The school yard on the first morning back', ''],
      ['teacher.jpg', '', 'Kai Lund/Harbour Press'],
    ]);
  });

  it("joins a photo's credit and source fields with one separator, whichever field sets it", () => {
    expect(pairs('figures-credit-source-field.html')).toEqual([
      ['basin.jpg', 'Boats in the inner basin at low tide.', 'Tom Berg / Harbour Public Radio'],
      ['quay.jpg', 'The quay at dawn.', 'Tom Berg / Harbour Public Radio'],
    ]);
  });

  it("reads an agency or a name with its agency in an element of its own at the caption's end as the credit, not a name alone or a link", () => {
    expect(pairs('figures-credit-own-element-at-end.html')).toEqual([
      ['wall.jpg', 'Waves hit the harbour wall during the storm on Sunday night', 'ANP'],
      ['pier.jpg', 'The old pier after the storm', 'Reuters'],
      ['boats.jpg', 'Boats torn from their moorings lie on the beach', 'Jan de Vries / ANP'],
      ['road.jpg', 'The coast road under water on Monday morning', 'EPA-EFE/JANE ROE'],
      ['crew.jpg', "The ferry's crew on the quay", 'Tom Berg/Harbour Times'],
      ['mayor.jpg', 'The mayor thanked the lifeboat crew Ada Kern', ''],
      ['report.jpg', 'Flooded streets in the old town, as reported by Reuters', ''],
      ['sandbags.jpg', "The volunteers' torches ran on AA batteries", ''],
    ]);
  });

  it("takes the text set around a photo's only credit, inside its box, for the caption, but not a date or a teaser's headline", () => {
    const found = pairs('figures-caption-around-credit.html');
    expect(found.slice(0, 4)).toEqual([
      ['dawn.jpg', 'The ferry leaves at dawn.', 'Jane Roe'],
      ['bikes.jpg', 'Islanders board with their bikes.', 'Lena Korff'],
      ['quay.jpg', 'The quay at night, before the last crossing.', 'Harbour Trust'],
      ['captain.jpg', '', 'Ada Kern'],
    ]);
    // A teaser card's headline beside its author is no caption.
    expect(found[4]?.slice(0, 2)).toEqual(['teaser.jpg', '']);
  });

  it("takes the unnamed line beside a photo's link to its own page, or its <figure>'s caption, for the caption, not a label or a card's headline", () => {
    const { doc, figures } = work('figures-caption-beside-photo-link.html');
    expect(figures.map((f) => [f.src.split('/').pop(), f.caption, f.credit])).toEqual([
      ['wall.jpg', 'Waves break over the harbour wall on Jan. 12.', 'Mark Lee / Harbour Paper'],
      ['quay.jpg', '', ''],
      ['survey-map.jpg', 'Cracks found by the survey along the northern side of the wall.', ''],
      ['teaser-c.jpg', '', ''],
      ['teaser-a.jpg', '', ''],
      ['teaser-b.jpg', '', ''],
    ]);
    // The cards keep their links: the content scorer reads them as teasers.
    expect(doc.querySelectorAll('.tile a[href] img')).toHaveLength(2);
  });

  it('takes a box named caption and attribution for the caption when a box named only for the credit stands beside it', () => {
    expect(pairs('figures-caption-beside-credit-box.html')).toEqual([
      ['ferry.jpg', 'Islanders waiting for the ferry on Monday.', 'Jane Roe/Harbour Press'],
      ['quay.jpg', '', 'Lena Korff/Harbour Press'],
    ]);
  });

  it("reads caption boxes named in further languages, and leaves a caption's own label out", () => {
    expect(pairs('figures-caption-class-words.html')).toEqual([
      ['zh.jpg', '游客在港口参观', ''],
      ['pl.jpg', 'Nowy port w Gdyni', 'Jan Kowalski'],
      ['no.jpg', 'Den nye kaien i kveld.', 'NTB'],
      ['cs.jpg', 'Nové molo večer.', 'ČTK'],
      ['plain.jpg', '', ''],
    ]);
  });

  it('leaves out a separator set before the credit, keeps one inside it', () => {
    expect(pairs('figures-credit-leading-separator.html')).toEqual([
      ['bar.jpg', 'The quay at dawn.', 'Jane Roe / Radio North'],
      ['label.jpg', 'Nets drying on the pier.', 'Max Muster'],
      ['dash.jpg', 'Boats in the harbour.', 'Harbour Office / dpa'],
      ['inner.jpg', 'The old crane.', 'Jane Roe | Radio North'],
    ]);
  });

  it('keeps a caption heading, a term and its description, a quote and its source as separate phrases', () => {
    expect(pairs('figures-caption-heading-and-text.html')).toEqual([
      ['heading.jpg', 'Morning crossing The ferry leaves the inner harbour.', ''],
      ['terms.jpg', 'Place Skerry Point lighthouse', ''],
      ['quote.jpg', 'We stay until the last boat. The keeper, in 1971', ''],
    ]);
  });

  it("leaves a text-and-image block's heading and paragraphs in the text, though its name says image text", () => {
    expect(pairs('figures-text-and-image-block.html')).toEqual([
      ['receipt-icon-500.png', '', ''],
      ['box-icon-500.png', '', ''],
      ['van-photo-800.jpg', 'Our delivery vans in the city now run on electricity.', ''],
    ]);
    const a = article(extractFixture('figures-text-and-image-block.html'));
    expect(a.text).toContain('Digital return papers\n\nDelivery notes and return labels');
    expect(a.text).toContain('seventy percent recycled paper');
  });

  it('keeps the paragraph a media-and-text block sets beside its picture as text, not as the caption', () => {
    expect(pairs('figures-text-beside-media.html')).toEqual([
      ['log-books.jpg', '', ''],
      ['reading-room.jpg', 'The reading room on the first floor.', ''],
    ]);
    const a = article(extractFixture('figures-text-beside-media.html'));
    expect(a.text).toContain('The books are kept in a room upstairs');
  });

  it('splits "Photograph by" and "Illustration by" after the last sentence or in brackets, not inside prose', () => {
    expect(pairs('figures-credit-photograph-by.html')).toEqual([
      ['photograph.jpg', 'Islanders wait for the morning ferry.', 'Kai Lund'],
      ['illustration.jpg', 'The new quay as planned.', 'Mira Okafor'],
      ['bracketed.jpg', 'The harbour at night', 'Ada Kern/Harbour Trust'],
      ['prose.jpg', 'A photograph by Dorothea Lange hangs in the ferry terminal', ''],
    ]);
  });

  it('reads a credit element that sets its name in brackets without them', () => {
    expect(pairs('figures-credit-in-brackets.html')).toEqual([
      ['quay.jpg', 'Buyers on the quay at noon', 'Ada Kern'],
      ['gulls.jpg', 'Gulls over the fish market.', 'Harbour Trust / Kai Lund'],
    ]);
  });

  it('reads a credit that ends the caption with a full stop, and leaves a sentence that only opens like one', () => {
    expect(pairs('figures-credit-final-stop.html')).toEqual([
      ['quay.jpg', 'Buyers on the quay at noon.', 'courtesy of the Harbour Trust'],
      ['gulls.jpg', 'Gulls over the fish market.', 'Ada Kern'],
      ['crane.jpg', 'The crane on the quay.', 'Ada Kern'],
      ['ramp.jpg', 'The ramp at low tide.', 'Kai L.'],
      ['pier.jpg', 'The new pier.', 'zvg.'],
      ['hall.jpg', 'Photographs by Ada Kern hang in the harbour hall.', ''],
    ]);
  });

  it('splits a bracketed name with a chain of outlets from the caption, also in a box named for the credit', () => {
    expect(pairs('figures-credit-box-holding-caption.html')).toEqual([
      ['lead.jpg', 'The harbour master and the mayor during a meeting in 2009.', 'Ann Lee/AFP/Getty Images'],
      ['chain.jpg', 'Workers lift the first beam on Monday.', 'Kai Lund/Bloomberg/Getty Images'],
      ['name-outlet.jpg', 'The ferry leaves at dawn.', 'Mira Okafor/Harbour Weekly'],
      ['positions.jpg', 'The old pier and the new one (before/after/plan)', ''],
    ]);
  });

  it('takes a name before "photo" after the caption\'s last sentence as the credit, but not inside a sentence', () => {
    expect(pairs('figures-credit-name-before-photo.html')).toEqual([
      ['sentence.jpg', 'Workers lift the first beam on Monday.', 'Ann Lee'],
      ['outlet.jpg', 'The ferry leaves at dawn', 'Kai Lund/Harbour News'],
      ['cell.jpg', 'Children play on the beach.', 'Mira Okafor'],
      ['prose.jpg', 'A visitor holds up a Jane Roe photo of the old pier', ''],
      // After an initial's dot the name is the sitter's; "AP Photo" is the agency's wording.
      ['initial.jpg', 'Jane P. Roe Submitted photo', ''],
      ['agency.jpg', 'The mayor at the pier in September.', 'Kai Lund/AP Photo'],
    ]);
  });

  it('reads a credit that names which photo it is for ("Featured image: …") as the credit alone', () => {
    expect(pairs('figures-credit-position-words.html')).toEqual([
      ['featured.jpg', '', 'Ann Lee'],
      ['banner.jpg', '', 'Kai Lund'],
      ['subject.jpg', 'Divers at the pier.', 'Mira Okafor'],
    ]);
  });

  it('reads a credit with a licence in brackets or a box of its own after it, and leaves a licence alone in the caption', () => {
    expect(pairs('figures-credit-licence-after.html')).toEqual([
      ['commons.jpg', 'The pier, seen in 2019.', 'Ann Lee / Wikimedia Commons (CC BY-SA 4.0)'],
      ['outlet.jpg', 'The ferry leaves at dawn.', 'Kai Lund/Harbour Press (CC BY 2.0)'],
      // The licence in a box of its own beside the credit's.
      ['boxed.jpg', 'The quay at low tide.', 'Ann Lee / CC BY-SA 4.0'],
      // A licence box that holds the caption's box and the credit's: the caption stays, the sign goes.
      ['night.jpg', 'The quay at night.', 'Ann Lee'],
      ['no-credit.jpg', 'An old map of the harbour (public domain)', ''],
    ]);
  });

  it('reads "in the picture" before a label as the caption\'s opening, not a credit, and takes a line so opened as the caption', () => {
    expect(pairs('figures-caption-in-the-picture.html')).toEqual([
      ['im-bild.jpg', 'Im Bild: Der Hafenmeister am alten Pier.', 'Ann Lee'],
      ['na-foto.jpg', 'На фото: капитан порта', ''],
      ['sur-la-photo.jpg', 'Sur la photo : le capitaine du port', 'AFP'],
      ['pictured.jpg', 'Pictured: The harbour master, Tom Berg, on the old pier.', ''],
      // A place before a colon is no picture word: the line is the story's.
      ['line-after.jpg', '', ''],
    ]);
  });

  it('splits a credit set before the caption at a stop, a bar or a dash, but not a name or agency after it', () => {
    expect(pairs('figures-credit-first.html')).toEqual([
      ['stop.jpg', 'Der Hafenmeister am alten Pier.', 'Ann Lee'],
      ['bar.jpg', 'The harbour master on the old pier', 'Kai Lund'],
      ['two.jpg', 'Der Hafenmeister am Pier.', 'Ann Lee / dpa'],
      ['outlet.jpg', '', 'Kai Lund | Harbour News'],
      ['agency.jpg', '', 'Ann Lee / picture alliance / dpa'],
      // A sentence after the label is no credit to split off.
      [
        'notice.jpg',
        '',
        'No machine-readable author provided. Kai Lund assumed (based on copyright claims).',
      ],
    ]);
  });

  it('takes a bracketed "Name for Outlet" as the credit, not a body or an office named with "for"', () => {
    expect(pairs('figures-credit-for-outlet.html')).toEqual([
      ['for.jpg', 'Islanders wait for the morning ferry on Tuesday.', 'Kai Lund for The Coast News'],
      ['for-initial.jpg', 'The new ramp is lowered for the first time', 'Mira J. Okafor for Harbour Weekly'],
      ['body.jpg', 'Parents march to the town hall (National Alliance for Public Schools)', ''],
      ['office.jpg', 'The harbour plan is presented (Prime Minister for Wales)', ''],
      ['one-word.jpg', 'Protesters outside the port office (Campaign for Nuclear Disarmament)', ''],
    ]);
  });

  it('takes the caption an image names with aria-describedby, with the credit in the same small box, but not a screen-reader description', () => {
    expect(pairs('figures-caption-described-by.html')).toEqual([
      ['box.jpg', 'The ferry leaves the inner harbour on Tuesday.', 'Kai Lund/Reuters'],
      ['inline.jpg', 'Crew members repaint the ramp.', ''],
      ['missing.jpg', '', ''],
      ['chart.png', '', ''],
    ]);
    // The caption moved into its figure; the paragraph beside it stayed where it was.
    const { doc } = work('figures-caption-described-by.html');
    expect(doc.getElementById('note-7')).toBeNull();
    expect(doc.querySelector('.text > p')?.textContent).toMatch(/^Under the new plan/);
    // The attribute survives the work copy: the whole extraction pairs the same way.
    const page = new JSDOM(readFileSync(path.join(FIXTURES, 'figures-caption-described-by.html'), 'utf8'), {
      url: BASE,
    }).window.document;
    const result = extractArticle(page, { url: BASE });
    expect(result.isArticle && result.figures.map((f) => f.caption)).toEqual([
      'The ferry leaves the inner harbour on Tuesday.',
      'Crew members repaint the ramp.',
      '',
      '',
    ]);
  });
});
