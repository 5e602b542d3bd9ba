// @vitest-environment jsdom
// The shared view's site-fix controls: Put back per removed block with a place on the page, the fixes
// line with Undo / Always / turn off, and the reader's Remove control on numbered blocks.
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/types';
import type { RepairHost, RepairOp, RepairStatus } from '../../src/ui/repair/repair-types';
import { parseRepairOp } from '../../src/ui/repair/repair-types';
import { ArticleView } from '../../src/ui/view/article-view';
import { FAKE_ARTICLE } from './popup-fake-data';

afterEach(cleanup);

/** A button by its accessible name (a plain lookup: role queries are slow on a loaded machine). */
function buttonNamed(container: Element, name: string): HTMLButtonElement {
  const found = Array.from(container.querySelectorAll('button')).find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
  );
  if (!found) throw new Error(`no button named ${name}`);
  return found;
}

const STATUS: RepairStatus = { fixes: 0, off: false, canUndo: false, canSave: false, note: null };

function host(status: Partial<RepairStatus>, canRemove = false): RepairHost & { ops: RepairOp[] } {
  const ops: RepairOp[] = [];
  return { status: { ...STATUS, ...status }, run: (op) => ops.push(op), canRemove, ops };
}

const article: Article = {
  ...FAKE_ARTICLE,
  html: '<p data-folio-block="0">First paragraph of the story.</p><p data-folio-block="1">A paragraph to remove.</p>',
  blocks: ['body > :nth-child(1) > :nth-child(1)', 'body > :nth-child(1) > :nth-child(2)'],
  removed: [
    {
      kind: 'newsletter',
      text: 'Sign up for our newsletter',
      reason: 'newsletter sign-up',
      selector: 'body > :nth-child(2)',
    },
    { kind: 'other', text: 'A box you removed', reason: 'rule', selector: 'body > :nth-child(3)' },
    { kind: 'caption', text: 'No place on the page', reason: 'caption repeated' },
  ],
};

describe('site fixes in the article view', () => {
  it('offers Put back on removed blocks that have a place on the page, and labels your own removals', () => {
    const repair = host({});
    const { container } = render(<ArticleView article={article} actions={null} repair={repair} />);
    // Inside the collapsed "Removed" list: each button is named "Put back" and described by its
    // block's preview (the page's text never names a control).
    const buttons = Array.from(container.querySelectorAll('button.folio-put-back'));
    expect(buttons.map((b) => b.textContent)).toEqual(['Put back', 'Put back']);
    expect(
      buttons.map((b) =>
        container.querySelector(`#${b.getAttribute('aria-describedby')}`)?.textContent?.trim(),
      ),
    ).toEqual(['Sign up for our newsletter', 'A box you removed']);
    fireEvent.click(buttons[0]!);
    expect(repair.ops).toEqual([{ op: 'put-back', selector: 'body > :nth-child(2)' }]);
    expect(container.querySelector('.folio-removed li:nth-child(2) .folio-removed-kind')?.textContent).toBe(
      'removed by you',
    );
  });

  it('shows the last action with Undo and Always, and the fixes count with its switch', () => {
    const repair = host({ fixes: 2, canUndo: true, canSave: true, note: 'put-back' });
    const { container } = render(<ArticleView article={article} actions={null} repair={repair} />);
    expect(container.querySelector('.folio-repair-fixes')?.textContent).toContain('2 fixes for this site');
    fireEvent.click(buttonNamed(container, 'Always for this site'));
    fireEvent.click(buttonNamed(container, 'Undo'));
    fireEvent.click(buttonNamed(container, 'Turn off for this view'));
    expect(repair.ops).toEqual([{ op: 'save' }, { op: 'undo' }, { op: 'set-off', off: true }]);
  });

  it('gives the reader a Remove control on each numbered block, reachable by focus', () => {
    const repair = host({}, true);
    const { container } = render(<ArticleView article={article} actions={null} repair={repair} />);
    const second = container.querySelector<HTMLElement>('[data-folio-block="1"]')!;
    expect(second.tabIndex).toBe(0);
    second.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    fireEvent.click(buttonNamed(container, 'Remove this block'));
    expect(repair.ops).toEqual([{ op: 'remove', selector: 'body > :nth-child(1) > :nth-child(2)' }]);
  });

  it('has no fix controls without a repair host (the print view)', () => {
    const { container } = render(<ArticleView article={article} actions={null} />);
    expect(container.querySelectorAll('button')).toHaveLength(0);
  });

  it('accepts only well-formed repair requests from messages', () => {
    expect(parseRepairOp({ op: 'put-back', selector: 'p' })).toEqual({ op: 'put-back', selector: 'p' });
    expect(parseRepairOp({ op: 'put-back' })).toBeNull();
    expect(parseRepairOp({ op: 'set-off', off: 'yes' })).toBeNull();
    expect(parseRepairOp({ op: 'eval', code: 'x' })).toBeNull();
    expect(parseRepairOp({ op: 'remove', selector: 'p'.repeat(5000) })).toBeNull();
  });
});
