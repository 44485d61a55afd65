/**
 * The gate's request (gate.ts): the page's address may show an opportunity, so the reader goes into
 * that tab. Only a CRM page gets it, judged by the browser's record of the sender's address. The
 * gate runs in top frames only (the manifest asks for no other frames), so the reader goes there;
 * a reader already in the page ignores a second copy (index.ts).
 */
import { browser } from '../platform/browser';
import { requireCrmTab } from './crm-page';
import type { RequestContext } from './request-context';

export const READER_FILE = 'content-reader.js';

export async function injectReader(context: RequestContext): Promise<void> {
  const tabId = await requireCrmTab(context);
  await browser.scripting.executeScript({ target: { tabId }, files: [READER_FILE] });
}
