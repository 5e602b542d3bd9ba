// Turns the many date spellings found in metas, JSON-LD and <time> elements into ISO 8601, keeping
// the page's own timezone offset. Never invents: anything it cannot read with certainty gives ''.
import { memoized } from '../dom/bounded-memo';
import { readSolarHijri } from './solar-hijri';
import { weekdayOf } from './weekdays';

// Years outside this range are typos or epoch-zero defaults ("1970-01-01" on fundus ORF-like feeds).
const MIN_YEAR = 1995;
const MAX_YEAR = 2100;

// A Map: a plain object would answer "constructor" with a function.
const MONTHS = new Map<string, number>();
// Month names by language, whole words only (first letters clash: es "mar" is also "martes").
// Written out per language so a reader can check one list against a calendar; the forms are the
// nominative and, where dates use it, the genitive ("3 марта", "3. ožujka", "kovo 3 d.").
// Left out where a word names another month elsewhere, its place kept by "-": Croatian "listopada"
// (October) is Polish November. English-clashing abbreviations ("ago", "out", "set") are not listed.
const MONTHS_BY_LANGUAGE: Record<string, string> = {
  en: 'january february march april may june july august september october november december',
  enShort: 'jan feb mar apr may jun jul aug sep oct nov dec',
  de: 'januar februar märz april mai juni juli august september oktober november dezember',
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  it: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  pt: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  nl: 'januari februari maart april mei juni juli augustus september oktober november december',
  sv: 'januari februari mars april maj juni juli augusti september oktober november december',
  da: 'januar februar marts april maj juni juli august september oktober november december',
  no: 'januar februar mars april mai juni juli august september oktober november desember',
  pl: 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia',
  cs: 'ledna února března dubna května června července srpna září října listopadu prosince',
  sk: 'januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra',
  sl: 'januar februar marec april maj junij julij avgust september oktober november december',
  hr: 'siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna - studenoga prosinca',
  srLatn: 'januar februar mart april maj jun jul avgust septembar oktobar novembar decembar',
  srCyrl: 'јануар фебруар март април мај јун јул август септембар октобар новембар децембар',
  ru: 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
  ruNominative: 'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь',
  ruShort: 'янв фев мар апр июн июл авг сен сент окт ноя дек',
  uk: 'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня',
  ukNominative:
    'січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень',
  bg: 'януари февруари март април май юни юли август септември октомври ноември декември',
  ro: 'ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie',
  hu: 'január február március április május június július augusztus szeptember október november december',
  fi: 'tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta',
  fiNominative:
    'tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu',
  et: 'jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember',
  lv: 'janvāris februāris marts aprīlis maijs jūnijs jūlijs augusts septembris oktobris novembris decembris',
  lt: 'sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio',
  tr: 'ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık',
  el: 'ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου',
  // Greek short forms ("08 Δεκ 2026"; "μαϊ" among the variants below).
  elShort: 'ιαν φεβ μαρ απρ μαΐ ιουν ιουλ αυγ σεπ οκτ νοε δεκ',
  elNominative:
    'ιανουάριος φεβρουάριος μάρτιος απρίλιος μάιος ιούνιος ιούλιος αύγουστος σεπτέμβριος οκτώβριος νοέμβριος δεκέμβριος',
  id: 'januari februari maret april mei juni juli agustus september oktober november desember',
  ms: 'januari februari mac april mei jun julai ogos september oktober november disember',
  ar: 'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر',
  // Hebrew, also with the "in" prefix dates use ("4 בדצמבר 2026"); Hindi, Bengali, Urdu, Swahili,
  // Catalan (cases in tests/unit/meta-date.test.ts).
  he: 'ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר',
  heIn: 'בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר',
  hi: 'जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर',
  hiVariant: 'जनवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितम्बर अक्तूबर नवम्बर दिसम्बर',
  bn: 'জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর',
  ur: 'جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر',
  sw: 'januari februari machi aprili mei juni julai agosti septemba oktoba novemba desemba',
  ca: 'gener febrer març abril maig juny juliol agost setembre octubre novembre desembre',
  // Thai: the short forms ("4 ธ.ค. 2569") are read by THAI_SHORT_MONTH_RE, their dots inside.
  th: 'มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม',
  // Short forms: Spanish, Italian and Portuguese ("4 dic 2026", "12 giu 2026"), Indonesian ("04 Des
  // 2026") and Malay ("4 Dis 2026"), where they are not another language's word.
  esShort: '- - - abr - - - - - - - dic',
  itShort: '- - - - - giu lug - - ott - -',
  idShort: '- - - - - - - agu - - - des',
  msShort: '- - - - - - - ogo - - - dis',
  // Ukrainian short forms ("4 груд. 2026"), none of them another month's Russian short form.
  ukShort: 'січ лют бер квіт трав черв лип серп вер жовт лист груд',
  // Dutch "mrt", Polish ("4 gru 2026") and Turkish ("4 Ara 2026") short forms; not the Polish ones
  // that are words elsewhere ("lip", "sie", "lis").
  nlShort: '- - mrt - - - - - - - - -',
  plShort: 'sty lut - kwi - cze - - wrz paź - gru',
  trShort: 'oca şub - nis - haz tem ağu eyl eki kas ara',
  // Latvian dates name the month in its locative ("2026. gada 12. martā"; tests/unit/meta-date.test.ts).
  lvIn: 'janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī',
  // Bosnian and Serbian dates in the genitive ("12. marta 2026."), Belarusian, Georgian, Armenian
  // (genitive), Kazakh, Luxembourgish, Maltese, Filipino, Irish (its two-word months left out), Tamil,
  // Telugu, Malayalam, Gujarati and Punjabi (tests/unit/meta-date.test.ts).
  bs: 'januara februara marta aprila maja juna jula avgusta septembra oktobra novembra decembra',
  be: 'студзеня лютага сакавіка красавіка мая чэрвеня ліпеня жніўня верасня кастрычніка лістапада снежня',
  ka: 'იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი',
  hy: 'հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի օգոստոսի սեպտեմբերի հոկտեմբերի նոյեմբերի դեկտեմբերի',
  kk: 'қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан',
  lb: 'januar februar mäerz abrëll mee juni juli august september oktober november dezember',
  mt: 'jannar frar marzu april mejju ġunju lulju awwissu settembru ottubru novembru diċembru',
  fil: 'enero pebrero marso abril mayo hunyo hulyo agosto setyembre oktubre nobyembre disyembre',
  ga: 'eanáir feabhra márta aibreán bealtaine meitheamh iúil lúnasa - - samhain nollaig',
  ta: 'ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்',
  te: 'జనవరి ఫిబ్రవరి మార్చి ఏప్రిల్ మే జూన్ జూలై ఆగస్టు సెప్టెంబర్ అక్టోబర్ నవంబర్ డిసెంబర్',
  ml: 'ജനുവരി ഫെബ്രുവരി മാർച്ച് ഏപ്രിൽ മേയ് ജൂൺ ജൂലൈ ഓഗസ്റ്റ് സെപ്റ്റംബർ ഒക്ടോബർ നവംബർ ഡിസംബർ',
  gu: 'જાન્યુઆરી ફેબ્રુઆરી માર્ચ એપ્રિલ મે જૂન જુલાઈ ઑગસ્ટ સપ્ટેમ્બર ઑક્ટોબર નવેમ્બર ડિસેમ્બર',
  pa: 'ਜਨਵਰੀ ਫ਼ਰਵਰੀ ਮਾਰਚ ਅਪ੍ਰੈਲ ਮਈ ਜੂਨ ਜੁਲਾਈ ਅਗਸਤ ਸਤੰਬਰ ਅਕਤੂਬਰ ਨਵੰਬਰ ਦਸੰਬਰ',
  // Persian names of the Gregorian months (the Solar Hijri calendar is not read), Marathi, Albanian,
  // Azerbaijani, Uzbek and Galician (tests/unit/meta-date.test.ts).
  fa: 'ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر',
  mr: 'जानेवारी फेब्रुवारी मार्च एप्रिल मे जून जुलै ऑगस्ट सप्टेंबर ऑक्टोबर नोव्हेंबर डिसेंबर',
  sq: 'janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor',
  az: 'yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr',
  uz: 'yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr',
  gl: 'xaneiro febreiro marzo abril maio xuño xullo agosto setembro outubro novembro decembro',
  // Basque names the month in its genitive, after the year ("2026ko martxoaren 12a").
  eu: 'urtarrilaren otsailaren martxoaren apirilaren maiatzaren ekainaren uztailaren abuztuaren irailaren urriaren azaroaren abenduaren',
  euNominative:
    'urtarrila otsaila martxoa apirila maiatza ekaina uztaila abuztua iraila urria azaroa abendua',
};
// Spellings and short forms beside the full names, each with its month. The Levantine Arabic names
// that name two months ("كانون" the first or the last, "تشرين" the tenth or the eleventh, told
// apart by the word after them) are not listed: they give no date.
const MONTH_VARIANTS: Record<string, number> = {
  jänner: 1,
  maerz: 3,
  mrz: 3,
  mär: 3,
  okt: 10,
  dez: 12,
  fevrier: 2,
  aout: 8,
  decembre: 12,
  janv: 1,
  févr: 2,
  avr: 4,
  juil: 7,
  déc: 12,
  sept: 9,
  setiembre: 9,
  ene: 1,
  marco: 3,
  fev: 2,
  μαϊ: 5,
  ابريل: 4,
  إبريل: 4,
  اغسطس: 8,
  اكتوبر: 10,
  شباط: 2,
  آذار: 3,
  نيسان: 4,
  أيار: 5,
  حزيران: 6,
  تموز: 7,
  آب: 8,
  أيلول: 9,
};
// Read as parseDate reads the text: NFKC splits the Bengali "য়" into its letter and its dot.
for (const words of Object.values(MONTHS_BY_LANGUAGE))
  words
    .normalize('NFKC')
    .split(' ')
    .forEach((word, i) => {
      if (word !== '-' && !MONTHS.has(word)) MONTHS.set(word, i + 1);
    });
