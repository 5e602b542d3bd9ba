import { describe, expect, it } from 'vitest';
import { normalizeAuthors } from '../../src/core/metadata/authors';

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
  });

  it('drops placeholders and dates', () => {
    expect(normalizeAuthors(['admin', 'Updated 12:30', '2024-03-05', 'Redaktion'])).toEqual([]);
  });

  it('drops a weekday run into the last name, a Cyrillic label and a guest placeholder', () => {
    expect(normalizeAuthors(['Mike Hale and Mara Owen Monday'])).toEqual(['Mike Hale', 'Mara Owen']);
    expect(normalizeAuthors(['Текст: Анна Лесная и Гость'])).toEqual(['Анна Лесная']);
  });
});
