/**
 * A content script speaks for a CRM page only. Our content script runs nowhere else, but the check
 * is the browser's record of the sender's address, not the script's word: a read reported from any
 * other page is refused and changes nothing.
 */
import { customCrmFor, isBuiltInHost } from '../domain/crm-domains';
import { t } from '../platform/i18n';
import { RequestRejected, requireTab, type RequestContext } from './request-context';
import { getSettings } from './settings-store';

async function isCrmPage(pageUrl: string | null): Promise<boolean> {
  if (!pageUrl) return false;
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  return isBuiltInHost(url.hostname) || customCrmFor((await getSettings()).customCrmDomains, url.hostname) !== null;
}

/** The sender's tab, when the sender is a CRM page; otherwise the request is refused. */
export async function requireCrmTab(context: RequestContext): Promise<number> {
  const tabId = requireTab(context);
  if (!(await isCrmPage(context.pageUrl))) throw new RequestRejected(t('error_not_crm_page'));
  return tabId;
}
