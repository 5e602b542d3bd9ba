// Recognises a short visible byline ("By Jane Doe and John Roe, Reuters", "Von Max Muster",
// "Par Jean Dupont") and returns the names; null for anything that reads like a sentence.

import { collapse } from '../dom/text';
import {
  AUTHOR_WORD,
  CREDENTIAL_RE,
  DATE_LABELS,
  GENRE_BY,
  isRoleLine,
  splitNames,
  withoutContacts,
} from './authors';
import { hasDigit, isBareDate } from './date';

// Longer than this it is a paragraph, not a byline (fundus bylines stay well under 200 chars).
const MAX_BYLINE_CHARS = 220;
// A name has at most this many words ("Anne-Marie Slaughter", "Juan Carlos de la Fuente Ruiz").
const MAX_NAME_WORDS = 6;

// "By", "Von", "Par", "Por", "Di", "Door", "Av", "Af", "Autor:", "Text:" ... at the start, and the
// words blog engines post under ("Posted by", "Eingestellt von": fixture meta-byline-bare-name.html)
// and a content system's default "Submitted by NAME on DATE", in its French, Spanish and Italian
// wordings too ("Soumis par", "Enviado por", "Inviato da"; fixture meta-byline-submitted-by.html);
// the bylines of further languages: Danish, Norwegian and Swedish "Skrevet af/av", "Skrivet av",
// Polish "Napisał(a)", Indonesian and Malay "Oleh", "Penulis", Turkish "Yazar", Hungarian
// "Szerző", Finnish "Kirjoittaja", Greek "Συντάκτης", Vietnamese "Tác giả", Arabic "بقلم",
// Hebrew "מאת" (fixture meta-byline-languages.html); Lithuanian, Latvian and Slovenian "author",
// Finnish "Teksti", Icelandic "Eftir", Croatian and Serbian "Piše"/"Пише" ("writes"), Hindi and
// Bengali "lekhak", Thai "โดย", Urdu "تحریر", Persian "نویسنده"; Greek "Του"/"Της" (the writer's name
// in the genitive), "Γράφει ο/η" ("writes"), "Από τον/την"; Finnish "Kirjoittanut", Czech
// "Napsal(a)", Hungarian "Írta", Romanian "Scris de", Turkish "Yazan" and "Muhabir" ("reporter"),
// Vietnamese "Bởi"; Azerbaijani "Müəllif", Uzbek "Muallif", Icelandic "Höfundur", Thai "ผู้เขียน"
// ("author"), Albanian "Nga", Portuguese "Reportagem de"; Czech, Slovak and Polish "Autorka" and the
// plurals "Autori", "Autorzy", "Autoři", Croatian and Serbian "Napisao/Napisala" ("wrote"),
// Indonesian "Ditulis oleh", Filipino "Isinulat ni" and Swahili "Imeandikwa na" ("written by")
// (fixture meta-byline-languages.html). Not the one-word "by" of Catalan, Swahili and Filipino
// ("Per", "Na", "Ni"), which are first names or Slavic "on" too.

// Who led an interview, its writer: "Das Gespräch führte NAME", "Die Fragen stellte NAME",
// "Interview by NAME", "Propos recueillis par NAME" (fixture meta-byline-interview-credit.html).
const INTERVIEW_BY =
  '(?:das\\s+(?:gespräch|interview)|die\\s+fragen)\\s+(?:führten?|stellten?)|interview(?:ed)?\\s+by|interview\\s+door|propos\\s+recueillis\\s+par';
