/**
 * The open form as a rendered form (a chunk of its own, lazy.ts: no form is on the popup's first
 * screen). FormSlot.tsx places it; the forms themselves are props-only views.
 */
import type { ComponentChildren } from 'preact';
import { questionById } from '../../domain/questions';
import type { ContactView, DealView } from '../../domain/view-schema';
import type { OpenForm } from '../model/forms';
import { questionSubject } from '../model/person';
import type { PopupModel } from '../model';
import { suggestionsFor } from '../questions';
import { EvidenceForm } from '../views/forms/EvidenceForm';
import { IntelligenceForm } from '../views/forms/IntelligenceForm';
import { ValueForm } from '../views/forms/ValueForm';
import { WinForm } from '../views/forms/WinForm';

export function formNode(model: PopupModel, deal: DealView, open: OpenForm, contact: ContactView): ComponentChildren {
  const common = {
    personName: contact.name,
    errors: open.errors,
    failure: open.failure,
    saving: open.saving,
    onChange: model.updateForm,
    onSubmit: () => void model.submitForm(),
    onCancel: () => model.closeForm(),
  };
  const { draft } = open;
  switch (draft.kind) {
    case 'intelligence': {
      const others = [...deal.contacts, ...deal.internalCoaches].filter((p) => p.key !== open.person).map(({ key, name }) => ({ key, name }));
      const suggestions = suggestionsFor(draft.topic, questionSubject(deal, draft.topic, open.person));
      return <IntelligenceForm {...common} draft={draft} today={model.today()} others={others} suggestions={suggestions} onUseQuestion={model.applyQuestion} />;
    }
    case 'value':
      return <ValueForm {...common} draft={draft} today={model.today()} />;
    case 'evidence':
      return <EvidenceForm {...common} draft={draft} value={contact.criteria[draft.criterion].value} />;
    case 'win':
      return <WinForm {...common} draft={draft} />;
  }
}

/** The topic of a bank question, when the gap that asks it did not name one. */
export function bankTopic(id: string) {
  try {
    return questionById(id).topic;
  } catch {
    return null; // a question the bank no longer has: the form's default topic
  }
}
