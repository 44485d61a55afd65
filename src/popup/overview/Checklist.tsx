/**
 * The framework's four steps as this deal's checklist (coach-development-system.txt §Steps).
 * Items the deal's state proves tick themselves and untick when the state no longer proves them,
 * so their box is shown but disabled: ticking by hand would be refused by the background anyway
 * (actions.ts, tick-checklist). The rest are the rep's own native checkboxes (Space toggles).
 * Texts come from the catalogs, one key per item id, never from the view's English label.
 */
import { useId } from 'preact/hooks';
import { CHECKLIST_STEPS, type ChecklistEntry } from '../../domain/checklist';
import type { DealView } from '../../domain/view-schema';
import { t } from '../../platform/i18n';

export interface ChecklistProps {
  deal: DealView;
  onTick(itemId: string, checked: boolean): void;
}

/** Catalog key of a checklist item: `overview_check_<id with - replaced by _>`. */
export const checklistItemKey = (id: string) => `overview_check_${id.replace(/-/g, '_')}`;

/** Catalog key of a step's title (CHECKLIST_STEPS numbers them 1–4). */
export const checklistStepKey = (step: number) => `overview_step_${step}`;

export function Checklist({ deal, onTick }: ChecklistProps) {
  const id = useId();
  const done = deal.checklist.filter((entry) => entry.done).length;
  return (
    <section class="overview checklist" aria-labelledby={`${id}-heading`}>
      <h2 class="overview__title" id={`${id}-heading`}>
        {t('overview_checklist_heading')}
      </h2>
      <p class="overview__summary" data-checklist-summary>
        {t('overview_checklist_summary', done, deal.checklist.length)}
      </p>
      <ol class="checklist__steps">
        {CHECKLIST_STEPS.map(({ step }) => {
          const entries = deal.checklist.filter((entry) => entry.step === step);
          if (entries.length === 0) return null;
          return (
            <li key={step} class="checklist__step" data-checklist-step={step}>
              <h3 class="checklist__step-title" id={`${id}-step-${step}`}>
                {t('overview_checklist_step', step, t(checklistStepKey(step)))}
              </h3>
              <ul class="checklist__items" aria-labelledby={`${id}-step-${step}`}>
                {entries.map((entry) => (
                  <Item key={entry.id} entry={entry} idPrefix={id} onTick={onTick} />
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function Item({ entry, idPrefix, onTick }: { entry: ChecklistEntry; idPrefix: string; onTick: ChecklistProps['onTick'] }) {
  const inputId = `${idPrefix}-item-${entry.id}`;
  const byState = entry.by === 'state';
  return (
    <li class={`checklist__item checklist__item--${entry.by}`} data-checklist-item={entry.id} data-done={String(entry.done)} data-by={entry.by}>
      <input
        id={inputId}
        type="checkbox"
        class="checklist__box"
        checked={entry.done}
        disabled={byState}
        aria-describedby={byState ? `${inputId}-why` : undefined}
        onChange={byState ? undefined : (event) => onTick(entry.id, event.currentTarget.checked)}
      />
      <label for={inputId} class="checklist__label">
        {t(checklistItemKey(entry.id))}
        {byState && (
          <span class="checklist__auto" id={`${inputId}-why`}>
            {entry.done ? t('overview_checklist_proven') : t('overview_checklist_auto')}
          </span>
        )}
      </label>
    </li>
  );
}
