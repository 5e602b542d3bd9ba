// Headings and labels of related-content lists ("You may also like", "Most read", "Read more").

export const RELATED_HEADING_RE = new RegExp(
  [
    // "Related", "Related:" or "Related Roundup:" over a list or before a teaser, "Related Posts"; not
    // a subheading that opens with the word ("Related work on the east quay": fixture core-content-named-like-clutter.html).
    "^related(?:\\s+[\\p{L}\\p{N}’'-]+){0,2}(?:\\s*[:\\p{Pd}|]|\\s*$)",
    'related to this (?:story|article|post|topic)',
    'related (?:articles?|stories|posts|content|coverage|topics|reading|links)',
    'you (?:may|might) (?:also )?(?:like|enjoy|be interested)',
    '^more (?:from|on|about|in|stories|news|articles|like this|to read)',
    // "More Great WIRED Stories", "More great reads": a word or two between (fixture
    // core-related-aria-heading.html).
    "^more (?:[\\p{L}.&’'-]+ ){1,2}(?:stories|articles|reads)$",
    // A recipe site's "Try These Next" over its photo teasers (trafilatura-dev; same fixture).
    '^try (?:these|this|them) next\\b',
    'most (?:read|popular|viewed|shared|emailed|commented)',
    '^popular\\b',
    '^trending\\b',
    'recent (?:posts|articles|stories|news)',
    '^latest (?:news|posts|stories|articles|headlines)',
    '^(?:read|see) (?:more|also|next)\\b',
    '^also (?:read|see)\\b',
    'recommended (?:for you|stories|articles|reading)',
    "editor'?s? picks",
    "^don[’']?t miss",
    '^nicht verpassen',
    '^à ne pas manquer',
    '^no te pierdas',
    '^da non perdere',
    '^top stories',
    '^previous(?: post| article)?\\s*[:»›]',
    '^next(?: post| article)?\\s*[:»›]',
    'lesen sie (?:auch|mehr)',
    'mehr zum thema',
    'das könnte sie (?:auch )?interessieren',
    'meistgelesen',
    '^weitere artikel',
    // German blog and news themes' list headings (trafilatura-dev: several engines and publishers).
    '^weitere (?:beiträge|tipps|tourentipps)\\b',
    '^neueste (?:artikel|beiträge|nachrichten)\\b',
    '^ähnliche (?:beiträge|artikel|themen|nachrichten)\\b',
    '^auch interessant\\b',
    '^schon gelesen\\??$',
    '^(?:zum )?weiterlesen\\s*:?$',
    // A "read on" button left as a line of its own in the text, its link gone with the script that
    // opened the rest (fixture clutter-continue-reading-label.html).
    "^(?:continue reading|read more|read the (?:full|rest of the) (?:article|story)|lire la suite(?: de l['’]article)?|continuer la lecture|seguir leyendo|continuar (?:lendo|leyendo)|continua(?:re)? a leggere|lees verder|czytaj dalej|читать (?:далее|дальше)|devamını oku)\\s*[.:…»›→]*$",
    '^mehr zu\\s',
    '^empfehlungen aus (?:der|dem)\\b',
    '^weitere informationen\\s*:?$',
    // The heading of the author box under the story, in the corpora's languages and their
    // neighbours' (fixture clutter-author-box-languages.html).
    "^(?:über (?:den autor|die autor(?:in|innen|en))|zu(?:m autor|r autorin| den autor(?:en|innen))|autoreninfo|about the (?:authors?|writers?)|à propos de l['’]aut(?:eur|rice)|à propos des auteur(?:e?s|rices)|sobre (?:el|la|o|a) autora?|sobre (?:los|las|os|as) autor(?:es|as)|sull['’]autore|l['’]autore|l['’]autrice|over de (?:auteur|schrijver)|o autor(?:ze|ce)|об авторе|про автора|yazar hakkında|om (?:forfatteren|skribenten)|tietoa kirjoittajasta|o autorovi|a szerzőről|despre autor|o autoru|σχετικά με τον συγγραφέα|著者(?:について|プロフィール|紹介)|作者(?:简介|介绍|簡介|介紹)|(?:필자|기자|저자)\\s?소개)\\s*:?$",
    '[àa] lire aussi',
    '^lire aussi',
    'sur le m[eê]me sujet',
    'les plus lus',
    '^lee (?:también|más)',
    '^leer más',
    'te puede interesar',
    'lo más le[ií]do',
    'noticias relacionadas',
    '^leggi anche',
    'potrebbe interessarti',
    'i pi[uù] letti',
    '^leia (?:também|mais)',
    'mais lidas',
    '^lees ook',
    'meest gelezen',
    'читайте также',
    'самое читаемое',
    'по теме',
    '^czytaj (?:też|także|również|więcej)',
    'najczęściej czytane',
    '関連記事',
    'あわせて読みたい',
    '相关(?:阅读|文章|新闻)',
    '推荐阅读',
    '热门',
  ].join('|'),
  'iu',
);

