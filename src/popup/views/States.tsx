/** The popup's non-deal screens: each says plainly what is going on and what the rep can do. */
import { unreadableText } from '../../messaging/unreadable-text';
import type { DiagnosticEntry, Unreadable } from '../../messaging/protocol';
import { send } from '../../messaging/client';
import { useSignal } from '@preact/signals';
import { browser } from '../../platform/browser';
import { t } from '../../platform/i18n';

export function Loading() {
  return (
    <p class="state state--loading" role="status" aria-busy="true">
      {t('popup_loading')}
    </p>
  );
}

/** The request to the background failed: nothing was changed, and the rep can simply retry. */
export function LoadError({ message }: { message: string }) {
  return (
    <section class="state state--error" role="alert">
      <h1 class="state__title">{t('popup_load_error_title')}</h1>
      <p>{t('popup_load_error_retry')}</p>
      <p class="state__detail">{message}</p>
    </section>
  );
}

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

export function NoContacts() {
  return <p class="state state--empty">{t('popup_no_contacts')}</p>;
}
