/**
 * Content script entry: runs on the CRM's pages (manifest matches, plus the hosts the rep added,
 * registered at run time), reads every opportunity shown and keeps its badges current. The session
 * follows single-page navigation on its own.
 */
import { isBuiltInHost } from '../domain/crm-domains';
import { send } from '../messaging/client';
import { startPageSession } from './page-session';

const signal = new AbortController().signal;

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