/**
 * "READ MORE: ...", "Related: ...", "SEE ALSO ..." teaser lines inside the body, in the languages of
 * issue 13's unseen pages and their neighbours (Polish, Hungarian, Hebrew, the Balkan and Baltic
 * languages, Bulgarian, Persian, Thai, Hindi, Urdu, Bengali, Icelandic, Filipino, Swahili,
 * Catalan, Turkish "Ayrıca okuyun", Czech, Slovak, Chinese "另请阅读", Korean "함께 읽기", Basque
 * "Irakurri ere", Lithuanian "Taip pat skaitykite": fixture
 * clutter-teaser-lines-languages.html). Indonesian, Malay and Arabic papers set
 * "BACA JUGA" and "اقرأ أيضا" without a colon as often as with one.
 */
export const TEASER_LINE_RE =
  /^(?:read (?:more|also|next)|related|see also|also read|more|watch|listen|lesen sie auch|mehr dazu|lire aussi|à lire|lee también|leggi anche|leia também|lees ook|читайте (?:также|тоже|також)|czytaj (?:też|także|więcej)|läs (?:också|mer)|læs (?:også|mere)|les (?:også|mer)|lue (?:myös|lisää)|čtěte (?:také|též)|citește (?:și|mai mult)|διαβάστε (?:επίσης|ακόμα)|(?:di)?baca juga|xem thêm|[iİ]lgili (?:haber(?:ler)?|içerik)|bunu da okuyun|te puede interesar|lea también|ver también|lire également|à voir aussi|関連記事|관련\s?기사|相关(?:阅读|新闻|文章)|延伸阅读|اقرأ (?:أيضا|أيضاً)|קראו עוד|קרא גם|קראו גם|zobacz (?:też|także|również)|kapcsolódó(?: cikk(?:ek)?)?|pročitajte (?:i|još|također|takođe)|preberite (?:tudi|še)|(?:taip pat )?skaitykite(?: taip pat| daugiau)?|irakurri (?:ere|gehiago)|lasiet (?:arī|vairāk)|прочетете (?:още|също)|recommended|must read|más información|plus d['’]infos?|sur le même sujet|بیشتر بخوانید|bunlar da ilginizi çekebilir|อ่านเพิ่มเติม|อ่าน(?:ข่าว|บทความ)?(?:ที่เกี่ยวข้อง|เพิ่มเติม)|ข่าวที่เกี่ยวข้อง|(?:यह|ये) भी पढ़ें|یہ بھی پڑھیں|আরও পড়ুন|ezt is ajánljuk|olvas(?:sa|d) el(?: ezt is)?|ayrıca (?:okuyun|bakınız)|(?:এটাও|এটিও) পড়ুন|přečtěte si (?:také|též|více)|(?:ďalej )?čítajte (?:aj|tiež|ďalej)|ďalej čítajte|另请(?:阅读|参阅)|함께 (?:읽기|보기|읽을 기사)|sjá einnig|basahin (?:din|rin)|soma pia|lleg(?:iu|eix) també|đọc thêm|あわせて読みたい|推荐阅读|相關(?:閱讀|新聞|文章)|延伸閱讀)\s*[:：»›|-]|^(?:(?:di)?baca (?:juga|pula)|اقرأ (?:أيضا|أيضاً))\s/i;

/**
 * A pointer to more information elsewhere, as a line of its own under the story ("Weitere Infos
 * unter www.…", "Weitere Informationen hierzu gibt es auf der Website des …", "For more information,
 * visit …"): trafilatura-dev sports, association and news pages of several publishers.
 */
export const MORE_INFO_RE =
  /^(?:(?:weitere|mehr) (?:infos?|informationen)(?: (?:hierzu|dazu|zum thema|zur veranstaltung))?(?: (?:gibt es|finden sie|findet ihr|erhalten sie))?(?: (?:in kürze|hier|jederzeit))? (?:unter|auf|bei|im)\b|(?:for )?more (?:info(?:rmation)?|details) (?:at|on)\b|for (?:more|further) (?:info(?:rmation)?|details),? (?:visit|see|go to)\b|plus d'informations? (?:sur|à)\b|m[aá]s informaci[oó]n en\b)/i;

/**
 * A wire story's pointer to the agency's other stories on the subject, closing every copy of it
 * ("Follow AP’s coverage of the war at https://…", "Find more of our climate coverage at …"): the
 * address is what makes it a pointer (fixture clutter-coverage-pointer.html).
 */
export const COVERAGE_POINTER_RE =
  /^(?:follow|find|see|read|get) (?:more (?:of )?)?(?:\S+['’]s |our )?(?:\S+ ){0,2}coverage (?:of (?:the )?[^.]{1,60} )?(?:at|on):? (?:https?:\/\/|www\.)\S+\.?$/i;

// The filing line that blog themes print under a post, its categories linked ("This entry was posted in
// News. Bookmark the permalink.", "Erstellt am 6. Mai 2014 und abgelegt unter Linux. Kommentare zu
// diesem Eintrag im RSS 2.0 Feed."; trafilatura-dev: two blogs on two WordPress default themes).
export const POST_FILING_RE = new RegExp(
  [
    'this entry was (?:posted|filed) (?:in|on|under)\\b',
    '\\b(?:is|was) filed under\\b',
    'bookmark the permalink',
    'you can follow any responses to this entry',
    '(?:both )?comments and trackbacks are (?:currently )?closed',
    '\\babgelegt unter\\b',
    'kommentare zu diese[mn]? eintrag',
    'dieser eintrag wurde .{0,80}(?:veröffentlicht|abgelegt)',
    'lesezeichen (?:auf|für) (?:den )?permalink',
    'cet article a été publié dans',
    'ajoutez ce permalien à vos favoris',
    'esta entrada fue publicada en',
    'guarda el enlace permanente',
  ].join('|'),
  'i',
);

// A story's tag or category line: the label, then the tags ("Tags: Harbour, Ferries", "Schlagwörter:
// …", "Themen: …"; trafilatura-dev: WordPress and podcast themes of three publishers), and in further
// languages ("タグ:", "标签：", "الوسوم:"; fixture clutter-tag-line-languages.html), with a blog theme's
// "filed under" in its languages ("Kategorisiert unter: Guides • Tipps", trafilatura-dev: a gaming blog).
export const TAG_LINE_RE =
  /^(?:tags?|tagged|schlagw(?:ö|oe)rter|stichw(?:ö|oe)rter|themen|topics|kategorien?|categories|category|filed under|posted in|(?:abgelegt|kategorisiert|eingeordnet) unter|classé dans|archivado en|archiviato in|arquivado em|categorías|categorias|catégories|categorie|etiquetas|étiquettes|mots[- ]cl(?:é|e)s|tagi|argomenti|etiketler|теги|метки|мітки|trefwoorden|ämnen|emner|aiheet|avainsanat|štítky|címkék|etichete|oznake|ετικέτες|タグ|标签|標籤|关键词|關鍵字|태그|từ khóa|thẻ|الوسوم|وسوم|الكلمات المفتاحية|תגיות|برچسب‌?ها|แท็ก)\s*[:：]/i;
