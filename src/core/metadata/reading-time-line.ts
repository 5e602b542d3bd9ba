// A line that only estimates how long the page takes to read: a header's widget, and a part of a
// byline's line ("Jane Roe · 3 min read · Mar 10, 2026"), read by the cleaner and the byline reader.

// The page's own reading-time widget ("2 min", "3 min read", "Lesezeit: 4 Minuten", "Tempo de
// leitura: 2 minutos"; trafilatura-dev, scrapinghub-dev), in the languages of the corpora and of the UI.
const READING_TIME_LABELS =
  'reading time|read time|lesezeit|temps de lecture|tiempo de lectura|leestijd|tempo de leitura|tempo di lettura|czas czytania|lästid|læsetid|lesetid|lukuaika|время чтения|час читання|okuma süresi|doba čtení|czas lektury';
const MINUTE_WORDS =
  'minutes|minute|mins|min|minuten|minutos|minuti|minuty|minut|minuter|minutter|minuuttia|минуты|минут|мин|хвилин|хв|dakika|dk|mn';
const READ_WORDS =
  'read|reading|lesen|de lecture|de lectura|de leitura|di lettura|lezen|leestijd|czytania|lektury|läsning|lesing|læsning|lukuaikaa|чтения|читання|okuma|čtení';
// A word may come before the label ("Estimated reading time: 6 minutes", trafilatura-dev: a docs site;
// "Geschätzte Lesezeit").
const READING_TIME_RE = new RegExp(
  `^(?:(?:[^\\s:]+\\s+)?(?:${READING_TIME_LABELS})\\s*:?\\s*)?(?:ca\\.\\s*|~\\s*)?\\d{1,3}\\s*(?:${MINUTE_WORDS})\\.?(?:\\s+(?:${READ_WORDS}))?$`,
  'i',
);

/** A line that is only the page's estimate of its reading time. */
export const isReadingTimeLine = (text: string): boolean => READING_TIME_RE.test(text.trim());
