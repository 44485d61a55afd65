/**
 * The popup's non-deal screens: each says plainly what is going on and what the rep can do. The
 * unreadable page's note is a chunk of its own (UnreadableNote.tsx, lazy.ts).
 */
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

export function NoContacts() {
  return <p class="state state--empty">{t('popup_no_contacts')}</p>;
}
