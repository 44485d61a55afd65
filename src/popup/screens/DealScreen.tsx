/**
 * Wiring of the deal screens: the list (gaps first, then the contacts, then the overview) and one
 * person's detail. Reads the model, hands the props-only views their data and actions.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Gap } from '../../domain/gaps/types';
import type { DealView } from '../../domain/view-schema';
import { t } from '../../platform/i18n';
import { PERSON_VIEW_SELECTOR, rowOf } from '../keyboard';
import type { PopupModel } from '../model';
import type { FocusRequest, FocusTarget } from '../model/navigation';
import { everyone, nameOf, worstFirst } from '../model/person';
import { laterPart, preload, ready, withPart } from '../lazy';
import { ContactList, type ListActions } from '../views/ContactList';
import { DealHeader } from '../views/DealHeader';
import { GapList } from '../views/GapList';
import { placedForm } from './FormSlot';

/**
 * Contact rows in the first render of a deal (issue 8, figure 4: first render ≤ 50 ms). A row is
 * ~130 px high and the popup at most 600 px, so six fill the first screen even with no gaps above
 * them; a deal with more shows those six, its header and its gaps first, and everything else (the
 * other rows, the keys, the overview) right after the first paint. Only what lies below the first
 * screen comes later, so nothing on screen moves when it arrives. The overview, the person detail
 * and the forms are chunks of their own (lazy.ts), asked for after that paint too.
 */
export const FIRST_ROWS = 6;

export function DealScreen({ model, deal }: { model: PopupModel; deal: DealView }) {
  const root = useRef<HTMLDivElement>(null);
  const [complete, setComplete] = useState(() => deal.contacts.length <= FIRST_ROWS);
  // Effects run after the browser has painted (preact: next animation frame, then a task).
  useEffect(() => {
    setComplete(true);
    // The overview below the list, and what a click or a key opens, in before the rep gets to it.
    preload(laterPart);
  }, []);
  // One object for the screen's life: rows compare it to skip rendering again (ContactList).
  const actions = useMemo<ListActions>(
    () => ({
      onSet: (key, criterion, value) => void model.setCriterion(key, criterion, value),
      onEvidence: (key, criterion) => model.openForm('evidence', key, { criterion }),
      onSponsor: (key) => void model.toggleSponsor(key),
      onIntelligence: (key) => model.openForm('intelligence', key),
      onValue: (key) => model.openForm('value', key),
      onDetails: (key) => model.openPerson(key),
    }),
    [model],
  );
  // Focus requests are carried out here, after the render that shows their target (a form that
  // just opened, the row the rep came back to): this component renders every target itself
  // (content() is called, not mounted), so one render shows the target and sees the request.
  // A target in a chunk not yet in (a form, the person) shows in the render that follows the
  // chunk: the request is carried out then, once, and never again after the focus moved on.
  const focusRequest = model.focusRequest.value;
  const laterIn = laterPart.loaded.value !== null;
  const carriedOut = useRef<FocusRequest | null>(null);
  useLayoutEffect(() => {
    if (!focusRequest || carriedOut.current === focusRequest || !root.current) return;
    if (applyFocus(root.current, focusRequest.target)) carriedOut.current = focusRequest;
  }, [focusRequest, laterIn]);
  return (
    <div class="deal-screen" ref={root}>
      {content(model, deal, actions, complete)}
    </div>
  );
}

