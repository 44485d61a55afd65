/**
 * Wiring: the open form of the model as a rendered form, told where it belongs (whose row, which
 * section of the person detail). The forms are a chunk of their own (lazy.ts, screens/forms.tsx),
 * in by the time the rep opens one; until it is, no form shows and DealScreen keeps the focus
 * request for when it does.
 */
import type { ComponentChildren } from 'preact';
import type { RecordKey } from '../../domain/records';
import type { DealView } from '../../domain/view-schema';
import type { FormKind } from '../model/drafts';
import type { PopupModel } from '../model';
import { laterPart, ready } from '../lazy';

export interface PlacedForm {
  person: RecordKey;
  kind: FormKind;
  node: ComponentChildren;
}

export function placedForm(model: PopupModel, deal: DealView): PlacedForm | null {
  const open = model.form.value;
  const contact = open && deal.contacts.find((c) => c.key === open.person);
  if (!open || !contact) return null;
  const forms = ready(laterPart);
  if (!forms) return null;
  return { person: open.person, kind: open.draft.kind, node: forms.formNode(model, deal, open, contact) };
}
