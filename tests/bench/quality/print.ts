// Number formatting and table rows shared by the quality sections.
import type { Summary } from '../quality-score';

export const fmt = (x: number) => x.toFixed(3);

export function printBodyRow(name: string, s: Summary, extra = ''): void {
  console.log(
    `${name.padEnd(22)} F1 ${fmt(s.f1)}  P ${fmt(s.precision)}  R ${fmt(s.recall)}  acc ${fmt(s.accuracy)}  n=${s.n}${extra}`,
  );
}

/** A table with a first column of names and right-aligned columns (numbers to 3 places, strings as they are). */
export function printTable(
  head: string[],
  rows: [string, ...(number | string | null)[]][],
  firstWidth = 20,
): void {
  const width = Math.max(7, ...head.slice(1).map((h) => h.length + 1));
  console.log(
    head[0]!.padEnd(firstWidth) +
      head
        .slice(1)
        .map((h) => h.padStart(width))
        .join(''),
  );
  for (const [name, ...cells] of rows)
    console.log(
      name.padEnd(firstWidth) +
        cells.map((c) => (c === null ? '-' : typeof c === 'string' ? c : fmt(c)).padStart(width)).join(''),
    );
}
