// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onToolbarKeyDown, tabStops, wrapTab } from '../../src/ui/view/focus-order';

// jsdom lays nothing out: every element counts as drawn, except those marked data-hidden.
const realRects = Element.prototype.getClientRects;
beforeAll(() => {
  Element.prototype.getClientRects = function (this: Element) {
    return (this.hasAttribute('data-hidden') ? [] : [{}]) as unknown as DOMRectList;
  };
});
afterAll(() => {
  Element.prototype.getClientRects = realRects;
});

function shadowWith(html: string): ShadowRoot {
  document.body.replaceChildren();
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const box = document.createElement('div');
  box.innerHTML = html;
  shadow.append(box);
  return shadow;
}

function tab(shadow: ShadowRoot, shift = false): { moved: boolean; event: KeyboardEvent } {
  const event = new KeyboardEvent('keydown', { key: 'Tab', shiftKey: shift, cancelable: true });
  return { moved: wrapTab(event, shadow), event };
}

const READER = `<button id="close">Close</button><a id="link" href="https://a.example/">a</a>
  <button disabled>off</button><button data-hidden>hidden</button><span tabindex="-1">no</span>
  <details><summary id="summary">Removed</summary></details>`;

describe('the reader focus trap', () => {
  it('lists the Tab stops in order, leaving out disabled, hidden and tabindex=-1 elements', () => {
    const shadow = shadowWith(READER);
    expect(tabStops(shadow).map((el) => el.id)).toEqual(['close', 'link', 'summary']);
  });

  it('wraps from the last stop to the first and back, and leaves Tab alone in between', () => {
    const shadow = shadowWith(READER);
    (shadow.getElementById('summary') as HTMLElement).focus();
    const forward = tab(shadow);
    expect(forward.moved).toBe(true);
    expect(forward.event.defaultPrevented).toBe(true);
    expect(shadow.activeElement?.id).toBe('close');
    const back = tab(shadow, true);
    expect(back.moved).toBe(true);
    expect(shadow.activeElement?.id).toBe('summary');
    (shadow.getElementById('close') as HTMLElement).focus();
    const middle = tab(shadow);
    expect(middle.moved).toBe(false);
    expect(middle.event.defaultPrevented).toBe(false);
  });

  it('brings the focus in from outside the stops (the reader root has it on opening)', () => {
    const shadow = shadowWith(READER);
    expect(tab(shadow).moved).toBe(true);
    expect(shadow.activeElement?.id).toBe('close');
  });
});

describe('toolbar arrow keys', () => {
  function toolbar(dir: 'ltr' | 'rtl'): HTMLElement {
    document.body.replaceChildren();
    const bar = document.createElement('div');
    bar.setAttribute('role', 'toolbar');
    bar.style.direction = dir;
    bar.innerHTML = '<button id="a">A</button><button id="b">B</button><input id="c" type="range">';
    bar.addEventListener('keydown', onToolbarKeyDown);
    document.body.append(bar);
    return bar;
  }
  const press = (el: Element, key: string) =>
    el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

  it('ArrowRight, ArrowLeft, Home and End move between the controls, wrapping round', () => {
    const bar = toolbar('ltr');
    const a = bar.querySelector<HTMLElement>('#a')!;
    a.focus();
    press(a, 'ArrowRight');
    expect(document.activeElement?.id).toBe('b');
    press(document.activeElement!, 'End');
    expect(document.activeElement?.id).toBe('c');
    a.focus();
    press(a, 'ArrowLeft');
    expect(document.activeElement?.id).toBe('c');
  });

  it('a field keeps its own arrow keys', () => {
    const bar = toolbar('ltr');
    const range = bar.querySelector<HTMLElement>('#c')!;
    range.focus();
    press(range, 'ArrowLeft');
    expect(document.activeElement?.id).toBe('c');
  });

  it('right-to-left: ArrowLeft goes to the next control', () => {
    const bar = toolbar('rtl');
    const a = bar.querySelector<HTMLElement>('#a')!;
    a.focus();
    press(a, 'ArrowLeft');
    expect(document.activeElement?.id).toBe('b');
  });
});
