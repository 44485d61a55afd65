/**
 * Every element we add to a CRM page is a host carrying `data-coach-network`, with a closed shadow
 * root holding our markup and styles: the CRM's CSS can't restyle us, ours can't leak into the
 * page, and page scripts can't walk into our UI. Hosts only ever hold text we set with textContent.
 */
export const HOST_ATTRIBUTE = 'data-coach-network';

const roots = new WeakMap<Element, ShadowRoot>();

export function createHost(kind: string, tag: 'span' | 'div', css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  host.setAttribute(HOST_ATTRIBUTE, kind);
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
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
