// What the clutter rules read about one block: its tag, its counts, its wording when short, its
// clutter name. Built once per block; the text and the name only when a rule asks.
import type { NetworkHosts } from '../types';
import { negativeName } from './class-signals';
import { linkDensity, type Stats } from './text-stats';

export interface ClutterContext {
  siteName: string;
  /** The page's title (metadata), when known: a block headed by it is the article itself. */
  title?: string;
  /** The article's writers (metadata): a bio that ends the article opens with one's name. */
  authors?: readonly string[];
  /** The page's description (metadata): a line under the headline that says it is the dek. */
  description?: string;
  /** Text characters of the whole chosen content. */
  contentText: number;
  stats: Map<Element, Stats>;
  /** Menus taken out of the work copy, by their placeholder: the text they are listed with. */
  setAside?: ReadonlyMap<Element, Element>;
  /** Labels of a checklist's checkboxes (checklist-labels.ts): the list's text, not form prompts. */
  checklistLabels?: ReadonlySet<Element>;
  /** Sliders in the content (a player's seek or volume bar), found once: most pages have none. */
  sliders?: readonly Element[];
  /** The posts of the forum thread the content is (thread-posts.ts), when it is one. */
  threadPosts?: ReadonlySet<Element>;
  /** Social networks' addresses (ExtractOptions.networks): profile links and bare profile lines. */
  networks?: NetworkHosts;
}

export class ClutterFacts {
  readonly tag: string;
  readonly density: number;
  readonly hasControls: boolean;
  private nameCache: string | null = null;
  constructor(
    readonly el: Element,
    readonly s: Stats,
    readonly ctx: ClutterContext,
    /** The block's text when it is short enough to be read for its wording, else ''. */
    readonly text: string,
  ) {
    this.tag = el.localName;
    this.density = linkDensity(s);
    this.hasControls = s.buttons > 0 || s.forms > 0;
  }
  /** The block's clutter class/id token (class-signals.ts), or ''. */
  get name(): string {
    this.nameCache ??= negativeName(this.el);
    return this.nameCache;
  }
}
