/**
 * The popup's state: what the active tab shows, the rep's unsaved clicks, the last failed save,
 * which screen and form are open. Views never talk to the background; they call these actions.
 * The background stays the only writer (architecture.md §One writer): the model only asks it and
 * shows what it answers, so a refused change leaves the screen as the background last confirmed it.
 */
import { batch, computed, signal } from '@preact/signals';
import type { EditAction } from '../domain/actions';
import { nextCriterionValue, type Criterion, type CriterionValue } from '../domain/criteria';
import type { Access, InternalCoach, RoleOverride } from '../domain/network';
import type { RecordKey } from '../domain/records';
import type { DealView } from '../domain/view-schema';
import { send } from '../messaging/popup-client';
import { eventSchema } from '../messaging/events';
import type { TabState } from '../messaging/popup-responses';
import { tabViewOf } from '../background/tab-views';
import { browser, type Runtime } from '../platform/browser';
import { t } from '../platform/i18n';
import { todayLocal } from './model/dates';
import { createForms, type OpenOptions, type Outcome } from './model/forms';
import type { FormKind } from './model/drafts';
import { createNavigation } from './model/navigation';
import { logsOf, personDetail } from './model/person';
import { startOpening, storedItemsOf, type Opening } from './opening';
import { withPendingWrites, type PendingWrite } from './pending-writes';

export type PopupState = { kind: 'loading' } | { kind: 'error'; message: string } | TabState;

export interface SaveFailure {
  contactKey: RecordKey;
  criterion: Criterion;
  message: string;
}

/** A refused `deal/edit` outside a form: whose it was (null: the deal's) and the background's reason. */
export interface EditFailure {
  person: RecordKey | null;
  message: string;
}

export interface ModelOptions {
  now?: () => Date;
  /** Ids of new log entries; uuids fit the entry-id alphabet (A-Za-z0-9_-) as they are. */
  newId?: () => string;
}

export type PopupModel = ReturnType<typeof createPopupModel>;

