/**
 * Stored values that failed validation are kept aside (quarantine), never silently replaced. The
 * popup says so on every screen until they are dealt with, and points to where: the options
 * page's backup (they travel with it, untouched) and support.
 */
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { send } from '../../messaging/popup-client';
import { browser } from '../../platform/browser';
import { t } from '../../platform/i18n';

export function SetAsideNotice() {
  const setAside = useSignal(0);
  useEffect(() => {
    send({ type: 'storage/health' }).then(
      (health) => {
        setAside.value = health.setAside;
      },
      () => undefined,
    );
  }, []);
  if (setAside.value === 0) return null;
  return (
    <p class="banner banner--warning" role="status" data-set-aside={setAside.value}>
      {t('popup_set_aside', String(setAside.value))}{' '}
      <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popup_set_aside_options')}
      </button>
    </p>
  );
}