const PREFIX_RE = new RegExp(
  `^(?:${INTERVIEW_BY}|written\\s+by|reported\\s+by|reporting\\s+by|words\\s+by|story\\s+by|${GENRE_BY}|posted\\s+by|published\\s+by|submitted\\s+by|soumis\\s+par|enviado\\s+por|inviato\\s+da|(?:eingestellt|erstellt|veröffentlicht|geschrieben|verfasst)\\s+von|publié\\s+par|(?:publicado|escrito)\\s+por|(?:pubblicato|scritto)\\s+da|testo\\s+di|(?:gepost|geplaatst|geschreven)\\s+door|napisane\\s+przez|pressemitteilung\\s+von|skrevet\\s+a[fv]|skrivet\\s+av|by|von|text(?:\\s+von)?|par|por|di|door|av|af|de|${AUTHOR_WORD}|autore|auteur|author|authors|redakcja|tekst|napisa(?:ł|l)a?|napisao|autork[ay]|autori|autorzy|autoři|ditulis\\s+oleh|isinulat\\s+ni|(?:ime|iliyo)andikwa\\s+na|texto|reportage|текст|автор|авторы|oleh|penulis|yazar|szerző|kirjoittaja|συντάκτης|tác\\s+giả|بقلم|מאת|autorius|autors|avtor|teksti|eftir|piše|пише|लेखक|লেখক|โดย|تحریر|نویسنده|του|της|γράφει\\s+(?:ο|η)|από\\s+(?:τον|την)|kirjoittanut|napsala?|írta|scris\\s+de|yazan|muhabir|bởi|müəllif|muallif|höfundur|ผู้เขียน|nga|reportagem\\s+de)\\s*[:\\-–—]?\\s+`,
  'i',
);
// A label and a colon: "Interview: Jane Roe" (an interview's author), "作者：", "记者：", "责任编辑："
// (Chinese author, reporter, editor in charge), Turkish "Haber:" ("news", a story's reporter; not
// "Haber Merkezi", the news desk) and Portuguese "Reportagem:". Not "Redaktion:", which names who
// edited a page the site signs (fundus Hessenschau).
// Chinese "文/Name" ("text by") sets a slash where the others set a colon; Arabic "كتب - Name"
// ("wrote") a dash, and only with one, since "كتب" opens sentences too.
// One label for the words and the pictures ("Text & Fotos:", "Text und Bild:", "Words and pictures:")
// names one person for both (trafilatura-dev fishing magazine).
const LABEL_RE = new RegExp(
  `^(?:(?:text|texte|texto|tekst|words)(?:\\s*[&+/]\\s*|\\s+(?:und|and|et|y|e|og|i)\\s+)(?:fotos?|photos?|bilder?|bild|pictures|images|fotograf[íi]as?|zdjęcia)\\s*[:：]|(?:${AUTHOR_WORD}|autore|auteur|author|authors|texto|tekst|texte|text|words|текст|автор|авторы|interview|reporter|haber|reportagem|文|記事|作者|记者|記者|责任编辑|編集|编辑|撰文|筆者)\\s*[:：]|文\\s*[/／]|كتبت?\\s*[:：\\-–—])\\s*`,
  'i',
);
// Korean bylines put the role after the name: "김철수 기자" (reporter), "이영희·박민수 특파원"
// (correspondents), with a rank before it ("선임기자"). Fixture meta-byline-korean-reporter.html.
// The names (group 1) and the role, as a source string: the dateline reader (wire-lead.ts) finds
// the same signature inside brackets.
export const KO_REPORTER =
  '(\\p{Script=Hangul}{2,4}(?:\\s*[·ㆍ,]\\s*\\p{Script=Hangul}{2,4})*)\\s*(?:선임|수석|객원|전문|인턴)?\\s*(?:기자|특파원)';
const KO_REPORTER_RE = new RegExp(`^${KO_REPORTER}(?=$|[\\s=(/])`, 'u');
// Chinese bylines put the role before the names, without a colon: "记者 李明", "本报记者 李明 王芳"
// (this paper's reporters), "新华社记者 李明、王芳", "文/记者 李明", a closing "报道" ("reports")
// after the last name (fixture meta-byline-chinese-reporter.html). A space or colon sets the names
// apart: "记者会上" ("at the press conference") runs on.
const ZH_REPORTER_RE =
  /^(?:文\s*[/／]\s*)?\p{Script=Han}{0,6}?[记記]者(?:\s*[:：]\s*|\s+)(\p{Script=Han}{2,4}?(?:\s*[、，,\s]\s*\p{Script=Han}{2,4}?)*)\s*(?:报道|報導)?$/u;
