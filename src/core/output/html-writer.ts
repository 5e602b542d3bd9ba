// Writes the serializer's HTML so that a browser reading it back builds the tree the serializer
// meant, with no empty boxes. Three things go wrong with a plain tag-by-tag writer:
// - A block inside a paragraph or an inline element (a photo made into a figure where the page had
//   <p><a><img></a> text</p>): a browser ends the paragraph at the block and turns the stray </p>
//   into an empty paragraph, a gap in the reader (core-figure-inside-paragraph.html). So a block
//   closes the open inline elements and paragraph first; they open again when content follows it.
// - A block with nothing a reader can see (<p><br></p> padding, &nbsp; headings, share links whose
//   icons are gone): a gap too (core-empty-blocks.html). Such a block is taken back out.
// - A table row or cell outside its table: written as the blocks it holds (TABLE_PARENTS).
// Inline elements are opened lazily, when content reaches them, so an empty link writes nothing.

import { VISIBLE_CHAR_RE } from '../dom/text';

// Containers that hold blocks: loose inline content directly inside them gets a <p>.
const BLOCK_CONTAINERS = new Set(['root', 'blockquote', 'li', 'td', 'th', 'dd']);
// A table part is written only in the part a browser puts it in; elsewhere (an article whose
// content root is a table's body) a browser would drop the tags and run the cells together.
const TABLE_PARENTS: Readonly<Record<string, readonly string[]>> = {
  caption: ['table'],
  thead: ['table'],
  tbody: ['table'],
  tfoot: ['table'],
  tr: ['table', 'thead', 'tbody', 'tfoot'],
  td: ['tr'],
  th: ['tr'],
};
const TABLE_PARTS = new Set(Object.keys(TABLE_PARENTS));

/** A written block. A page's own <p> may be closed early (a block inside it) and opened again. */
export interface Box {
  readonly tag: string;
  readonly open: string;
  isOpen: boolean;
  /** Where the block's (last) opening tag starts in the output, and what was shown by then. */
  start: number;
  shownAtStart: number;
  /** Inline elements below this index belong to the blocks around this one. */
  readonly floor: number;
}

interface Inline {
  readonly tag: string;
  readonly open: string;
  written: boolean;
}

export class HtmlWriter {
  private readonly out: string[] = [];
  private readonly boxes: Box[] = [
    { tag: 'root', open: '', isOpen: true, start: 0, shownAtStart: 0, floor: 0 },
  ];
  private readonly inlines: Inline[] = [];
  private floor = 0;
  /** Visible things written so far (text, images, rules). */
  private shown = 0;
  private pOpen = false;
  private pStart = 0;
  private pShownAtStart = 0;

  html(): string {
    this.closeAutoP();
    return this.out.join('');
  }

  text(escaped: string, raw: string): void {
    const top = this.top();
    if (!raw.trim()) {
      // Spaces between blocks, or before a paragraph's first word, are not content.
      if (top.tag === 'p' ? !top.isOpen : !this.pOpen && BLOCK_CONTAINERS.has(top.tag)) return;
    }
    this.prepare();
    this.out.push(escaped);
    if (VISIBLE_CHAR_RE.test(raw)) this.shown++;
  }

  image(tag: string): void {
    this.prepare();
    this.out.push(tag);
    this.shown++;
  }

  lineBreak(): void {
    const top = this.top();
    if (top.tag === 'p' ? !top.isOpen : !this.pOpen && BLOCK_CONTAINERS.has(top.tag)) return;
    this.openInlines();
    this.out.push('<br>');
  }

  rule(): void {
    this.closeParagraphs();
    this.out.push('<hr>');
    this.shown++;
  }

  openInline(tag: string, open: string): void {
    this.inlines.push({ tag, open, written: false });
  }

  closeInline(): void {
    const i = this.inlines.pop();
    if (i?.written) this.out.push(`</${i.tag}>`);
  }

  /** Whether a block with this tag can be written here (see TABLE_PARENTS). */
  fits(tag: string): boolean {
    const parents = TABLE_PARENTS[tag];
    return !parents || parents.includes(this.top().tag);
  }

  openBlock(tag: string, open: string): Box {
    this.closeParagraphs();
    const box: Box = {
      tag,
      open,
      isOpen: true,
      start: this.out.length,
      shownAtStart: this.shown,
      floor: this.floor,
    };
    this.floor = this.inlines.length;
    this.out.push(open);
    this.boxes.push(box);
    return box;
  }

  closeBlock(box: Box): void {
    this.closeAutoP();
    this.boxes.pop();
    this.floor = box.floor;
    if (box.isOpen) this.finish(box);
  }

  /** Where a page's own block (a div, a section) ends: loose text after it is a new paragraph. */
  breakBlock(): void {
    this.closeAutoP();
  }

  private top(): Box {
    return this.boxes[this.boxes.length - 1]!;
  }

  private finish(box: Box): void {
    box.isOpen = false;
    // A block with nothing visible in it is taken back out; a table part stays, so rows and columns
    // keep their shape (its table goes when all of it is empty).
    if (!TABLE_PARTS.has(box.tag) && this.shown === box.shownAtStart) this.out.length = box.start;
    else this.out.push(`</${box.tag}>`);
  }

  private closeInlines(): void {
    for (let i = this.inlines.length - 1; i >= this.floor; i--) {
      const inline = this.inlines[i]!;
      if (!inline.written) continue;
      this.out.push(`</${inline.tag}>`);
      inline.written = false;
    }
  }

  private closeAutoP(): void {
    this.closeInlines();
    if (!this.pOpen) return;
    this.pOpen = false;
    if (this.shown === this.pShownAtStart) this.out.length = this.pStart;
    else this.out.push('</p>');
  }

  /** Before a block: nothing inline and no paragraph may stay open around it. */
  private closeParagraphs(): void {
    this.closeAutoP();
    const top = this.top();
    if (top.tag === 'p' && top.isOpen) this.finish(top);
  }

  /** Before content: the paragraph it belongs to and its inline elements are open. */
  private prepare(): void {
    const top = this.top();
    if (top.tag === 'p' && !top.isOpen) {
      top.isOpen = true;
      top.start = this.out.length;
      top.shownAtStart = this.shown;
      this.out.push(top.open);
    } else if (!this.pOpen && BLOCK_CONTAINERS.has(top.tag)) {
      this.pOpen = true;
      this.pStart = this.out.length;
      this.pShownAtStart = this.shown;
      this.out.push('<p>');
    }
    this.openInlines();
  }

  private openInlines(): void {
    for (let i = this.floor; i < this.inlines.length; i++) {
      const inline = this.inlines[i]!;
      if (inline.written) continue;
      this.out.push(inline.open);
      inline.written = true;
    }
  }
}
