// Splits a caption's text into the caption proper and the photo credit, for the forms real sites
// use: "(AP Photo/Alex Brandon, File)", "Photo: X / Y", "Foto: dpa", "Bild: ...", "© Reuters",
// "Crédit photo : ...", "Getty Images" at the end, in English, German, French, Spanish, Italian,
// Portuguese, Dutch, Polish, Scandinavian and Czech wordings; labels written after the name
// (Lithuanian "nuotr.", Chinese "摄"), an agency after a slash at the end (Korean), and credits in
// full-width brackets (Japanese "（共同）", Chinese "（图片来源：新华社）").
import { collapse, escapeRegExp } from '../dom/text';
import { KO_DATELINE, KO_REPORTER, NAME_PARTICLES } from '../metadata/byline-text';

// Labels that introduce a credit (lower-case, matched case-blind, followed by ":" or similar).
const LABELS = [
  // "… File photo: Reuters": "File" names an archive picture and goes with the credit.
  'file photo',
  'file picture',
  'file image',
  'photo credit',
  // "Photographer: Name/Agency", "Pic: Name" (British and Irish papers): fixture
  // figures-credit-world-wordings.html. Not "Symbolbild:", which opens a caption as often as a
  // credit (a trafilatura-dev health magazine).
  'photographer',
  'fotograf',
  'photographe',
  'fotógrafo',
  'pics',
  'pic',
  // "Screenshot: YouTube", German "Grafik: dpa". Not "Map:" or "Graphic:", which as often open a
  // description as a credit.
  'screenshot',
  'infografik',
  'grafik',
  'image credit',
  'picture credit',
  // "Fotocredit: SID" (German sports pages; fixture figures-heading-caption-style.html), plurals.
  'photo credits',
  'image credits',
  'photocredit',
  'fotocredit',
  'fotocredits',
  'bildcredit',
  'photograph',
  'photographs',
  'photos',
  'photo',
  'pictures',
  'picture',
  'images',
  'image',
  'credits',
  'credit',
  'source',
  'illustration',
  'fotos',
  'foto',
  'bilder',
  'bildrechte',
  'bildnachweis',
  'bildquelle',
  'fotonachweis',
  'urheber',
  'bild',
  'quelle',
  'fotografie',
  'crédits photo',
  'crédit photo',
  'crédits',
  'crédit',
  'fotografía',
  'fotografia',
  'imagen',
  'crédito',
  'credito',
  'fuente',
  'fonte',
  'immagine',
  'beeld',
  'afbeelding',
  'zdjęcie',
  'fot',
  'źródło',
  'kuva',
  'billede',
  'bilde',
  'foto/video',
  'snímek',
  'zdroj',
  'фото',
  'фотография',
  'источник',
  'fotoğraf',
  'kaynak',
  'billede',
  'bildkälla',
  'foto/grafik',
  '사진 출처',
  '사진제공',
  '사진',
  '출처',
  '写真提供',
  '画像提供',
  '写真',
  '撮影',
  '提供',
  '出典',
  '图片来源',
  '摄影',
  // Vietnamese "Ảnh: …" (fixture figures-credit-marks.html).
  'ảnh',
  // Hungarian, Greek, Hebrew, Arabic, Persian, Hindi and Thai photo labels, Hindi "photo courtesy"
  // and Thai "picture from" among them (fixture figures-credit-trailing-labels.html).
  'fotó',
  'φωτογραφία',
  'φωτό',
  'φωτο',
  'φωτ',
  'πηγή',
  'צילום',
  'صورة',
  'تصوير',
  'عکس',
  'फोटो साभार',
  'फोटो',
  'साभार',
  'ภาพจาก',
  'ภาพ',
  // The word for a source in Indonesian and Malay, Vietnamese, Swedish, Danish and Norwegian,
  // Finnish, Hungarian, Romanian and Ukrainian, as "Source:" and "Quelle:" are read; an archive's
  // photo, a drawing or an illustration in German, Polish, Czech and Indonesian; the word for a
  // photograph in Slovak, Croatian and Slovenian, Lithuanian, Icelandic and Hindi; Spanish and
  // Portuguese "Créditos:", Korean "사진 제공=" (fixture figures-credit-more-languages.html).
  'sumber',
  'nguồn',
  'källa',
  'kilde',
  'lähde',
  'forrás',
  'sursa',
  'джерело',
  'archivfoto',
  'archivbild',
  'rysunek',
  'grafika',
  'ilustrasi',
  'foto ilustrasi',
  'snímka',
  'fotografija',
  'nuotrauka',
  'ljósmynd',
  'तस्वीर',
  'créditos',
  '사진 제공',
  // Hungarian "Kép:" (a picture), Indonesian "Sumber foto:" (the photo's source), Korean "사진=",
  // Lithuanian "Nuotr." (fixture figures-credit-more-languages.html).
  'kép',
  'sumber foto',
  '사진',
  // Portuguese, Catalan, Galician, Romanian, Russian, Bulgarian, Ukrainian, Belarusian, Turkish,
  // Malay and Indonesian, Filipino, Swahili, Icelandic, Georgian, Persian and Urdu, Bengali
  // (fixture figures-credit-more-languages.html).
  'imagem',
  'imatge',
  'imaxe',
  'sursa foto',
  'sursă foto',
  'снимок',
  'снимка',
  'світлина',
  'фота',
  'görsel',
  'gambar',
  'larawan',
  'picha',
  'mynd',
  'ფოტო',
  'تصویر',
  'ছবি',
  // Arabic "the picture" and "the source", Hebrew "credit" and "courtesy of", Persian "source"
  // (fixture figures-credit-trailing-labels.html).
  'الصورة',
  'المصدر',
  'קרדיט',
  'באדיבות',
  'منبع',
];
const LABEL_ALT = LABELS.map(escapeRegExp).join('|');
// Two credits joined ("Foto und Styling:", "Text und Foto:", "Photos & text:"): a label with one word
// before or after it and a conjunction (trafilatura-dev: an interiors magazine; fixture
// figures-credit-agency-words.html).
const AND = '\\s(?:und|and|&|et|y|e|og|och|en)\\s';
const COMPOUND_LABEL = `(?:\\p{L}+${AND})?(?:${LABEL_ALT})(?:${AND}\\p{L}+)?`;
// "... Foto: dpa" / "Photo: AP" / "Crédit photo : AFP" at the end of the caption.
// Full-width brackets and "＝" open Japanese credits ("（写真＝共同）"); a slash opens Korean ones
// ("… /사진제공=해양수산부").
const LABELLED_RE = new RegExp(
  `(?:^|(?<=[。！？])|[\\s.,;|–—(\\[（【/-])(?:(?:${COMPOUND_LABEL})\\.?\\s*[:：=＝]|fot\\.|nuotr\\.)\\s*(.+?)\\s*[)\\]]?\\s*$`,
  'iu',
);
// What every match of LABELLED_RE and LABEL_START_RE holds: a label's colon or equals sign, or
// Polish "fot." or Lithuanian "nuotr.". The two are the costliest of the engine's patterns to
// compile (about 13 ms each in V8: a case-insensitive list of labels in many scripts), which the
// first extraction in a new tab pays; run only on texts that hold a mark, they are compiled on
// fewer corpus pages (scrapinghub-dev 21 of 91 instead of 60, fundus-dev 59 of 121 instead of 111).
// First extraction in a new tab, 91 scrapinghub pages in Chromium, paired with the engine before:
// median 130.6 against 134.8 ms, per-page ratio 0.958; output unchanged on all 878 corpus pages
// (bench:dump).
const LABEL_MARK_RE = /[:：=＝]|fot\.|nuotr\./i;
const mayHoldLabel = (text: string): boolean => LABEL_MARK_RE.test(text);
/** LABELLED_RE behind its gate, where the pattern lists below try it. */
const LABELLED = { exec: (text: string) => (mayHoldLabel(text) ? LABELLED_RE.exec(text) : null) };
// "… California. Credit...Jane Roe/Agency": a capitalised label ending in an ellipsis, set in a span
// of its own after the caption's last sentence, and a name after it (fixture
// figures-credit-ellipsis-label.html). Only this label, and only there: "The photo... Was it real?"
// and "they gave him little credit... Fans loved it" are prose.
const ELLIPSIS_LABEL = 'Credits?\\s*(?:\\.{3}|…)\\s*';
const ELLIPSIS_START_RE = new RegExp(`^${ELLIPSIS_LABEL}(?=\\p{Lu})`, 'u');
const ELLIPSIS_LABELLED_RE = new RegExp(`(?:^|(?<=[.!?]\\s*))${ELLIPSIS_LABEL}(\\p{Lu}.*?)\\s*$`, 'u');
// "... Photo by Jane Doe" / "Foto von Max Muster" / "Photo de ..." / "Foto di ...". The Indonesian and
// Malay "oleh", Swahili "na" and Filipino "ni" only with their own language's photo word, since "foto
// na praia" is Portuguese for a photo on the beach (fixture figures-credit-world-wordings.html).
const PHOTO_BY_OTHER = '(?:foto|gambar)\\s+oleh|picha\\s+na|(?:larawan|kuha)\\s+ni';
const BY_RE = new RegExp(
  `(?:^|[\\s.,;|–—(-])(?:(?:photos?|foto|fotos|bild|image|picture)\\s+(?:by|von|de|di|por|door|av|af)|${PHOTO_BY_OTHER})\\s+(.+?)\\s*\\)?\\s*$`,
  'i',
);
// "© Name", also after a label ("Bild © Name (hr)", fixture figures-credit-marks.html): the
// label goes with the credit, not into the caption.
const COPYRIGHT_RE = new RegExp(
  `(?:^|[\\s.,;|–—(-])(?:(?:${LABEL_ALT})\\.?\\s*)?(?:[©ⓒⒸ]|\\(c\\)|copyright\\b|℗)\\s*:?\\s*(.+?)\\s*\\)?\\s*$`,
  'i',
);
// Japanese captions end in "＝Agency" or "（Name撮影）" ("photographed by"; 代表撮影 is a pool photo):
// fixture figures-credit-marks.html.
// The label may also come first: "（撮影・Name）" (fixture figures-credit-world-wordings.html).
const JA_SHOT_RE =
  /[（(]([^（）()]{1,30}?)撮影[）)]\s*$|＝([^＝（）()]{1,30}?)撮影\s*$|[（(]撮影[・:：＝=]\s*([^（）()]{1,30})[）)]\s*$/;
