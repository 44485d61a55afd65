// Reads what the extension put on a page, as the rep sees it. Our UI lives in closed shadow roots
// that page scripts can't enter, but the drivers can: Chromium's DevTools (DOM.getDocument with
// pierce) and Firefox's WebDriver BiDi (script.evaluate serialising closed shadow trees). This is
// how `npm start` and the e2e tests read the badges' texts and statuses, which the page can't.

/**
 * One of our hosts as found, whichever protocol found it.
 * @typedef {{ key: string | null, text: string, status: string | null }} OurHost
 */

// ── Chromium: DevTools' pierced document ──

function cdpAttribute(node, name) {
  const attrs = node.attributes ?? [];
  for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === name) return attrs[i + 1] ?? null;
  return null;
}

const cdpChildren = (node) => [...(node.children ?? []), ...(node.shadowRoots ?? [])];

function cdpText(node) {
  if (node.nodeName === 'STYLE') return '';
  if (node.nodeType === 3) return node.nodeValue ?? '';
  return cdpChildren(node).map(cdpText).join(' ');
}

/** The first `data-status` inside a host's root (the badge button carries it, not the host). */
function cdpStatus(node) {
  const own = cdpAttribute(node, 'data-status');
  if (own !== null) return own;
  for (const child of cdpChildren(node)) {
    const found = cdpStatus(child);
    if (found !== null) return found;
  }
  return null;
}

async function cdpHosts(page, kind) {
  const client = await page.createCDPSession();
  const { root } = await client.send('DOM.getDocument', { depth: -1, pierce: true });
  await client.detach();
  /** @type {OurHost[]} */
  const found = [];
  const walk = (node) => {
    if (cdpAttribute(node, 'data-coach-network') === kind) {
      const inside = node.shadowRoots ?? [];
      found.push({
        key: cdpAttribute(node, 'data-contact-key'),
        text: inside.map(cdpText).join(' ').replace(/\s+/g, ' ').trim(),
        status: inside.map(cdpStatus).find((status) => status !== null) ?? null,
      });
    }
    for (const child of cdpChildren(node)) walk(child);
  };
  walk(root);
  return found;
}

// ── Firefox: WebDriver BiDi's serialised nodes ──

const bidiChildren = (node) => [...(node?.value?.children ?? []), ...(node?.value?.shadowRoot ? [node.value.shadowRoot] : [])];

function bidiText(node) {
  const value = node?.value;
  if (!value || value.localName === 'style') return '';
  if (value.nodeType === 3) return value.nodeValue ?? '';
  return bidiChildren(node).map(bidiText).join(' ');
}

function bidiStatus(node) {
  const own = node?.value?.attributes?.['data-status'];
  if (own !== undefined) return own;
  for (const child of bidiChildren(node)) {
    const found = bidiStatus(child);
    if (found !== null) return found;
  }
  return null;
}

async function bidiHosts(page, kind) {
  const connection = page.browser().connection;
  const tree = (await connection.send('browsingContext.getTree', {})).result;
  const context = tree.contexts.find((c) => c.url === page.url())?.context;
  const { result } = (
    await connection.send('script.evaluate', {
      expression: `[...document.querySelectorAll('[data-coach-network="${kind}"]')]`,
      target: { context },
      awaitPromise: false,
      resultOwnership: 'none',
      serializationOptions: { maxDomDepth: null, includeShadowTree: 'all' },
    })
  ).result;
  return (result.value ?? []).map((host) => ({
    key: host.value?.attributes?.['data-contact-key'] ?? null,
    text: bidiText(host.value?.shadowRoot).replace(/\s+/g, ' ').trim(),
    status: bidiStatus(host.value?.shadowRoot),
  }));
}

/**
 * Our hosts of one kind on the page, with the text and status inside their closed roots.
 * @param {import('puppeteer-core').Page} page
 * @param {'badge' | 'notice' | 'strip' | 'tagger'} kind
 * @returns {Promise<OurHost[]>}
 */
export function ourHosts(page, kind) {
  return page.browser().protocol === 'webDriverBiDi' ? bidiHosts(page, kind) : cdpHosts(page, kind);
}

/**
 * The texts inside our closed roots of one kind.
 * @param {import('puppeteer-core').Page} page
 * @param {'badge' | 'notice' | 'strip' | 'tagger'} kind
 */
export async function shadowTexts(page, kind) {
  return (await ourHosts(page, kind)).map(({ key, text }) => ({ key, text }));
}
