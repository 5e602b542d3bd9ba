import { minutesLeft } from '../comfort/reading-progress';
import { STRINGS } from '../strings';

/** "N min left" and the thin progress bar along the toolbar's bottom edge. */
export function ReadingStatus({ minutes, progress }: { minutes: number; progress: number }) {
  const left = minutesLeft(minutes, progress);
  return (
    <>
      <span class="folio-minutes-left">{left > 0 ? STRINGS.minutesLeft(left) : ''}</span>
      {/* The text says the same in words; the bar is for the eye only. */}
      <div class="folio-progress" aria-hidden="true">
        <div class="folio-progress-fill" style={{ transform: `scaleX(${progress})` }} />
      </div>
    </>
  );
}
