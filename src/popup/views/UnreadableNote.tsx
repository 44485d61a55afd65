/**
 * The popup on an opportunity page that could not be read (a chunk of its own, lazy.ts: it is no
 * deal's first screen).
 */
import { useSignal } from '@preact/signals';
import { send } from '../../messaging/popup-client';
import type { DiagnosticEntry, Unreadable } from '../../messaging/popup-responses';
import { unreadableText } from '../../messaging/unreadable-text';
import { browser } from '../../platform/browser';
import { t } from '../../platform/i18n';

/**
 * Same words as the page's quiet note, so the rep recognises the situation in both places, and
 * the facts to pass on (what failed, where, which version) in one click: no page content in them.
 */
export function UnreadableNote({ unreadable }: { unreadable: Unreadable }) {
  const copied = useSignal<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      // The earlier failures too: support sees whether this page or this CRM keeps failing.
      const { entries } = await send({ type: 'diagnostics/get' }).catch(() => ({ entries: [] }));
      await navigator.clipboard.writeText(diagnosticsOf(unreadable, entries));
      copied.value = 'copied';
    } catch {
      copied.value = 'failed';
    }
  };
  return (
    <section class="state state--unreadable" role="status">
      <h1 class="state__title">{t('popup_unreadable_title')}</h1>
      <p class="state__detail">{unreadableText(unreadable)}</p>
      <button type="button" class="chip" data-action="copy-diagnostics" onClick={() => void copy()}>
        {t('popup_unreadable_copy')}
      </button>
      {copied.value !== 'idle' && (
        <p class="state__detail" aria-live="polite">
          {copied.value === 'copied' ? t('popup_unreadable_copied') : t('popup_unreadable_copy_failed')}
        </p>
      )}
    </section>
  );
}

/** What support needs to reproduce a failed read: codes, addresses and times, never contact data. */
export function diagnosticsOf(unreadable: Unreadable, recent: readonly DiagnosticEntry[]): string {
  const { version } = browser.runtime.getManifest();
  return JSON.stringify(
    {
      extension: `Coach Network ${version}`,
      browser: navigator.userAgent,
      code: unreadable.code,
      reason: unreadable.reason,
      url: unreadable.url,
      opportunity: unreadable.opportunityKey,
      recentFailures: recent,
    },
    null,
    2,
  );
}