for (const [word, month] of Object.entries(MONTH_VARIANTS)) if (!MONTHS.has(word)) MONTHS.set(word, month);

// Year, month, day, then perhaps a time and an offset: the whole value, or (DASHED_YMD_RE) inside a line.
const ISO_STAMP =
  '(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T\\s]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|(?:UTC|GMT)\\s*[+-]\\d{1,2}(?::?\\d{2})?|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?';
const ISO_RE = new RegExp(`^${ISO_STAMP}$`, 'i');
const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const SLASH_YMD_RE = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/;
// 03.05.2024 or 3.5.2024, 14:30 (European day-first with dots).
const DOTTED_RE = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?:\D{1,12}?(\d{1,2})[:.](\d{2})(?::(\d{2}))?)?/;
// "17.7.11" with a two-digit year, the whole text but for a time (a blog's date heading,
// trafilatura-dev); an event's "19.1.23, 10:00-11:30 Uhr" is no such line. A year below 70 is this
// century's.
const DOTTED_SHORT_RE = /^(\d{1,2})\.(\d{1,2})\.(\d{2})(?:,?\s+\d{1,2}:\d{2})?$/;
const CENTURY_PIVOT = 70;
// Year first with hyphens inside a line ("2025-05-05 10:00 来源：…", "来源：… 2025-05-05",
// "发布日期：2025-05-05"), as Chinese pages set the date beside its source or label; a hyphen or digit
// on either side is a file name's or a document number's (fixture meta-date-cjk-labels.html).
// Read as a timestamp from there: "Wydrukowano: 2021-05-11 22:22:17.242+02:00" keeps its offset.
const DASHED_YMD_RE = new RegExp(`(?<![\\d\\-/.])${ISO_STAMP}(?![\\d\\-:])`, 'i');
const HALF_DAY_NEXT_RE = /^\s*[ap]\.?m\b/i;
// Year first with dots ("2025.05.05 10:00", "2025. 5. 5."): Korean, Chinese and Hungarian pages.
const DOTTED_YMD_RE = /\b(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\b/;
// "2025年5月5日" (Chinese, Japanese) and "2025년 5월 5일" (Korean).
const CJK_YMD_RE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/;
const EPOCH_RE = /^\d{10}(\d{3})?$/;
// "03 tháng 3 năm 2026" (Vietnamese: day, "month" 3, "year").
const VI_DMY_RE = /(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:năm|,)?\s*(\d{4})/i;
// "15/03/2026" (day first) or "03/15/2026" (month first): read when the order shows, a number over
// 12 or the same number twice, or when the page's language says it (slashDayFirst); "04/03/2026"
// on an English page with no region is either and gives no date. Hyphens as well as slashes, the
// same both times: "10-03-2026, 09:00" (a Russian news engine's default, Indian and Dutch pages;
// fixture meta-date-dashed-day-first.html); a number joined by a hyphen or slash on either side is
// a code's ("555-10-03-2026").
const SLASH_DMY_RE = /(?<![\d\-/.])(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?![\d\-/])/;
// Where numeric dates put the month first: American and Philippine English. Other English pages put
// the day first when their region says so; English without a region says neither.
const MONTH_FIRST_LOCALES = new Set(['en-us', 'en-ph', 'fil', 'fil-ph']);
const DAY_FIRST_ENGLISH_REGIONS = new Set([
  'gb',
  'uk',
  'ie',
  'au',
  'nz',
  'in',
  'za',
  'ng',
  'ke',
  'sg',
  'my',
  'pk',
]);
// Languages that write the year first ("2022/05/03" is read whatever the language): a slash date
// with the year last says no order there.
const YEAR_FIRST_LANGS = new Set(['zh', 'ja', 'ko', 'hu', 'lt', 'mn', 'fa']);
// Arabic-Indic, Persian, Devanagari, Bengali and Thai digits ("٣ مارس ٢٠٢٦", "৪ ডিসেম্বর ২০২৬"),
// read as ASCII ones: each script's zero, then its nine.
const DIGIT_ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xe50];
const EASTERN_DIGIT_RE = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59]/g;
// Thai dates count years in the Buddhist era, 543 ahead ("4 ธันวาคม 2569", "4 ธ.ค. 69 09:30 น."),
// with the month often in its short form, dots inside ("ธ.ค."). The short form is read as its
// month's name, and a Buddhist year after a Thai month (four digits, or the last two after a short
// form, as Thai papers print them) as the common era's; "พ.ศ." labels the era.
const THAI_SHORT_MONTHS = [
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
];
const THAI_SHORT_MONTH_RE = new RegExp(
  `(?<![\\p{L}\\p{M}.])(${THAI_SHORT_MONTHS.map((m) => m.replace(/\./g, '\\.')).join('|')})\\s*(?:พ\\.ศ\\.\\s*)?(\\d{4}|\\d{2}(?![\\d:.]))?`,
  'gu',
);
const THAI_MONTH_YEAR_RE = /([\u0e00-\u0e7f])\s*(?:พ\.ศ\.\s*)?(\d{4})(?!\d)/g;
const BUDDHIST_ERA_OFFSET = 543;
// "69" after a short month is the era's 2569.
const BUDDHIST_CENTURY = 2500;
const MIN_BUDDHIST_YEAR = MIN_YEAR + BUDDHIST_ERA_OFFSET;
const THAI_RE = /[\u0e00-\u0e7f]/;
const THAI_MONTH_NAMES = MONTHS_BY_LANGUAGE.th?.split(' ') ?? [];

