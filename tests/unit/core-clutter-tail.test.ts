// Boilerplate around the story that readers do not come for: stamps left in meta boxes, photo
// credits standing alone, contact blocks, empty section headings at the end, appeals.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract-article';
import { article, extractFixture, extractHtml, FIXTURE_URL, loadFixture, storyPage } from './core-helpers';

describe('boilerplate around the story', () => {
  it('drops a stamp in a <time> and a meta box holding two stamps', () => {
    const a = article(extractFixture('clutter-stamps-in-meta.html'));
    expect(a.text).toContain('Il vecchio ponte di pietra sul fiume');
    expect(a.text).toContain('I lavori dovrebbero durare');
    expect(a.text).toContain('Il progetto è esposto in municipio');
    expect(a.text).not.toContain('Ultima modifica');
    expect(a.text).not.toContain('Aggiornato');
    expect(a.text).not.toContain('12:35');
  });
});

describe('credits and licence notes at the end of the story', () => {
  it("drops the cover photo's credit line and the licence note, in German and French wording", () => {
    const a = article(extractFixture('clutter-cover-credit-and-licence.html'));
    expect(a.text).toContain('Der Bahnhof der Stadt bekommt im kommenden Jahr');
    expect(a.text).toContain('Während der Arbeiten fahren die Züge');
    expect(a.text).not.toContain('Titelbild');
    expect(a.text).not.toContain('Lizenz');
    expect(a.text).not.toContain('Crédits photos');
    expect(a.text).not.toContain('Foto(s)');
    expect(a.text).not.toContain('Suggested citation');
  });
});

describe('a reader-support box under the story', () => {
  it('drops the box that asks for support in several ways, and keeps a paragraph of the story with one such phrase', () => {
    const a = article(extractFixture('clutter-appeal-box.html'));
    expect(a.text).toContain('Los pescadores de la bahía pidieron');
    expect(a.text).toContain('dicen que te necesitamos a todos para vigilar');
    expect(a.text).not.toContain('apóyanos');
    expect(a.text).not.toContain('Cancela cuando quieras');
    expect(a.text).not.toContain('Te necesitamos para seguir.');
    expect(a.text).not.toContain('cómo se financia');
  });
});

describe("the server's error messages", () => {
  it('drops the PHP warnings printed into the post and into a list, and keeps bold words in the text', () => {
    const a = article(extractFixture('clutter-server-error-messages.html'));
    expect(a.text).toContain('Am zweiten Tag bleibt Zeit für das Picasso-Museum');
    expect(a.text).toContain('Warning heißt dort nur das Schild vor den Wellen.');
    expect(a.text).not.toContain('on line');
    expect(a.text).not.toContain('Creating default object');
    expect(a.text).not.toContain('preg_replace');
    expect(a.text).not.toContain('Undefined index');
    expect(a.text).toContain('Der Bus zum Flughafen fährt bis Mitternacht');
    expect(a.removed).toContainEqual(
      expect.objectContaining({ kind: 'other', reason: 'server error message' }),
    );
    expect(a.removed.filter((b) => b.reason === 'server error message')).toHaveLength(1);
  });
});

describe('headings left with nothing under them', () => {
  it('drops headings at the end whose list or embed was taken out, and keeps a heading over text', () => {
    const a = article(extractFixture('clutter-heading-with-nothing-under.html'));
    expect(a.text).toContain('Der zweite Abschnitt');
    expect(a.text).toContain('Am anderen Ufer geht es auf ruhigen Straßen');
    expect(a.text).not.toContain('Die Karte zum Abspeichern');
    expect(a.text).not.toContain('Keine Lust alleine');
    expect(a.text).not.toContain('Infos zum Reiseziel');
  });
});

