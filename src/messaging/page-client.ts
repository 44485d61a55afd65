/**
 * The content script's send(): only the requests a CRM page makes, so its bundle carries their
 * replies' schemas (page-responses.ts) and none of the popup's or the options page's. A request
 * missing from page-responses.ts is a compile error here, not a reply left unchecked.
 */
import { pageResponseSchemas } from './page-responses';
import { sender } from './transport';

export const send = sender(pageResponseSchemas);
