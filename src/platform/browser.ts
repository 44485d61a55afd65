/**
 * The extension APIs, the one door every context goes through (unit tests mock this module).
 * No polyfill: both browsers now answer every API this extension uses with a promise (Firefox's
 * own `browser`; Chrome's `chrome` under Manifest V3, all of them by Chrome 116, our minimum).
 * webextension-polyfill cost 9.5 KiB and ~9 ms of start-up in every context, the CRM page's
 * included, for nothing left to bridge but one thing: a message listener that answers with a
 * promise, which `answering` turns into `sendResponse`, the form both browsers accept.
 * The polyfill's type declarations stay: they describe the promise-based API both implement.
 */
import type { Browser, Runtime } from 'webextension-polyfill';

const scope = globalThis as { browser?: Browser; chrome?: Browser };
export const browser = (scope.browser ?? scope.chrome) as Browser;

export type { Runtime, Tabs, Storage } from 'webextension-polyfill';

/** A runtime.onMessage listener that answers with what `handle` resolves to; undefined: no answer, the message was not for it. */
export function answering(
  handle: (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined,
): Runtime.OnMessageListener {
  const listener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (response: unknown) => void) => {
    const reply = handle(message, sender);
    if (reply === undefined) return undefined;
    void reply.then(sendResponse);
    // Keeps the channel open until sendResponse is called.
    return true;
  };
  // The declarations allow a callback listener only `true`; both browsers also take "no answer from me".
  return listener as Runtime.OnMessageListenerCallback;
}
