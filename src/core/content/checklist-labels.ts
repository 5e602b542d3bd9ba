import { closestTag } from '../dom/walk';

// Recipe ingredients and to-do lists set each item as a checkbox with its label (the reader ticks
// off what is done): the labels are the list's text, not a form's prompts. Fixture
// core-checklist-labels.html; trafilatura-dev: a Brazilian and a Polish recipe page lost every
// ingredient's name this way and kept only the quantities.

// Fewer alike checkbox labels than this are a consent or "remember me" box, not a list.
const MIN_CHECKLIST_ITEMS = 3;

const isCheckbox = (el: Element): boolean =>
  (el.getAttribute('type') ?? '').trim().toLowerCase() === 'checkbox';

/** The label of a checkbox: the <label> around it, or the one right after it. */
function labelOf(input: Element): Element | null {
  const around = closestTag(input, 'label');
  if (around) return around;
  const next = input.nextElementSibling;
  return next?.localName === 'label' ? next : null;
}

/** What the items of one list share: the label's class and its parent's tag and class. */
function shapeOf(label: Element): string {
  const parent = label.parentElement;
  return `${label.getAttribute('class') ?? ''}|${parent?.localName ?? ''}.${parent?.getAttribute('class') ?? ''}`;
}

/**
 * The labels of checkboxes in `root`, outside forms, that come in lists: at least
 * MIN_CHECKLIST_ITEMS of the same shape.
 */
export function checklistLabels(root: Element): ReadonlySet<Element> {
  const byShape = new Map<string, Element[]>();
  const inputs = root.getElementsByTagName('input');
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i]!;
    if (!isCheckbox(input) || closestTag(input, 'form')) continue;
    const label = labelOf(input);
    if (!label || !(label.textContent ?? '').trim()) continue;
    const shape = shapeOf(label);
    const list = byShape.get(shape);
    if (list) list.push(label);
    else byShape.set(shape, [label]);
  }
  const labels = new Set<Element>();
  for (const list of byShape.values())
    if (list.length >= MIN_CHECKLIST_ITEMS) for (const label of list) labels.add(label);
  return labels;
}