function content(model: PopupModel, deal: DealView, actions: ListActions, complete: boolean) {
  const person = model.person.value;
  const form = placedForm(model, deal);
  const editFailure = model.editFailure.value;
  const saveFailure = model.saveFailure.value;
  const header = (
    <DealHeader name={deal.name} stage={deal.stage} amount={deal.amount} closeDate={deal.closeDate} accountName={deal.accountName} verdict={deal.verdict} />
  );

  // The person's detail once its chunk is in (asked for right after the first paint); the list
  // stays until then, rather than an empty screen.
  const later = person && ready(laterPart);
  if (person && later) {
    const { KeyHints, PersonDetail } = later;
    const key = person.contact.key;
    return (
      <>
        {header}
        <PersonDetail
          detail={person}
          nameOf={(k) => nameOf(deal, k) ?? t('popup_person_unknown')}
          form={form?.person === key ? form : null}
          failure={saveFailure?.contactKey === key ? saveFailure : null}
          editFailure={editFailure?.person === key ? editFailure.message : null}
          onBack={() => model.escape()}
          onSet={(criterion, value) => void model.setCriterion(key, criterion, value)}
          onEvidence={(criterion) => model.openForm('evidence', key, { criterion })}
          onSponsor={() => void model.toggleSponsor(key)}
          onRole={(role) => void model.setRole(key, role)}
          onAccess={(access) => void model.setAccess(key, access)}
          onEditWin={() => model.openForm('win', key)}
          onIntelligence={() => model.openForm('intelligence', key)}
          onValue={() => model.openForm('value', key)}
          onRemoveIntelligence={(id) => void model.removeIntelligence(id, key)}
          onRemoveValue={(id) => void model.removeValue(id, key)}
        />
        <KeyHints screen="person" />
      </>
    );
  }

  const rowKeys = new Set(deal.contacts.map((c) => c.key));
  // A refusal about the deal itself (checklist, internal coaches) or someone without a row.
  const dealFailure = editFailure && (editFailure.person === null || !rowKeys.has(editFailure.person)) ? editFailure.message : null;
  const ask = (gap: Gap) => {
    const asked = gap.question?.askWhom;
    if (!gap.question || !asked) return;
    const question = gap.question;
    // The form is in the same chunk: it shows when that is in, whichever way the rep opens it.
    withPart(laterPart, ({ bankTopic }) => {
      const topic = gap.topic ?? bankTopic(question.id);
      model.openForm('intelligence', asked, { ...(topic && { topic }), text: `${question.text}\n` });
    });
  };
  return (
    <>
      {header}
      {dealFailure && (
        <p class="banner banner--error" role="alert" data-edit-error>
          {t('popup_edit_failed', dealFailure)}
        </p>
      )}
      <GapList gaps={worstFirst(deal.gaps)} people={everyone(deal)} rowKeys={rowKeys} onShowPerson={model.showRow} onAsk={ask} />
      <ContactList
        contacts={deal.contacts}
        {...(!complete && { shown: FIRST_ROWS })}
        failure={saveFailure}
        editFailure={editFailure}
        form={form}
        actions={actions}
      />
      {complete && <BelowList model={model} deal={deal} />}
    </>
  );
}

/** The keys and the deal's overview, below the list: rendered once their chunk is in (asked for after the first paint). */
function BelowList({ model, deal }: { model: PopupModel; deal: DealView }) {
  const later = laterPart.loaded.value;
  if (!later) return null;
  const { Checklist, CoveragePicture, InternalCoaches, KeyHints } = later;
  return (
    <>
      <KeyHints screen="list" />
      <CoveragePicture deal={deal} />
      <Checklist deal={deal} onTick={(item, checked) => void model.tickChecklist(item, checked)} />
      <InternalCoaches
        deal={deal}
        onAdd={(coach) => void model.addInternalCoach(coach)}
        onRemove={(key) => void model.removeInternalCoach(key)}
        onSetAccess={(key, access) => void model.setAccess(key, access)}
      />
    </>
  );
}

/** Focuses the target; false when it is not on screen (yet). */
function applyFocus(container: HTMLElement, target: FocusTarget): boolean {
  const element = focusTarget(container, target);
  element?.focus();
  return element != null;
}

function focusTarget(container: HTMLElement, target: FocusTarget): HTMLElement | null | undefined {
  switch (target.kind) {
    case 'row':
      return rowOf(container, target.key);
    case 'person':
      return container.querySelector<HTMLElement>(PERSON_VIEW_SELECTOR);
    case 'form': {
      const form = container.querySelector('form[data-form]');
      const named = target.field ? form?.querySelector<HTMLElement>(`[name="${target.field}"]`) : null;
      return named ?? form?.querySelector<HTMLElement>('input, select, textarea');
    }
  }
}
