// How far through the article the reader is, and what that leaves: pure arithmetic on scroll
// metrics, shared by the progress bar, "N min left" and the remembered position.

/** 0 at the top, 1 at the bottom; 1 when there is nothing to scroll. */
export function scrollProgress(scrollTop: number, scrollHeight: number, clientHeight: number): number {
  const range = scrollHeight - clientHeight;
  if (!(range > 0)) return 1;
  return Math.min(1, Math.max(0, scrollTop / range));
}

/** The scroll offset for a progress (the inverse of scrollProgress). */
export function scrollTopFor(progress: number, scrollHeight: number, clientHeight: number): number {
  return Math.max(0, Math.round(progress * (scrollHeight - clientHeight)));
}

/** Whole minutes still to read, rounded up; 0 once the end is reached. */
export function minutesLeft(totalMinutes: number, progress: number): number {
  if (!(totalMinutes > 0)) return 0;
  // The epsilon keeps float noise (8 × 0.5 = 4.000000001) from adding a minute.
  return Math.max(0, Math.ceil(totalMinutes * (1 - Math.min(1, Math.max(0, progress))) - 1e-9));
}
