/** What a user looks for on a page: a control by its role and its accessible name. */
export interface ByRole {
  role: 'button' | 'textbox' | 'tab' | 'radio' | 'list' | 'heading' | 'alert' | 'status' | 'file' | 'disclosure';
  /** The whole name, or a regular expression's source (`pattern`) to test it with. */
  name?: string;
  pattern?: string;
}

/**
 * Finds the visible element with that role and accessible name, or null. It
 * runs in the browser (both drivers serialise it), so it is self-contained: a
 * small, honest subset of the accessible-name rules Hearth's pages rely on
 * (aria-label, aria-labelledby, a <label>, then the text).
 */
export function findByRole(query: ByRole): Element | null {
  const selectors: Record<ByRole['role'], string> = {
    button: 'button:not([role]), [role="button"], input[type="button"], input[type="submit"]',
    textbox: 'textarea, input:not([type]), input[type="text"], input[type="number"], input[type="time"], input[type="search"], [role="textbox"]',
    tab: '[role="tab"]',
    radio: 'input[type="radio"], [role="radio"]',
    list: 'ul, ol, [role="list"]',
    heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
    alert: '[role="alert"]',
    status: '[role="status"], output',
    file: 'input[type="file"]',
    // A <details> element's <summary>, which opens and closes it.
    disclosure: 'summary',
  };
  const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  // Text as assistive technology reads it: without what is hidden from it.
  const textOf = (node: Node): string =>
    [...node.childNodes]
      .map((child) =>
        child.nodeType === Node.TEXT_NODE ? (child.textContent ?? '') : child instanceof Element && child.getAttribute('aria-hidden') !== 'true' ? textOf(child) : '',
      )
      .join('');
  const nameOf = (element: Element): string => {
    const label = element.getAttribute('aria-label');
    if (label) return squash(label);
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) {
      const parts = labelledBy.split(' ').map((id) => document.getElementById(id));
      return squash(parts.map((part) => (part ? textOf(part) : '')).join(' '));
    }
    const labels = (element as HTMLInputElement).labels;
    if (labels?.[0]) return squash(textOf(labels[0]));
    return squash(textOf(element));
  };
  const matches = (name: string) =>
    query.pattern !== undefined ? new RegExp(query.pattern).test(name) : query.name === undefined || name === query.name;
  // A file input is often visually hidden behind its label; every other control must be on screen.
  const visible = (element: Element) => query.role === 'file' || element.getClientRects().length > 0;
  for (const element of document.querySelectorAll(selectors[query.role])) {
    if (visible(element) && matches(nameOf(element))) return element;
  }
  return null;
}

/** The page's visible text, whitespace squashed. */
export function pageText(): string {
  return document.body.innerText.replace(/\s+/g, ' ');
}
