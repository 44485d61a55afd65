/**
 * The content script the browser puts on every CRM page (manifest matches, plus the hosts the rep
 * added). Most CRM pages are not opportunities (home, lists, accounts, reports), so this asks the
 * address alone, with each CRM's own rule, whether the page may show one, and costs nothing more
 * until it does: only then does the background inject the reader (content-reader.js), which reads
 * the page and keeps its badges. CRMs are single-page apps, so the gate keeps listening for
 * in-app navigation until the reader is there; the reader then follows navigation itself.
 * Nothing here validates a message: the gate only ever sends one and ignores the answer.
 */
import { isBuiltInHost } from '../domain/crm-hosts';
import type { HostScope } from './adapters/types';
import { isOpportunityPage as isDynamicsOpportunity } from './adapters/dynamics/detect';
import { isOpportunityPage as isHubspotDeal } from './adapters/hubspot/detect';
import { isOpportunityPage as isClassicOpportunity } from './adapters/salesforce-classic/detect';
import { isOpportunityPage as isLightningOpportunity } from './adapters/salesforce-lightning/detect';
import { browser } from '../platform/browser';
import { READER_REQUEST } from './reader-request';

/** How often the address is compared where the Navigation API doesn't report in-app navigation. */
const ADDRESS_CHECK_MS = 300;

// On a host the rep added, which CRM it is only the background knows: any CRM's rule may open the door, and the background decides.
const scope: HostScope = isBuiltInHost(location.hostname) ? 'saas' : 'custom';
const DETECTORS: ReadonlyArray<(url: URL, scope: HostScope) => boolean> = [isLightningOpportunity, isClassicOpportunity, (url) => scope === 'saas' && isHubspotDeal(url), isDynamicsOpportunity];

const mayShowOpportunity = (href: string) => {
  try {
    const url = new URL(href);
    return DETECTORS.some((detects) => detects(url, scope));
  } catch {
    return false;
  }
};

const watching = new AbortController();
let checked = '';
let asked = false;

function check(): void {
  const href = location.href;
  if (asked || href === checked) return;
  checked = href;
  if (!mayShowOpportunity(href)) return;
  asked = true;
  browser.runtime.sendMessage(READER_REQUEST).then(
    () => watching.abort(),
    // The worker refused or the extension was reloaded: look again on the next navigation.
    () => {
      asked = false;
      checked = '';
    },
  );
}

/** The Navigation API where the browser has it (in-app navigation included); else a cheap look at the address. */
function watchNavigation(): void {
  const navigation = (window as { navigation?: EventTarget }).navigation;
  if (navigation) {
    navigation.addEventListener('currententrychange', check, { signal: watching.signal });
    return;
  }
  const timer = setInterval(check, ADDRESS_CHECK_MS);
  watching.signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}

check();
if (!watching.signal.aborted) watchNavigation();
