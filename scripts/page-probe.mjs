// Reads what the extension put on a page, as the rep sees it. Our UI lives in closed shadow roots
// that page scripts can't enter, but DevTools can (DOM.getDocument with pierce), so Chromium's
// CDP is how `npm start` and the e2e tests read the badge and notice texts.

function attribute(node, name) {
  const attrs = node.attributes ?? [];
  for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === name) return attrs[i + 1] ?? null;
  return null;
}

function textOf(node) {
  if (node.nodeName === 'STYLE') return '';
  if (node.nodeType === 3) return node.nodeValue ?? '';
  return [...(node.children ?? []), ...(node.shadowRoots ?? [])].map(textOf).join(' ');
}

/**
 * @param {import('puppeteer-core').Page} page
 * @param {'badge' | 'notice' | 'strip'} kind
 */
export async function shadowTexts(page, kind) {
  const client = await page.createCDPSession();
  const { root } = await client.send('DOM.getDocument', { depth: -1, pierce: true });
  await client.detach();
  const found = [];
  const walk = (node) => {
    if (attribute(node, 'data-coach-network') === kind) {
      const text = (node.shadowRoots ?? []).map(textOf).join(' ').replace(/\s+/g, ' ').trim();
      found.push({ key: attribute(node, 'data-contact-key'), text });
    }
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child);
  };
  walk(root);
  return found;
}