/** A Thai date with its short month written out and its Buddhist year made the common era's. */
function inCommonEra(text: string): string {
  if (!THAI_RE.test(text)) return text;
  return text
    .replace(THAI_SHORT_MONTH_RE, (_all, short: string, year: string | undefined) => {
      const name = THAI_MONTH_NAMES[THAI_SHORT_MONTHS.indexOf(short)] ?? short;
      const fullYear = year?.length === 2 ? String(BUDDHIST_CENTURY + Number(year)) : (year ?? '');
      return ` ${name} ${fullYear}`;
    })
    .replace(THAI_MONTH_YEAR_RE, (all, before: string, year: string) =>
      Number(year) >= MIN_BUDDHIST_YEAR ? `${before} ${Number(year) - BUDDHIST_ERA_OFFSET}` : all,
    );
}
// Longer text is a paragraph, not a date line.
const MAX_DATE_TEXT = 200;
const asciiDigit = (d: string): string => {
  const code = d.charCodeAt(0);
  return String(code - (DIGIT_ZEROS.find((zero) => code >= zero && code <= zero + 9) ?? code));
};
/** The text holds a digit of any script ("2026", "٢٠٢٦", "২০২৬"). */
export const hasDigit = (text: string): boolean => /\p{Nd}/u.test(text);
// A clock written with "h" (French and Portuguese "09h30") or after the Nordic "kl."/"klo" with a dot
// ("kl. 09.30", "klo 9.30"): read as "09:30".
const H_CLOCK_RE = /\b(\d{1,2})h(\d{2})\b/g;
const NORDIC_CLOCK_RE = /\b(kl\.?|klo)\s*(\d{1,2})\.(\d{2})\b/gi;
// Japanese, Chinese and Korean clocks in words: "10時15分", "10时15分", "10시 15분" read as "10:15".
const CJK_CLOCK_RE = /(\d{1,2})\s*[時时시]\s*(\d{1,2})\s*[分분]/g;
const twoDigits = (_all: string, h: string, m: string): string => `${h}:${m.padStart(2, '0')}`;
// Their half of the day comes before the clock ("오후 3:15", "午後3時15分", "下午3:15"): read as "3:15 pm".
const CJK_HALF_DAY_RE = /(오전|오후|午前|午後|上午|下午)\s*(\d{1,2}:\d{2})/g;
const AFTERNOON = new Set(['오후', '午後', '下午']);
const halfDayAfter = (_all: string, half: string, clock: string): string =>
  `${clock} ${AFTERNOON.has(half) ? 'pm' : 'am'}`;
