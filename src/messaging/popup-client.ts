/**
 * The popup's send(): only the requests the popup makes, so its bundle carries their replies'
 * schemas (popup-responses.ts) and not the request union, nor the backup, settings and migration
 * schemas behind the options page's requests. A request missing from popup-responses.ts is a
 * compile error here, not a reply left unchecked.
 */
import { popupResponseSchemas } from './popup-responses';
import { sender } from './transport';

export const send = sender(popupResponseSchemas);
