import { describe, expect, it } from 'vitest';
import { parseDate, slashDayFirst } from '../../src/core/metadata/date';
import { article, extractFixture } from './core-helpers';

describe('parseDate', () => {
  it("refuses a day past its month's end, leap days by the year", () => {
    expect(parseDate('2020-02-31')).toBe('');
    expect(parseDate('2021/2/29')).toBe('');
    expect(parseDate('2020/2/29')).toBe('2020-02-29');
    expect(parseDate('31.04.2024')).toBe('');
    expect(parseDate('30.04.2024')).toBe('2024-04-30');
  });

  it('reads a numeric date with hyphens as one with slashes, in the order the page settles, and no code joined to more numbers', () => {
    expect(parseDate('10-03-2026, 09:00', true)).toBe('2026-03-10T09:00:00');
    expect(parseDate('03-10-2026', false)).toBe('2026-03-10');
    expect(parseDate('25-12-2025 18:30')).toBe('2025-12-25T18:30:00');
    // Either order fits and nothing settles it.
    expect(parseDate('10-03-2026')).toBe('');
    for (const code of ['555-10-03-2026', '10-03-2026-1', '10-03/2026', '1.10-03-2026'])
      expect(parseDate(code, true)).toBe('');
    const a = article(extractFixture('meta-date-dashed-day-first.html'));
    expect(a.publishedTime).toBe('2026-03-10T09:00:00');
  });

  it('takes the day that stands beside its month, not another number on the line', () => {
    expect(parseDate('5 min read · Mar 12, 2024')).toBe('2024-03-12');
    expect(parseDate('on Monday, November 18th, 2019 at 11:08 a.m.')).toBe('2019-11-18T11:08:00');
    expect(parseDate('12 de marzo de 2024')).toBe('2024-03-12');
    expect(parseDate('2024. március 12.')).toBe('2024-03-12');
    expect(parseDate('3 comments · March 2024')).toBe('');
  });

  it('reads a year-first date inside a line with its time, offset and half of the day, not a number that opens with one', () => {
    expect(parseDate('来源：新华网 2026-12-04 09:30:15')).toBe('2026-12-04T09:30:15');
    expect(parseDate('2026-12-04 09:30 来源：海岸新闻')).toBe('2026-12-04T09:30:00');
    expect(parseDate('Printed: 2021-05-11 22:22:17.242000+02:00')).toBe('2021-05-11T22:22:17+02:00');
    expect(parseDate('Posted 2026-12-04 9:30 pm')).toBe('2026-12-04T21:30:00');
    // An offset after "GMT" or "UTC" is the stamp's, not Greenwich's own.
    expect(parseDate('2026-12-04 09:30 GMT+7')).toBe('2026-12-04T09:30:00+07:00');
    expect(parseDate('Updated 2026-12-04 09:30 UTC-03:00')).toBe('2026-12-04T09:30:00-03:00');
    expect(parseDate('2026-12-04 09:30 GMT')).toBe('2026-12-04T09:30:00Z');
    expect(parseDate('文号：2026-12-04-0193')).toBe('');
    expect(parseDate('file 12026-12-04')).toBe('');
  });

  it('reads month names and short forms of further languages, and each Croatian month as its own', () => {
    expect(parseDate('4. prosinca 2026. u 09:30')).toBe('2026-12-04T09:30:00');
    expect(parseDate('4. studenoga 2026.')).toBe('2026-11-04');
    // Greek short forms and ordinal day; the first of the month as an ordinal in Spanish, Portuguese
    // and Italian.
    expect(parseDate('08 Δεκ 2026')).toBe('2026-12-08');
    expect(parseDate('08 Μαϊ 2026')).toBe('2026-05-08');
    expect(parseDate('Τρίτη 8η Δεκεμβρίου 2026')).toBe('2026-12-08');
    expect(parseDate('1º de diciembre de 2026')).toBe('2026-12-01');
    expect(parseDate('1.º de dezembro de 2026')).toBe('2026-12-01');
    expect(parseDate('1° dicembre 2026')).toBe('2026-12-01');
    expect(parseDate('4 בדצמבר 2026')).toBe('2026-12-04');
    expect(parseDate('अपडेटेड: 4 दिसंबर 2026, 09:30 AM IST')).toBe('2026-12-04T09:30:00');
    expect(parseDate('4 फरवरी 2026')).toBe('2026-02-04');
    expect(parseDate('৪ ডিসেম্বর ২০২৬')).toBe('2026-12-04');
    expect(parseDate('04 دسمبر 2026')).toBe('2026-12-04');
    expect(parseDate('Desemba 4, 2026')).toBe('2026-12-04');
    expect(parseDate("4 d'abril de 2026")).toBe('2026-04-04');
    expect(parseDate('4 dic 2026 - 09:30 CET')).toBe('2026-12-04T09:30:00+01:00');
    expect(parseDate('12 giu 2026')).toBe('2026-06-12');
    expect(parseDate('Kamis, 04 Des 2026 09:30 WIB')).toBe('2026-12-04T09:30:00');
    expect(parseDate('Isnin, 10 Ogo 2026')).toBe('2026-08-10');
    expect(parseDate('4 груд. 2026, 09:30')).toBe('2026-12-04T09:30:00');
    expect(parseDate('4 лист. 2026')).toBe('2026-11-04');
    expect(parseDate('10 mrt. 2026 09:30')).toBe('2026-03-10T09:30:00');
    expect(parseDate('4 gru 2026')).toBe('2026-12-04');
    // Latvian names the month in its locative, after "year" ("2026. gada 12. martā").
    expect(parseDate('2026. gada 12. martā 14:05')).toBe('2026-03-12T14:05:00');
    expect(parseDate('4. decembrī 2026')).toBe('2026-12-04');
    expect(parseDate('14 paź 2026')).toBe('2026-10-14');
    expect(parseDate('10 Eyl 2026 09:30')).toBe('2026-09-10T09:30:00');
    expect(parseDate('4 Ara 2026')).toBe('2026-12-04');
    expect(parseDate('4 Şub 2026')).toBe('2026-02-04');
    // Genitive and other forms of further languages, each beside its day.
    for (const [text, want] of [
      ['12. marta 2026.', '2026-03-12'],
      ['12 сакавіка 2026', '2026-03-12'],
      ['12 მარტი 2026', '2026-03-12'],
      ['12 մարտի 2026', '2026-03-12'],
      ['12 наурыз 2026', '2026-03-12'],
      ['12. Mäerz 2026', '2026-03-12'],
      ["12 ta' Marzu 2026", '2026-03-12'],
      ['Marso 12, 2026', '2026-03-12'],
      ['12 Márta 2026', '2026-03-12'],
      ['12 மார்ச் 2026', '2026-03-12'],
      ['12 మార్చి 2026', '2026-03-12'],
      ['12 മാർച്ച് 2026', '2026-03-12'],
      ['12 ઑક્ટોબર 2026', '2026-10-12'],
      ['12 ਫ਼ਰਵਰੀ 2026', '2026-02-12'],
      // Persian (the Gregorian months), Marathi, Albanian, Azerbaijani, Uzbek and Galician.
      ['۱۲ دسامبر ۲۰۲۶', '2026-12-12'],
      ['12 डिसेंबर 2026', '2026-12-12'],
      ['12 dhjetor 2026', '2026-12-12'],
      ['12 dekabr 2026', '2026-12-12'],
      ['12-oktabr, 2026', '2026-10-12'],
      ['12 de decembro de 2026', '2026-12-12'],
      // Basque: the year with its case ending, then the month's genitive.
      ['2026ko martxoaren 12a', '2026-03-12'],
      ['2025eko abenduaren 1ean, 14:05', '2025-12-01T14:05:00'],
      ['2026ko martxoa', ''],
    ])
      expect(parseDate(text), text).toBe(want);
    // Still no month: an English word the short forms would clash with.
    expect(parseDate('set 4 of 2026')).toBe('');
  });

  it('reads a Japanese, Chinese or Korean clock in words and its half of the day', () => {
    expect(parseDate('2026年3月12日(木) 10時15分')).toBe('2026-03-12T10:15:00');
    expect(parseDate('2026年3月12日 10时5分')).toBe('2026-03-12T10:05:00');
    expect(parseDate('2026년 3월 12일 오후 3시 15분')).toBe('2026-03-12T15:15:00');
    expect(parseDate('2026년 3월 12일 오후 3:15')).toBe('2026-03-12T15:15:00');
    expect(parseDate('2026年3月12日 午後3時15分')).toBe('2026-03-12T15:15:00');
    expect(parseDate('2026年3月12日 下午3:15')).toBe('2026-03-12T15:15:00');
    expect(parseDate('2026년 3월 12일 오전 10:15')).toBe('2026-03-12T10:15:00');
    expect(parseDate('2026年3月12日 午前0時5分')).toBe('2026-03-12T00:05:00');
  });

  it("reads a Solar Hijri date (Iranian or Dari month names) as the common era's day", () => {
    expect(parseDate('۱۷ آذر ۱۴۰۳')).toBe('2024-12-07');
    expect(parseDate('شنبه ۱۷ آذر ماه ۱۴۰۳ - ۱۴:۳۰')).toBe('2024-12-07T14:30:00');
    expect(parseDate('۱۷ قوس ۱۴۰۳')).toBe('2024-12-07');
    // The Arabic yeh typed for the Persian one.
    expect(parseDate('11 دي 1399')).toBe('2020-12-31');
    // New Year's Day after a leap year and after a common one; the leap day is only a leap year's.
    expect(parseDate('1 فروردین 1400')).toBe('2021-03-21');
    expect(parseDate('1 فروردین 1403')).toBe('2024-03-20');
    expect(parseDate('30 اسفند 1403')).toBe('2025-03-20');
    expect(parseDate('30 اسفند 1404')).toBe('');
    // A month's name with no year after it, or a word that starts with one, is no date.
    expect(parseDate('۱۷ آذر')).toBe('');
    expect(parseDate('۱۷ دیروز ۱۴۰۳')).toBe('');
  });

  it("reads a Thai date's Buddhist year, short month and digits as the common era's date", () => {
    expect(parseDate('4 ธันวาคม 2569')).toBe('2026-12-04');
    expect(parseDate('วันพฤหัสบดีที่ 4 ธันวาคม พ.ศ. 2569')).toBe('2026-12-04');
    expect(parseDate('4 ธ.ค. 2569 09:30 น.')).toBe('2026-12-04T09:30:00');
    expect(parseDate('12 มี.ค. 2569')).toBe('2026-03-12');
    expect(parseDate('1 ม.ค. 2569')).toBe('2026-01-01');
    // Thai papers print the era's last two digits after a short month.
    expect(parseDate('อัปเดต 4 ธ.ค. 69 เวลา 09:30 น.')).toBe('2026-12-04T09:30:00');
    expect(parseDate('๔ ธันวาคม ๒๕๖๙')).toBe('2026-12-04');
    // A common-era year stays; a Buddhist-era number with no month is no date.
    expect(parseDate('4 ธันวาคม 2026')).toBe('2026-12-04');
    expect(parseDate('ผู้ชม 2569 คน')).toBe('');
  });

  it('reads digits of other scripts and a clock written with "h" or after "kl."', () => {
    expect(parseDate('نشر في ٤ ديسمبر ٢٠٢٦ - ٠٩:٣٠')).toBe('2026-12-04T09:30:00');
    expect(parseDate('۲۰۲۶/۱۲/۰۴ ۰۹:۳۰')).toBe('2026-12-04T09:30:00');
    expect(parseDate('४ दिसंबर २०२६')).toBe('2026-12-04');
    expect(parseDate('Publié le 04 déc. 2026 à 09h30')).toBe('2026-12-04T09:30:00');
    expect(parseDate('04/12/2026 09h30', true)).toBe('2026-12-04T09:30:00');
    expect(parseDate('Publicerad 4 dec 2026 kl. 09.30')).toBe('2026-12-04T09:30:00');
    expect(parseDate('4.12.2026 klo 9.30')).toBe('2026-12-04T09:30:00');
    // A "h" that is no clock's: a resolution, a speed.
    expect(parseDate('4 December 2026, 1080h60 video')).toBe('2026-12-04');
  });

  it.each([
    ['2024-05-03T15:47:42.389Z', '2024-05-03T15:47:42Z'],
    ['2024-05-03T15:47:42+0200', '2024-05-03T15:47:42+02:00'],
    ['2024-05-03 15:47:42', '2024-05-03T15:47:42'],
    ['2024-05-03', '2024-05-03'],
    ['Fri, 03 May 2024 15:47:42 GMT', '2024-05-03T15:47:42Z'],
    ['May 3, 2024 3:47 PM EDT', '2024-05-03T15:47:00-04:00'],
    ['03.05.2024, 14:30 Uhr', '2024-05-03T14:30:00'],
    ['3. Mai 2024', '2024-05-03'],
    ['3 mars 2024', '2024-03-03'],
    ['1714751262', '2024-05-03T15:47:42Z'],
    ['20240503', '2024-05-03'],
    // Year first: Korean "입력" (posted) lines, Chinese and Japanese dates.
    ['입력 2024.05.03 14:30', '2024-05-03T14:30:00'],
    ['2024. 5. 3.', '2024-05-03'],
    ['2024年5月3日 14:30', '2024-05-03T14:30:00'],
    ['2024년 5월 3일', '2024-05-03'],
    // A day-first date followed by a dotted time is not read as year first.
    ['31.12.2024. 14.30', '2024-12-31'],
    // A two-digit year when the date is the whole line (a blog's date heading).
    ['17.7.11', '2011-07-17'],
    ['28.01.22 12:45', '2022-01-28T12:45:00'],
    // Month names of further languages, Eastern digits, full-width digits, Vietnamese.
    ['3 марта 2026, 08:00', '2026-03-03T08:00:00'],
    ['3 березня 2026', '2026-03-03'],
    ['03 Mart 2026', '2026-03-03'],
    ['Sept. 3, 2024', '2024-09-03'],
    ['15 Ekim 2025', '2025-10-15'],
    ['3 Μαρτίου 2026', '2026-03-03'],
    ['3 martie 2026', '2026-03-03'],
    ['2026. március 3.', '2026-03-03'],
    ['3. maaliskuuta 2026', '2026-03-03'],
    ['3 Agustus 2026', '2026-08-03'],
    ['3. ožujka 2026', '2026-03-03'],
    ['2026 m. kovo 3 d.', '2026-03-03'],
    ['٣ مارس ٢٠٢٦', '2026-03-03'],
    ['3 آذار 2026', '2026-03-03'],
    ['２０２６年３月３日', '2026-03-03'],
    ['03 tháng 3 năm 2026', '2026-03-03'],
    // A slashed date whose order shows: a number over 12, or the same number twice.
    ['15/03/2026 10:20', '2026-03-15T10:20:00'],
    ['03/15/2026', '2026-03-15'],
    ['03/03/2026', '2026-03-03'],
  ])('%s', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });

  it('reads "04/03/2026" in the order the page\'s language gives, and a clear order whatever it says', () => {
    expect(parseDate('04/03/2026 10:20', slashDayFirst('pt-BR'))).toBe('2026-03-04T10:20:00');
    expect(parseDate('04/03/2026', slashDayFirst('en-us'))).toBe('2026-04-03');
    expect(parseDate('04/03/2026', slashDayFirst('en_AU'))).toBe('2026-03-04');
    expect(parseDate('04/03/2026', slashDayFirst('en'))).toBe('');
    expect(parseDate('04/03/2026', slashDayFirst('zh-CN'))).toBe('');
    expect(parseDate('04/03/2026', slashDayFirst(''))).toBe('');
    // A number over 12 settles the order against the language.
    expect(parseDate('03/15/2026', slashDayFirst('fr'))).toBe('2026-03-15');
    expect(parseDate('15/03/2026', slashDayFirst('en-US'))).toBe('2026-03-15');
  });

  it('reads "03/10/2026" in the order the weekday named before it fits, over the language, and not where both or neither fit', () => {
    // 10 March 2026 was a Tuesday, 3 October a Saturday.
    expect(parseDate('Tue, 03/10/2026 - 14:02')).toBe('2026-03-10T14:02:00');
    expect(parseDate('Sat, 03/10/2026')).toBe('2026-10-03');
    expect(parseDate('Di., 03/10/2026', slashDayFirst('de'))).toBe('2026-03-10');
    expect(parseDate('Tue, 03/10/2026', slashDayFirst('en-GB'))).toBe('2026-03-10');
    // A weekday neither order falls on, or a word that names different days in different languages
    // ("So": Sunday in German, Saturday in Slovak), leaves the language to say.
    expect(parseDate('Wed, 03/10/2026')).toBe('');
    expect(parseDate('So, 03/10/2026')).toBe('');
    expect(parseDate('So, 03/10/2026', slashDayFirst('de'))).toBe('2026-10-03');
  });

  it("dates a page by a CMS's month-first line when its weekday settles the order", () => {
    const r = article(extractFixture('meta-date-weekday-settles-order.html'));
    expect(r.publishedTime).toBe('2026-03-10T14:02:00');
    expect(r.text).not.toContain('Submitted by');
  });

  it.each([
    '',
    'yesterday',
    'Updated recently',
    '05/03/2024',
    '1970-01-01',
    // An event's date and hours, a version number, a day past the month's end.
    '19.1.23, 10:00-11:30 Uhr',
    '1.2.22.4',
    '31.02.22',
    // "كانون" is the first or the last month, by the word after it; an object's own key is no month.
    '3 كانون الثاني 2026',
    'constructor 3 2026',
  ])('gives nothing for %j', (raw) => {
    expect(parseDate(raw)).toBe('');
  });
});
