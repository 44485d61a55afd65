/** What the rep saw that justifies one criterion of one person; emptied, it clears the evidence. */
import type { CriterionValue } from '../../../domain/criteria';
import { t } from '../../../platform/i18n';
import { criterionLabel, criterionValueLabel } from '../../../ui/labels';
import { TEXT_MAX, type EvidenceDraft } from '../../model/drafts';
import { FieldMessage, FormShell, type PersonFormProps, invalidProps, SUBMITS_ON_ENTER } from './FormShell';

export interface EvidenceFormProps extends PersonFormProps<EvidenceDraft> {
  /** The criterion's value now: saving evidence keeps it. */
  value: CriterionValue;
}

const MAX = TEXT_MAX.evidence;

export function EvidenceForm({ personName, draft, value, errors, failure, saving, onChange, onSubmit, onCancel }: EvidenceFormProps) {
  const label = criterionLabel(draft.criterion);
  return (
    <FormShell kind="evidence" title={t('popup_evidence_title', label, personName)} failure={failure} saving={saving} onSubmit={onSubmit} onCancel={onCancel}>
      <div class="field" data-criterion-evidence={draft.criterion}>
        <label for="evidence-text">{t('popup_evidence_text', label, criterionValueLabel(value))}</label>
        <textarea id="evidence-text" name="text" rows={3} maxLength={MAX} value={draft.text} {...SUBMITS_ON_ENTER} {...invalidProps('evidence-text', errors.text)} onInput={(e) => onChange({ text: e.currentTarget.value })} />
        <FieldMessage fieldId="evidence-text" error={errors.text} max={MAX} />
      </div>
    </FormShell>
  );
}
