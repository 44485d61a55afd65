/**
 * Typed send() over every request: the options page's way to talk to the background (the content
 * script has its own, page-client.ts, and the popup its own, popup-client.ts, each with only its
 * requests). A wrong payload is a compile error, and the reply is validated before the caller sees it.
 */
import { responseSchemas } from './protocol';
import { sender } from './transport';

export { MessagingError } from './transport';

export const send = sender(responseSchemas);
