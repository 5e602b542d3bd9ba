import { describe, expect, it } from 'vitest';
import { negativeName } from '../../src/core/content/class-signals';
import { extractArticle } from '../../src/core/extract-article';
import { article, extractFixture, extractHtml, FIXTURE_URL, loadFixture, storyPage } from './core-helpers';

const STORY = [
  'The orchard cooperative finished its autumn harvest',
  'Growers said the early finish gave them time',
  'The manager, who has worked in the packing shed',
  'Next spring the members plan to plant',
];

describe('single clutter lines around the story', () => {
  it('drops ad labels set with a colon, between dashes or in capitals, and keeps a sentence that opens with the word', () => {
    const r = extractFixture('clutter-ad-labels.html');
    const a = article(r);
    const lines = a.text.split('\n').map((l) => l.trim());
    for (const label of ['Werbung:', '— Anzeige —', 'ADVERTISEMENT']) expect(lines).not.toContain(label);
    expect(a.text).toContain('Werbung: Die Reederei will im Frühjahr');
    expect(a.text).toContain('Hunde fahren weiterhin kostenlos mit.');
    expect(a.removed.filter((b) => b.reason === 'ad label')).toHaveLength(3);
  });

  it('drops an ad spelt with look-alike Cyrillic letters, and keeps a sentence quoting Russian words', () => {
    const a = article(extractFixture('clutter-homoglyph-ad.html'));
    expect(a.text).not.toContain('mаrkеtіng');
    expect(a.removed.map((b) => b.reason)).toContain('text disguised with look-alike letters');
    expect(a.text).toContain('Officials in the capital put up signs reading “Берегите себя”');
    expect(a.text).toMatch(/measures that have worked best so far\.$/);
  });

  it("drops the ad slot's label in further languages, and keeps a French notice's word", () => {
    const sentence =
      'The harbour council met on Tuesday evening and agreed to rebuild the old pier before the summer visitors arrive.';
    for (const label of [
      'Iklan',
      'Reklam',
      'Annons',
      'Mainos',
      'Hirdetés',
      'Publicitate',
      'Διαφήμιση',
      'Quảng cáo',
      'إعلان',
      'פרסומת',
    ]) {
      const a = article(extractHtml(storyPage(sentence, `<div class="slot"><span>${label}</span></div>`)));
      expect(a.removed).toContainEqual({ kind: 'ad', text: label, reason: 'ad label' });
    }
    const notice = article(extractHtml(storyPage(sentence, '<p>Annonce</p>', 'fr')));
    expect(notice.text).toContain('Annonce');
    // The line that says the story goes on after the ad.
    for (const line of [
      'CONTINUA DEPOIS DA PUBLICIDADE',
      'Continúa después de la publicidad',
      'La suite après la publicité',
      'Der Artikel wird unter der Anzeige fortgesetzt',
      'Story continues below advertisement',
      'Dalsza część artykułu pod materiałem wideo',
      'Článek pokračuje pod reklamou',
      'Het artikel gaat verder onder de advertentie',
      'Artikeln fortsätter under annonsen',
      'Saken fortsetter under annonsen',
      'Artiklen fortsætter under annoncen',
      'Lesen Sie nach der Anzeige weiter',
      'Scroll to continue with content',
    ]) {
      const a = article(extractHtml(storyPage(sentence, `<p>${line}</p>`)));
      expect(a.removed).toContainEqual({ kind: 'ad', text: line, reason: 'ad label' });
    }
  });

  it('drops bracketed and Asian ad labels, and keeps a sentence with "PR" in it', () => {
    const a = article(extractFixture('clutter-ad-labels-asian.html'));
    for (const label of ['[PR]', '［PR］', 'スポンサーリンク', '광고']) expect(a.text).not.toContain(label);
    expect(a.text).toContain('観光のPR活動を強化し');
    expect(a.text).toMatch(/期待の声が上がっている。$/);
  });

  it('drops a banner set as a figure, labelled an ad in its caption or, linked away, in its alt; keeps the photos', () => {
    const a = article(extractFixture('clutter-ad-banner-figure.html'));
    expect(a.figures.map((f) => f.src.split('/').pop())).toEqual([
      'billboards-high-street.jpg',
      'terminal-quay.jpg',
    ]);
    expect(a.html).not.toContain('Reklama');
    expect(a.removed).toContainEqual({ kind: 'ad', text: 'Reklama', reason: 'ad label' });
  });

  it('drops a teaser whose headline is a link', () => {
    const a = article(extractFixture('core-linked-headline-teaser.html'));
    for (const s of STORY) expect(a.text).toContain(s);
    expect(a.text).not.toContain('Cider fair returns');
    expect(a.text).not.toContain('Forty stalls');
  });

  it('drops gallery control labels, stray credits, bare URLs and contact lines', () => {
    const a = article(extractFixture('core-gallery-control-labels.html'));
    for (const s of STORY) expect(a.text).toContain(s);
    for (const s of [
      'https://news.example',
      'Photo: Ada Kern',
      'Caption',
      'Close',
      '1 / 8',
      'ada.kern@',
      'twitter.com',
    ])
      expect(a.text).not.toContain(s);
  });

  it('keeps accounts on one network that the story lists, drops a "follow us" row of several networks', () => {
    const r = extractFixture('clutter-accounts-on-one-network.html');
    const a = article(r);
    for (const s of ['@anna.north', '@boris_sea', '@vera.market', 'Lighthouses from above'])
      expect(a.text).toContain(s);
    expect(a.text).toContain('preparing a small exhibition');
    expect(a.text).not.toMatch(/Facebook|Twitter/);
    expect(a.removed.some((b) => b.reason === 'social profile links' && b.text.includes('Facebook'))).toBe(
      true,
    );
  });

  it("drops a blocked embed's consent stand-in made into a figure, keeps the photos", () => {
    const a = article(extractFixture('clutter-embed-consent-placeholder.html'));
    expect(a.figures.map((f) => f.src)).toEqual(['https://news.example/photos/bad-im-tal.jpg']);
    expect(a.figures[0]?.credit).toBe('Anna Berg');
    expect(a.html).not.toMatch(/Datenschutzerklärung|network-logo|Beitrag laden/);
    expect(a.text).toContain('Die Therme am See hat ein Außenbecken');
    expect(a.removed.some((b) => b.kind === 'cookie' && b.reason === 'consent placeholder')).toBe(true);
  });

  it("drops the writers' names repeated as a line after the standfirst, keeps a signature further down", () => {
    const a = article(extractFixture('core-author-echo.html'));
    expect(a.authors).toEqual(['Ada Kern', 'Tom Berg']);
    expect(a.text).not.toContain('Harbour Desk');
    expect(a.text).toMatch(/^The night ferry to the islands/);
    expect(a.text).toContain('\n\nAda Kern\n\nThe survey closes');
    expect(a.removed).toContainEqual({
      kind: 'byline',
      text: 'Ada Kern and Tom Berg, Harbour Desk',
      reason: 'authors repeated',
    });
  });

  it('drops tag lines under the story, keeps a paragraph that opens with the same label', () => {
    const a = article(extractFixture('clutter-tag-line.html'));
    expect(a.text).toContain('Themen: Wir sprechen in dieser Folge');
    expect(a.text).not.toMatch(/Astronomie|Tags:|Erstellt am|RSS/);
    // A sentence that files something away without links is the story's.
    expect(a.text).toMatch(/an den Abenden einsehen kann\.$/);
    // A blog theme's English filing line, in sentences.
    const doc = loadFixture('clutter-tag-line.html');
    doc.querySelector('.postmetadata')!.innerHTML =
      'This entry was posted in <a href="/c/news" rel="category tag">News</a>. Bookmark the <a href="/p/1">permalink</a>. Both comments and trackbacks are currently closed.';
    expect(article(extractArticle(doc, { url: FIXTURE_URL })).text).not.toMatch(/permalink|posted in/);
  });

  it('drops reporting credits and copyright boilerplate', () => {
    const a = article(extractFixture('core-credits-and-boilerplate.html'));
    for (const s of STORY) expect(a.text).toContain(s);
    expect(a.text).not.toContain('contributed to this report');
    expect(a.text).not.toContain('Reporting by');
    expect(a.text).not.toContain('With inputs from');
    expect(a.text).not.toContain('subject to copyright');
  });

  it("keeps a Chinese commentary's line that names its commentators, and drops short comment headings", () => {
    const a = article(extractFixture('clutter-commentator-credit-cjk.html'));
    expect(a.text).toMatch(/（评论员 王海 李明）$/);
    expect(a.removed.filter((b) => b.reason === 'comment section').map((b) => b.text)).toEqual([
      '网友评论（2）',
      'みんなのコメント',
    ]);
  });

  it('keeps prose that says the reader can sign up to be notified, and drops a box that asks them to sign up', () => {
    const a = article(extractFixture('clutter-sign-up-in-prose.html'));
    expect(a.text).toContain('you can sign up to be notified when they become available');
    expect(a.text).toContain('You can still sign up for notifications');
    expect(a.text).not.toContain('Deals alert');
  });

  it("drops a Chinese paper's editor line, not a sentence about an editor", () => {
    const a = article(extractFixture('clutter-editor-credit-cjk.html'));
    expect(a.text).toMatch(/读者来信大多支持这项工程。$/);
    expect(a.text).not.toContain('肖春芳');
    expect(a.text).not.toContain('焦鹏');
  });

  it('drops lines that end in the rights reserved or reproduction forbidden, in several languages', () => {
    const a = article(extractFixture('clutter-rights-reserved-lines.html'));
    expect(a.text).toContain('ricostruire il vecchio molo');
    // A story sentence that names reserved rights is the story's.
    expect(a.text).toContain("tutti i diritti riservati all'antica compagnia");
    for (const line of [
      'RIPRODUZIONE',
      '무단전재',
      '無断転載',
      '不得转载',
      'Rechte vorbehalten',
      'derechos reservados',
    ])
      expect(a.text).not.toContain(line);
    expect(a.text).toMatch(/appartiene oggi alla città\.$/);
  });

  it("drops an agency's or a syndicating paper's feed notice, not a sentence about a subscribers' feed", () => {
    const a = article(extractFixture('clutter-syndication-notices.html'));
    expect(a.text).toContain('the feed it sends to subscribers of its travel alerts');
    expect(a.text).toContain("appeared in the local paper's print edition on Monday");
    for (const line of [
      'abonelere sunulan',
      'summarized form',
      'syndicated feed',
      'wire agency feed',
      'in print on',
      "print edition as 'Ferry",
    ])
      expect(a.text).not.toContain(line);
    expect(a.text).toMatch(/summer timetable would start as planned\.$/);
  });

  it('drops short lines that open with the copyright sign, not story text that names copyright', () => {
    const a = article(extractFixture('clutter-copyright-lines.html'));
    expect(a.text).toContain('Copyright-Fragen um das alte Logo');
    expect(a.text).toContain('ein kleines © vor dem Namen der Reederei');
    // A list's third clause is no copyright line.
    expect(a.text).toContain('(c) Hunde zahlen den Kindertarif.');
    for (const line of ['dpa-infocom', 'Thomson Reuters', 'Cover Media', 'Küstenblatt', 'Nachdruck'])
      expect(a.text).not.toContain(line);
    expect(a.text).toMatch(/bis zum Sommer unverändert\.$/);
  });

  it('drops an appeal that opens with its call to action, however long', () => {
    const a = article(extractFixture('core-appeal-opening-cta.html'));
    for (const s of STORY) expect(a.text).toContain(s);
    expect(a.text).not.toContain('proposition for you');
  });

  it('drops a share prompt and a print-subscription offer', () => {
    expect(article(extractFixture('core-share-bar.html')).text).not.toContain('Share it with a friend');
    expect(article(extractFixture('core-newsletter-box.html')).text).not.toContain('12 issues for');
  });

  it("drops German list headings, rating and print labels, a poll's yes/no buttons and an empty comment section", () => {
    const a = article(extractFixture('clutter-german-list-headings.html'));
    expect(a.text).toContain('Die Genossenschaft hat in diesem Herbst');
    expect(a.text).toContain('ein kleiner Laden am Fuß des Hangs');
    for (const s of [
      'War der Artikel nützlich?',
      'Artikel drucken',
      'Ähnliche Beiträge',
      'Mostfest',
      'Zum Weiterlesen',
      'Kommentare',
    ])
      expect(a.text).not.toContain(s);
    // The poll's answer buttons under its question.
    expect(a.text).not.toMatch(/Ja\s*Nein/);
  });

  it("keeps blocks in a page builder's wrappers and in a field whose label is hidden", () => {
    const a = article(extractFixture('core-content-builder-names.html'));
    expect(a.text).toContain('The towpath from the lock to the aqueduct is flat');
    expect(a.text).toContain("We set off from the lock keeper's cottage");
    expect(a.text).toContain('Good shoes: the towpath is muddy after rain.');
    expect(a.text).not.toContain('Imprint');
  });

  it("keeps a page builder's text and heading blocks, which the builder names a kind of widget", () => {
    const a = article(extractFixture('core-content-builder-widget-types.html'));
    expect(a.text).toMatch(/^Summer is here/);
    for (const line of [
      'Silver flash',
      'Charm: Lightning, sterling silver',
      'Quietly gold',
      'Cuff: Leaf, rose gold',
    ])
      expect(a.text).toContain(line);
    expect(a.text).not.toMatch(/Tweet|Newsletter/);
    // The block's type decides, and a bare "widget" beside its kind is still a widget.
    const doc = loadFixture('core-content-builder-widget-types.html');
    const box = (cls: string) => Object.assign(doc.createElement('div'), { className: cls });
    expect(negativeName(box('kit-widget kit-widget-text-editor'))).toBe('');
    expect(negativeName(box('kit-widget kit-widget-share-buttons'))).not.toBe('');
    expect(negativeName(box('widget widget_text'))).toBe('widget');
    // A BEM modifier is no type: the date line of the meta box is still the meta box's.
    expect(negativeName(box('meta__date meta__date--header'))).toBe('meta__date');
  });

  it('drops the author box under the story and its heading', () => {
    const a = article(extractFixture('clutter-author-box.html'));
    expect(a.text).toContain('From the first week of April the morning ferry');
    expect(a.text).toContain('Fares stay as they are for this season');
    expect(a.text).not.toContain('Ada Kern has covered the harbour');
    expect(a.text).not.toContain('About the author');
  });

  it('drops an author box whatever the length of the bio, while the story holds most of the text', () => {
    const doc = loadFixture('clutter-author-box.html');
    const bio = doc.querySelector('.author-box p')!;
    bio.textContent +=
      ' She grew up on the smallest of the islands, crossed to school on the first ferry of the day for twelve years, ' +
      'and still keeps a rowing boat in the old harbour. Her series on the last wooden ferries won a regional prize, ' +
      'her book on the history of the crossing sold out twice, and she teaches a course on local reporting every winter. ' +
      'She lives with her family, two cats and far too many tide tables in a house above the quay, ' +
      'and on summer evenings she can be found on the breakwater with a notebook, asking the skippers ' +
      'what they think of the timetable, the fares and the new boats, and writing down every word ' +
      'for the column she has written every Saturday since her first year at the paper.';
    const story = doc.querySelector('.story-body')!;
    for (const text of [
      'The operator will add a second boat on the busiest mornings in July and August, when the islands fill with visitors and the queue for the car deck often reaches the harbour gate.',
      'Island councillors welcomed the changes but asked for a later last boat on Saturdays as well, so that young people can come back from concerts and matches on the mainland.',
      'The harbour master said the new times had been agreed with the railway, whose own timetable changes on the same day, and that the two would be checked again in the autumn.',
      'Tickets for the new sailings go on sale next month at the harbour office and on the operator’s website, where the full timetable will be published two weeks before it starts.',
    ]) {
      const p = doc.createElement('p');
      p.textContent = text;
      story.insertBefore(p, doc.querySelector('.author-box'));
    }
    expect(bio.textContent!.length).toBeGreaterThan(800);
    const a = article(extractArticle(doc, { url: FIXTURE_URL }));
    expect(a.text).toContain('Tickets for the new sailings go on sale next month');
    expect(a.text).not.toContain('Ada Kern has covered the harbour');
  });

  it('drops publication stamps left in the body, not sentences that open with the same word', () => {
    const a = article(extractFixture('clutter-datelines.html'));
    expect(a.text).toContain('Die alte Steinbrücke über den Fluss wird ab dem Sommer saniert');
    expect(a.text).toContain('Die Arbeiten sollen bis zum Herbst');
    expect(a.text).toContain('Die Pläne wurden veröffentlicht und liegen im Rathaus aus');
    expect(a.text).not.toContain('Aktualisiert');
    expect(a.text).not.toContain('Erstellt am');
    expect(a.text).not.toContain('First Published');
  });

  it('drops the notice where the story breaks off for subscribers, in several languages, not prose about subscribers', () => {
    const a = article(extractFixture('clutter-subscriber-only-notice.html'));
    expect(a.text).toContain('sent to subscribers only on Friday evening');
    expect(a.text).toMatch(/rather than from the company itself\.$/);
    expect(a.removed.filter((b) => b.reason === 'subscriber-only notice')).toHaveLength(2);

    const page = (lang: string, notices: string) =>
      article(
        extractHtml(
          storyPage(
            'tells how the island ferry will sail twice a day instead of four times from November, which leaves commuters a choice between a dawn crossing and one after dark.',
            notices,
            lang,
          ),
        ),
      );
    const fr = page(
      'fr',
      '<p><strong>Il vous reste 57.09% de cet article à lire. La suite est réservée aux abonnés.</strong></p>',
    );
    expect(fr.text).not.toContain('Il vous reste');
    const box =
      '<div class="box"><p>この記事は会員限定です。会員登録すると続きをお読みいただけます。</p><a href="/regist">会員登録する</a> <a href="/login">ログインして続きを読む</a></div>';
    const ja = page('ja', box + box);
    expect(ja.text).not.toMatch(/会員|ログイン/);
    expect(ja.text).toMatch(/^Paragraph 1/);
  });

  it("drops the author's box by its heading or its name in further languages, not a heading of the story", () => {
    const a = article(extractFixture('clutter-author-box-languages.html'));
    expect(a.text).toContain('Sobre el autor del proyecto');
    expect(a.text).toMatch(/jornada de puertas abiertas para los vecinos\.$/);
    expect(a.text).not.toMatch(/Juan Pérez|Иван|张三|Ana Ruiz|Eva Muster|Tom Berg/);
    expect(a.text).toMatch(/^El consejo del puerto/);
  });

  it('drops the tag line under the story in further languages, not a sentence that opens with the word', () => {
    const a = article(extractFixture('clutter-tag-line-languages.html'));
    expect(a.text).toContain('kwamen in elk verslag van de vergadering terug');
    expect(a.text).toMatch(/een open dag voor de bewoners belooft\.$/);
    expect(a.removed.filter((b) => b.reason === 'tag line')).toHaveLength(7);
  });

  it("drops newsletter boxes, support appeals and the outlet's app promotion in further languages, not the story's sentences about them", () => {
    const a = article(extractFixture('clutter-newsletter-languages.html'));
    expect(a.text).toContain('ett nyhetsbrev till alla pendlare');
    expect(a.text).toContain('Laden Sie die App der Fähre herunter');
    expect(a.text).toMatch(/en öppen dag för invånarna\.$/);
    expect(a.text).not.toMatch(/Prenumerera|Tilmeld|hírlevel|뉴스레터|Soutenez|Téléchargez/);
  });

  it('drops the subscriber-only notice in further languages, not a sentence about subscribers', () => {
    const a = article(extractFixture('clutter-subscriber-notice-languages.html'));
    expect(a.text).toContain('Le parking du port sera réservé aux abonnés du ferry');
    expect(a.text).toMatch(/journée portes ouvertes pour les habitants\.$/);
    expect(a.removed.filter((b) => b.reason === 'subscriber-only notice')).toHaveLength(10);
  });

  it('drops "read also" lines in many languages, the label and its linked teaser', () => {
    const a = article(extractFixture('clutter-read-also-lines.html'));
    expect(a.text).toMatch(/^Färjan till öarna/);
    expect(a.text).toMatch(/tas upp för första gången på flera år\.$/);
    expect(a.text).not.toMatch(/Läs|Vinterturerna|Varvet får/);

    const labels = [
      'İlgili Haber',
      'Læs også',
      'Les også',
      'Lue myös',
      'Čtěte také',
      'Czytaj także',
      'Citește și',
      'Διαβάστε επίσης',
      'Baca juga',
      'Xem thêm',
      'Читайте також',
      '関連記事',
      '관련기사',
      '相关阅读',
      'اقرأ أيضا',
      'קראו עוד',
      'بیشتر بخوانید',
      'Bunlar da ilginizi çekebilir',
      'อ่านเพิ่มเติม',
      'อ่านข่าวที่เกี่ยวข้อง',
      'यह भी पढ़ें',
      'یہ بھی پڑھیں',
      'আরও পড়ুন',
      'Ezt is ajánljuk',
      'Sjá einnig',
      'Basahin din',
      'Soma pia',
      'Llegiu també',
      'Đọc thêm',
      '延伸閱讀',
    ];
    for (const label of labels) {
      const r = article(
        extractHtml(
          storyPage(
            'tells how the island ferry is back in service after a week in the yard, where its propeller shaft was replaced and its hull painted for the winter.',
            `<p><strong>${label}:</strong> <a href="/other">Winter sailings halved from November</a></p>`,
          ),
        ),
      );
      expect(r.text, label).not.toContain('Winter sailings');
      expect(r.text, label).toContain('Paragraph 4');
    }
  });

  it('drops "see also" teaser lines in further languages, not a sentence that opens with the words', () => {
    const a = article(extractFixture('clutter-teaser-lines-languages.html'));
    for (const s of [
      'Nowy rozkład promów',
      'Jadwal feri baru',
      'Novi red plovidbe',
      'جدول العبارات',
      'Yeni feribot tarifesi',
      'Nový jízdní řád',
      'Nový cestovný poriadok',
      'ফেরির নতুন সময়সূচি',
      '渡轮冬季新时刻表',
      '여객선 겨울 운항표',
      'Naujas keltų tvarkaraštis',
      'Ferryen ordutegi berria',
      'Új kompmenetrend',
      'Feri malam kembali',
    ])
      expect(a.text).not.toContain(s);
    expect(a.text).toContain('Zobacz też, jak wyglądał ostatni rejs');
    expect(a.text).toContain('اقرأ أيضا تقرير الميناء');
    expect(a.text).toContain('dzieci do lat pięciu');
  });

  it("drops a poll's question and tally with its form, not a sentence of the story beside a form", () => {
    const a = article(extractFixture('clutter-form-box.html'));
    expect(a.text).not.toMatch(/Should the council pay|1,234 votes/);
    expect(a.text).toContain("with the council's calculator, which asks for the number of houses");
    expect(a.removed.filter((b) => b.reason === 'form box')).toHaveLength(1);
  });

  it('drops a "continue reading" button left as a line of its own, not a sentence that starts the same', () => {
    const a = article(extractFixture('clutter-continue-reading-label.html'));
    expect(a.text).not.toMatch(/Continue reading|Lire la suite|Czytaj dalej/);
    expect(a.text).toContain("Read more about the new timetable in the operator's notice");
    expect(a.text).toMatch(/^The harbour master said.*a lost summer\.$/s);
  });

  it("drops the newsroom's tip line under the story, not a police appeal or an interview's question", () => {
    const a = article(extractFixture('clutter-tip-line.html'));
    expect(a.text).not.toMatch(
      /story about the harbour|Hinweise zu diesem Thema|Vous avez une information|Tienes información|news tip/,
    );
    expect(a.text).toContain(
      'Do you have information about the fire? Police ask witnesses to call the station on 101.',
    );
    expect(a.text).toContain('Do you have any photos of the old yard?');
    expect(a.text).toMatch(/the cause of the fire was not yet known\.$/);
  });

  it("drops a read-aloud player's prompt, clock and speed above the text, not a sentence that starts the same", () => {
    const a = article(extractFixture('clutter-audio-player-prompt.html'));
    expect(a.text).toMatch(/^The night ferry to the islands/);
    expect(a.text).not.toContain('05:31');
    expect(a.text).not.toContain('Artikel anhören');
    expect(a.text).not.toMatch(/Vorlesen|04:31|Lyssna/);
    // Its length set apart by a dot.
    expect(a.text).not.toContain('6 min');
    expect(a.text).toContain("Listen to this article's first reader");
    expect(a.removed.map((r) => r.reason)).toContain('control label');
  });

  it("keeps a quotation's own footer, the name of who said it, and drops the article's footer", () => {
    const a = article(extractFixture('clutter-quote-attribution.html'));
    expect(a.text).toContain('— Mayor Tom Berg');
    expect(a.text).toContain('Board chair Ada Kern, in the council minutes');
    expect(a.html).toMatch(/<blockquote>.*Mayor Tom Berg.*<\/blockquote>/);
    expect(a.text).not.toContain('Tags: pier');
    expect(a.text).not.toContain('© Harbour News');
  });

  it('drops a link back to the list the page belongs to, marked by its arrow, not a part so headed', () => {
    const a = article(extractFixture('clutter-labels-and-notices.html'));
    expect(a.text).toMatch(/^The harbour committee met on Tuesday evening/);
    expect(a.text).not.toContain('Back to all harbour news');
    expect(a.text).toContain('Back to the weekend market');
  });

  it('drops the copyright notice and photo credit that end a block of <br>-separated lines', () => {
    const a = article(extractFixture('clutter-trailing-br-lines.html'));
    expect(a.text).toContain('무단전재 논란이 있었던 전작과 달리');
    expect(a.text).toMatch(/칼럼니스트 박생강 columnist@example\.com$/);
    expect(a.text).not.toContain('저작권자');
    expect(a.text).not.toContain('사진=');
    expect(a.removed.map((r) => r.reason)).toEqual(
      expect.arrayContaining(['credits or legal boilerplate', 'credit without image']),
    );
  });

  it("drops the lead photo's credit line that ends a Russian news page's text, not a line of the story about photographs", () => {
    const a = article(extractFixture('clutter-closing-photo-credit-line.html'));
    expect(a.text).not.toContain('пресс-служба администрации');
    expect(a.text).toContain('Фотографии нового здания жители могут посмотреть');
    expect(a.text).toMatch(/по телефону регистратуры\.$/);
    expect(a.removed.map((r) => r.reason)).toContain('credit without image');
  });

  it('drops headings set for screen readers only, not the visible subheadings', () => {
    const a = article(extractFixture('clutter-screen-reader-heading.html'));
    expect(a.text).toMatch(/^Nach klarer Nacht ist es tagsüber sonnig/);
    expect(a.text).toContain('Reif auf der Schneeoberfläche');
    expect(a.text).not.toContain('Hauptinhalt');
    expect(a.text).not.toContain('Beitragsnavigation');
    expect(a.text).toMatch(/nur im Westen stieg sie örtlich an\.$/);
  });

  it("drops a recipe's step counters and image toggles, not a sentence that counts", () => {
    const a = article(extractFixture('clutter-recipe-step-controls.html'));
    expect(a.text).toContain('Färbe 2 von 3 Teigportionen mit Kakao dunkel ein.');
    expect(a.text).toMatch(/backe den Kuchen etwa 35 Minuten\.$/);
    for (const s of ['1 von 3', '3 von 3', 'Bild anzeigen', 'Bild schließen'])
      expect(a.text).not.toContain(s);
  });

  it("drops a gallery's close glyph, print-sales link and ad countdown, and a player's start prompt", () => {
    const a = article(extractFixture('clutter-gallery-leftovers.html'));
    expect(a.text).toMatch(/^The town museum reopened on Saturday/);
    expect(a.text).toContain('can buy this photo set from the museum shop');
    for (const s of ['×', 'Buy Photo', 'Wait 1 second', 'Skip Ad', 'Your video will play'])
      expect(a.text).not.toContain(s);
    expect(a.figures).toHaveLength(1);
  });

  it("drops a video player's control bar (clock, buffer, seek bar), not a paragraph that holds a slider", () => {
    const a = article(extractFixture('clutter-player-control-bar.html'));
    expect(a.text).toMatch(/^Inspectors found bedbugs/);
    expect(a.text).toContain('Move the slider to the number of rooms and');
    expect(a.text).toMatch(/as soon as they can\.$/);
    for (const s of [
      'Play Video',
      'Current Time',
      'Duration Time',
      'Loaded: 0%',
      'Progress: 0%',
      'Remaining Time',
    ])
      expect(a.text).not.toContain(s);
    expect(a.removed.map((r) => r.reason)).toContain('player controls');
  });

  it('keeps the heading of a box that holds a player: only the control bar inside it goes', () => {
    const doc = loadFixture('clutter-player-control-bar.html');
    const heading = doc.createElement('h2');
    heading.textContent = 'Watch the inspectors at work in the hotels';
    doc.querySelector('.video-player')!.prepend(heading);
    const a = article(extractArticle(doc, { url: FIXTURE_URL }));
    expect(a.text).toContain('Watch the inspectors at work in the hotels');
    for (const s of ['Current Time', 'Loaded: 0%']) expect(a.text).not.toContain(s);
  });

  it("drops a video player's control words left as lines, not a sentence that uses them", () => {
    const a = article(extractFixture('clutter-player-control-words.html'));
    expect(a.text).toMatch(/^A team of volunteer divers/);
    expect(a.text).toContain('visitors click to play a short film');
    for (const s of [
      'Video Loading',
      'Video Unavailable',
      'Click to play',
      'Tap to play',
      'auto-play soon',
      'Full Screen',
      'Autoplay',
    ])
      expect(a.text).not.toContain(s);
  });
});