describe('contact blocks', () => {
  it('drops a contact label with the names, phones and addresses under it', () => {
    const a = article(extractFixture('clutter-contact-block.html'));
    expect(a.text).toContain('Auf dem Dach des Instituts misst seit dieser Woche');
    expect(a.text).toContain('Mit den neuen Daten wollen die Arbeitsgruppen');
    for (const s of [
      'Kontakt',
      'Ada Kern',
      'Telefon',
      'ben.roth@',
      'Pressekontakt',
      'Clara Weiss',
      'Tel. 040',
    ])
      expect(a.text).not.toContain(s);
  });

  it('drops the prompt over a contact form with its heading', () => {
    const a = article(extractFixture('clutter-contact-block.html'));
    expect(a.text).not.toContain('Fragen zu diesem Artikel');
    expect(a.text).not.toContain('Anregungen');
  });
});

describe('appeals under the story', () => {
  it('drops appeals for support and app prompts', () => {
    const a = article(extractFixture('clutter-support-appeals.html'));
    expect(a.text).toContain('For two centuries a family lived beside every lock');
    expect(a.text).toContain('A few are open to visitors in the summer');
    for (const s of [
      'If you enjoyed',
      'We need your help',
      'Help us continue',
      'apps for',
      'Become a member',
      'Enjoying this article',
      'YouTube channel',
    ])
      expect(a.text).not.toContain(s);
    expect(a.text).toContain('filmed the last working lock keeper');
  });

  it("drops the outlet's aggregator, app, feedback and programme prompts and a bookmark toast, not a story about them", () => {
    const a = article(extractFixture('clutter-publisher-prompts.html'));
    expect(a.text).toContain('Fifteen years after the last sleeper left the capital');
    expect(a.text).toContain('Travellers who booked said they were tired of airports');
    expect(a.text).toContain('Google News now lets readers follow a paper on Google News');
    expect(a.text).toContain('Die Debatte über die Nachtzüge läuft auch in den sozialen Netzwerken weiter.');
    expect(a.text).toContain('Catch all the ferries you can this summer');
    expect(a.text).toContain('several said they would ikuti the Indonesian example');
    expect(a.text).toContain('تابع المسافرون أخبار القطارات الليلية');
    expect(a.text).toContain('रेल कंपनी को फेसबुक पर फॉलो करना शुरू');
    for (const s of [
      'Travel News',
      'Updates on Rail Weekly',
      'Rail Weekly App',
      'Story Saved',
      'My Bookmarks',
      'Follow Rail Weekly',
      'Have feedback',
      'Ihre Meinung',
      'Feedback zu',
      'aufs Handy',
      'bei Social Media',
      'im Programm',
      'Rail Radio',
      'Ακολουθήστε',
      'Ikuti berita',
      'takip edin',
      'ติดตามข่าวสาร',
      'पर फॉलो करें',
      'Google Haberler',
      'theo dõi',
      'تابعونا',
      'فالو کریں',
      'ফলো করুন',
      'Підписуйтесь',
    ])
      expect(a.text).not.toContain(s);
  });

  it("drops the outlet's prompts to its messenger channel, not a story's council group or port channel", () => {
    const a = article(extractFixture('clutter-messenger-channel-prompts.html'));
    expect(a.text).toContain('residents who join its WhatsApp group for ferry alerts');
    expect(a.text).toContain('Drivers were told in a Telegram channel run by the port');
    for (const s of [
      'Participe',
      'Únete',
      "Harbour Daily's WhatsApp",
      'Follow Harbour',
      'Rejoignez',
      'Iscriviti',
    ])
      expect(a.text).not.toContain(s);
    expect(a.text).toMatch(/first day of the new timetable\.$/);
  });

  it("drops the site's notes on its comments and a blogger's channel prompt, not a sentence about moderation", () => {
    const a = article(extractFixture('clutter-comment-notices.html'));
    expect(a.text).toContain('staff said they were now moderating all comments after a flood of spam.');
    expect(a.text).toMatch(/far less of the budget\.$/);
    for (const s of ['Note: we are', 'Die Kommentare der User', 'Folge mir auf Instagram'])
      expect(a.text).not.toContain(s);
  });

  it('drops the notes that only signed-in readers may comment, in six languages, and keeps a sentence of the story saying so', () => {
    const a = article(extractFixture('clutter-comment-sign-in-notices.html'));
    expect(a.text).toContain('readers now have to sign in to comment there');
    expect(a.text).toMatch(/keep it open through the winter\.$/);
    for (const s of ['Гости', 'logged in', 'angemeldet', 'connecté', 'iniciar sesión', 'connesso'])
      expect(a.text).not.toContain(s);
    expect(a.removed.filter((r) => r.kind === 'comments')).toHaveLength(6);
  });

  it("drops a press release's closing source line and its end mark, and keeps a table's source line", () => {
    const a = article(extractFixture('clutter-release-source-line.html'));
    expect(a.text).toMatch(/"This order delivers both\."$/);
    expect(a.text).toContain('Source: Harbour Ferries annual report 2025');
    expect(a.removed.map((r) => r.reason)).toEqual(
      expect.arrayContaining(['release source line', 'rule at the end']),
    );
  });

  it('drops appeals and channel invitations in other languages', () => {
    for (const appeal of [
      '<div class="box"><div><strong>Apoya el periodismo incómodo</strong></div>Si te parece valioso nuestro trabajo, únete a nuestra comunidad de lectores. <a href="/apoyo">Apoyar</a></div>',
      '<p><strong>Gefällt dir unser Klettermagazin?</strong> Wir haben keine Bezahlschranke. <a href="/community">Mitmachen</a></p>',
      '<h2>Unterstütze uns bereits mit 2,50!</h2>',
      '<p>¡Mira lo que tiene nuestro canal de YouTube!</p>',
    ]) {
      const r = article(
        extractHtml(
          storyPage(
            'tells how a family lived beside every lock of the old canal, opening the gates for barges by day and, when a boatman knocked, by night as well.',
            appeal,
          ),
        ),
      );
      expect(r.text, appeal).toMatch(/by night as well\.$/);
    }
  });

  it('drops the log-in prompt a registration wall leaves, not a sentence saying something is registered', () => {
    const a = article(extractFixture('clutter-already-registered-prompt.html'));
    expect(a.text).toContain('Die Tankstelle ist bereits registriert');
    expect(a.text).not.toContain('Sie sind bereits registriert?');
    expect(a.text).not.toContain('Hier anmelden');
    for (const [prompt, lang] of [
      ['<div><p>Already registered?</p><a href="/login">Log in</a></div>', 'en'],
      ['<div><p>Vous êtes déjà abonné ?</p><a href="/connexion">Connectez-vous</a></div>', 'fr'],
      ['<div><p>¿Ya eres suscriptor?</p><a href="/acceso">Inicia sesión</a></div>', 'es'],
      ['<div><p>Sei già registrato?</p><a href="/accedi">Accedi</a></div>', 'it'],
      ['<div><p>Já é assinante?</p><a href="/entrar">Entrar</a></div>', 'pt'],
      ['<div><p>Al geregistreerd?</p><a href="/inloggen">Inloggen</a></div>', 'nl'],
      ['<div><p>Masz już konto?</p><a href="/logowanie">Zaloguj się</a></div>', 'pl'],
    ] as const) {
      const r = article(
        extractHtml(
          storyPage(
            'tells how a family lived beside every lock of the old canal, opening the gates for barges by day and, when a boatman knocked, by night as well.',
            prompt,
            lang,
          ),
        ),
      );
      expect(r.text, prompt).toMatch(/by night as well\.$/);
    }
  });

  it('drops a long membership pitch that opens with the appeal and ends in its link', () => {
    const a = article(extractFixture('clutter-long-appeal-box.html'));
    expect(a.text).toMatch(/small museum by August\.$/);
    expect(a.text).not.toContain('If you enjoyed this article');
    expect(a.text).not.toContain('Learn more');
    // "What you need to know" opens the story's key points, links and all.
    expect(a.text).toContain('the locks are open every day from eight in the morning');
  });

  it("keeps the story's paragraph that shares a short wrapper with an appeal", () => {
    const a = article(extractFixture('clutter-support-appeals.html'));
    expect(a.text).toContain('The logbooks quoted here are kept in the county archive');
    // A box that opens with the appeal goes whole, its explaining paragraph too.
    expect(a.text).not.toContain('civil forum for discussion');
  });
});

