import type { PositionMemory } from '../comfort/position-store';
import { usePositionMemory } from '../comfort/use-position-memory';
import { STRINGS } from '../strings';

/** "Continue where you left off", when this article was left part-way through before. */
export function ResumeOffer({
  scroller,
  url,
  memory,
  progress,
}: {
  scroller: HTMLElement | null;
  url: string;
  memory: PositionMemory | null;
  progress: number;
}) {
  const { offer, accept, dismiss } = usePositionMemory(scroller, url, memory, progress);
  if (offer === null) return null;
  return (
    <div class="folio-resume">
      <button type="button" class="folio-resume-continue" onClick={accept}>
        {STRINGS.continueReading}
      </button>
      <button type="button" class="folio-resume-dismiss" onClick={dismiss}>
        {STRINGS.startOver}
      </button>
    </div>
  );
}