const TIME_RE = /\b(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?/i;
const ZONE_RE = /(?:\b(?:GMT|UTC)\s*([+-]\d{1,2}(?::?\d{2})?)?|\s([+-]\d{2}:?\d{2})\b|\bZ$)/i;
// Letters and their marks: the vowel signs of Devanagari and Bengali are marks.
const WORD_RE = /[\p{L}\p{M}]+\.?/gu;
// How far from its month's name a day may stand, and how: "12 March", "12. März", "12 de marzo",
// "12th of March", Maltese "12 ta' Marzu", "12-Mar"; "March 12", "Mar. 12th", "kovo 12 d.", "2024. március 12.".
// The first of the month as an ordinal: "1º de diciembre", "1.º de dezembro", "1° dicembre" (NFKC
// makes "º" an "o"), Greek "8η Δεκεμβρίου" (tests/unit/meta-date.test.ts).
const DAY_REACH = 8;
const DAY_BEFORE_MONTH_RE =
  /(?:^|[^\d])(\d{1,2})(?:st|nd|rd|th|er|º|ª|\.?[oa°](?![\p{L}\d])|ης?(?![\p{L}\d]))?\.?[\s\-/]*(?:de\s+|of\s+|d'\s*|ta'\s*)?$/u;
const DAY_AFTER_MONTH_RE = /^[\s.\-/,]*(\d{1,2})(?:st|nd|rd|th)?(?!\d)/;
// A Basque year carries its case ending: "2026ko", "2025eko".
const NUM_RE = /\b\d{1,4}(?=e?ko\b|\b)/g;
const NAMED_ZONES: Record<string, string> = {
  est: '-05:00',
  edt: '-04:00',
  cst: '-06:00',
  cdt: '-05:00',
  pst: '-08:00',
  pdt: '-07:00',
  cet: '+01:00',
  cest: '+02:00',
  bst: '+01:00',
  mez: '+01:00',
  mesz: '+02:00',
};
const NAMED_ZONE_RE = /\b(EST|EDT|CST|CDT|PST|PDT|CET|CEST|BST|MEZ|MESZ)\b/;

export const pad = (n: number) => String(n).padStart(2, '0');

function normZone(z: string | undefined): string {
  if (!z) return '';
  if (/^(z|utc|gmt)$/i.test(z)) return 'Z';
  // "GMT+7" after a year-first stamp (tests/unit/meta-date.test.ts).
  const m = /^(?:utc|gmt)?\s*([+-])(\d{1,2}):?(\d{2})?$/i.exec(z);
  if (!m) return '';
  const h = Number(m[2]);
  const mm = Number(m[3] ?? '0');
  if (h === 0 && mm === 0) return 'Z';
  return `${m[1]}${pad(h)}:${pad(mm)}`;
}

/** y, mo, d, [h, mi, [s]], [zone] groups of ISO_RE / COMPACT_RE as an ISO string. */
function fromNumericMatch(m: RegExpExecArray): string {
  const opt = (g: string | undefined) => (g !== undefined ? Number(g) : undefined);
  return build(
    Number(m[1]),
    Number(m[2]),
    Number(m[3]),
    opt(m[4]),
    opt(m[5]),
    opt(m[6]) ?? 0,
    normZone(m[7]),
  );
}

// 31 February is no date ("/2020/02/31/" in an address is an archive's numbering: fixture
// meta-date-in-address.html).
const daysIn = (y: number, mo: number): number => new Date(Date.UTC(y, mo, 0)).getUTCDate();

function build(y: number, mo: number, d: number, h?: number, mi?: number, s?: number, zone = ''): string {
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return '';
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === undefined || mi === undefined || Number.isNaN(h) || Number.isNaN(mi)) return date;
  if (h > 23 || mi > 59) return date;
  return `${date}T${pad(h)}:${pad(mi)}:${pad(s ?? 0)}${zone}`;
}

