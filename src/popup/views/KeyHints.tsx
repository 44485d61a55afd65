/** The keys of the screen, listed once under it so they are discoverable without a manual. */
import { t } from '../../platform/i18n';

export function KeyHints({ screen }: { screen: 'list' | 'person' }) {
  const keys: Array<[string, string]> =
    screen === 'list'
      ? [
          ['↑ ↓', t('popup_keys_move')],
          ['1 2 3', t('popup_keys_criteria')],
          ['S', t('popup_keys_sponsor')],
          ['I', t('popup_keys_intelligence')],
          ['V', t('popup_keys_value')],
          ['E', t('popup_keys_evidence')],
          [t('popup_key_enter'), t('popup_keys_open')],
        ]
      : [
          ['1 2 3', t('popup_keys_criteria')],
          ['S', t('popup_keys_sponsor')],
          ['I', t('popup_keys_intelligence')],
          ['V', t('popup_keys_value')],
          ['E', t('popup_keys_evidence')],
          [t('popup_key_esc'), t('popup_keys_back')],
        ];
  return (
    <p class="hint">
      {keys.map(([key, what], index) => (
        <span key={key} class="hint__item">
          {index > 0 && <span aria-hidden="true"> · </span>}
          <kbd>{key}</kbd> {what}
        </span>
      ))}
    </p>
  );
}
