// Site-description widgets ("Main News is an online news outlet ..."), skip links, control labels,
// stray credits, bare addresses and boilerplate lines.

export const SITE_DESCRIPTION_RE =
  /^[\p{Lu}\p{N}][^.!?]{0,60}\b(?:is an?|is the|ist eine?|est une?|es una?|è una?|é uma?|is een)\b[^.]{0,80}\b(?:news|media|outlet|publication|website|site|magazine|newspaper|blog|portal|platform|nachrichten|zeitung|journal|peri[oó]dico|giornale|jornal|krant)/iu;

// Labels of gallery and player controls left as text ("Caption", "Close", "1 / 8", "VIDEO 3:45", a
// player's "Video Loading", "Click to play", "Autoplay": readability-pages wapo-1; issue 13's unseen
// pages; tests/fixtures/clutter-player-control-words.html; a gallery's close glyph "×" and its
// print-sales link "Buy Photo", a player's "Your video will play in 00:25": readability-pages wapo-1,
// cnn; tests/fixtures/clutter-gallery-leftovers.html),
// of a post's rating widget ("Was this article helpful?", "(Noch keine Bewertungen)", its "Ja Nein"
// buttons: trafilatura-dev, a pop-culture blog; tests/fixtures/clutter-german-list-headings.html) and its print
// and show-image buttons left as text ("Rezept drucken", "drukuj", "Bild anzeigen", "Bild
// schließen"; a recipe's step counter "1 von 17": trafilatura-dev, a German baking site; "Tipp
// drucken", "Tipp favorisieren": a recipe community; fixture clutter-print-issue-box.html), and the
// prompt of a read-aloud player above the text with its clock and speed ("Listen to this article
// 00:00 / 05:31 1x", "Listen to this story · 6 min", "Artikel anhören", "Vorlesen lassen", "Écouter
// cet article", "Lyssna på artikeln": tests/fixtures/clutter-audio-player-prompt.html),
// and a blog's view counter and its share plugin's label ("Post Views: 1,234", "1.234 Aufrufe", "Spread
// the love": fixture clutter-view-counter.html).
export const UI_LABEL_RE =
  /^(?:(?:listen to (?:this|the) (?:article|story|post)|(?:diesen )?artikel (?:an|vor)hören|(?:artikel )?vorlesen(?: lassen)?|lyssna på artikeln|lyt til artiklen|lytt til artikkelen|kuuntele artikkeli|haberi dinle|poslechněte si článek|(?:é|e)couter (?:cet |l['’])article|escuchar (?:este |la )?(?:artículo|noticia)|ouvir (?:este |a )?(?:artigo|notícia)|ascolta(?:re)? (?:l['’]|questo )?articolo|posłuchaj artykułu|прослушать статью|luister naar (?:dit|het) artikel)(?:\s*[·•|–-]?\s*(?:\d{1,2}:\d{2}(?:\s*\/\s*\d{1,2}:\d{2})?|\d+\s*min(?:utes?|\.)?|\d(?:[.,]\d+)?\s*x|powered by [\w ]{2,30}))*|caption|close|open|expand|collapse|enlarge|zoom|full ?screen|play(?: video| audio)?|pause|replay|(?:un)?mute|auto-?play|up next|(?:video|audio) (?:is )?(?:loading|unavailable)|(?:click|tap|press) to (?:play|watch|listen|unmute)|(?:the |your )?(?:next )?video will (?:auto-?play|start|play|begin)(?: soon| in)?\s*[\d:]*\s*(?:seconds?)?\s*(?:cancel)?|[×✕✖]|buy (?:this )?(?:photo|image|picture|print)|(?:foto|bild) kaufen|acheter (?:cette )?(?:photo|image)|comprar (?:esta )?foto|previous|prev|next|back to gallery|show (?:more|less)|loading\.*|image \d+ of \d+|\d+\s*(?:\/|of|von|sur|de|di|van|av|af|z|из)\s*\d+|video\s*[\d:]+|(?:(?:was this (?:article|post|page)|(?:war|fanden sie) (?:der|dieser|diesen) (?:artikel|beitrag)) (?:helpful|useful|hilfreich|nützlich)\??\s*)?(?:yes|ja|oui|s[ií]|sì|sim|tak|да|evet)\s*(?:no|nein|non|não|nee|nie|нет|hayır)|(?:was this (?:article|post|page)|(?:war|fanden sie) (?:der|dieser|diesen) (?:artikel|beitrag)) (?:helpful|useful|hilfreich|nützlich)\??|\(?(?:noch )?keine bewertungen\)?|\(?no ratings yet\)?|print(?: this (?:article|page|recipe))?|(?:[\p{L}-]+ )?drucken|(?:[\p{L}-]+ )?favorisieren|(?:zu den )?favoriten hinzufügen|add to favou?rites|drukuj|imprimer|imprimir|stampa|afdrukken|bild (?:anzeigen|schließen|schliessen)|(?:show|view|close|hide) image|fermer l['’]image|cerrar (?:la )?imagen|chiudi (?:l['’])?immagine|(?:quellen|mehr|weniger) (?:anzeigen|ausblenden|einblenden)|(?:show|hide) sources|(?:(?:post|page|total) )?(?:views?|aufrufe|visitas|vues|visualizzazioni|weergaven|просмотр(?:ов|ы)?)\s*:?\s*\d[\d.,\s]*|\d[\d.,]*\s*(?:views?|aufrufe|visitas|vues|visualizzazioni|weergaven|просмотр(?:ов|а)?)|spread the love)$/iu;

