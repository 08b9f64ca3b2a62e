/** One opened message as a site adapter sees it. Everything here is read from the page, never trusted as markup. */
export interface FoundMessage {
  /** The site's own stable message id; null means "derive one from what is shown" (done once the text is read). */
  key: string | null;
  /** Element whose visible text is the message body. */
  body: HTMLElement;
  /** What the page shows beside the body; computed on demand because most scans never need it. */
  describe(): MessageMeta;
  /**
   * The panel is inserted into `parent` right before `before`, i.e. directly above the body. `inset`: the
   * parent is a card with no padding of its own (Outlook), so the panel keeps a margin from its edges.
   */
  mount: { parent: Node; before: Node; inset?: boolean };
}

export interface MessageMeta {
  subject: string | null;
  from: string | null;
  date: string | null;
}

export interface SiteAdapter {
  readonly id: 'gmail' | 'outlook' | 'generic';
  /** Opened messages under `root`. Must be cheap when nothing is open: it runs after relevant batches of page changes. */
  find(root: ParentNode): FoundMessage[];
  /**
   * Selector for the elements a message is made of (containers and bodies, collapsed ones too). Page changes
   * that neither add such an element nor happen inside one are ignored without a scan. Without it, every
   * insertion anywhere counts (the generic fallback, which looks for words, not markup).
   */
  readonly watch?: string;
}
