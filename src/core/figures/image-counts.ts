// How many kept images each element holds, for the walk up from an image to its box.

/**
 * Kept images under each element, kept current as groups are replaced. The walk up from an image
 * asks for it at every wrapper level and for every caption candidate; counting through
 * getElementsByTagName walked whole articles once per image (tests/stress 5 MB page).
 */
export class ImageCounts {
  private readonly counts = new Map<Element, number>();
  constructor(private readonly kept: Set<Element>) {
    for (const img of kept) this.add(img, 1);
  }
  of(el: Element): number {
    return this.counts.get(el) ?? 0;
  }
  /**
   * Counts a finished figure like the image it holds, so a later image's walk up stops below it
   * instead of taking the built figure into its own box (tests/fixtures/core-lead-image-from-og.html:
   * an icon's walk swallowed the header with the headline and the hero figure).
   */
  addFigure(figure: Element): void {
    this.counts.set(figure, 1);
    this.add(figure, 1);
  }
  /** Forgets the kept images inside `box`, which is about to leave the tree. */
  release(box: Element): void {
    if (box.localName === 'img') {
      if (this.kept.has(box)) this.add(box, -1);
      return;
    }
    const imgs = box.getElementsByTagName('img');
    for (let i = 0; i < imgs.length; i++) if (this.kept.has(imgs[i]!)) this.add(imgs[i]!, -1);
  }
  private add(img: Element, delta: number): void {
    for (let a = img.parentElement; a; a = a.parentElement)
      this.counts.set(a, (this.counts.get(a) ?? 0) + delta);
  }
}
