import { describe, expect, it } from 'vitest';
import { normalizeAuthors } from '../../src/core/metadata/authors';
import { withoutPublication } from '../../src/core/metadata/site-name';

describe('normalizeAuthors', () => {
  it('splits lists and drops prefixes, roles, contact details and duplicates', () => {
    expect(normalizeAuthors(['By Jane Doe, Staff Writer', 'jane doe', 'John Roe & Ana Lima'])).toEqual([
      'Jane Doe',
      'John Roe',
      'Ana Lima',
    ]);
    expect(
      normalizeAuthors(['Mira Okafor (http://mira.example/)', 'Tomas Berg @tberg', 'lea@harbour.example']),
    ).toEqual(['Mira Okafor', 'Tomas Berg']);
    // The piece's genre before "by" (a news network's author meta).
    expect(normalizeAuthors(['Analysis by Jane Doe, Staff Writer', 'Opinion by John Roe'])).toEqual([
      'Jane Doe',
      'John Roe',
    ]);
  });

  it('drops placeholders and dates', () => {
    expect(normalizeAuthors(['admin', 'Updated 12:30', '2024-03-05', 'Redaktion', 'No Author'])).toEqual([]);
  });

  it('drops a newsroom desk named in any of several languages', () => {
    const desks = [
      'Redação',
      'Redactie',
      'Redakcja',
      'Redakce',
      'Redaksi',
      'Redacția',
      'Haber Merkezi',
      'Toimitus',
    ];
    expect(normalizeAuthors(desks)).toEqual([]);
    expect(normalizeAuthors(['Redação', 'Carlos Mendes'])).toEqual(['Carlos Mendes']);
  });

  it('drops a weekday run into the last name, a Cyrillic label and a guest placeholder', () => {
    expect(normalizeAuthors(['Mike Hale and Mara Owen Monday'])).toEqual(['Mike Hale', 'Mara Owen']);
    expect(normalizeAuthors(['Текст: Анна Лесная и Гость'])).toEqual(['Анна Лесная']);
  });

  it("drops the full stop of a signing sentence, not an initial's or a suffix's", () => {
    expect(normalizeAuthors(['By Alon Zakai.', 'Jane R.', 'Sam Hill Jr.'])).toEqual([
      'Alon Zakai',
      'Jane R.',
      'Sam Hill Jr.',
    ]);
  });

  it('drops a role with its beat and a role word run into the name', () => {
    expect(normalizeAuthors(['Jane Doe, Washington Correspondent'])).toEqual(['Jane Doe']);
    expect(normalizeAuthors(['Jane Doe Redakteurin', 'Redakteur Max Muster'])).toEqual([
      'Jane Doe',
      'Max Muster',
    ]);
    expect(normalizeAuthors(['JANE DOE, Wire National Political Writer'])).toEqual(['JANE DOE']);
    // A desk credit or a pen name keeps its role word: no capitalised name of two words is left.
    expect(normalizeAuthors(['Gazette staff reporter', 'Roving Reporter'])).toEqual([
      'Gazette staff reporter',
      'Roving Reporter',
    ]);
  });

  it('cuts a date run into the name and a weekday dateline before splitting the list', () => {
    expect(normalizeAuthors(['Jane Doe 05.04.2025', 'John Roe - 12:30'])).toEqual(['Jane Doe', 'John Roe']);
    expect(normalizeAuthors(['Mike Hale and Mara Owen Monday, April 7, 2025'])).toEqual([
      'Mike Hale',
      'Mara Owen',
    ]);
  });

  it('reads a name given twice in a row once', () => {
    expect(normalizeAuthors(['Jane Doe Jane Doe'])).toEqual(['Jane Doe']);
    expect(normalizeAuthors(["Kristen Falc'honKristen Falc'hon"])).toEqual(["Kristen Falc'hon"]);
    expect(normalizeAuthors(['焦鹏焦鹏'])).toEqual(['焦鹏']);
    expect(normalizeAuthors(['Mimi Lulu'])).toEqual(['Mimi Lulu']);
    expect(normalizeAuthors(['Ada Ada Kern'])).toEqual(['Ada Ada Kern']);
  });
});

describe('degrees after a name', () => {
  it('drops a degree written in capitals after the name, not a short name', () => {
    expect(normalizeAuthors(['Jane Roe, MD', 'John Doe, PhD', 'Ann Lee, M.D.', 'Ma Long, Do Thi'])).toEqual([
      'Jane Roe',
      'John Doe',
      'Ann Lee',
      'Ma Long',
      'Do Thi',
    ]);
  });
});

describe('withoutPublication', () => {
  const url = 'https://harbourtimes.example/tide';
  it('drops the site signed after the writers', () => {
    expect(withoutPublication(['Mara Lind', 'Harbour Times'], 'Harbour Times', url)).toEqual(['Mara Lind']);
    expect(withoutPublication(['Mara Lind', 'harbourtimes.example'], '', url)).toEqual(['Mara Lind']);
  });

  it("keeps an outlet with a writer's initials, and a byline that names only the site", () => {
    expect(withoutPublication(['Mara Lind', 'Harbour Times/ml'], 'Harbour Times', url)).toEqual([
      'Mara Lind',
      'Harbour Times/ml',
    ]);
    expect(withoutPublication(['Harbour Times'], 'Harbour Times', url)).toEqual(['Harbour Times']);
  });
});