function fromEpoch(n: number): string {
  const d = new Date(n);
  if (Number.isNaN(d.getTime())) return '';
  return build(
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    'Z',
  );
}

/** Reads day/month/year from free text with a month name ("May 3, 2024", "3. Mai 2024, 14:30 Uhr"). */
function fromWords(text: string): string {
  // Drop the time so "14:30" digits are not read as day or year.
  const lower = text.toLowerCase().replace(TIME_RE, (t) => ' '.repeat(t.length));
  const year = (lower.match(NUM_RE) ?? []).map(Number).find((n) => n >= MIN_YEAR && n <= MAX_YEAR);
  if (!year) return '';
  for (const w of lower.matchAll(WORD_RE)) {
    const month = MONTHS.get(w[0].replace(/\.$/, ''));
    if (!month) continue;
    const at = w.index ?? 0;
    // The day stands beside its month; another number before it counts something else ("5 min
    // read · Mar 12, 2024": fixture meta-date-reading-time.html).
    const day = Number(
      DAY_BEFORE_MONTH_RE.exec(lower.slice(Math.max(0, at - DAY_REACH), at))?.[1] ??
        DAY_AFTER_MONTH_RE.exec(lower.slice(at + w[0].length, at + w[0].length + DAY_REACH))?.[1] ??
        0,
    );
    // A month's name with no day beside it is a word ("you may"), or a month alone: read on.
    if (day >= 1 && day <= 31) return withTime(text, year, month, day);
  }
  return '';
}