// A line that is only a link target, an e-mail address or a social handle (page URL echoes, author
// contact lines: scrapinghub db6b0816, 9ebb3af6). A profile written without its scheme is known
// by the networks' addresses (clutter-rules.ts bare-address).
export const BARE_ADDRESS_RE = /^(?:https?:\/\/\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,30})$/i;
// One token with no scheme, read as an address with one.
export const SCHEMELESS_ADDRESS_RE = /^[^\s:/]+\.[^\s/]+\/\S+$/;

// Reporting credits and legal boilerplate under an article (scrapinghub 82b6d780, 06e5123e, e1c7023e;
// "(With inputs from PTI)", the agency credit under Indian papers' stories),
// the licence note that opens with the text it covers ("Dieser Text wurde veröffentlicht unter
// der Lizenz CC-BY…", "This article is licensed under a Creative Commons…"), a blog's
// advertising disclosure ("*Werbung. Dieser Beitrag enthält Werbung für…"), and a line that ends
// in the rights reserved or reproduction forbidden, in any of the languages here ("© RIPRODUZIONE
// RISERVATA": fundus CorriereDellaSera; "<저작권자 ⓒ …, 무단전재 및 재배포금지>", "無断転載を禁じます";
// fixture clutter-rights-reserved-lines.html), and the Chinese editor's line, the "editing by" of
// Chinese papers ("[责任编辑:肖春芳]", readability-pages gmw; a Xinhua page of trafilatura-dev), and
// the disclaimer under a table of rules ("(Alle Angaben ohne Gewähr)": trafilatura-dev, a trade paper;
// fixture clutter-print-issue-box.html), and the note of a read-aloud player whose voice is generated
// ("Diese Audioversion wurde künstlich generiert. Mehr Informationen …": fundus-dev, a German
// broadcaster; fixture core-standfirst-headline-h2.html).
// The notice a wire agency or a syndicating paper requires under a story taken from a feed: the
// agency's, that the story is offered in full to its subscribers and printed here in summary
// (Turkish and English wordings, printed under agency stories by many Turkish papers: issue 13's
// unseen pages), and a paper's, that the story is published from a syndicated feed without its
// staff's editing (fixture clutter-syndication-notices.html).
// A short line that opens with the copyright sign is a notice, not the story's: a wire service's
// stamp ("© dpa-infocom, dpa:…"), a syndicator's ("© Thomson Reuters 2020"), or a credit left alone
// (fundus-dev, trafilatura-dev: German, Canadian and science pages; every such line among the
// trafilatura-dev snippets is one the text must not hold; fixture clutter-copyright-lines.html).
// A paper's note on the print edition that carried the story ("A version of this article appears in
// print on …", "Appeared in the March 5, 2024, print edition as …"; fixture
// clutter-syndication-notices.html) is no more the story's than the syndication notices.
export const BOILERPLATE_RE =
  /(?:(?:beitrag|artikel|post|video) enthält (?:unbezahlte |bezahlte )?(?:werbung|affiliate|anzeigen)|this (?:post|article|page|video) (?:contains|includes|may contain) (?:affiliate|sponsored|paid|advertising)|^(?:dieser|der|this|the) (?:text|artikel|beitrag|article|post|story|work)\b.{0,60}\b(?:lizenz|licen[cs]ed?|creative commons|cc[- ]by)|contributed (?:to )?this report|^\(?(?:additional )?reporting by\b|^\(?with inputs? from\b|^\(?(?:writing|editing) by\b|^[[【(（]?\s*(?:责任编辑|責任編輯|责编|責編)\s*[:：]\s*[^\]】)）]{1,20}[\]】)）]?$|this (?:document|material|article) (?:is subject to|may not be) (?:copyright|published|reproduced)|^citation:.{0,200}retrieved|^(?:suggested citation|zitiervorschlag|zitierweise|how to cite this (?:article|post))\b|^\(?(?:alle )?angaben ohne gew[äa]hr\.?\)?$|^(?:diese|die) audio(?:version|fassung|datei)? (?:dieses artikels )?(?:wurde|ist) (?:künstlich|automatisch|maschinell|mit ki|mithilfe von ki) (?:generiert|erzeugt|erstellt)|^this audio (?:version |file |recording )?(?:was|is|has been) (?:artificially |automatically )?(?:generated|produced|created)\b|^\(?all (?:information|details|data) (?:is |are )?(?:provided )?without (?:guarantee|warranty)\.?\)?$|^copyright\s+(?:©\s*)?\d{4}|^©\s*\d{4}|^(?:copyright\s*(?:©|\(c\))|©)\s*\S.{0,120}$|(?:all rights reserved|riproduzione riservata|tutti i diritti riservati|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|todos os direitos reservados|alle rechten voorbehouden|wszelkie prawa zastrzeżone|všechna práva vyhrazena|minden jog fenntartva|alle rettigheder forbeholdes|alle rettigheter reservert|alla rättigheter förbehållna|kaikki oikeudet pidätetään|tüm hakları saklıdır|все права защищены|всі права захищені|hak cipta dilindungi(?: undang-undang)?)\.?$|무단\s*전재.{0,30}금지[>)\]]?\.?$|無断(?:転載|複製|使用).{0,20}(?:禁じ|禁止).{0,6}$|未经.{0,12}(?:授权|许可|同意).{0,20}(?:不得|禁止)(?:转载|复制|使用).{0,30}$|abonelere sunulan haberler|offered to subscribers\b.{0,80}\bsummari[sz]ed form|(?:auto-generated|published) from an? (?:syndicated|(?:wire )?agency|news agency) feed|has not been edited by .{1,60}\bstaff|^an? (?:version|edition) of this (?:article|story|review|essay) (?:appears|appeared|was published) in print\b|^(?:this (?:article|story) )?appeared in the .{1,60}\bprint edition\b)/i;