describe('parts of the post named as such', () => {
  it("drops the post's footer and its author box, even with a long bio", () => {
    const a = article(extractFixture('clutter-named-parts-of-the-post.html'));
    expect(a.text).toContain('In diesem Schuljahr haben wir mit zwei Klassen');
    expect(a.text).toContain('Am meisten überrascht hat mich');
    expect(a.text).toContain('jede Klasse hat eine Wand gestaltet');
    expect(a.text).toContain('Was für ein Nachmittag mit den großen Fragen');
    expect(a.text).not.toContain('Eingestellt von');
    expect(a.text).not.toContain('Über Ada Kern');
    expect(a.text).not.toContain('Fortbildnerin');
  });

  it('takes no bio from an author box beside the headline as the dek', () => {
    const a = article(extractFixture('core-standfirst-author-box.html'));
    expect(a.text).toContain('Ein Palliativmediziner erklärt');
    expect(a.text).not.toContain('leitet das Ressort');
  });
});

describe('teaser cards', () => {
  it('drops a photo and headline linked to another story, alone or in a list, and keeps a linked photo', () => {
    const a = article(extractFixture('clutter-linked-teaser-cards.html'));
    expect(a.text).toContain('Viele Dieselautos brauchen neben Kraftstoff');
    expect(a.text).toContain('Wer Adblue selbst nachfüllt');
    expect(a.figures.some((f) => f.caption.includes('eigene Zapfsäule'))).toBe(true);
    for (const s of ['Autobatterie im Winter', 'So kommt die Batterie', '1000 Kilometer', 'Das neue Werk'])
      expect(a.text).not.toContain(s);
    expect(a.figures.some((f) => f.src.includes('batterie') || f.src.includes('e-auto'))).toBe(false);
  });
});