function withTime(text: string, y: number, mo: number, d: number): string {
  const t = TIME_RE.exec(text);
  if (!t) return build(y, mo, d);
  let h = Number(t[1]);
  const ampm = t[4]?.toLowerCase().replace(/\./g, '');
  if (ampm === 'pm' && h < 12) h += 12;
  if (ampm === 'am' && h === 12) h = 0;
  const z = ZONE_RE.exec(text);
  let zone = z ? normZone(z[1] ?? z[2] ?? 'Z') : '';
  if (!zone) {
    const named = NAMED_ZONE_RE.exec(text);
    if (named?.[1]) zone = NAMED_ZONES[named[1].toLowerCase()] ?? '';
  }
  return build(y, mo, d, h, Number(t[2]), t[3] ? Number(t[3]) : 0, zone);
}

/**
 * Whether a page in `lang` (a BCP 47 tag) writes "03/05/2022" day first (true), month first (false),
 * or either (undefined): pages in Portuguese, Spanish, French and most other languages write
 * the day first (trafilatura-dev: a Brazilian and a Uruguayan paper; fixture
 * meta-date-slash-by-language.html).
 */
export function slashDayFirst(lang: string): boolean | undefined {
  const tag = lang.toLowerCase().replace('_', '-');
  const [primary = '', region = ''] = tag.split('-');
  if (!primary || YEAR_FIRST_LANGS.has(primary)) return undefined;
  if (MONTH_FIRST_LOCALES.has(tag) || MONTH_FIRST_LOCALES.has(primary)) return false;
  if (primary === 'en') return DAY_FIRST_ENGLISH_REGIONS.has(region) ? true : undefined;
  return true;
}