// A Taiwanese paper's "記者王小明／台北報導": the place the report was filed from after a slash, then
// "reports". That ending sets the names apart even with nothing between them and the role.
const ZH_PLACE_REPORT_RE =
  /^\p{Script=Han}{0,6}?[记記]者\s*[:：]?\s*(\p{Script=Han}{2,4}?(?:\s*[、，,]\s*\p{Script=Han}{2,4}?)*)\s*[/／]\s*\p{Script=Han}{1,8}?(?:报道|報導|報道|报导)$/u;
const ZH_NAME_SPLIT_RE = /\s*[、，,\s]\s*/;
// "(서울=연합뉴스)", "[서울=뉴시스]": a Korean wire's dateline, the place and the agency (group 1) in
// brackets, before the reporter's name (wire-lead.ts) or a photo's caption (split-credit.ts).
export const KO_DATELINE = '[(\\[]\\s*[^()\\[\\]=]{1,20}=\\s*([^()\\[\\]=]{1,20}?)\\s*[)\\]]';
export const KO_NAME_SPLIT_RE = /\s*[·ㆍ,]\s*/;
// Parts of a byline that name no writer: the photographer's credit ("Text: Jane Roe, Photos: John
// Doe", a magazine's "Words: Jane Roe; Pictures: John Doe") and the place the story was filed from
// ("Por João Silva, em Lisboa"): fixture meta-byline-parts.html.
const PHOTO_LABELS =
  '(?:photos?|photography|pictures?|fotos?|fotografie|bilder?|images?|illustrations?|grafik|video|фото)\\s*[:：]';
const PHOTO_PART_RE = new RegExp(`^${PHOTO_LABELS}`, 'i');
const LABEL_COLON_RE = /^\p{L}+\s*[:：]/u;
const PLACE_PART_RE = /^(?:in|aus|from|en|à|em|desde|a)\s+\p{Lu}/u;
const LOWER_START_RE = /^\p{Ll}/u;
// Words that begin a sentence after "By": "By the end", "By 2030", "Von der Leyen"? (kept: capital).
const SENTENCE_WORDS_RE =
  /^(?:the|a|an|this|that|these|those|then|now|next|far|all|some|many|most|doing|using|making|taking|contrast|comparison|default|way|means|der|die|das|den|dem|einer|einem|le|la|les|un|une|el|los|las|il|lo|gli|het|een)\b/i;
const BYLINE_PART_SPLIT_RE = /\s[|•·–—-]\s/;
// "Written by Rob Ewaschuk Edited by Betsy Beyer": the editor's or the photographer's credit after
// the writers' names (readability-pages google-sre-book-1), also a magazine's "Words by Jane Roe
// Photography by John Doe", a wire story's "Reporting by Jane Roe; Editing by John Doe" and a label
// with its colon ("Text: Jane Roe Fotos: John Doe"; fixture meta-byline-other-credits.html).
const OTHER_CREDIT_RE = new RegExp(
  `\\s+(?:(?:edited|editing|photos?|photograph(?:s|y)|illustrations?|translated|additional\\s+reporting)\\s+by\\s+|${PHOTO_LABELS})`,
  'i',
);
const ON_DATE_RE =
  /\s+on\s+(?=(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s,]|\d)/i;
// "By Jane Roe Dec. 4, 2026 9:30 a.m. ET": a date run into the names, with no "on" or separator
// before it, ends them (fixture meta-byline-name-and-role.html).
const GLUED_DATE_RE =
  /\s+(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\d{1,4}[./-]\d{1,2}[./-]\d{1,4})/i;
