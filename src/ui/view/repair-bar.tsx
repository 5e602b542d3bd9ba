import type { RepairHost, RepairNote } from '../repair/repair-types';
import { STRINGS } from '../strings';

const NOTE_TEXT: Record<RepairNote, string> = {
  'put-back': STRINGS.notePutBack,
  removed: STRINGS.noteRemoved,
  saved: STRINGS.noteSaved,
  undone: STRINGS.noteUndone,
  picked: STRINGS.notePicked,
  failed: STRINGS.noteFailed,
};

/**
 * The site fixes line above the article: what the last action did with its Undo (and "Always for
 * this site" after a put-back), and how many saved fixes shaped this page, with a way to see the
 * page without them.
 */
export function RepairBar({ repair }: { repair: RepairHost }) {
  const { status } = repair;
  if (!status.note && !status.fixes && !status.canUndo) return null;
  return (
    <div class="folio-repair">
      <p class="folio-repair-note" role="status">
        {status.note ? NOTE_TEXT[status.note] : ''}
        {status.canSave ? (
          <button type="button" class="folio-repair-save" onClick={() => repair.run({ op: 'save' })}>
            {STRINGS.alwaysForSite}
          </button>
        ) : null}
        {status.canUndo ? (
          <button type="button" class="folio-repair-undo" onClick={() => repair.run({ op: 'undo' })}>
            {STRINGS.undo}
          </button>
        ) : null}
      </p>
      {status.fixes ? (
        <p class="folio-repair-fixes">
          {status.off ? STRINGS.fixesOff : STRINGS.fixesForSite(status.fixes)}
          <button
            type="button"
            class="folio-repair-toggle"
            onClick={() => repair.run({ op: 'set-off', off: !status.off })}
          >
            {status.off ? STRINGS.turnOnFixes : STRINGS.turnOffFixes}
          </button>
        </p>
      ) : null}
    </div>
  );
}
