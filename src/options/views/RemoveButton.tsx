/** "Remove" for one entry of a settings list, named for screen readers by what it removes. */
import { t } from '../../platform/i18n';

export function RemoveButton({ what, disabled, onRemove }: { what: string; disabled: boolean; onRemove: () => void }) {
  return (
    <button type="button" class="button button--danger" disabled={disabled} aria-label={t('options_domain_remove_label', what)} onClick={onRemove}>
      {t('options_domain_remove')}
    </button>
  );
}
