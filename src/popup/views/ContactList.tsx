/** The deal's contacts in page order, or a plain note when the opportunity has none yet. */
import type { ComponentChildren } from 'preact';
import type { ContactView } from '../../domain/view-schema';
import type { RecordKey } from '../../domain/records';
import { t } from '../../platform/i18n';
import type { EditFailure, SaveFailure } from '../model';
import { ContactRow, type RowActions } from './ContactRow';
import { NoContacts } from './States';

/** The row actions, each told whose row it is. */
export type ListActions = {
  [K in keyof RowActions]: (contactKey: RecordKey, ...args: Parameters<RowActions[K]>) => void;
};

export interface ContactListProps extends ListActions {
  contacts: readonly ContactView[];
  failure: SaveFailure | null;
  editFailure: EditFailure | null;
  /** The open form and whose row it belongs in. */
  form: { person: RecordKey; node: ComponentChildren } | null;
}

export function ContactList({ contacts, failure, editFailure, form, ...actions }: ContactListProps) {
  return (
    <section class="contacts-section" aria-labelledby="contacts-heading">
      <h2 class="section-title" id="contacts-heading">
        {t('popup_contacts_heading')}
      </h2>
      {contacts.length === 0 ? (
        <NoContacts />
      ) : (
        <ul class="contacts">
          {contacts.map((contact) => {
            const key = contact.key;
            return (
              <ContactRow
                key={key}
                contact={contact}
                failure={failure?.contactKey === key ? failure : null}
                editFailure={editFailure?.person === key ? editFailure.message : null}
                form={form?.person === key ? form.node : null}
                onSet={(criterion, value) => actions.onSet(key, criterion, value)}
                onEvidence={(criterion) => actions.onEvidence(key, criterion)}
                onSponsor={() => actions.onSponsor(key)}
                onIntelligence={() => actions.onIntelligence(key)}
                onValue={() => actions.onValue(key)}
                onDetails={() => actions.onDetails(key)}
              />
            );
          })}
        </ul>
      )}
    </section>
  );
}
