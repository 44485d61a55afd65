/**
 * Content script entry: runs on the CRM's pages (manifest matches, plus the hosts the rep added,
 * registered at run time), reads every opportunity shown and keeps its badges current. The session
 * follows single-page navigation on its own.
 */
import { isBuiltInHost } from '../domain/crm-domains';
import { send } from '../messaging/client';
import { endWhenOrphaned } from './lifecycle';
import { startPageSession } from './page-session';

const session = new AbortController();
// An update or reload of the extension orphans this copy: it then ends and leaves the page as it found it.
endWhenOrphaned(session);
const { signal } = session;

if (isBuiltInHost(location.hostname)) {
  startPageSession(signal);
} else {
  // A host the rep added: only the background knows which CRM they declared for it.
  send({ type: 'page/site' })
    .then(({ crm }) => {
      if (crm !== null) startPageSession(signal, { customCrm: crm });
    })
    .catch(() => undefined);
}
