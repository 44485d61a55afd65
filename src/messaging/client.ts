/**
 * Typed send(): the only way the popup and the options page talk to the background (the content
 * script has its own, page-client.ts, with only its requests). A wrong payload is a compile error,
 * and the reply is validated before the caller sees it.
 */
import { responseSchemas } from './protocol';
import { sender } from './transport';

export { MessagingError } from './transport';

export const send = sender(responseSchemas);