// The mark in either width: a page that folds its text to half width sets "=" ("…=共同"). A
// photo's label before it goes with the credit ("写真＝共同", Korean "사진=연합뉴스").
const JA_AGENCY_TAIL_RE = /(?:(?:写真|사진)\s*)?[＝=]\s*([^＝=]{1,30})$/;
// Agencies and stock libraries whose name at the end of a caption is a credit on its own.
const AGENCIES =
  "PTI|ANI|IANS|Supplied|Handout|HANDOUT|Submitted|File photo|Courtesy(?: of)?(?: [\\p{L}.' -]{2,40})?|AP|AFP|Reuters|REUTERS|Getty(?: Images)?|GETTY|dpa|DPA|EPA|epa|EPA-EFE|EFE|Imago|IMAGO|imago|picture[- ]alliance|Picture Alliance|Keystone|KEYSTONE|ANP|BELGA|Belga|Shutterstock|iStock(?:photo)?|Alamy|PA(?: Wire| Images)?|ANSA|APA|Anadolu(?: Agency)?|Xinhua|TASS|NurPhoto|SIPA|Sipa|Bloomberg|Polaris|ZUMA(?: Press)?|Zuma|Unsplash|Pexels|Pixabay|Wikimedia Commons|NTB|TT|Scanpix|Ritzau|Lehtikuva|ČTK|PAP|Europa Press|EUROPA PRESS|Contributed|Agencia EFE|LaPresse|Sputnik|Kyodo|Yonhap|AAP|CP|The Canadian Press|Associated Press|연합뉴스|뉴시스|뉴스1|新华社|中新社|中新网|中新網|视觉中国|人民视觉|中央社|路透社|法新社|美联社|美聯社|欧新社|歐新社|Sipa USA|ZUMA Wire|ZUMA Press Wire|Folhapress|Agência Brasil|Estadão Conteúdo|Reprodução|Divulgação|ANTARA FOTO|Bernama|EUROKINISSI|Eurokinissi|MTI|Lusa|LUSA|Télam|DHA|İHA|AA|Anadolu Ajansı|Depo Photos|Ansa|KCNA|ABACA|Abaca|SOPA Images|LightRocket|DR|РИА Новости|ТАСС|رويترز|فرانس برس|أ ف ب|الفرنسية|أسوشيتد برس|الأناضول|غيتي|شينخوا|إي بي إيه|د ب أ";
