/**
 * One buying-side contact: who they are as the CRM shows them, where they stand, and the three
 * criteria to tag. All page text is rendered as text nodes (it comes from a web page).
 */
import { CRITERIA, CRITERION_LABELS, STATUS_DESCRIPTIONS, type Criterion, type CriterionValue } from '../../domain/criteria';
import type { ContactView } from '../../domain/view-schema';
import { BUYING_INFLUENCE_LABELS } from '../../domain/roles';
import type { SaveFailure } from '../model';
import { CriterionToggle } from './CriterionToggle';
import { StatusBadge } from './StatusBadge';

export interface ContactRowProps {
  contact: ContactView;
  /** The last failed save, when it was this contact's. */
  failure: SaveFailure | null;
  onSet: (criterion: Criterion, value: CriterionValue) => void;
}

export function ContactRow({ contact, failure, onSet }: ContactRowProps) {
  const nameId = `contact-name-${contact.key}`;
  return (
    // tabIndex -1: ↑/↓ focus the row itself (so 1/2/3 know whose criteria to cycle) without
    // adding nine more stops to the Tab order.
    <li class="contact" data-contact-key={contact.key} tabIndex={-1} aria-labelledby={nameId}>
      <div class="contact__head">
        <div class="contact__who">
          <span class="contact__name" id={nameId}>
            {contact.name}
          </span>
          {contact.title && <span class="contact__title">{contact.title}</span>}
          <RoleLine crmRole={contact.crmRole} influenceRole={contact.influenceRole} />
          {contact.hint && <HintLine hint={contact.hint} />}
        </div>
        <StatusBadge status={contact.status} criteria={contact.criteria} />
      </div>
      <div class="contact__criteria">
        {CRITERIA.map((criterion, index) => (
          <CriterionToggle
            key={criterion}
            criterion={criterion}
            shortcut={index + 1}
            value={contact.criteria[criterion].value}
            onSet={(value) => onSet(criterion, value)}
          />
        ))}
      </div>
      {failure && (
        <p class="contact__error" role="alert">
          Couldn't save “{CRITERION_LABELS[failure.criterion]}”; it is back to its last saved value. ({failure.message})
        </p>
      )}
    </li>
  );
}

/** The CRM's role text verbatim (custom values included), then the buying-influence role it maps to. */
function RoleLine({ crmRole, influenceRole }: Pick<ContactView, 'crmRole' | 'influenceRole'>) {
  if (!crmRole && !influenceRole) return <span class="contact__role contact__role--none">No CRM role</span>;
  return (
    <span class="contact__role">
      {crmRole ?? 'No CRM role'}
      <span
        class="contact__influence"
        title={influenceRole ? `Buying influence: ${BUYING_INFLUENCE_LABELS[influenceRole]}` : 'No buying-influence role'}
      >
        {' → '}
        {influenceRole ?? 'no buying influence'}
      </span>
    </span>
  );
}

/** The person's assessment on another deal of the same account: shown, never copied (the rep tags). */
function HintLine({ hint }: { hint: NonNullable<ContactView['hint']> }) {
  return (
    <span class="contact__hint" data-hint-deal={hint.dealKey}>
      On “{hint.dealName}”: {STATUS_DESCRIPTIONS[hint.status]} ({hint.assessedAt.slice(0, 10)}). Not copied: tag to confirm.
    </span>
  );
}