// "Von Jane Roe am 06.05.2014", "Erstellt von Jane am Dienstag 6. Mai 2014", "Par Jean Dupont le 12
// mars", "Por Juan Pérez el 12 de marzo": the word for "on" before a day, perhaps with its weekday,
// ends the names as the English "on" does (trafilatura-dev: a German blog; fixture
// meta-byline-on-date-languages.html).
const DAY_PREPOSITION_RE = /\s+(?:am|vom|le|el|il|em|op|den)\s+(?:\p{L}+\.?,?\s+)?\d/iu;
// "By Jane Roe 5 days ago", "By JANE ROE Staff Writer Sun., Dec. 1": a relative time, or a weekday
// abbreviated with its dot, run into the names begins the date (fixture meta-byline-parts.html).
const RELATIVE_TIME_RE =
  /\s+(?:\d{1,3}|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago\b/i;
// "Posted by Jane Roe at 10:12 AM", "Von Jane Roe um 10:12": Blogger's footer and its kin name the
// hour after the writer (fixture meta-byline-time-after-name.html).
const AT_TIME_RE = /\s+(?:at|um|à|a\s+las|alle|às|om|kl\.?)\s+\d{1,2}[:.h]\d{2}\b/i;
const WEEKDAY_ABBR_RE = /\s+(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.,?\s+(?=\p{L}{3}|\d)/iu;
// "Par Jean Dupont avec AFP", "Por Juan Pérez con información de EFE", "By Jane Roe with AP": what
// the writer worked with ends the names, as does an update's or a publication's label run into them
// ("By Jane Roe Updated 9:30 AM EST, Fri December 4"); fixture meta-byline-parts.html.
const WITH_OR_LABEL_RE = new RegExp(`\\s+(?:avec|with|con|mit|com|met|${DATE_LABELS})(?!\\p{L})`, 'iu');
// "By Jane Roe for Harbour News", "Por Juan Pérez para El País": a freelance writer's outlet after
// "for" ends the names (fixture meta-byline-parts.html). Not after a comma, where the part is a body's
// name ("Jane Roe, Institute for Marine Research").
const FOR_OUTLET_RE = /(?<=^[^,;]*)\s+(?:for|pour|para)\s+(?=(?:the|le|la|les|el|o|a)?\s*\p{Lu})/u;
// After the first name, a comma part in lower case is the writer's job or place ("Por Juan Pérez,
// corresponsal en Bruselas", "di Mario Rossi, inviato a Bruxelles"): it goes before the names are
// split at "en", "a" and the other words for "and".
const COMMA_PART_RE = /\s*[,;]\s*/;
// "By Jane Roe in Washington and John Doe in London", "Reporting by Jane Roe in London; Editing by
// …", "Von Max Muster aus Berlin": where each writer filed from, a place of a word or two after the
// name, goes (fixture meta-byline-other-credits.html); in a line set in capitals, so is the section
// ("14. Juni 2019 | 15:49 VON NAME IN Fashion": trafilatura-dev, a fashion blog).
const FILED_FROM_RE =
  /\s+(?:in|from|aus|IN|FROM|AUS)\s+\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?(?=$|\s*[,;]|\s+(?:and|und|&)\s)/gu;
// A blog theme's post line names the day before the writer: "Posted on March 10, 2026 by Jane Roe",
// "Published 10 March 2026 by Jane Roe" (WordPress's default themes; fixture
// meta-byline-date-then-name.html). Only when what comes before "by" is a date.
const DATED_BY_RE =
  /^(?:(?:posted|published|written|submitted)\s+)?(?:on\s+)?(\S.{4,40}?)\s+(?:by|par|por|von|door)\s+/i;
/** `text` without where the writer filed from ("Jane Roe in Kyiv"; fixture meta-byline-bare-name.html). */
export const withoutFiledFrom = (text: string): string => text.replace(FILED_FROM_RE, '');
const DIGIT_START_RE = /^\d/;
const SENTENCE_PUNCT_RE = /[.!?]\s+\p{Lu}|[;?!]/u;
// The full stop of an initial or of a title before a name ends no sentence: "By Michael D. Shear",
// "By J. K. Doe", "By Dr. Jane Roe", "Von Prof. Jana Rohr" (fixture meta-byline-initials.html).
const NAME_ABBREVIATION_DOT_RE =
  /(?<!\p{L})(\p{Lu}|Dr|Drs|Prof|Profa|Rev|St|Mr|Mrs|Ms|Mme|Mlle|Sr|Sra|Dra|Hon|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|Fr|Msgr|Dott|Ing|Mag|Dipl)\.(?=\s+\p{Lu})/gu;

// The lower-case words inside a name ("João da Silva", "Anna van der Berg", "Omar bin Said"); the
// photo credit splitter (split-credit.ts) reads names with them too.
export const NAME_PARTICLES =
  '(?:de|van|von|da|di|le|la|al|el|bin|ibn|der|den|du|del|della|dela|delos|los|las|dos|das|do|ter|ten|zu|y)';
const PARTICLE_RE = new RegExp(`^${NAME_PARTICLES}$`);

function looksLikeName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return false;
  // Names are capitalised in the scripts that have case; scripts without case pass. Past the first
  // word only a particle is in lower case: "Software Engineer on Google Play" after the name is the
  // writer's job (readability-pages links-in-tables).
  const first = words[0] ?? '';
  if (LOWER_START_RE.test(first) && !PARTICLE_RE.test(first)) return false;
  return words.slice(1).every((w) => !LOWER_START_RE.test(w) || PARTICLE_RE.test(w));
}

// A signature line of names alone, as blogs and small papers set it in bold at the top of the text
// ("Mohloai Mpesi", "MTHOBISI SITHOLE", "Ada Kern/Tom Berg"): each part two to four capitalised
// words of letters, in a script with case, so a heading of one word, a sentence, a date or a label
// ("Key points:") is not read as one (fixture meta-byline-signed-in-body.html).
const BARE_NAME_RE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
const BARE_SPLIT_RE = /\s*\/\s*|\s*[,&]\s*|\s+(?:and|und|et|y|e|en|og|och|i)\s+/;
const MAX_BARE_LINE_CHARS = 90;

/** The names of a line that holds names and nothing else; null for anything else. */
export function parseBareNames(input: string): string[] | null {
  const text = collapse(input);
  if (!text || text.length > MAX_BARE_LINE_CHARS) return null;
  const names = text.split(BARE_SPLIT_RE).filter(Boolean);
  return names.length && names.every((n) => BARE_NAME_RE.test(n)) ? names : null;
}

/** The text opens with a byline's label ("By", "Posted by", "Autor:"), whatever follows it. */
export const opensWithBylineLabel = (text: string): boolean => PREFIX_RE.test(text) || LABEL_RE.test(text);

export function parseBylineText(input: string): string[] | null {
  const text = collapse(input);
  if (!text || text.length > MAX_BYLINE_CHARS) return null;
  const ko = KO_REPORTER_RE.exec(text);
  if (ko?.[1]) return ko[1].split(KO_NAME_SPLIT_RE).filter(Boolean);
  const zh = ZH_REPORTER_RE.exec(text) ?? ZH_PLACE_REPORT_RE.exec(text);
  if (zh?.[1]) return zh[1].split(ZH_NAME_SPLIT_RE).filter(Boolean);
  let rest: string;
  const label = LABEL_RE.exec(text);
  const prefix = PREFIX_RE.exec(text);
  const dated = label || prefix ? null : DATED_BY_RE.exec(text);
  if (label) rest = text.slice(label[0].length);
  else if (prefix) rest = text.slice(prefix[0].length);
  else if (dated?.[1] && isBareDate(dated[1])) rest = text.slice(dated[0].length);
  else return null;
  if (!rest || SENTENCE_WORDS_RE.test(rest) || DIGIT_START_RE.test(rest) || LOWER_START_RE.test(rest))
    return null;
  // A sentence continues after a full stop; bylines end at a name, an agency or a date. A spaced
  // dash sets the date or the writer's role apart too ("Par Jean Dupont - Publié le 30 novembre",
  // fixture meta-byline-parts.html).
  const clause = rest.split(BYLINE_PART_SPLIT_RE)[0] ?? rest;
  // "By Jane Roe, John Doe on Monday, November 18th": the date after "on" ends the names, as does
  // another person's credit.
  // The earliest of these ends the names.
  const namesEnd = Math.min(
    ...[
      ON_DATE_RE,
      DAY_PREPOSITION_RE,
      OTHER_CREDIT_RE,
      GLUED_DATE_RE,
      WITH_OR_LABEL_RE,
      RELATIVE_TIME_RE,
      WEEKDAY_ABBR_RE,
      FOR_OUTLET_RE,
      AT_TIME_RE,
    ].map((re) => re.exec(clause)?.index ?? clause.length),
  );
  const ended = clause
    .slice(0, namesEnd)
    .replace(FILED_FROM_RE, '')
    .replace(/[.,;:]+$/, '');
  if (SENTENCE_PUNCT_RE.test(ended.replace(NAME_ABBREVIATION_DOT_RE, '$1'))) return null;
  // The writer's address or handle after the name ("By Jane Roe jane.roe@coast.example") goes too.
  const [head = '', ...more] = collapse(withoutContacts(ended)).split(COMMA_PART_RE);
  const firstClause = [head, ...more.filter((part) => !LOWER_START_RE.test(part))].join(', ');
  // A part with digits is a date or a count run into the byline, not a name ("Lucas Nolan22 Dec
  // 2016651" where the page sets name and date in adjacent boxes, readability-pages breitbart).
  // A part with a label's colon is another credit ("Reporter: Jane Roe, Editor: John Doe"): a name
  // holds none (fixture meta-byline-parts.html).
  const names = splitNames(firstClause).filter(
    (name) =>
      !hasDigit(name) && !PHOTO_PART_RE.test(name) && !PLACE_PART_RE.test(name) && !LABEL_COLON_RE.test(name),
  );
  // The first part must be a name; a later one that is not is the writer's job or a clause about
  // them, and goes.
  if (names.length === 0 || !looksLikeName(names[0]!)) return null;
  // "Por João Silva, da Agência Brasil": after a name, a part that opens with a particle says where
  // the writer is from; a name has its particles inside ("João da Silva").
  // A degree or a job after the name ("Jane Roe, MD", "Jane Roe, Contributor": fixture
  // meta-byline-name-and-role.html) is no second writer. After the writer's body, set as a part that
  // is no name, the parts are its place ("Autor: Steffen Roe, Landesanstalt für Landwirtschaft,
  // Köllitsch (D)": trafilatura-dev, a farming magazine; fixture meta-byline-parts.html).
  const out: string[] = [];
  for (const [i, name] of names.entries()) {
    if (i > 0 && (CREDENTIAL_RE.test(name) || isRoleLine(name))) continue;
    if (!looksLikeName(name) || (i > 0 && LOWER_START_RE.test(name))) {
      if (AFFILIATION_RE.test(name)) break;
      continue;
    }
    out.push(name);
  }
  return out;
}

// A body's name among a byline's parts: several words, one of them in lower case ("Landesanstalt für
// Landwirtschaft", "University of the North").
const AFFILIATION_RE = /^\p{Lu}\S*(?:\s+\S+)*\s+\p{Ll}+\s+\p{Lu}/u;
