/**
 * The end of this copy of the content script. When the extension is updated or reloaded, the
 * browser cuts the scripts already running in open tabs off from the new version: in Chromium
 * `runtime.id` becomes undefined and every message throws "Extension context invalidated". Such an
 * orphan must not leave badges that no longer change, nor an observer that keeps reading the page
 * for nobody: it ends its session and takes everything it added off the page. The new version's
 * script takes over when the page next loads (the browser injects it into new documents only).
 */
import { browser } from '../platform/browser';
import { removeBadges } from './ui/badge';
import { hideNotice } from './ui/notice';
import { removeStrips } from './ui/strip';
import { closeTagger } from './ui/tagger';

/**
 * How often a tab checks that its extension is still there. A property read, so cheap enough to
 * do four times a second, which takes the orphan's badges away well within the second a rep
 * would notice stale ones. (No event tells a content script its extension went away: a port's
 * onDisconnect would, but an open port also keeps the MV3 worker from sleeping.)
 */
export const ORPHAN_CHECK_MS = 250;

export function isOrphaned(): boolean {
  try {
    return !browser.runtime.id;
  } catch {
    // Some browsers throw instead of answering once the extension's context is gone.
    return true;
  }
}

/** Ends `session` when this script is orphaned, and takes the session's badges, strip, notice and tagger off the page when it ends. */
export function endWhenOrphaned(session: AbortController, intervalMs = ORPHAN_CHECK_MS): void {
  const check = setInterval(() => {
    if (isOrphaned()) session.abort();
  }, intervalMs);
  session.signal.addEventListener(
    'abort',
    () => {
      clearInterval(check);
      // The tagger first: closing it re-renders the badges, which go next.
      closeTagger();
      removeBadges();
      removeStrips();
      hideNotice();
    },
    { once: true },
  );
}