/**
 * ISO 8601 for a date string in any common format, '' when it cannot be read with certainty.
 * `dayFirst` (slashDayFirst of the page's language) settles "04/03/2026".
 */
export function parseDate(raw: string | null | undefined, dayFirst?: boolean): string {
  if (!raw) return '';
  if (raw.length > MAX_DATE_TEXT * 4) return '';
  return (dayFirst === undefined ? parseAnyOrder : dayFirst ? parseDayFirst : parseMonthFirst)(raw);
}

// The metadata's date candidates, the byline's lines and the page's shown dates are read by several
// readers each (bench:browser profile: parseDate was 1.6% of extraction time in Chromium).
const parseAnyOrder = memoized((raw: string) => readDate(raw));
const parseDayFirst = memoized((raw: string) => readDate(raw, true));
const parseMonthFirst = memoized((raw: string) => readDate(raw, false));

function readDate(raw: string, dayFirst?: boolean): string {
  // NFKC folds full-width digits ("２０２６年３月３日").
  let text = raw
    .trim()
    .replace(/\s+/g, ' ')
    .replace(EASTERN_DIGIT_RE, asciiDigit)
    .normalize('NFKC')
    .replace(H_CLOCK_RE, '$1:$2')
    .replace(NORDIC_CLOCK_RE, '$1 $2:$3')
    .replace(CJK_CLOCK_RE, twoDigits)
    .replace(CJK_HALF_DAY_RE, halfDayAfter);
  text = inCommonEra(text);
  if (!text || text.length > MAX_DATE_TEXT) return '';
  const solar = readSolarHijri(text);
  if (solar) return withTime(text, solar.year, solar.month, solar.day);
  let m = ISO_RE.exec(text);
  if (m) {
    return fromNumericMatch(m);
  }
  if (EPOCH_RE.test(text)) return fromEpoch(text.length === 13 ? Number(text) : Number(text) * 1000);
  m = COMPACT_RE.exec(text);
  if (m) {
    return fromNumericMatch(m);
  }
  m = SLASH_YMD_RE.exec(text);
  if (m) return withTime(text, Number(m[1]), Number(m[2]), Number(m[3]));
  m = DASHED_YMD_RE.exec(text);
  // "2025-05-05 9:30 pm": the clock is read with its half of the day.
  const dashed = !m
    ? ''
    : HALF_DAY_NEXT_RE.test(text.slice(m.index + m[0].length))
      ? withTime(text, Number(m[1]), Number(m[2]), Number(m[3]))
      : fromNumericMatch(m);
  if (dashed) return dashed;
  m = DOTTED_YMD_RE.exec(text) ?? CJK_YMD_RE.exec(text);
  const ymd = m ? withTime(text, Number(m[1]), Number(m[2]), Number(m[3])) : '';
  if (ymd) return ymd;
  m = DOTTED_RE.exec(text);
  if (m) return withTime(text, Number(m[3]), Number(m[2]), Number(m[1]));
  m = DOTTED_SHORT_RE.exec(text);
  if (m) {
    const yy = Number(m[3]);
    return withTime(text, yy + (yy < CENTURY_PIVOT ? 2000 : 1900), Number(m[2]), Number(m[1]));
  }
  m = VI_DMY_RE.exec(text);
  if (m) return withTime(text, Number(m[3]), Number(m[2]), Number(m[1]));
  const words = fromWords(text);
  if (words) return words;
  m = SLASH_DMY_RE.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = Number(m[4]);
    if (a > 12 || b > 12) {
      if (a > 12 && b <= 12) return withTime(text, year, b, a);
      if (b > 12 && a <= 12) return withTime(text, year, a, b);
    } else if (a === b) return withTime(text, year, b, a);
    else {
      // A weekday named before the date settles the order, whatever the language's custom: a
      // CMS's default format is month first on every site ("Tue, 03/10/2026 - 14:02").
      const named = weekdayBefore(text.slice(0, m.index));
      if (named !== null) {
        const dayFirstFits = dayOfWeek(year, b, a) === named;
        if (dayFirstFits !== (dayOfWeek(year, a, b) === named))
          return dayFirstFits ? withTime(text, year, b, a) : withTime(text, year, a, b);
      }
      if (dayFirst === true) return withTime(text, year, b, a);
      if (dayFirst === false) return withTime(text, year, a, b);
    }
  }
  return '';
}

