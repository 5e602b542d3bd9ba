import { describe, expect, it } from 'vitest';
import { parseBareNames, parseBylineText } from '../../src/core/metadata/byline-text';

describe('parseBylineText', () => {
  it.each([
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['By Jane Doe, John Roe and Ana Lima', ['Jane Doe', 'John Roe', 'Ana Lima']],
    ['By Jane Doe & John Roe, Reuters', ['Jane Doe', 'John Roe', 'Reuters']],
    ['Von Max Muster und Erika Muster', ['Max Muster', 'Erika Muster']],
    ['Par Jean Dupont et Marie Curie', ['Jean Dupont', 'Marie Curie']],
    ['Por Ana García y Luis Pérez', ['Ana García', 'Luis Pérez']],
    ['Di Marco Rossi', ['Marco Rossi']],
    ['Analysis by Jane Doe', ['Jane Doe']],
    ['Opinion by Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Door Jan de Vries en Els Bakker', ['Jan de Vries', 'Els Bakker']],
    ['Av Anna Svensson och Erik Lund', ['Anna Svensson', 'Erik Lund']],
    ['Af Mette Hansen og Lars Holm', ['Mette Hansen', 'Lars Holm']],
    ['Autor: Jan Kowalski', ['Jan Kowalski']],
    ['Interview: Julia Berg', ['Julia Berg']],
    // A blog theme's post line, the day before the writer (fixture meta-byline-date-then-name.html).
    ['Posted on March 10, 2026 by Jane Roe', ['Jane Roe']],
    ['Published 10 March 2026 by Jane Roe and Tom Berg', ['Jane Roe', 'Tom Berg']],
    ['Publié le 10 mars 2026 par Jeanne Roux', ['Jeanne Roux']],
    // The hour after the writer (fixture meta-byline-time-after-name.html).
    ['Posted by Jane Roe at 10:12 AM', ['Jane Roe']],
    ['Von Jane Roe um 10.12 Uhr', ['Jane Roe']],
    ['Par Jean Dupont à 10h12', ['Jean Dupont']],
    // A line set in capitals: the section after the name goes as a place would.
    ['Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel IN Fashion | 0 COMMENTS', ['Sina Giebel']],
    ['By Kim In Sook', ['Kim In Sook']],
    ['作者：焦鹏', ['焦鹏']],
    ['责任编辑： 王芳', ['王芳']],
    ['Text & Fotos: Ivan Berger', ['Ivan Berger']],
    ['By Kim Lark, MA', ['Kim Lark']],
    ['By Jane Roe, M.D.', ['Jane Roe']],
    ['By Jane Roe, PhD', ['Jane Roe']],
    ['By Ma Long and Jane Roe', ['Ma Long', 'Jane Roe']],
    ['Text und Bild: Lea Stern', ['Lea Stern']],
    ['Words and pictures: Tom Reed', ['Tom Reed']],
    // German labels in their gender-inclusive spellings.
    ['Autor/in: Lea Stern', ['Lea Stern']],
    ['Autor*in: Lea Stern', ['Lea Stern']],
    ['Autor:in: Lea Stern', ['Lea Stern']],
    ['Autor_in Lea Stern', ['Lea Stern']],
    ['Autor(in): Lea Stern', ['Lea Stern']],
    ['Autorin: Lea Stern', ['Lea Stern']],
    ['Autor*innen: Lea Stern und Max Muster', ['Lea Stern', 'Max Muster']],
    ['Autoren: Lea Stern und Max Muster', ['Lea Stern', 'Max Muster']],
    // The plural without a colon signs a public office's page under its text (trafilatura-dev).
    ['Autoren Lea Stern und Max Muster', ['Lea Stern', 'Max Muster']],
    // The word for "on" before the day ends the names, with or without a weekday.
    ['Von Lea Stern am 06.05.2014', ['Lea Stern']],
    ['Erstellt von Lea Stern am Dienstag 6. Mai 2014', ['Lea Stern']],
    ['Par Jean Dupont le lundi 12 mars 2024', ['Jean Dupont']],
    ['Por Juan Pérez el 12 de marzo de 2024', ['Juan Pérez']],
    ['Di Mario Rossi il 12 marzo 2024', ['Mario Rossi']],
    ['Door Jan de Vries op 12 maart 2024', ['Jan de Vries']],
    // Who led an interview: its writer.
    ['Das Gespräch führte Jonas Weber', ['Jonas Weber']],
    ['Das Interview führten Lea Stern und Max Muster', ['Lea Stern', 'Max Muster']],
    ['Die Fragen stellte Lea Stern', ['Lea Stern']],
    ['Interview by Jane Doe', ['Jane Doe']],
    ['Interviewed by Jane Doe', ['Jane Doe']],
    ['Propos recueillis par Jean Dupont', ['Jean Dupont']],
    ['Interview door Jan de Vries', ['Jan de Vries']],
    // Chinese: the role before the names, set apart by a space.
    ['记者 李明', ['李明']],
    ['本报记者 李明 王芳', ['李明', '王芳']],
    ['新华社记者 李明、王芳', ['李明', '王芳']],
    ['文/记者 李明', ['李明']],
    ['记者 王小明报道', ['王小明']],
    // A particle inside a name is no such word: no day follows it.
    ['Par Anne le Roux', ['Anne le Roux']],
  ])('%s', (text, names) => {
    expect(parseBylineText(text)).toEqual(names);
  });

  it.each([
    'By the end of the year the bridge will be finished.',
    'By 2030 most of the fleet will run on batteries.',
    'Von der Leyen said the plan was ready. Others disagreed.',
    'The committee met on Tuesday.',
    'Interview: the minister on the harbour plan',
    'by using the new walkway residents save ten minutes',
    '',
    // "The reporter learned", "at the press conference": sentences.
    '据记者了解',
    '记者会上他说',
    // Name and date boxes run together without a space: no name survives.
    'By Lucas Nolan22 Dec 2016651',
    // What comes before "by" is no date.
    'On March 10, 2026 by the river we met',
    'Monday by Jane Roe',
    'Reached by phone, Jane Roe said',
  ])('is not a byline: %s', (text) => {
    expect(parseBylineText(text)).toBeNull();
  });
});

describe('parseBareNames', () => {
  it.each([
    ['Mohloai Mpesi', ['Mohloai Mpesi']],
    ['MTHOBISI SITHOLE', ['MTHOBISI SITHOLE']],
    ['Mathatisi Sebusi/Mohalenyane Phakela', ['Mathatisi Sebusi', 'Mohalenyane Phakela']],
    ['Ada Kern and Tom Berg', ['Ada Kern', 'Tom Berg']],
    ["Seán O'Brien, Anne-Marie Roe", ["Seán O'Brien", 'Anne-Marie Roe']],
  ])('%s', (text, names) => {
    expect(parseBareNames(text)).toEqual(names);
  });

  it.each([
    'Coinbase',
    'Energieversorgung der Zukunft',
    'Key points:',
    'A preventable crisis.',
    'ALAJUELENSE 3-1 PÉREZ ZELEDÓN',
    'Birgit Kelle (Bild: Facebook)',
    'おりがみをつくろう',
    'Nendeln, 27.6.2025',
  ])('is not a line of names: %s', (text) => {
    expect(parseBareNames(text)).toBeNull();
  });
});
