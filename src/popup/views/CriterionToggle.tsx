/**
 * One criterion of one contact as a segmented yes / no / unknown control: three real buttons with
 * aria-pressed (not a radiogroup, whose arrow keys would fight the popup's ↑/↓ between contacts).
 */
import { CRITERION_LABELS, type Criterion, type CriterionValue } from '../../domain/criteria';

const OPTIONS: ReadonlyArray<{ value: CriterionValue; text: string }> = [
  { value: 'yes', text: 'Yes' },
  { value: 'no', text: 'No' },
  { value: 'unknown', text: '?' },
];

export interface CriterionToggleProps {
  criterion: Criterion;
  /** 1, 2 or 3: the key that cycles this criterion, shown so the shortcut is discoverable. */
  shortcut: number;
  value: CriterionValue;
  onSet: (value: CriterionValue) => void;
}

export function CriterionToggle({ criterion, shortcut, value, onSet }: CriterionToggleProps) {
  const label = CRITERION_LABELS[criterion];
  return (
    <div class="criterion" role="group" aria-label={label}>
      <span class="criterion__label" aria-hidden="true">
        <kbd class="criterion__key">{shortcut}</kbd> {label}
      </span>
      <span class="segmented">
        {OPTIONS.map((option) => (
          <button
            key={option.value}
            type="button"
            class={`segmented__button segmented__button--${option.value}`}
            data-criterion={criterion}
            data-value={option.value}
            aria-pressed={option.value === value}
            aria-label={`${label}: ${option.value}`}
            onClick={() => onSet(option.value)}
          >
            {option.text}
          </button>
        ))}
      </span>
    </div>
  );
}