// The word right before a date, with its dot and comma ("Tue, ", "Di., ", "mardi ").
const WORD_BEFORE_RE = /(\p{L}+)\.?,?\s*$/u;

/** The day of the week (0 is Sunday) a weekday's name right at the end of `text` names; else null. */
function weekdayBefore(text: string): number | null {
  const word = WORD_BEFORE_RE.exec(text)?.[1];
  return word ? weekdayOf(word) : null;
}

const dayOfWeek = (year: number, month: number, day: number): number =>
  new Date(Date.UTC(year, month - 1, day)).getUTCDay();

// A line that is a date and little else ("03.02.2022 15:34", "Jan 18, 2019", "Monday, 5. May 2025",
// "12 de marzo de 2024"): its letters are a month's and a weekday's name at most.
const MAX_DATE_LINE_CHARS = 40;
const MAX_DATE_LINE_LETTERS = 18;
const LETTERS_RE = /\p{L}/gu;

/** The text is a date and little else. */
export const isBareDate = (text: string, dayFirst?: boolean): boolean =>
  text.length <= MAX_DATE_LINE_CHARS &&
  (text.match(LETTERS_RE)?.length ?? 0) <= MAX_DATE_LINE_LETTERS &&
  hasDigit(text) &&
  parseDate(text, dayFirst) !== '';

/** Milliseconds since the epoch for an ISO string from parseDate (no offset = read as UTC). */
export function isoToEpoch(iso: string): number {
  if (!iso) return Number.NaN;
  const withZone = /T.*(Z|[+-]\d{2}:\d{2})$/.test(iso)
    ? iso
    : iso.includes('T')
      ? `${iso}Z`
      : `${iso}T00:00:00Z`;
  return Date.parse(withZone);
}
