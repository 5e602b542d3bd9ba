// The shared view's side of site fixes: what it shows (RepairStatus) and what it can ask for
// (RepairOp). The page's reader script carries them out (src/extension/repair/page-repair.ts),
// whether the request comes from the reader itself or from the popup.

export type RepairNote = 'put-back' | 'removed' | 'saved' | 'undone' | 'picked' | 'failed';

export interface RepairStatus {
  /** Saved fixes that apply to this page. */
  fixes: number;
  /** Fixes turned off for this view. */
  off: boolean;
  canUndo: boolean;
  /** A put-back in this view that "Always for this site" would save. */
  canSave: boolean;
  /** What the last action did, shown until the next one. */
  note: RepairNote | null;
}

export type RepairOp =
  | { op: 'put-back'; selector: string }
  | { op: 'remove'; selector: string }
  | { op: 'save' }
  | { op: 'undo' }
  | { op: 'set-off'; off: boolean }
  | { op: 'pick' };

export interface RepairHost {
  status: RepairStatus;
  run(op: RepairOp): void;
  /** The reader offers "Remove" on each block; the popup's small view does not. */
  canRemove: boolean;
}

const MAX_SELECTOR = 2000;

/** A RepairOp from a message (the popup's), checked; null when it is not one. */
export function parseRepairOp(value: unknown): RepairOp | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const selector = typeof v.selector === 'string' && v.selector.length <= MAX_SELECTOR ? v.selector : null;
  switch (v.op) {
    case 'put-back':
    case 'remove':
      return selector ? { op: v.op, selector } : null;
    case 'save':
    case 'undo':
    case 'pick':
      return { op: v.op };
    case 'set-off':
      return typeof v.off === 'boolean' ? { op: 'set-off', off: v.off } : null;
    default:
      return null;
  }
}
