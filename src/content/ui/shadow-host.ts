/**
 * Every element we add to a CRM page is a host carrying `data-coach-network`, with a closed shadow
 * root holding our markup and styles: the CRM's CSS can't restyle us, ours can't leak into the
 * page, and page scripts can't walk into our UI. Hosts only ever hold text we set with textContent.
 */
export const HOST_ATTRIBUTE = 'data-coach-network';

const roots = new WeakMap<Element, ShadowRoot>();

/**
 * One constructed sheet per stylesheet text, shared by every root that adopts it: 200 badges
 * parse their CSS once and share one rule set, where a <style> per root would give each its own.
 * Not in Firefox's content-script sandbox, whose Xray wrappers don't carry a sandbox-made sheet
 * array into the page's root: there (and in any engine without constructable sheets) each root
 * gets a <style> element, which Gecko de-duplicates by text.
 */
const sheets = new Map<string, CSSStyleSheet>();
const canAdopt = typeof CSSStyleSheet === 'function' && 'adoptedStyleSheets' in ShadowRoot.prototype && !('wrappedJSObject' in window);

function sharedSheet(css: string): CSSStyleSheet | null {
  if (!canAdopt) return null;
  let sheet = sheets.get(css);
  if (!sheet) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    } catch {
      return null;
    }
    sheets.set(css, sheet);
  }
  return sheet;
}

/** Adds a stylesheet to one of our roots (a badge's card styles join only when its card is first built). */
export function addStyles(root: ShadowRoot, css: string): void {
  const sheet = sharedSheet(css);
  if (sheet) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
}

export function createHost(kind: string, tag: 'span' | 'div', css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  host.setAttribute(HOST_ATTRIBUTE, kind);
  const root = host.attachShadow({ mode: 'closed' });
  // A new root has no sheets yet: set, rather than read and add to, its (isolated-world wrapped) list.
  const sheet = sharedSheet(css);
  if (sheet) root.adoptedStyleSheets = [sheet];
  else addStyles(root, css);
  roots.set(host, root);
  return { host, root };
}

/** The closed root of one of our hosts (closed roots are unreachable through `host.shadowRoot`). */
export function rootOf(host: Element): ShadowRoot | undefined {
  return roots.get(host);
}

export function isOwnNode(node: Node): boolean {
  return node instanceof Element && node.hasAttribute(HOST_ATTRIBUTE);
}