// A name beside the agency: words, or initials with their dot, never a sentence's end ("Boats
// return at dusk. Max Muster / AFP" credits "Max Muster / AFP", fixture
// figures-caption-overlay-paragraphs.html).
const NAME_WORD = "(?:\\p{Lu}\\.|\\p{L}[\\p{L}'’]*)";
const NAME_PART = `${NAME_WORD}(?:[ -]${NAME_WORD}){0,5}`;
// Before "via", only a capitalised name ("Barcroft Media via Getty Images", not "it came via Reuters").
const CAP_WORD = "(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’]*)";
const CAP_NAME_PART = `${CAP_WORD}(?:[ -]${CAP_WORD}){0,5}`;
// Before the agency's slash, one word (a user name with its digits or underscore: "smolaw11/iStock",
// "Westend61/Getty Images", "Drazen_/Getty Images": stock photographers' names; fixture
// figures-credit-stock-user-name.html) or a name's words: capitalised but for its particles, so that
// "The mayor of the town / AFP" keeps its caption (fixture figures-credit-more-languages.html).
const USER_NAME_WORD = "(?:\\p{L}[\\p{L}\\p{N}_'’]*)";
const NAME_BEFORE_SLASH = `(?:${USER_NAME_WORD}|${CAP_WORD}(?:[ -](?:${CAP_WORD}|${NAME_PARTICLES})){1,5})`;
// An agency's own word for its photo may follow it ("… city centre. PTI Photo", Indian papers;
// "AFP PHOTO / Name").
const AGENCY_TAIL_RE = new RegExp(
  `(?:^|[.!?]\\s+|\\s[|–—/-]\\s|\\s{2,})((?:${NAME_BEFORE_SLASH}\\s?/\\s?|${CAP_NAME_PART}\\s+via\\s+)*(?:${AGENCIES})(?:\\s(?:[Pp]hotos?|PHOTOS?|[Pp]ictures?|FOTO))?(?:\\s?(?:/|via|for)\\s?${NAME_PART})*)\\s*\\.?$`,
  'u',
);
// "… on Tuesday. Photo / Jane Roe" (New Zealand papers): a photo label and a slash after the
// caption's last sentence.
// "Photo/Jane Roe" is set without spaces too; "Photo/Video: …" credits both.
const LABEL_SLASH_RE =
  /(?:^|(?<=[.!?])\s+)(?:Photos?|Pictures?|Images?|Fotos?|Bild)\s?\/\s?(?!V[ií]deo)(\p{Lu}[^/]{1,80})$/u;
// Chinese captions end in "图/视觉中国" or "图片来源：Agency" after the last sentence ("picture/").
// After a space or a slash too ("… 渡轮 图/李明", "… 渡轮 / 图：李明").
const ZH_LABEL_RE =
  /(?:^|(?<=[。！？])|\s(?:[/／|｜]\s*)?)\s*(?:图片来源|圖片來源|图片|圖片|图源|圖源|来源|來源|图|圖)\s*[/／:：]\s*([^。！？/／:：]{1,30})$/;
// A label written after the name: Lithuanian "J. Name / LRT nuotr." ("photo"), the whole last
// sentence of the caption (initials allowed) or the caption in brackets.
const POST_LABEL_RE =
  /(?:^|[.!?]\s+|\s[([])((?:\p{Lu}\.\s?)*[^.!?()[\]]{1,60}?)\s+nuotr(?:\.|auka)?\s*[)\]]?\s*$/iu;
// Chinese captions end in "新华社记者 Name 摄" ("photographed by"), bracketed or after the last
// sentence: the part before 摄 set off by a space, or a reporter's title run into the name.
const ZH_SHOT_RE =
  /(?:^|[。！？]\s*|[（(])((?:[^。！？（）()]{0,16}记者\s*)?[^。！？（）()\s]{1,12}|[^。！？（）()]{1,30}?\s)\s*[摄攝]\s*[）)]?\s*$/;
// "… 연설하고 있다. 김철수 기자": a Korean caption ends in its photographer's name and "기자"
// ("reporter") after the last sentence, or after "사진=" (fixture figures-credit-more-languages.html).
const KO_REPORTER_RE = /(?<=[.!?。])\s+((?:사진\s*[=:：]\s*)?[가-힣]{2,4}\s?기자)\s*$/;
// "… in Nairobi. PHOTO | JANE ROE | NMG": a photo label set off by bars after the caption's last
// sentence (East African papers; fixture figures-credit-more-languages.html). Not "DPA Images |
// Name", where the word ends an agency's name.
const LABEL_BAR_RE =
  /(?:^|(?<=[.!?])\s+)(?:PHOTOS?|Photos?|FOTOS?|Fotos?|PICTURES?|Pictures?|IMAGES?|Images?)\s\|\s(.+)$/;
// "Top photo: Jane Roe", "Left image: …", a blog's "Featured image: …": which of several photos a
// credit is for (fixture figures-credit-position-words.html).
const POSITION_WORD_RE =
  /^(?:left|right|top|bottom|above|below|main|lead|header|hero|cover|featured?|banner)$/i;
/** The caption part left by splitCredit names another photo's place ("Top", "Left"). */
export const namesPosition = (caption: string): boolean => POSITION_WORD_RE.test(caption);
// "… has started. /Agency": a name after a slash that follows the caption's last sentence (Korean
// captions end in "/연합뉴스").
// A space before the slash and none after sets it apart too ("페리 운항 재개 /뉴스1": Korean
// captions often end without a full stop; fixture figures-credit-world-wordings.html).
const SLASH_TAIL_RE = /[.!?。]\s*\/\s*([^/.!?。]{1,30})$|\s\/(?=\S)([^/.!?。]{1,30})$/;
// Spanish and Portuguese "(Foto) cedida por X" / "Cortesía de X": the credit keeps its words, as
// "Courtesy of X" does, since they say how the photo came (fundus Publico truth keeps them too).
// "… Photograph by Jane Roe" / "Illustration by Jane Roe": the longer label words only after the
// caption's last sentence or a separator, since "A photograph by Ada Kern hangs in the hall" is prose
// (fixture figures-credit-photograph-by.html).
// "Photo illustration by" and "(Photo) provided by" / "supplied by" read the same way.
const LONG_BY_RE =
  /(?:^|(?<=[.!?;|–—(])\s*)(?:[Pp]hotograph(?:s|y|ed)?|(?:[Pp]hoto\s+)?[Ii]llustrations?|[Aa]rtwork|[Gg]raphics?|(?:(?:[Pp]hotos?|[Ii]mages?|[Pp]ictures?)\s+)?(?:[Pp]rovided|[Ss]upplied))\s+by\s+(?:the\s+)?(\p{Lu}[^.!?()]{1,60}?)\s*\)?\s*$/u;
