import { describe, expect, it } from 'vitest';
import { hasLabelledCredit, splitCredit, wholeCredit } from '../../src/core/figures/split-credit';

/** The sources of the case-insensitive Unicode patterns that `read` ran. */
function caseFoldedPatternsRun(read: () => void): string[] {
  const run: string[] = [];
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, text: string) {
    if (this.flags.includes('i') && this.flags.includes('u')) run.push(this.source);
    return exec.call(this, text);
  };
  try {
    read();
  } finally {
    RegExp.prototype.exec = exec;
  }
  return run;
}

describe('splitCredit', () => {
  it.each([
    [
      'Crowds gather at the gate. (AP Photo/Jane Field, File)',
      'Crowds gather at the gate.',
      'AP Photo/Jane Field, File',
    ],
    ['Boote im Hafen. Foto: dpa', 'Boote im Hafen.', 'dpa'],
    // Japanese agencies after the mark in half width, and with the aircraft the photo was taken from.
    ['港の夜明け=共同', '港の夜明け', '共同'],
    ['被災した港＝共同通信社ヘリから', '被災した港', '共同通信社ヘリから'],
    // Hindi "photo courtesy", Thai "picture from".
    ['बंदरगाह पर सुबह। फोटो साभार: एएनआई', 'बंदरगाह पर सुबह।', 'एएनआई'],
    ['ท่าเรือยามรุ่ง (ภาพจาก: รอยเตอร์)', 'ท่าเรือยามรุ่ง', 'รอยเตอร์'],
    ['Bild: Stadtarchiv', '', 'Stadtarchiv'],
    ['The pier at dawn. Photograph: Eva Lind/Reuters', 'The pier at dawn.', 'Eva Lind/Reuters'],
    ['The pier at dawn. Photo: Kai Lund / Harbour Trust', 'The pier at dawn.', 'Kai Lund / Harbour Trust'],
    ['The final whistle. Getty Images', 'The final whistle.', 'Getty Images'],
    ['Credit: Harbour Trust', '', 'Harbour Trust'],
    ['Image: Google', '', 'Google'],
    ['Des pompiers au travail © Reuters', 'Des pompiers au travail', 'Reuters'],
    ['© Bild: Werk/Karl Horn', '', 'Werk/Karl Horn'],
    ['Der Roller am Hafen. © Foto: Werk', 'Der Roller am Hafen.', 'Werk'],
    ['Le port la nuit. Crédit photo : Marc Petit', 'Le port la nuit.', 'Marc Petit'],
    ['La plaza. Imagen: Europa Press', 'La plaza.', 'Europa Press'],
    ['Il molo. Foto: Ansa', 'Il molo.', 'Ansa'],
    ['O cais. Fotografia: Lusa', 'O cais.', 'Lusa'],
    ['Most. Fot. PAP/Jan Kowalski', 'Most.', 'PAP/Jan Kowalski'],
    ['새 부두가 문을 열었다 [사진 출처 = 항만공사]', '새 부두가 문을 열었다', '항만공사'],
    ['Набережная утром. Фото: Иван Петров', 'Набережная утром.', 'Иван Петров'],
    ['The lodge was rebuilt last year. Supplied', 'The lodge was rebuilt last year.', 'Supplied'],
    [
      'A fisherman mends his nets. (Lea Stern/Harbour Trust)',
      'A fisherman mends his nets.',
      'Lea Stern/Harbour Trust',
    ],
    // Wordings of further countries: an Indian agency's "PTI Photo", New Zealand's "Photo / Name",
    // Chinese "图/", Greek "Φωτ.:", an archive picture's "File photo:".
    ['Protesters in the city centre. PTI Photo', 'Protesters in the city centre.', 'PTI Photo'],
    ['The quay on Tuesday. Photo / Jane Roe', 'The quay on Tuesday.', 'Jane Roe'],
    ['游客在故宫参观。图/视觉中国', '游客在故宫参观。', '视觉中国'],
    ['游客在故宫参观。图片来源：新华社', '游客在故宫参观。', '新华社'],
    // The label after a space or a slash, and Korean "사진=" after a slash.
    ['游客在故宫参观 图/视觉中国', '游客在故宫参观', '视觉中国'],
    ['游客在故宫参观 / 图：李明', '游客在故宫参观', '李明'],
    ['페리 운항 재개 /사진=뉴스1', '페리 운항 재개', '뉴스1'],
    ['Διαδηλωτές στο κέντρο. Φωτ.: Eurokinissi', 'Διαδηλωτές στο κέντρο.', 'Eurokinissi'],
    ['Ο πρωθυπουργός στην Αθήνα. ΦΩΤΟ: EUROKINISSI', 'Ο πρωθυπουργός στην Αθήνα.', 'EUROKINISSI'],
    ['Διαδηλωτές στο κέντρο. Φωτό: Γιάννης Παπαδόπουλος', 'Διαδηλωτές στο κέντρο.', 'Γιάννης Παπαδόπουλος'],
    ['The old pier. File photo: Reuters', 'The old pier.', 'Reuters'],
    // Agencies of Turkey, Italy and North Korea named alone after the caption.
    ['Taraftarlar kutluyor. (AA)', 'Taraftarlar kutluyor.', 'AA'],
    ['I tifosi festeggiano. Ansa', 'I tifosi festeggiano.', 'Ansa'],
    ['Kim inspects a missile. KCNA via Reuters', 'Kim inspects a missile.', 'KCNA via Reuters'],
    ['Members of the AA', 'Members of the AA', ''],
    // "Courtesy" without "of", "Photo illustration by", "provided by", screenshots and German charts.
    ['The old pier. Courtesy Jane Roe', 'The old pier.', 'Courtesy Jane Roe'],
    ['Photo illustration by Jane Roe', '', 'Jane Roe'],
    ['The old pier. Photo provided by the Harbour Trust', 'The old pier.', 'Harbour Trust'],
    ['The old pier. Screenshot: YouTube', 'The old pier.', 'YouTube'],
    ['Die Grafik zeigt den Hafen. Grafik: dpa', 'Die Grafik zeigt den Hafen.', 'dpa'],
    // French: a credit in capitals after a bar, "Photo Name" without a colon, "DR" (rights reserved);
    // a name and an outlet after a bar.
    ['Le vieux port au matin. | OUEST-FRANCE', 'Le vieux port au matin.', 'OUEST-FRANCE'],
    ['Le vieux port au matin | ARCHIVES JEAN DUPONT', 'Le vieux port au matin', 'ARCHIVES JEAN DUPONT'],
    ['Le vieux port au matin. Photo Jean Dupont', 'Le vieux port au matin.', 'Jean Dupont'],
    ['Le vieux port au matin. DR', 'Le vieux port au matin.', 'DR'],
    ['The pier at dawn. | Jane Roe/The Coast Herald', 'The pier at dawn.', 'Jane Roe/The Coast Herald'],
  ])('%s', (text, caption, credit) => {
    expect(splitCredit(text)).toEqual({ caption, credit });
  });

  it('leaves captions without a credit alone', () => {
    expect(splitCredit('He said Reuters had the story first')).toEqual({
      caption: 'He said Reuters had the story first',
      credit: '',
    });
    // Brackets that start with an agency's letters: "AP", "EFE".
    for (const text of ['The new phone on show (Apple Park)', 'Nuevo puerto (efemérides)'])
      expect(splitCredit(text)).toEqual({ caption: text, credit: '' });
    for (const text of [
      'The minister spoke to PTI on Tuesday',
      'A before / after photo / drawing',
      'Photo / video montage of the crossing',
      '他说图片来源不明',
      'He said the goods were provided by the Harbour Trust',
      // An equals sign that ends no caption with an agency.
      'E=mc2 on the board',
      '港の夜明け=10日午前',
      // Capitals after a bar with a year; a photo booth; a stock agency named "Photo …".
      'Road works on the quay | NEW YORK 1969',
      'Photo Booth in the old hall',
      'The pier at dawn. Photo Researchers',
      'The DR at the pier',
    ])
      expect(splitCredit(text)).toEqual({ caption: text, credit: '' });
    expect(splitCredit('The picture shows the old quay')).toEqual({
      caption: 'The picture shows the old quay',
      credit: '',
    });
  });

  // The label lists cost V8 about 13 ms each to compile, paid by the first extraction in a new tab:
  // a caption with no colon, equals sign or "fot." cannot hold a label, and never compiles them.
  it('does not run the label lists on a caption without a label mark', () => {
    // The label lists are the patterns that also read joined labels ("Text und Foto:").
    const labelLists = (texts: string[]) =>
      caseFoldedPatternsRun(() => {
        for (const t of texts) {
          splitCredit(t);
          hasLabelledCredit(t);
          wholeCredit(t);
        }
      }).filter((source) => source.includes('(?:und|and|&|et|y|e|og|och|en)'));
    expect(
      labelLists(['The pier at dawn (AP)', 'Crowds gather at the gate. Getty Images', 'Photo by Jane Roe']),
    ).toEqual([]);
    // With a mark they run, and find the label.
    expect(labelLists(['The pier at dawn. Photo: Jane Roe']).length).toBeGreaterThan(0);
    expect(splitCredit('The pier at dawn. Photo: Jane Roe')).toEqual({
      caption: 'The pier at dawn.',
      credit: 'Jane Roe',
    });
  });
});
