/** The deal's contacts in page order, or a plain note when the opportunity has none yet. */
import { Component, type ComponentChildren } from 'preact';
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

export interface ContactListProps {
  contacts: readonly ContactView[];
  /**
   * How many rows to render now; the rest follow (DealScreen: the first screen before the first
   * paint, every row right after it). Undefined: all of them.
   */
  shown?: number;
  failure: SaveFailure | null;
  editFailure: EditFailure | null;
  /** The open form and whose row it belongs in. */
  form: { person: RecordKey; node: ComponentChildren } | null;
  /** The same object from render to render, so that an unchanged row is not rendered again. */
  actions: ListActions;
}

export function ContactList({ contacts, shown, failure, editFailure, form, actions }: ContactListProps) {
  const rows = shown === undefined ? contacts : contacts.slice(0, shown);
  return (
    <section class="contacts-section" aria-labelledby="contacts-heading" aria-busy={rows.length < contacts.length || undefined}>
      <h2 class="section-title" id="contacts-heading">
        {t('popup_contacts_heading')}
      </h2>
      {contacts.length === 0 ? (
        <NoContacts />
      ) : (
        <ul class="contacts">
          {rows.map((contact) => {
            const key = contact.key;
            return (
              <ListRow
                key={key}
                contact={contact}
                failure={failure?.contactKey === key ? failure : null}
                editFailure={editFailure?.person === key ? editFailure.message : null}
                form={form?.person === key ? form.node : null}
                actions={actions}
              />
            );
          })}
        </ul>
      )}
    </section>
  );
}

interface ListRowProps {
  contact: ContactView;
  failure: SaveFailure | null;
  editFailure: string | null;
  form: ComponentChildren;
  actions: ListActions;
}

/**
 * One row, rendered again only when what it shows changed: a click, a reply or an event re-renders
 * the screen, and 50 rows that didn't change would cost the popup's main thread ~40 ms each time
 * (issue 8: the page's badge waits for the same cores). A view from the background is a new object
 * even where nothing changed, so contacts are compared as data. (A class, for shouldComponentUpdate:
 * preact/compat's memo would bring compat's global option hooks along.)
 */
class ListRow extends Component<ListRowProps> {
  override shouldComponentUpdate(next: ListRowProps): boolean {
    const now = this.props;
    return !(
      now.failure === next.failure &&
      now.editFailure === next.editFailure &&
      now.form === next.form &&
      now.actions === next.actions &&
      (now.contact === next.contact || JSON.stringify(now.contact) === JSON.stringify(next.contact))
    );
  }

  override render({ contact, failure, editFailure, form, actions }: ListRowProps) {
    const key = contact.key;
    return (
      <ContactRow
        contact={contact}
        failure={failure}
        editFailure={editFailure}
        form={form}
        onSet={(criterion, value) => actions.onSet(key, criterion, value)}
        onEvidence={(criterion) => actions.onEvidence(key, criterion)}
        onSponsor={() => actions.onSponsor(key)}
        onIntelligence={() => actions.onIntelligence(key)}
        onValue={() => actions.onValue(key)}
        onDetails={() => actions.onDetails(key)}
      />
    );
  }
}
