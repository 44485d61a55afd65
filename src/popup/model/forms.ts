/**
 * The one form the popup has open at a time (intelligence, value given, evidence, wins): its
 * draft, what is wrong with it, and what happened when it was sent. A draft survives a refused
 * save, so the rep fixes and resends instead of typing it again; it closes only once the
 * background confirmed the change.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import type { EditAction } from '../../domain/actions';
import { CRITERIA, type Criterion, type CriterionValue } from '../../domain/criteria';
import { INTELLIGENCE_TOPICS, type IntelligenceTopic } from '../../domain/entries';
import type { RecordKey } from '../../domain/records';
import type { ContactView, DealView } from '../../domain/view-schema';
import { todayLocal } from './dates';
import { validateDraft, type Draft, type FieldErrors, type FieldName, type FormKind } from './drafts';

export type Outcome = { ok: true } | { ok: false; message: string };

export interface OpenForm {
  person: RecordKey;
  draft: Draft;
  errors: FieldErrors;
  /** Why the background refused the last save, as it said it. */
  failure: string | null;
  saving: boolean;
}

/** Every field any draft has; a view sends only its own. */
export type DraftPatch = Partial<{
  topic: IntelligenceTopic;
  specific: boolean;
  date: string;
  text: string;
  corroboratedBy: RecordKey[];
  valueKind: Extract<Draft, { kind: 'value' }>['valueKind'];
  personalWin: string;
  organizationResult: string;
}>;

export interface OpenOptions {
  criterion?: Criterion;
  topic?: IntelligenceTopic;
  text?: string;
}

export interface FormDeps {
  deal: ReadonlySignal<DealView | null>;
  sendEdit: (action: EditAction) => Promise<Outcome>;
  sendCriterion: (contact: RecordKey, criterion: Criterion, value: CriterionValue, evidence: string) => Promise<Outcome>;
  focusField: (field: string | null) => void;
  /** The form closed (saved or cancelled): the focus goes back to where the rep came from. */
  closed: (person: RecordKey) => void;
  now: () => Date;
  newId: () => string;
}

function initialDraft(kind: FormKind, contact: ContactView, options: OpenOptions, today: string): Draft {
  switch (kind) {
    case 'intelligence':
      return { kind, topic: options.topic ?? INTELLIGENCE_TOPICS[0], specific: true, date: today, text: options.text ?? '', corroboratedBy: [] };
    case 'value':
      return { kind, valueKind: 'industry-information', date: today, text: '' };
    case 'evidence': {
      const criterion = options.criterion ?? CRITERIA[0];
      return { kind, criterion, text: contact.criteria[criterion].evidence ?? '' };
    }
    case 'win':
      return { kind, personalWin: contact.personalWin, organizationResult: contact.organizationResult };
  }
}

// The forms' own order (text first), so the focus goes to the topmost wrong field.
const FIELD_ORDER: readonly FieldName[] = ['text', 'personalWin', 'organizationResult', 'date'];

export function createForms(deps: FormDeps) {
  const form = signal<OpenForm | null>(null);

  const contactOf = (key: RecordKey) => deps.deal.peek()?.contacts.find((c) => c.key === key) ?? null;

  function open(kind: FormKind, person: RecordKey, options: OpenOptions = {}): void {
    const contact = contactOf(person);
    if (!contact) return;
    form.value = { person, draft: initialDraft(kind, contact, options, todayLocal(deps.now())), errors: {}, failure: null, saving: false };
    deps.focusField(null);
  }

  /** Applies the fields this draft has (a stray field of another form is ignored) and clears their errors. */
  function update(patch: DraftPatch): void {
    const current = form.peek();
    if (!current || current.saving) return;
    const own = Object.fromEntries(Object.entries(patch).filter(([field]) => field in current.draft && field !== 'kind'));
    const errors = Object.fromEntries(Object.entries(current.errors).filter(([field]) => !(field in own)));
    form.value = { ...current, draft: { ...current.draft, ...own } as Draft, errors };
  }

  /** Closes without saving; `returnFocus` false when the popup is moving elsewhere anyway. */
  function close(returnFocus = true): void {
    const current = form.peek();
    if (!current) return;
    form.value = null;
    if (returnFocus) deps.closed(current.person);
  }

  /** A question from the bank goes in front of the answer, and the rep types on after it. */
  function applyQuestion(question: string): void {
    const current = form.peek();
    if (!current || current.draft.kind !== 'intelligence') return;
    const rest = current.draft.text.trim();
    update({ text: rest ? `${question}\n${rest}` : `${question}\n` });
    deps.focusField('text');
  }

  async function submit(): Promise<void> {
    const current = form.peek();
    if (!current || current.saving) return;
    const contact = contactOf(current.person);
    if (!contact) return;
    const checked = validateDraft(current.draft, current.person, todayLocal(deps.now()), deps.newId);
    if (!checked.ok) {
      form.value = { ...current, errors: checked.errors, failure: null };
      deps.focusField(FIELD_ORDER.find((field) => field in checked.errors) ?? null);
      return;
    }
    const saving: OpenForm = { ...current, errors: {}, failure: null, saving: true };
    form.value = saving;
    const { submission } = checked;
    const outcome =
      submission.kind === 'edit'
        ? await deps.sendEdit(submission.action)
        : await deps.sendCriterion(current.person, submission.criterion, contact.criteria[submission.criterion].value, submission.evidence);
    // Closed or replaced while the reply was on its way: the rep has moved on.
    if (form.peek() !== saving) return;
    if (outcome.ok) {
      form.value = null;
      deps.closed(current.person);
    } else {
      form.value = { ...saving, saving: false, failure: outcome.message };
    }
  }

  return { form, open, update, applyQuestion, close, submit };
}

export type Forms = ReturnType<typeof createForms>;
