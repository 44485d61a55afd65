/** The deal's contacts in page order, or a plain note when the opportunity has none yet. */
import type { Criterion, CriterionValue } from '../../domain/criteria';
import type { ContactView } from '../../domain/view-schema';
import type { RecordKey } from '../../domain/records';
import type { SaveFailure } from '../model';
import { ContactRow } from './ContactRow';
import { NoContacts } from './States';

export interface ContactListProps {
  contacts: readonly ContactView[];
  failure: SaveFailure | null;
  onSet: (contactKey: RecordKey, criterion: Criterion, value: CriterionValue) => void;
}

export function ContactList({ contacts, failure, onSet }: ContactListProps) {
  if (contacts.length === 0) return <NoContacts />;
  return (
    <>
      <ul class="contacts" aria-label="Contacts">
        {contacts.map((contact) => (
          <ContactRow
            key={contact.key}
            contact={contact}
            failure={failure?.contactKey === contact.key ? failure : null}
            onSet={(criterion, value) => onSet(contact.key, criterion, value)}
          />
        ))}
      </ul>
      <p class="hint">
        <kbd>↑</kbd> <kbd>↓</kbd> move between contacts · <kbd>1</kbd> <kbd>2</kbd> <kbd>3</kbd> cycle a criterion
      </p>
    </>
  );
}
