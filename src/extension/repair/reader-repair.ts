// Site fixes wired into the reader script: the reader's own requests go to the article script's
// PageRepair (page-engine.ts), which the popup's requests reach too; after each the open reader
// redraws, and "Pick the article" runs the picker then opens the reader on the picked block.
import type { RepairHost, RepairOp } from '../../ui/repair/repair-types';
import { startPicker } from './article-picker';
import type { PageRepair } from './page-repair';

export interface ReaderRepair {
  readonly ready: Promise<void>;
  /** For the reader's own view: acts, then `redraw` shows the result. */
  host(): RepairHost;
  /** Carries out an op; resolves once the fixes (not the redraw) are done. */
  handle(op: RepairOp): Promise<void>;
}

export function createReaderRepair(
  doc: Document,
  win: Window,
  repair: PageRepair,
  redraw: () => void,
  openReader: () => Promise<void>,
): ReaderRepair {
  let picking: { cancel(): void } | null = null;

  async function handle(op: RepairOp): Promise<void> {
    if (op.op === 'pick') {
      picking?.cancel();
      await repair.ready;
      picking = startPicker(
        doc,
        win,
        (el) => {
          picking = null;
          void repair.pickArticle(el).then(openReader);
        },
        () => {
          picking = null;
        },
      );
      return;
    }
    await repair.run(op);
    redraw();
  }

  const host = (): RepairHost => ({
    status: repair.status(),
    canRemove: true,
    run: (op) => {
      void handle(op).catch(() => undefined);
    },
  });

  return { ready: repair.ready, host, handle };
}