export function createPopupModel(options: ModelOptions = {}) {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => crypto.randomUUID());
  const state = signal<PopupState>({ kind: 'loading' });
  const pendingWrites = signal<readonly PendingWrite[]>([]);
  const saveFailure = signal<SaveFailure | null>(null);
  const editFailure = signal<EditFailure | null>(null);
  const navigation = createNavigation();

  /** The deal as the rep should see it: confirmed by the background, plus clicks still in flight. */
  const deal = computed<DealView | null>(() => {
    const current = state.value;
    return current.kind === 'deal' ? withPendingWrites(current.deal, pendingWrites.value) : null;
  });
  const logs = computed(() => (deal.value ? logsOf(deal.value) : { intelligence: [], valueGiven: [] }));
  /** The person the detail screen shows, or null on the list (or when they left the deal). */
  const person = computed(() => {
    const screen = navigation.screen.value;
    const shown = deal.value;
    return screen.kind === 'person' && shown ? personDetail(shown, logs.value, screen.key) : null;
  });

  let lastWriteId = 0;
  let lastLoadId = 0;
  /**
   * Counts what may have moved the deal on screen past the background's last word: a change
   * accepted from a reply or an event, a write sent. A check with the background (`refresh`)
   * replaces the screen only if this did not move while it was out.
   */
  let revision = 0;
  /** An event arrived while nothing was on screen to apply it to: ask again once something is. */
  let missedEvent = false;

  /**
   * What the popup is about: the tab `?tab=` names, else the active tab of the popup's own window.
   * `started`: the same requests, already sent (start.ts).
   */
  async function open(search: string = typeof location === 'undefined' ? '' : location.search, started?: Opening): Promise<void> {
    try {
      const opening = started ?? startOpening(search);
      const tabId = await opening.tabId;
      // No tab id (a devtools window, say) cannot be an opportunity page.
      if (tabId === null) state.value = { kind: 'none' };
      else await load(tabId, opening.items);
    } catch (error) {
      state.value = { kind: 'error', message: messageOf(error) };
    }
  }

  /**
   * What the background last published for the tab (one storage read, tab-views.ts) is shown while
   * the background itself is asked; its answer replaces the published view when they differ.
   * Without a published view the popup waits for the answer, as it always did.
   *
   * The question goes out first, not once the published view is painted: it wakes the worker for
   * the rep's first click (a stopped worker costs that click ~100 ms), and it is the popup's first
   * message to a worker that may be stopping; such a message can be lost, and is sent again
   * (messaging/transport.ts), which a click the rep closes the popup right after could not be.
   */
  async function load(tabId: number, items?: Promise<Record<string, unknown> | null>): Promise<void> {
    const loadId = ++lastLoadId;
    missedEvent = false;
    batch(() => {
      state.value = { kind: 'loading' };
      forms.close(false);
      navigation.reset();
    });
    const answered = refresh(tabId, loadId);
    const stored = await (items ?? storedItemsOf(tabId));
    const published = stored && tabViewOf(stored, tabId);
    // Unless the answer came first (it is the newer of the two).
    if (published && loadId === lastLoadId && state.peek().kind === 'loading') state.value = published;
    await answered;
    // An event that came while the screen was empty may be newer than what is shown now. A second
    // answer is, since the background reads the deal behind every write already received.
    if (missedEvent && loadId === lastLoadId) {
      missedEvent = false;
      await refresh(tabId, loadId);
    }
  }

  /** Asks the background what the tab shows; its answer wins unless something newer was accepted meanwhile. */
  async function refresh(tabId: number, loadId: number): Promise<void> {
    const seen = revision;
    try {
      const answer = await send({ type: 'tab/state', tabId });
      const shown = state.peek();
      if (loadId !== lastLoadId || (shown.kind !== 'loading' && revision !== seen)) return;
      if (!sameState(shown, answer)) state.value = answer;
    } catch (error) {
      // With the published view on screen the rep can go on; each change reports its own failure.
      if (loadId === lastLoadId && state.peek().kind === 'loading') state.value = { kind: 'error', message: messageOf(error) };
    }
  }

  /** Replaces the confirmed deal, but only the one on screen: a reply or event never switches deals. */
  function acceptDeal(update: DealView): void {
    const current = state.peek();
    if (current.kind === 'deal' && current.deal.key === update.key) {
      revision++;
      // The same state again (the event and then the reply of one change) renders nothing anew.
      if (!sameState(current, { kind: 'deal', deal: update })) state.value = { kind: 'deal', deal: update };
    }
  }

  /** Sends one criterion (and evidence, when given), shown at once and reverted if refused. */
  async function writeCriterion(contactKey: RecordKey, criterion: Criterion, value: CriterionValue, evidence?: string): Promise<Outcome> {
    const shown = deal.peek();
    const contact = shown?.contacts.find((c) => c.key === contactKey);
    if (!shown || !contact) return { ok: false, message: t('popup_error_not_on_deal') };
    const write: PendingWrite = { id: ++lastWriteId, contactKey, criterion, value, ...(evidence !== undefined && { evidence }) };
    revision++;
    batch(() => {
      pendingWrites.value = [...pendingWrites.value, write];
      saveFailure.value = null;
    });
    const dropWrite = () => {
      pendingWrites.value = pendingWrites.value.filter((w) => w.id !== write.id);
    };
    try {
      const updated = await send({ type: 'criterion/set', dealKey: shown.key, contactKey, criterion, value, ...(evidence !== undefined && { evidence }) });
      batch(() => {
        acceptDeal(updated);
        dropWrite();
      });
      return { ok: true };
    } catch (error) {
      // Dropping the write is the revert: the view falls back to what the background confirmed.
      dropWrite();
      return { ok: false, message: messageOf(error) };
    }
  }

  async function setCriterion(contactKey: RecordKey, criterion: Criterion, value: CriterionValue): Promise<void> {
    const contact = deal.peek()?.contacts.find((c) => c.key === contactKey);
    if (!contact || contact.criteria[criterion].value === value) return;
    const outcome = await writeCriterion(contactKey, criterion, value);
    if (!outcome.ok) saveFailure.value = { contactKey, criterion, message: outcome.message };
  }

  /** Keys `1` `2` `3`: unknown → yes → no → unknown, from the value the rep currently sees. */
  function cycleCriterion(contactKey: RecordKey, criterion: Criterion): Promise<void> {
    const contact = deal.peek()?.contacts.find((c) => c.key === contactKey);
    if (!contact) return Promise.resolve();
    return setCriterion(contactKey, criterion, nextCriterionValue(contact.criteria[criterion].value));
  }

  async function sendEdit(action: EditAction): Promise<Outcome> {
    const shown = state.peek();
    if (shown.kind !== 'deal') return { ok: false, message: t('popup_error_no_deal') };
    revision++;
    try {
      acceptDeal(await send({ type: 'deal/edit', dealKey: shown.deal.key, action }));
      return { ok: true };
    } catch (error) {
      return { ok: false, message: messageOf(error) };
    }
  }

  /** An edit outside a form: a refusal is shown beside `person` (or the deal) with the reason. */
  async function edit(action: EditAction, person: RecordKey | null): Promise<boolean> {
    editFailure.value = null;
    const outcome = await sendEdit(action);
    if (!outcome.ok) editFailure.value = { person, message: outcome.message };
    return outcome.ok;
  }

  const forms = createForms({
    deal,
    sendEdit,
    sendCriterion: (contact, criterion, value, evidence) => writeCriterion(contact, criterion, value, evidence),
    focusField: (field) => navigation.requestFocus({ kind: 'form', field }),
    closed: (key) => navigation.returnFocus(key),
    now,
    newId,
  });

  const contactOf = (key: RecordKey) => deal.peek()?.contacts.find((c) => c.key === key);

  const edits = {
    /** Key `s`: sponsor is a separate flag, not a criterion (a sponsor is not a Coach). */
    toggleSponsor(key: RecordKey): Promise<boolean> {
      const contact = contactOf(key);
      return contact ? edit({ type: 'set-sponsor', contact: key, sponsor: !contact.sponsor }, key) : Promise.resolve(false);
    },
    setRole: (key: RecordKey, role: RoleOverride) => edit({ type: 'set-role', contact: key, role }, key),
    setAccess: (key: RecordKey, access: Access) => edit({ type: 'set-access', person: key, access }, key),
    removeIntelligence: (id: string, person: RecordKey) => edit({ type: 'remove-intelligence', id }, person),
    removeValue: (id: string, person: RecordKey) => edit({ type: 'remove-value', id }, person),
    tickChecklist: (item: string, checked: boolean) => edit({ type: 'tick-checklist', item, checked }, null),
    addInternalCoach: (coach: InternalCoach) => edit({ type: 'add-internal-coach', coach }, null),
    removeInternalCoach: (key: RecordKey) => edit({ type: 'remove-internal-coach', key }, null),
  };

  function openForm(kind: FormKind, key: RecordKey, formOptions: OpenOptions = {}): void {
    editFailure.value = null;
    forms.open(kind, key, formOptions);
  }

  function openPerson(key: RecordKey): void {
    if (!contactOf(key)) return;
    batch(() => {
      forms.close(false);
      editFailure.value = null;
      navigation.openPerson(key);
    });
  }

  function showRow(key: RecordKey): void {
    batch(() => {
      forms.close(false);
      navigation.showRow(key);
    });
  }

  /** Esc: closes the open form, else leaves the person's detail; false when there was nothing to leave. */
  function escape(): boolean {
    if (forms.form.peek()) {
      forms.close();
      return true;
    }
    if (navigation.screen.peek().kind === 'person') {
      batch(() => {
        editFailure.value = null;
        navigation.back();
      });
      return true;
    }
    return false;
  }

  /**
   * Background → popup events. runtime.onMessage also carries content scripts' requests to the
   * background, so this listener must never answer (it returns nothing) and must ignore anything
   * that is not a well-formed event from our own extension.
   */
  function handleMessage(message: unknown, sender: Runtime.MessageSender): void {
    if (sender.id !== browser.runtime.id) return;
    const event = eventSchema.safeParse(message);
    if (!event.success) return;
    if (event.data.type !== 'event/deal-changed') return;
    if (state.peek().kind === 'loading') missedEvent = true;
    else acceptDeal(event.data.deal);
  }

  /** Registers the event listener; returns the function that removes it. */
  function listen(): () => void {
    const listener = (message: unknown, sender: Runtime.MessageSender): void => handleMessage(message, sender);
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }

  return {
    state,
    deal,
    logs,
    person,
    pendingWrites,
    saveFailure,
    editFailure,
    screen: navigation.screen,
    focusRequest: navigation.focusRequest,
    form: forms.form,
    /** The rep's local day: the default and the latest date of a log entry. */
    today: () => todayLocal(now()),
    open,
    load,
    setCriterion,
    cycleCriterion,
    edit,
    ...edits,
    openForm,
    updateForm: forms.update,
    applyQuestion: forms.applyQuestion,
    submitForm: forms.submit,
    closeForm: forms.close,
    openPerson,
    showRow,
    escape,
    handleMessage,
    listen,
  };
}

/** Two states the same to the rep: compared as data (both come out of the same schema, keys in its order). */
function sameState(a: PopupState, b: PopupState): boolean {
  return a === b || (a.kind === b.kind && JSON.stringify(a) === JSON.stringify(b));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
