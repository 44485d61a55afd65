/**
 * The reader: injected by the background when the gate (gate.ts) finds an address that may show an
 * opportunity. It reads every opportunity shown and keeps its badges current, and follows the
 * CRM's single-page navigation on its own from then on, opportunity or not.
 */
import { isBuiltInHost } from '../domain/crm-hosts';
import { send } from '../messaging/page-client';
import { endWhenOrphaned } from './lifecycle';
import { askPageTexts } from './page-texts';
import { startPageSession } from './page-session';

/**
 * Injected once per document: a second request (two quick navigations, say) must not start a
 * second session. The flag lives in this extension's isolated world, out of the page's reach.
 */
const scope = globalThis as { coachNetworkReader?: true };
if (!scope.coachNetworkReader) {
  scope.coachNetworkReader = true;
  start();
}

function start(): void {
  const session = new AbortController();
  // An update or reload of the extension orphans this copy: it then ends and leaves the page as it found it.
  endWhenOrphaned(session);
  const { signal } = session;
  // Before the first read: the answer comes back while the page is read and its deal looked up.
  askPageTexts();
  if (isBuiltInHost(location.hostname)) {
    startPageSession(signal);
    return;
  }
  // A host the rep added: only the background knows which CRM they declared for it.
  send({ type: 'page/site' })
    .then(({ crm }) => {
      if (crm !== null) startPageSession(signal, { customCrm: crm });
    })
    .catch(() => undefined);
}
