import { useEffect, useRef, useState } from 'preact/hooks';
import type { PositionMemory } from './position-store';
import { scrollTopFor } from './reading-progress';

// Scrolling saves once it pauses this long: not a storage write per frame.
const SAVE_DELAY_MS = 800;
// Moves smaller than this (a fraction of the article) are not worth a write.
const SAVE_STEP = 0.005;

export interface PositionOffer {
  /** The remembered progress to offer, or null (nothing remembered, or already answered). */
  offer: number | null;
  accept(): void;
  dismiss(): void;
}

/**
 * Offers the position remembered for `url` and remembers the new one as the reader scrolls, and
 * when the reader closes. While the offer is open nothing is saved: the remembered place stays
 * until the reader takes it or turns it down.
 */
export function usePositionMemory(
  scroller: HTMLElement | null,
  url: string,
  memory: PositionMemory | null,
  progress: number,
): PositionOffer {
  const [offer, setOffer] = useState<number | null>(null);
  const [ready, setReady] = useState(false);
  const live = useRef({ progress, saved: Number.NaN, blocked: true });
  live.current.progress = progress;
  live.current.blocked = !ready || offer !== null;

  useEffect(() => {
    if (!memory) return;
    let alive = true;
    memory.recall(url).then(
      (remembered) => {
        if (!alive) return;
        if (remembered !== null && remembered > live.current.progress) setOffer(remembered);
        live.current.saved = remembered ?? 0;
        setReady(true);
      },
      () => alive && setReady(true),
    );
    const save = () => {
      const state = live.current;
      if (state.blocked || Math.abs(state.progress - state.saved) < SAVE_STEP) return;
      state.saved = state.progress;
      memory.remember(url, state.progress).catch(() => undefined);
    };
    return () => {
      alive = false;
      save();
    };
  }, [memory, url]);

  useEffect(() => {
    if (!memory || !ready || offer !== null) return;
    const timer = setTimeout(() => {
      const state = live.current;
      if (Math.abs(state.progress - state.saved) < SAVE_STEP) return;
      state.saved = state.progress;
      memory.remember(url, state.progress).catch(() => undefined);
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [memory, url, ready, offer, progress]);

  return {
    offer,
    accept() {
      if (scroller && offer !== null) {
        scroller.scrollTop = scrollTopFor(offer, scroller.scrollHeight, scroller.clientHeight);
      }
      setOffer(null);
    },
    dismiss: () => setOffer(null),
  };
}
