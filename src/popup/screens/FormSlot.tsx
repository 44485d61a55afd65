/**
 * Wiring: the open form of the model as a rendered form, told where it belongs (whose row, which
 * section of the person detail). The forms themselves are props-only views.
 */
import type { ComponentChildren } from 'preact';
import type { RecordKey } from '../../domain/records';
import type { DealView } from '../../domain/view-schema';
import type { FormKind } from '../model/drafts';
import { questionSubject } from '../model/person';
import type { PopupModel } from '../model';
import { suggestionsFor } from '../questions';
import { EvidenceForm } from '../views/forms/EvidenceForm';
import { IntelligenceForm } from '../views/forms/IntelligenceForm';
import { ValueForm } from '../views/forms/ValueForm';
import { WinForm } from '../views/forms/WinForm';

export interface PlacedForm {
  person: RecordKey;
  kind: FormKind;
  node: ComponentChildren;
}

export function placedForm(model: PopupModel, deal: DealView): PlacedForm | null {
  const open = model.form.value;
  const contact = open && deal.contacts.find((c) => c.key === open.person);
  if (!open || !contact) return null;
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
  const place = (node: ComponentChildren): PlacedForm => ({ person: open.person, kind: draft.kind, node });
  switch (draft.kind) {
    case 'intelligence': {
      const others = [...deal.contacts, ...deal.internalCoaches].filter((p) => p.key !== open.person).map(({ key, name }) => ({ key, name }));
      const suggestions = suggestionsFor(draft.topic, questionSubject(deal, draft.topic, open.person));
      return place(<IntelligenceForm {...common} draft={draft} today={model.today()} others={others} suggestions={suggestions} onUseQuestion={model.applyQuestion} />);
    }
    case 'value':
      return place(<ValueForm {...common} draft={draft} today={model.today()} />);
    case 'evidence':
      return place(<EvidenceForm {...common} draft={draft} value={contact.criteria[draft.criterion].value} />);
    case 'win':
      return place(<WinForm {...common} draft={draft} />);
  }
}
