/**
 * The person's personal Win beside the organization's Result: the fastest way to a Coach's trust
 * is to understand the first, not just the second (framework step 2, pro tip).
 */
import { t } from '../../../platform/i18n';
import { TEXT_MAX, type WinDraft } from '../../model/drafts';
import { FieldMessage, FormShell, type PersonFormProps, invalidProps, SUBMITS_ON_ENTER } from './FormShell';

export type WinFormProps = PersonFormProps<WinDraft>;

const MAX = TEXT_MAX.win;

export function WinForm({ personName, draft, errors, failure, saving, onChange, onSubmit, onCancel }: WinFormProps) {
  return (
    <FormShell kind="win" title={t('popup_win_title', personName)} failure={failure} saving={saving} onSubmit={onSubmit} onCancel={onCancel}>
      <div class="field">
        <label for="win-personal">{t('popup_win_personal')}</label>
        <textarea id="win-personal" name="personalWin" rows={2} maxLength={MAX} value={draft.personalWin} {...SUBMITS_ON_ENTER} {...invalidProps('win-personal', errors.personalWin)} onInput={(e) => onChange({ personalWin: e.currentTarget.value })} />
        <FieldMessage fieldId="win-personal" error={errors.personalWin} max={MAX} />
      </div>
      <div class="field">
        <label for="win-result">{t('popup_win_result')}</label>
        <textarea id="win-result" name="organizationResult" rows={2} maxLength={MAX} value={draft.organizationResult} {...SUBMITS_ON_ENTER} {...invalidProps('win-result', errors.organizationResult)} onInput={(e) => onChange({ organizationResult: e.currentTarget.value })} />
        <FieldMessage fieldId="win-result" error={errors.organizationResult} max={MAX} />
      </div>
    </FormShell>
  );
}