// "… Photo courtesy of the Harbour Trust" / "Image courtesy NASA": the label goes, the words saying
// how the photo came stay, as for "Courtesy of X" alone (fixture figures-credit-world-wordings.html).
const COURTESY_RE =
  /(?:^|[\s.,;|–—(-])(?:photos?|images?|pictures?|photographs?|video)\s+((?:are\s+|is\s+)?courtesy\s+(?:of\s+)?[^.!?()]{2,80}?)\s*\)?\s*$/i;
// "… on Monday. Jane Roe photo", "… | Jane Roe/Harbour News photo": American local papers set the
// photographer's name before the word, as the caption's last sentence or after a separator; the word
// goes as a label does (fixture figures-credit-name-before-photo.html). Inside a sentence ("holds a
// Jane Roe photo") it is prose; after an initial's dot ("Jane P. Roe Submitted photo") the name is
// the sitter's; "Name/AP Photo" is the agency's own wording.
const NAME_PHOTO_RE =
  /(?<=\p{L}{2}[.!?]["”]?\s+|\s[|–—-]\s*)(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s\p{Lu}[\p{L}\p{M}'’.-]*){1,3}(?:\s?\/\s?\p{Lu}[\p{L}\p{M}'’. -]{1,40}?)?)\s+photo(?:graph)?\.?\s*$/u;
// "… op maandag. Beeld Jan Jansen" / "Foto Ansa": Dutch and Italian papers set the label without a
// colon before a name in capitals, as the caption's last sentence (fixture
// figures-credit-world-wordings.html); French ones write "Photo Jane Roe" (figures-caption-controls.html).
const BARE_LABEL_RE =
  /(?:^|(?<=[.!?])\s+)(?:Foto|Fotos|Beeld|Fotó|Photos?(?!\sResearchers))\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s\p{Lu}[\p{L}\p{M}'’.-]*){0,3}(?:\s?\/\s?[^/.!?]{1,60})*)$/u;
// "… au matin. | OUEST-FRANCE", "| ARCHIVES JANE ROE": French papers set the credit in capitals after
// a bar, without a label (fixture figures-caption-controls.html). Words of two letters or more, a
// few of them: "| NEW YORK, 1969" has a digit, "| A" is a letter.
const CAPS_AFTER_BAR_RE =
  /(?:^|\s)\|\s*(\p{Lu}[\p{Lu}\p{M}.'’&-]+(?:[ /]+\p{Lu}[\p{Lu}\p{M}.'’&-]*){0,4})\s*$/u;
// "… on Monday. Jane Roe/Coast News": a last sentence that is only a name, a slash and an outlet, all
// words capitalised and one side of two words or more ("Before/After" is one word a side); also set
// off by a dash ("The pier at dawn — Jane Roe/Coast News": fixture figures-credit-more-languages.html)
// or a bar ("The pier at dawn. | Jane Roe/Coast News", figures-caption-controls.html).
const NAME_SLASH_TAIL_RE = new RegExp(
  `(?:^|(?<=[.!?])\\s+|(?<=\\s[–—|])\\s)((?:${CAP_WORD}\\s)+${CAP_WORD}(?:\\s?/\\s?|\\s\\|\\s)${CAP_NAME_PART}|${CAP_NAME_PART}(?:\\s?/\\s?|\\s\\|\\s)(?:${CAP_WORD}\\s)+${CAP_WORD})$`,
  'u',
);
const GIVEN_BY_RE =
  /(?:^|[\s.,;|–—(-])(?:(?:foto(?:grafía|grafia)?|imagen|imagem)\s+)?((?:cedida|cedido|cortesía|cortesia)\s+(?:por|de|da|do)\s+.+?)\s*\)?\s*$/i;
// Agencies named after "＝" in Japanese captions, read after width folding ("ＡＰ" is "AP"), perhaps
// with the aircraft the photo was taken from ("＝共同通信社ヘリから", from the agency's helicopter).
const JA_AGENCY_RE = new RegExp(
  `^(?:${AGENCIES}|ロイター|共同|時事|共同通信|時事通信|新華社|聯合)(?:[=＝/・].{1,20}|社?(?:ヘリ|機)から)?$`,
  'u',
);
// "Foto ANP" / "Photo AFP": a label without a colon, directly followed by an agency.
const LABEL_AGENCY_RE = new RegExp(
  `(?:^|[\\s.,;|–—(-])(?:[Ff]otos?|[Pp]hotos?|[Bb]ild|[Bb]eeld|[Ff]ot\\.)\\s+((?:${AGENCIES})(?:\\s?/.{1,80})?)\\s*\\)?$`,
  'u',
);
// "(Mohamed El Saife/CBC)": a short parenthesised "Name/Outlet" at the end is a credit too, and so is
// a chain of two outlets after the name ("(Ann Lee/AFP/Getty Images)", trafilatura-dev: a US
// magazine's lead photo; fixture figures-credit-box-holding-caption.html).
const PAREN_SLASH_RE = /^\p{Lu}[\p{L}.'’ -]{1,40}(?:\s?\/\s?\p{Lu}[\p{L}.'’ -]{1,40}){1,2}$/u;
// "(user name / Agency)": any name, in any case, before a slash and an agency or photo library of the
// list, the library also written as its web address, a domain ending after its name (trafilatura-dev: a nature
// charity's page; fixture figures-credit-agency-words.html).
const PAREN_AGENCY_USER_RE = new RegExp(`^[^()/]{1,40}\\s?/\\s?(?:${AGENCIES})(?:\\.[a-z]{2,6})*$`, 'u');
// "(Jane Roe for The Coast News)": a photographer on assignment for the paper (fixture
// figures-credit-for-outlet.html). A name of two to four capitalised words, none of them a word of a
// body or an office: "(National Alliance for Public Schools)" and "(Prime Minister for Wales)" are
// caption words.
const PAREN_FOR_RE =
  /^((?:\p{Lu}[\p{L}'’.-]*\s){1,3}\p{Lu}[\p{L}'’.-]*)\s+for\s+\p{Lu}[\p{L}\p{N}.'’& -]{1,50}$/u;
const NOT_NAME_WORD_RE =
  /^(?:Alliance|Association|Campaign|Cent(?:er|re)|Coalition|Committee|Council|Foundation|Fund|Institute|League|Movement|Network|Office|Partnership|Party|Society|Union|Federation|Commission|Agency|Group|Project|Initiative|Department|Ministry|Organi[sz]ation|Minister|Secretary|Commissioner|Director|Officer|Spokes(?:man|woman|person)|Candidate|Chair(?:man|woman)?|President|Correspondent|Editor|Manager|Coordinator|Representative|Senator|Governor|Mayor|Students|Citizens|Americans|People|Women|Men|Parents|Friends|Doctors|Scientists|Veterans|Families|Workers|Voters)$/;
const isPhotographerFor = (inner: string): boolean => {
  const name = PAREN_FOR_RE.exec(inner)?.[1];
  return !!name && !name.split(/\s+/).some((word) => NOT_NAME_WORD_RE.test(word));
};
// "… at dawn. (Jane Roe)": a person's name alone in brackets after the caption's last sentence is
// the photographer's (fixture figures-credit-more-languages.html). Not right after a word: "Jane
// Roe (Harbour Trust)" names the sitter's employer, and not a body's or an office's name.
const PAREN_NAME_RE = /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]*){1,3}$/u;
const SENTENCE_END_BEFORE_RE = /[.!?]\s*$/;
const isNameAfterSentence = (text: string, at: number, inner: string): boolean =>
  PAREN_NAME_RE.test(inner) &&
  SENTENCE_END_BEFORE_RE.test(text.slice(0, at)) &&
  !inner.split(/\s+/).some((word) => NOT_NAME_WORD_RE.test(word));
// "[사진 출처 = 연합뉴스]" (fundus MBN): any labelled credit in brackets.
const PAREN_LABEL_RE = new RegExp(`^(?:${LABEL_ALT})\\s*[:：=＝]`, 'i');
// "(AP Photo/Alex Brandon, File)", "(Photo: ...)", "(Reuters)", "(Getty Images)"; full-width brackets
// in Japanese and Chinese ("（写真：共同）", "（ロイター）", "【图片来源：新华社】").
const PAREN_TAIL_RE = /\s*[([（【]([^()[\]（）【】]{2,120})[)\]）】]\s*[.。]?$/;
// "ADA KERN (REUTERS)": a name in capitals before a bracketed agency, after the caption's last
// sentence, is the photographer's (fixture figures-credit-caps-name-before-agency.html); two words
// at least, so one capitalised word ending a sentence does not go with it.
const CAPS_NAME_TAIL_RE = /(?:^|[.!?]\s+)((?:\p{Lu}[\p{Lu}\p{M}.'’-]*\s+){1,4}\p{Lu}[\p{Lu}\p{M}.'’-]*)\s*$/u;
// "… on Monday. Jane Roe (REUTERS)": a name in ordinary case too, when it is the whole sentence
// after the caption's last one (Spanish papers set it in a span of its own; fixture
// figures-credit-world-wordings.html). Not at the start: a portrait's caption "Jane Roe (AFP)" names
// the sitter.
const NAME_TAIL_RE = new RegExp(
  `(?<=[.!?])\\s+((?:\\p{Lu}[\\p{L}\\p{M}.'’-]*\\s+(?:${NAME_PARTICLES}\\s+)*){1,4}\\p{Lu}[\\p{L}\\p{M}.'’-]*)\\s*$`,
  'u',
);
// The agency is a word of its own: "(panorama)", "(Apple Park)" and "(efemérides)" start with an
// agency's letters and are caption words (fixture figures-credit-languages.html).
const PAREN_CREDIT_RE = new RegExp(
  `^(?:(?:${AGENCIES})(?![\\p{L}\\p{N}])|[\\p{L}.' -]*\\b(?:photo|foto|photograph|image|bild|credit|fotografía|crédit)\\b)`,
  'iu',
);
// Chinese credits in brackets at the end: a picture label ("（图/张三）", "（图：视觉中国）"), who
// issued the photo ("（新华社发）": an agency, paper, site, station or office, then 发), a file photo
// ("（资料图）", "（中央社檔案照片）") and where a picture was taken from ("（圖取自臉書）"); fixture
// figures-credit-chinese-brackets.html. A bracket that only goes on with the caption ("（当地时间）")
// stays in it.
const ZH_ISSUER = '.{1,12}[社网網报報台站局]发';
const ZH_PAREN_CREDIT_RE = new RegExp(
  `^(?:(?:图片来源|圖片來源|图片|圖片|图源|圖源|图|圖)\\s*[/／:：]\\s*(.{1,30}?)\\s*[摄攝]?|${ZH_ISSUER}|.{0,12}(?:资料图片?|資料圖片?|資料照片?|档案照片?|檔案照片?)|(?:图|圖|照片)?(?:取自|翻攝自|翻摄自|截自|截图自|截圖自).{1,30})$`,
);
// "新华社发（张三 摄）": the issuer before a bracketed photographer goes with the credit.
const ZH_ISSUER_TAIL_RE = new RegExp(`(?<=[。！？])\\s*(${ZH_ISSUER})\\s*$`);
// "[서울=뉴시스] 홍길동 기자 = …", "(서울=연합뉴스) …": Korean wire captions open with the agency's
// dateline (place and agency in brackets) and the photographer, and may end with his address; the
// agency and the photographer are the credit (fixture figures-credit-korean-dateline.html). The agency
// is written in Hangul: "(L=Jane Roe) …" is no dateline.
const KO_CAPTION_LEAD_RE = new RegExp(`^${KO_DATELINE}\\s*(?:(${KO_REPORTER})\\s*=\\s*)?`, 'u');
const HANGUL_RE = /\p{Script=Hangul}/u;
const TAIL_EMAIL_RE = /\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$/;
// "（気象庁提供）", "(해안시 제공)", "（市交通局供图）": who provided the photo, in brackets at the end
// (Japanese, Korean and Chinese captions; fixture figures-credit-provided-by.html); the Korean "[해안통신
// 자료사진]" names whose file photo it is.
const PROVIDED_BY_RE = /^[^\s()（）][^()（）]{0,20}?\s?(?:提供|제공|供图|供圖|자료사진)$/;
// A note after the credit inside its brackets that the photo may not be resold or reused: "[해안시
// 제공. 재판매 및 DB 금지]", as Korean wire captions end and the papers that print them keep them
// (fixture figures-credit-provided-by.html). The note is no part of the credit.
const REUSE_NOTE_RE =
  /[.,]\s*(?:재판매\s*및\s*DB\s*금지|재배포\s*금지|DB\s*금지|무단\s*전재.{0,20}금지)\.?\s*$/;
// Chinese "… 效果图。市交通局供图" ("provided the picture"), after the last sentence or a space; the
// words stay with the name, as "Courtesy of" does (fixture figures-credit-provided-by.html).
const ZH_PROVIDED_RE = /(?:^|(?<=[。！？])|\s)\s*([^。！？（）()\s]{1,20}(?:供图|供圖))\s*$/;
const TRAIL_PUNCT_RE = /[\s|/–—,;:-]+$/;
const LEAD_PUNCT_RE = /^[\s|/–—,;:-]+/;
// A credit longer than this is caption prose that happened to contain a label word.
const MAX_CREDIT_CHARS = 160;

// A quoted sentence at the end ('… she said: "We stay."'): caption prose, never a credit.
const QUOTED_END_RE = /[.!?…]\s*["”»“'’]\s*\.?$/;
export const endsInQuote = (t: string): boolean => QUOTED_END_RE.test(t);

export interface CaptionParts {
  caption: string;
  credit: string;
}

// "Jane Roe (hr": the pattern that read the credit took its closing bracket for the one
// around the whole credit.
const UNCLOSED_RE = /\([^()]*$/;

// "(Photo by Jane Roe/AFP via Getty Images)": the bracketed credit without its "Photo by".
const BY_LABEL_RE = new RegExp(
  `^(?:(?:photos?|foto|fotos|bild|image|picture|photograph(?:s|y|ed)?|illustrations?|artwork|graphics?)\\s+(?:by|von|di|por|door|av|af)|${PHOTO_BY_OTHER})\\s+`,
  'i',
);
// "NAME (REUTERS) | Vídeo: EPV": the video's credit after the photo's is not the photo's.
const VIDEO_CREDIT_RE = /\s*[|/·]\s*v[ií]deos?\s*[:：].*$/i;

const LEADING_LABEL_RE = new RegExp(`^(?:${LABEL_ALT})\\.?\\s*[:：=＝]\\s*`, 'i');

// "(foto Ansa)", "(Foto Mario Rossi)": Italian captions set the label without a colon inside the
// brackets (fixture figures-credit-world-wordings.html). Not "Photo Researchers", an agency's name.
const BARE_LABEL_START_RE = /^(?:[Ff]oto|[Ff]otos|photo|photos|fot\.)\s+(?=\p{Lu})/u;

function tidyCredit(credit: string): string {
  // Folded without trimming first: a leading space keeps the label pattern below from matching.
  return credit
    .replace(/\s+/g, ' ')
    .replace(LEADING_LABEL_RE, '')
    .replace(ELLIPSIS_START_RE, '')
    .replace(/^(?:[©ⓒⒸ]|\(c\)|copyright)\s*:?\s*/i, '')
    .replace(VIDEO_CREDIT_RE, '')
    .replace(BY_LABEL_RE, '')
    .replace(BARE_LABEL_START_RE, '')
    .replace(TRAIL_PUNCT_RE, '')
    .replace(/^[([（【]|[)\]）】]$/g, '')
    .trim()
    .replace(UNCLOSED_RE, '$&)');
}

// "© Bild: Name" (a copyright sign before a labelled credit, a trafilatura-dev motoring page): the sign
// belongs to the credit, not to the caption before it.
const COPYRIGHT_TAIL_RE = /\s*(?:[©ⓒⒸ]|\(c\)|copyright)\s*$/i;

// "She loved the photo: it showed her mother." A credit names someone; a clause of lower-case words
// ending in a full stop after a label word is the caption's prose (fixture
// figures-credit-world-wordings.html).
const PROSE_AFTER_LABEL_RE = /^\p{Ll}\S*(?:\s+\S+){3,}[.!?]$/u;

// "Im Bild: …", "Sur la photo : …", "In the photo: …": "in the picture" before the label says what
// the photo shows, a caption's opening, not a credit's label (fixture
// figures-caption-in-the-picture.html).
const IN_THE_PICTURE =
  'im|auf\\s+dem|auf\\s+den|in\\s+the|on\\s+the|in|sur\\s+la|sur\\s+les|dans\\s+la|en\\s+la|en\\s+las|en\\s+el|nella|nelle|sulla|op\\s+de|на|в|no|na|em';
const IN_THE_PICTURE_RE = new RegExp(`^(?:${IN_THE_PICTURE})$`, 'i');
// The whole opening ("Im Bild: "), so that a credit after the caption is still read.
const PICTURE_WORDS =
  'bild|bildern|foto|fotos|fotografii|fotografia|photo|photos|picture|pictures|image|images|imagen|immagine|zdjęciu|zdjęciach|фото|снимке|bildet|bilden';
const IN_THE_PICTURE_LEAD_RE = new RegExp(`^(?:${IN_THE_PICTURE})\\s+(?:${PICTURE_WORDS})\\s*[:：]\\s*`, 'i');
// A caption's own openers: "in the picture" ("Im Bild:", "На фото:") and the words that point at the
// photo ("Pictured:", "Above:", "Oben:", "Ci-dessus :").
const CAPTION_OPENER_RE = new RegExp(
  `^(?:(?:${IN_THE_PICTURE})\\s+(?:${PICTURE_WORDS})|pictured(?:\\s+(?:above|below|left|right))?|above|below|oben|unten|ci-dessus|arriba|sopra|hierboven|выше)\\s*[:：]\\s*\\S`,
  'i',
);
/** The text opens as a caption does, saying what the photo shows ("Im Bild: …", "Pictured: …"). */
export const opensAsCaption = (text: string): boolean => CAPTION_OPENER_RE.test(text);

function cut(text: string, index: number, credit: string): CaptionParts | null {
  const c = tidyCredit(credit);
  if (!c || c.length > MAX_CREDIT_CHARS || endsInQuote(c) || PROSE_AFTER_LABEL_RE.test(c)) return null;
  if (IN_THE_PICTURE_RE.test(text.slice(0, index).trim())) return null;
  const caption = text
    .slice(0, index)
    .replace(TRAIL_PUNCT_RE, '')
    .replace(COPYRIGHT_TAIL_RE, '')
    .replace(TRAIL_PUNCT_RE, '')
    .replace(/[([（【]$/, '')
    .trim();
  return { caption, credit: c };
}

// A caption's closing full stop after a credit ("… Photo courtesy of the Harbour Trust.", "Foto
// cedida por el Ayuntamiento.", "Photograph by Jane Roe."): patterns that read a credit up to the
// text's end, or take a clause ending in a stop for prose, are tried again without it (fixture
// figures-credit-final-stop.html). After a word, not an initial's or an abbreviation's dot. A
// credit so read that ends in lower-case words is a sentence's end: "Photographs by Jane Roe hang in
// the hall." A credit read with the stop loses it ("Photo by Jane Roe." is "Jane Roe").
const FINAL_STOP_RE = /\p{L}{2}\.$/u;
// ...unless the dot is an abbreviation's: "zvg." (zur Verfügung gestellt, "provided": fundus-dev, a
// Liechtenstein paper), a company's "Inc." or "Ltd.".
const ABBREVIATION_END_RE = /(?:^|[\s/,(])(?:zvg|inc|ltd|corp|co|bros|jr|sr)\.$/i;
const PROSE_TAIL_RE = /(?:\s\p{Ll}[\p{L}'’-]*){2}$/u;

// "… Jane Roe / Wikimedia Commons (CC BY-SA 4.0)": a licence in brackets after the credit belongs to
// it, and hides the credit's end from the patterns that read it there (trafilatura-dev: blogs that
// reuse Commons photos; fixture figures-credit-licence-after.html).
const LICENCE_TAIL_RE =
  /\s*[([]\s*(?:CC[\s-]?(?:BY(?:[\s-](?:SA|NC|ND)){0,2}|0)(?:\s\d\.\d)?(?:\s[A-Z]{2,3})?|public\s+domain|gemeinfrei|domaine\s+public)\s*[)\]]\.?$/i;

/** Caption and credit of a caption text; credit '' when the text holds none. */
export function splitCredit(input: string): CaptionParts {
  const text = collapse(input);
  const licence = LICENCE_TAIL_RE.exec(text);
  if (licence && licence.index > 0) {
    const parts = splitCaptionText(text.slice(0, licence.index));
    if (parts.credit) return { caption: parts.caption, credit: `${parts.credit} ${licence[0].trim()}` };
  }
  return splitCaptionText(text);
}

/** splitFinalStop, with an "in the picture" opening ("Im Bild: ") kept on the caption, not read as a label. */
function splitCaptionText(text: string): CaptionParts {
  const lead = IN_THE_PICTURE_LEAD_RE.exec(text);
  if (lead) {
    const rest = splitFinalStop(text.slice(lead[0].length));
    return rest.credit
      ? { caption: `${lead[0]}${rest.caption}`, credit: rest.credit }
      : { caption: text, credit: '' };
  }
  return splitFinalStop(text);
}

/** splitText, tried again without the caption's closing stop (FINAL_STOP_RE). */
function splitFinalStop(text: string): CaptionParts {
  const parts = splitText(text);
  if (!FINAL_STOP_RE.test(text)) return parts;
  const withoutStop = splitText(text.slice(0, -1));
  // The caption's closing stop read into the credit ("Photo by Jane Roe." gave "Jane Roe."): the
  // same credit without it.
  if (parts.credit)
    return withoutStop.credit === parts.credit.slice(0, -1) && !ABBREVIATION_END_RE.test(parts.credit)
      ? withoutStop
      : parts;
  return withoutStop.credit && !PROSE_TAIL_RE.test(withoutStop.credit) ? withoutStop : parts;
}

// "Foto: Jane Roe. Der Hafenmeister am Pier.", "© Jane Roe | The harbour master at the pier": the
// credit set first, the caption after a stop or a bar or dash. The caption says a few words, one of
// them in lower case; a name or an agency after the bar is the credit's own ("© Jane Roe | Harbour
// News"). Not a slash, which joins a photographer to an agency (fixture figures-credit-first.html).
const CREDIT_FIRST_RE = new RegExp(
  `^((?:(?:${COMPOUND_LABEL})\\.?\\s*[:：]|[©ⓒⒸ])\\s*[^|—–.()/]{2,60}?\\p{L}{2})(?:\\.\\s+|\\s+[|—–]\\s+)(.+)$`,
  'iu',
);
const CAPITAL_START_RE = /^\p{Lu}/u;
// A credit is names: two words in lower case make a sentence ("Foto: No machine-readable author
// provided. …", a Commons notice on trafilatura-dev).
const PROSE_IN_CREDIT_RE = /(?:^|\s)\p{Ll}[\p{L}-]*\s+\p{Ll}/u;
const PROSE_WORD_RE = /(?:^|\s)\p{Ll}{2,}(?=\s|$)/u;
const MIN_CAPTION_AFTER_CREDIT_WORDS = 3;

function splitText(text: string): CaptionParts {
  if (!text) return { caption: '', credit: '' };
  const first = mayHoldLabel(text) || COPYRIGHT_START_RE.test(text) ? CREDIT_FIRST_RE.exec(text) : null;
  if (first?.[1] && first[2]) {
    const caption = first[2].trim();
    const credit = wholeCredit(first[1]);
    if (
      credit &&
      !PROSE_IN_CREDIT_RE.test(credit) &&
      CAPITAL_START_RE.test(caption) &&
      caption.split(/\s+/).length >= MIN_CAPTION_AFTER_CREDIT_WORDS &&
      PROSE_WORD_RE.test(caption)
    ) {
      // A second credit after the caption ("… am Pier. Foto: dpa") joins the first.
      const rest = splitText(caption);
      return rest.credit
        ? { caption: rest.caption, credit: `${credit} / ${rest.credit}` }
        : { caption, credit };
    }
  }
  const ko = KO_CAPTION_LEAD_RE.exec(text);
  if (ko?.[1] && HANGUL_RE.test(ko[1])) {
    const rest = splitCredit(text.slice(ko[0].length).replace(TAIL_EMAIL_RE, ''));
    const lead = ko[2] ? `${ko[1]} ${ko[2]}` : ko[1];
    if (rest.caption)
      return { caption: rest.caption, credit: rest.credit ? `${lead} / ${rest.credit}` : lead };
  }

  const paren = PAREN_TAIL_RE.exec(text);
  const inner = (paren?.[1] ?? '').replace(REUSE_NOTE_RE, '').trim();
  const agencyParen = !!paren && PAREN_CREDIT_RE.test(inner);
  if (agencyParen) {
    const head = text.slice(0, paren.index);
    // "… Foto: Jane Roe (EPA)": the labelled name and its agency are one credit.
    const labelled = LABELLED.exec(head.trimEnd());
    if (labelled?.[1]) {
      const r = cut(text, labelled.index, `${labelled[1]} (${inner})`);
      if (r) return r;
    }
    // The photographer's name in capitals before the agency goes with it.
    const name = CAPS_NAME_TAIL_RE.exec(head) ?? NAME_TAIL_RE.exec(head);
    if (name?.[1]) {
      const start = name.index + name[0].indexOf(name[1]);
      const r = cut(text, start, text.slice(start).trim());
      if (r) return r;
    }
  }
  const zhParen = paren && ZH_PAREN_CREDIT_RE.exec(inner);
  if (paren && zhParen) {
    const r = cut(text, paren.index, zhParen[1] ?? inner);
    if (r) return r;
  }
  if (
    paren &&
    (agencyParen ||
      PAREN_SLASH_RE.test(inner) ||
      PAREN_AGENCY_USER_RE.test(inner) ||
      isPhotographerFor(inner) ||
      isNameAfterSentence(text, paren.index, inner) ||
      PAREN_LABEL_RE.test(inner) ||
      PROVIDED_BY_RE.test(inner) ||
      JA_AGENCY_RE.test(inner.normalize('NFKC')))
  ) {
    const r = cut(text, paren.index, inner);
    if (r) return r;
  }
  const ja = JA_SHOT_RE.exec(text);
  const jaCredit = ja?.[1] ?? ja?.[2] ?? ja?.[3];
  if (ja && jaCredit) {
    // "＝東京都で1月1日、山田太郎撮影": where and when the photo was taken, up to the last "、",
    // describe it; the name after it took it.
    const comma = ja[2] ? jaCredit.lastIndexOf('、') : -1;
    if (comma > 0 && comma < jaCredit.length - 1) {
      const start = ja.index + ja[0].indexOf(jaCredit);
      return { caption: text.slice(0, start + comma).trim(), credit: jaCredit.slice(comma + 1).trim() };
    }
    return { caption: text.slice(0, ja.index).trim(), credit: jaCredit.trim() };
  }
  const jaTail = JA_AGENCY_TAIL_RE.exec(text);
  if (jaTail?.[1] && JA_AGENCY_RE.test(jaTail[1].normalize('NFKC').trim()))
    // "… 여객선 /사진=뉴스1": a slash may set the label apart too.
    return { caption: text.slice(0, jaTail.index).replace(TRAIL_PUNCT_RE, ''), credit: jaTail[1].trim() };
  for (const re of [ZH_SHOT_RE, ZH_PROVIDED_RE, POST_LABEL_RE, KO_REPORTER_RE]) {
    const m = re.exec(text);
    if (m?.[1]) {
      const credit = tidyCredit(m[1]);
      const start = m.index + m[0].indexOf(m[1]);
      if (credit) {
        const caption = text
          .slice(0, start)
          .replace(/[（([]\s*$/, '')
          .trim();
        const issuer = re === ZH_SHOT_RE ? ZH_ISSUER_TAIL_RE.exec(caption) : null;
        if (issuer?.[1])
          return { caption: caption.slice(0, issuer.index).trim(), credit: `${issuer[1]} ${credit}` };
        return { caption, credit };
      }
    }
  }
  for (const re of [
    LABELLED,
    LABEL_BAR_RE,
    LABEL_SLASH_RE,
    ZH_LABEL_RE,
    ELLIPSIS_LABELLED_RE,
    COPYRIGHT_RE,
    LABEL_AGENCY_RE,
    BY_RE,
    LONG_BY_RE,
    COURTESY_RE,
    GIVEN_BY_RE,
    BARE_LABEL_RE,
    NAME_PHOTO_RE,
    CAPS_AFTER_BAR_RE,
  ]) {
    const m = re.exec(text);
    if (m?.[1]) {
      // Start the cut at the label, not at the separator before it.
      const start = m.index + (m[0].length - m[0].replace(LEAD_PUNCT_RE, '').length);
      const r = cut(text, start, m[1]);
      if (r) return r;
    }
  }
  const slash = SLASH_TAIL_RE.exec(text);
  const slashCredit = slash?.[1] ?? slash?.[2];
  if (slash && slashCredit) {
    const r = cut(text, slash.index + 1, slashCredit);
    if (r) return r;
  }
  const agency = AGENCY_TAIL_RE.exec(text);
  if (agency?.[1]) {
    const start = text.length - agency[0].length + agency[0].indexOf(agency[1]);
    const r = cut(text, start, agency[1]);
    // A caption ending with an agency name as part of a sentence ("... said Reuters") keeps it:
    // the credit must be set apart by punctuation, which the pattern requires.
    if (r) return r;
  }
  const outlet = NAME_SLASH_TAIL_RE.exec(text);
  if (outlet?.[1]) {
    const r = cut(text, text.length - outlet[1].length, outlet[1]);
    if (r) return r;
  }
  return { caption: text, credit: '' };
}

/** The text names its credit with a label or a sign ("Photo: Name", "© Agency", "Photo by Name"). */
export function hasLabelledCredit(input: string): boolean {
  const text = collapse(input);
  // "… 新华社记者 才扬 摄": the Chinese "photographed" after the name is a label too (a Xinhua page
  // of trafilatura-dev sets its captions as paragraphs under the photos; fixture
  // figures-caption-paragraph-chinese.html).
  return [LABELLED, COPYRIGHT_RE, BY_RE, LONG_BY_RE, ZH_SHOT_RE].some((re) => {
    const m = re.exec(text);
    return !!m?.[1] && cut(text, m.index, m[1]) !== null;
  });
}

const LABEL_START_RE = new RegExp(`^(?:${COMPOUND_LABEL})\\.?\\s*[:：=＝]`, 'iu');
const COPYRIGHT_START_RE = /^(?:[©ⓒⒸ]|\(c\)|copyright\b)/i;

// A credit set apart by its markup alone is short: an agency and a name or two.
const MAX_OWN_CREDIT_CHARS = 60;

/**
 * The credit a text set apart by markup alone, with no label or bracket, is: an agency or a picture
 * library, alone or with its photographer ("ANP", "Jan de Vries / ANP", "EPA-EFE/JANE ROE"), or a
 * name and an outlet ("Tom Berg/Harbour Times"); '' for any other text. A name alone is none: it may
 * be the sitter's.
 */
export function creditOnItsOwn(input: string): string {
  const text = tidyCredit(collapse(input));
  if (!text || text.length > MAX_OWN_CREDIT_CHARS) return '';
  const agency = AGENCY_TAIL_RE.exec(text);
  const isAgency = !!agency?.[1] && agency.index === 0 && agency[0].startsWith(agency[1]);
  return isAgency || PAREN_SLASH_RE.test(text) || PAREN_AGENCY_USER_RE.test(text) ? text : '';
}

/** The credit when the whole text is a labelled or ©-marked credit ("Foto: Agency"), else ''. */
export function wholeCredit(input: string): string {
  const text = collapse(input);
  if (
    !text ||
    !(
      (mayHoldLabel(text) && LABEL_START_RE.test(text)) ||
      ELLIPSIS_START_RE.test(text) ||
      COPYRIGHT_START_RE.test(text)
    )
  )
    return '';
  const split = splitCredit(text);
  return split.caption ? '' : split.credit;
}