describe('notices in the body', () => {
  it("drops a blog's advertising disclosure, a blocked embed's consent placeholder and a toggle label", () => {
    const a = article(extractFixture('clutter-disclosure-and-blocked-embed.html'));
    expect(a.text).toContain('Die Tour beginnt am Bahnhof');
    expect(a.text).toContain('Zurück geht es am Fluss entlang');
    for (const s of [
      'Werbung',
      'um den Inhalt von',
      'um den Inhalt nachzuladen',
      'dieses Element zu sehen',
      'Quellen ausblenden',
      'Links zu Anbietern',
    ])
      expect(a.text).not.toContain(s);
    expect(a.text).toContain('ohne Provision aus');
    // The video whose consent box goes stays, as a link.
    expect(a.html).toContain('https://www.youtube.com/watch?v=Radtour1234');
  });

  it('drops the note that the site earns a commission on purchases through its links, not a sentence about a commission', () => {
    const a = article(extractFixture('clutter-affiliate-disclosure.html'));
    expect(a.text).toMatch(/^We wore eleven jackets/);
    expect(a.text).toContain('where the staff earn a commission on every jacket they sell');
    expect(a.text).toContain('links the warranty to a provision');
    expect(a.text).toMatch(/long before any water actually comes through\.$/);
    expect(a.removed.filter((b) => b.reason === 'affiliate disclosure')).toHaveLength(2);
  });
});

