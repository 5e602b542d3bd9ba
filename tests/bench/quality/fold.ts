// Text folding for comparisons in the benchmark: case, accents, punctuation and spacing do not count.
// The benchmark keeps its own copy so that its scoring does not move when the engine's helpers do.
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Epoch ms of an ISO date; a time without zone is read as UTC, a date alone as its midnight UTC. */
export function isoToEpoch(iso: string): number {
  if (!iso) return Number.NaN;
  const withZone = /T.*(Z|[+-]\d{2}:?\d{2})$/.test(iso)
    ? iso
    : iso.includes('T')
      ? `${iso}Z`
      : `${iso}T00:00:00Z`;
  return Date.parse(withZone);
}
