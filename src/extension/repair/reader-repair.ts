// Site fixes wired into the reader script: the popup's and the reader's requests go through one
// PageRepair, after each the open reader redraws, and "Pick the article" runs the picker then opens
// the reader on the picked block.
import type { RepairHost, RepairOp, RepairStatus } from '../../ui/repair/repair-types';
import { fixesStore } from '../site-fixes/browser-fixes';
import { startPicker } from './article-picker';
import { createPageRepair } from './page-repair';

export interface ReaderRepair {
  readonly ready: Promise<void>;
  rules: ReturnType<typeof createPageRepair>['rules'];
  status(): RepairStatus;
  /** For the reader's own view: acts, then `redraw` shows the result. */
  host(): RepairHost;
  /** Carries out an op; resolves once the fixes (not the redraw) are done. */
  handle(op: RepairOp): Promise<void>;
}

export function createReaderRepair(
  doc: Document,
  win: Window,
  redraw: () => void,
  openReader: () => Promise<void>,
): ReaderRepair {
  const repair = createPageRepair(doc, () => win.location.href, fixesStore);
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

  return { ready: repair.ready, rules: repair.rules, status: repair.status, host, handle };
}
