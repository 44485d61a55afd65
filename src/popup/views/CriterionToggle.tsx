/**
 * One criterion of one contact as a segmented yes / no / unknown control: three real buttons with
 * aria-pressed (not a radiogroup, whose arrow keys would fight the popup's ↑/↓ between contacts),
 * and the button that opens its evidence (the mouse's `e`).
 */
import { CRITERIA, type Criteria, type Criterion, type CriterionValue } from '../../domain/criteria';
import { t } from '../../platform/i18n';
import { criterionLabel, criterionValueLabel } from '../../ui/labels';

const VALUES: readonly CriterionValue[] = ['yes', 'no', 'unknown'];

function buttonText(value: CriterionValue): string {
  switch (value) {
    case 'yes':
      return t('popup_toggle_yes');
    case 'no':
      return t('popup_toggle_no');
    case 'unknown':
      return t('popup_toggle_unknown');
  }
}

export interface CriterionToggleProps {
  criterion: Criterion;
  /** 1, 2 or 3: the key that cycles this criterion, shown so the shortcut is discoverable. */
  shortcut: number;
  value: CriterionValue;
  onSet: (value: CriterionValue) => void;
  /** Opens the evidence form for this criterion; without it no evidence button is shown. */
  onEvidence?: () => void;
  /** The evidence on record, shown under the control. */
  evidence?: string | undefined;
}

export function CriterionToggle({ criterion, shortcut, value, onSet, onEvidence, evidence }: CriterionToggleProps) {
  const label = criterionLabel(criterion);
  return (
    <div class="criterion" role="group" aria-label={label}>
      <span class="criterion__label" aria-hidden="true">
        <kbd class="criterion__key">{shortcut}</kbd> {label}
      </span>
      <span class="criterion__controls">
        <span class="segmented">
          {VALUES.map((option) => (
            <button
              key={option}
              type="button"
              class={`segmented__button segmented__button--${option}`}
              data-criterion={criterion}
              data-value={option}
              aria-pressed={option === value}
              aria-label={t('popup_toggle_label', label, criterionValueLabel(option))}
              onClick={() => onSet(option)}
            >
              {buttonText(option)}
            </button>
          ))}
        </span>
        {onEvidence && (
          <button
            type="button"
            class={`icon-button${evidence ? ' icon-button--filled' : ''}`}
            data-evidence-for={criterion}
            aria-label={t('popup_evidence_button', label)}
            title={t('popup_evidence_button', label)}
            aria-keyshortcuts="e"
            onClick={onEvidence}
          >
            <span aria-hidden="true">✎</span>
          </button>
        )}
      </span>
      {evidence && <span class="criterion__evidence">{evidence}</span>}
    </div>
  );
}

/** The three criteria of one person as toggles, in the list and in the person's detail alike. */
export function CriteriaToggles({
  criteria,
  onSet,
  onEvidence,
}: {
  criteria: Criteria;
  onSet: (criterion: Criterion, value: CriterionValue) => void;
  onEvidence: (criterion: Criterion) => void;
}) {
  return (
    <div class="contact__criteria">
      {CRITERIA.map((criterion, index) => (
        <CriterionToggle
          key={criterion}
          criterion={criterion}
          shortcut={index + 1}
          value={criteria[criterion].value}
          evidence={criteria[criterion].evidence}
          onSet={(value) => onSet(criterion, value)}
          onEvidence={() => onEvidence(criterion)}
        />
      ))}
    </div>
  );
}