describe('a table of contents', () => {
  it("drops a table of contents' title set as a bold line before its list, and keeps a sentence that leads into a list", () => {
    const a = article(extractFixture('clutter-contents-title.html'));
    expect(a.text).not.toMatch(/^Contents$/m);
    expect(a.removed).toContainEqual(
      expect.objectContaining({ kind: 'navigation', text: 'Contents', reason: 'table of contents title' }),
    );
    expect(a.text).toContain('Its three rooms are free to visit:');
    expect(a.text).toContain('The harbour is best seen on foot');
    // A headline right above the list is the header's to read, as the title shown again.
    const doc = loadFixture('clutter-contents-title.html');
    doc.querySelector('h1')!.outerHTML = '<h2>A walk round the harbour</h2>';
    doc.querySelector('p strong')!.parentElement!.remove();
    doc.querySelector('p')!.remove();
    const reasons = article(extractArticle(doc, { url: FIXTURE_URL })).removed.map((b) => b.reason);
    expect(reasons).toContain('title repeated');
    expect(reasons).not.toContain('table of contents title');
  });

  it('drops a box of links to the parts of the post with its title and show/hide control, not a sentence that links to a part', () => {
    const a = article(extractFixture('clutter-contents-box.html'));
    expect(a.text).toMatch(/^When a gale is forecast/);
    expect(a.text).not.toMatch(/Table of Contents|Toggle/);
    expect(a.text).toContain('Doubling the lines\n\nPut a second set');
    expect(a.text).toContain('go back to the advice on doubling the lines');
    expect(a.text).toContain('See lines and fenders.');
    expect(a.removed.filter((b) => b.reason === 'table of contents').map((b) => b.text)).toEqual([
      'Table of ContentsToggle Doubling the linesFenders and springs',
    ]);
  });
});

describe("a blog's view counter", () => {
  it("drops a counter of views and a share plugin's label, not a sentence that counts views", () => {
    const a = article(extractFixture('clutter-view-counter.html'));
    expect(a.text).toMatch(/no two had ever looked the same\.$/);
    expect(a.text).not.toMatch(/Post Views|Spread the love|Aufrufe/);
    expect(a.removed.filter((b) => b.reason === 'control label').map((b) => b.text)).toEqual([
      'Post Views: 1,234',
      'Spread the love',
      '1.234 Aufrufe',
    ]);
  });
});

describe('pointers to more information', () => {
  it('drops a line or a link that only points elsewhere, and keeps a sentence that mentions more information', () => {
    const a = article(extractFixture('clutter-more-info-pointer.html'));
    expect(a.text).toContain('Ab Samstag spielen in der Tennishalle');
    expect(a.text).toContain('Das zweite Forum des Verbands findet im April statt.');
    expect(a.text).toContain('findet weitere Informationen auf den Seiten der Vereine');
    expect(a.text).not.toContain('Weitere Informationen hierzu');
    expect(a.text).not.toContain('Weitere Infos unter');
  });
  it("drops a wire story's closing pointers to more of its coverage at an address, and the rule before them", () => {
    const a = article(extractFixture('clutter-coverage-pointer.html'));
    expect(a.text).toMatch(/where road closures would be announced every hour\.$/);
    expect(a.text).not.toMatch(/coastwire\.example|___/);
    expect(a.removed.filter((b) => b.reason === 'pointer to more information')).toHaveLength(2);
  });
  it("drops the print issue's box, a disclaimer line and a recipe's print and favourite buttons, not a sentence that says where something appeared", () => {
    const a = article(extractFixture('clutter-print-issue-box.html'));
    expect(a.text).toMatch(/^Am Westufer des Sees/);
    expect(a.text).toContain('erschienen in einem Heft des Weinbauverbands');
    for (const s of [
      'ERSCHIENEN IN',
      'Seeland Spezial 2021',
      'Zum Magazin',
      'Angaben ohne Gewähr',
      'Tipp drucken',
      'favorisieren',
    ])
      expect(a.text).not.toContain(s);
  });
});