// A publication or update stamp standing alone as a line, anywhere in the body ("Aktualisiert:
// 11.04.2020, 10:27", "Erstellt am Dienstag 6. Mai 2014", "Ultima modifica"): the label, then at most
// a date and a time (trafilatura-dev pages of several engines; tests/fixtures/clutter-datelines.html).
const DATELINE_LABELS =
  'published|updated|posted(?: on)?|first published(?: on)?|last (?:updated|modified)|veröffentlicht(?: am)?|veröffentlichung|publiziert(?: am)?|aktualisiert(?: am)?|erstellt am|zuletzt (?:aktualisiert|geändert)|publié(?: le)?|mis à jour(?: le)?|publicado(?: el)?|actualizado(?: el)?|pubblicato(?: il)?|aggiornato(?: il)?|ultima modifica|gepubliceerd(?: op)?|bijgewerkt(?: op)?|opublikowano|zaktualizowano|опубликовано|обновлено';
export const DATELINE_LABEL_RE = new RegExp(`^(?:${DATELINE_LABELS})\\s*:?\\s*(.*)$`, 'i');
// A second stamp after the first on the same line ("Pubblicato il 19 Febbraio 2020 Ultima modifica
// 19 Febbraio 2020 12:02": a publication and an update date in one meta box).
export const NEXT_DATELINE_RE = new RegExp(`\\s(?=(?:${DATELINE_LABELS})(?!\\p{L}))`, 'iu');

// A photo credit standing alone as a line, its image gone ("Photo: Hau Dinh, AP", "Foto: dpa"), and
// the credit of the lead or cover photo that themes print at the end of the post ("Titelbild: …",
// "Beitragsbild: …", "Crédits photos : …": trafilatura-dev pages of several publishers and engines).
// Korean papers bracket it with an equals sign ("[사진=MBC, SBS]", "(사진=연합뉴스)"). A line that
// names the rights holder with the copyright sign may run longer, and the label may leave the
// number open ("Foto(s): © AGENCY und/oder/mit © Archiv … (sofern kein Hinweis vorhanden)":
// fundus-dev, a South Tyrolean paper; fixture clutter-cover-credit-and-licence.html). Russian,
// Polish and Dutch labels too: a Russian CMS's news page ends its text with "Фото: пресс-служба …"
// (fixture clutter-trailing-br-lines.html).
export const CREDIT_LINE_RE =
  /^[[(（]\s*(?:사진|자료사진|그래픽|영상)\s*[=:：]\s*[^\])）]{1,60}[\])）]$|^(?:photo|photos|foto|fotos|image|images|bild|picture|credit|photograph|illustration|graphic|video|(?:titel|beitrags|aufmacher|header|artikel)bild|bild(?:quelle|nachweis|rechte)|fotonachweis|(?:featured|header|cover|lead) (?:image|photo)|cr[ée]dits?(?: (?:photos?|images?))?|cr[ée]ditos?(?: (?:fotogr[aá]ficos?|de (?:la )?(?:foto|imagen)))?|фото|фотографии|иллюстрация|zdjęci[ea]|beeld)(?:\((?:s|en|er)\))?\s*(?:credits?)?\s*[:：]\s*(?:\S.{0,70}|©.{0,120})$/i;

// Skip links, "back to top", and a link back to the list the page belongs to, marked by its arrow
// ("« Zurück zu den Veranstaltungen", "← Back to all posts": trafilatura-dev, an events calendar's
// page; fixture clutter-labels-and-notices.html). Without the arrow, "Back to school" may head a part.
export const NAVIGATION_RE =
  /^(?:skip to (?:main )?content|jump to|back to top|home\s*[›»>/|]|menu$|search$|quick links|[«‹←]\s*(?:back|zurück|retour|volver|regresar|torna|terug|powrót|tillbaka|tilbage|tilbake)\b)/i;
