/** One opened message as a site adapter sees it. Everything here is read from the page, never trusted as markup. */
export interface FoundMessage {
  /** The site's own stable message id; null means "derive one from what is shown" (done once the text is read). */
  key: string | null;
  /** Element whose visible text is the message body. */
  body: HTMLElement;
  /** What the page shows beside the body; computed on demand because most scans never need it. */
  describe(): MessageMeta;
  /** The panel is inserted into `parent` right before `before`, i.e. directly above the body. */
  mount: { parent: Node; before: Node };
}

export interface MessageMeta {
  subject: string | null;
  from: string | null;
  date: string | null;
}

export interface SiteAdapter {
  readonly id: 'gmail' | 'outlook' | 'generic';
  /** Opened messages under `root`. Must be cheap when nothing is open: it runs after every batch of page changes. */
  find(root: ParentNode): FoundMessage[];
}
