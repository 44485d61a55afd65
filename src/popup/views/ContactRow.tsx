/**
 * One buying-side contact: who they are as the CRM shows them, where they stand, the three
 * criteria to tag, and a button for each of the row's keys (s, i, v, Enter). All page text is
 * rendered as text nodes (it comes from a web page).
 */
import type { ComponentChildren } from 'preact';
import type { Criterion, CriterionValue } from '../../domain/criteria';
import type { ContactView } from '../../domain/view-schema';
import { t } from '../../platform/i18n';
import { criterionLabel, statusDescription } from '../../ui/labels';
import { roleLabel } from '../../ui/role-label';
import { CriteriaToggles } from './CriterionToggle';
import { StatusBadge } from './StatusBadge';

export interface RowActions {
  onSet: (criterion: Criterion, value: CriterionValue) => void;
  onEvidence: (criterion: Criterion) => void;
  onSponsor: () => void;
  onIntelligence: () => void;
  onValue: () => void;
  onDetails: () => void;
}

export interface ContactRowProps extends RowActions {
  contact: ContactView;
  /** The criterion whose last save failed, when it was this contact's, and why. */
  failure: { criterion: Criterion; message: string } | null;
  /** Why the background refused this contact's last other change. */
  editFailure: string | null;
  /** The form open for this contact, shown inside the row. */
  form: ComponentChildren;
}

export function ContactRow({ contact, failure, editFailure, form, ...actions }: ContactRowProps) {
  const nameId = `contact-name-${contact.key}`;
  return (
    // tabIndex -1: ↑/↓ focus the row itself (so the keys know whose criteria to cycle) without
    // adding more stops to the Tab order.
    <li class="contact" data-contact-key={contact.key} tabIndex={-1} aria-labelledby={nameId}>
      <div class="contact__head">
        <div class="contact__who">
          <span class="contact__name" id={nameId}>
            {contact.name}
          </span>
          {contact.title && <span class="contact__title">{contact.title}</span>}
          <RoleLine contact={contact} />
          {contact.hint && <HintLine hint={contact.hint} />}
        </div>
        <StatusBadge status={contact.status} criteria={contact.criteria} />
      </div>
      <CriteriaToggles criteria={contact.criteria} onSet={actions.onSet} onEvidence={actions.onEvidence} />
      <div class="contact__actions">
        <button type="button" class="chip" data-action="sponsor" aria-pressed={contact.sponsor} aria-keyshortcuts="s" onClick={actions.onSponsor}>
          {t('popup_action_sponsor')} <kbd aria-hidden="true">S</kbd>
        </button>
        <button type="button" class="chip" data-action="intelligence" aria-keyshortcuts="i" onClick={actions.onIntelligence}>
          {t('popup_action_intelligence')} <kbd aria-hidden="true">I</kbd>
        </button>
        <button type="button" class="chip" data-action="value" aria-keyshortcuts="v" onClick={actions.onValue}>
          {t('popup_action_value')} <kbd aria-hidden="true">V</kbd>
        </button>
        <button type="button" class="chip" data-action="details" aria-describedby={nameId} onClick={actions.onDetails}>
          {t('popup_action_details')}
        </button>
      </div>
      {contact.proposedSponsor && <p class="contact__note">{t('popup_sponsor_proposed')}</p>}
      {form}
      {failure && (
        <p class="contact__error" role="alert">
          {t('popup_save_failed', criterionLabel(failure.criterion), failure.message)}
        </p>
      )}
      {editFailure && (
        <p class="contact__error" role="alert" data-edit-error>
          {t('popup_edit_failed', editFailure)}
        </p>
      )}
    </li>
  );
}

/** The CRM's role text verbatim (custom values included), then the buying-influence role it maps to. */
export function RoleLine({ contact }: { contact: Pick<ContactView, 'crmRole' | 'influenceRole' | 'influenceRoleOverride'> }) {
  const { crmRole, influenceRole, influenceRoleOverride } = contact;
  const influence = influenceRole ? roleLabel(influenceRole) : t('popup_role_none');
  return (
    <span class="contact__role">
      {crmRole ?? t('popup_no_crm_role')}
      <span class="contact__influence" title={t('popup_influence_title')}>
        {' → '}
        {influence}
        {influenceRoleOverride !== null && ` ${t('popup_role_overridden')}`}
      </span>
    </span>
  );
}

/** The person's assessment on another deal of the same account: shown, never copied (the rep tags). */
function HintLine({ hint }: { hint: NonNullable<ContactView['hint']> }) {
  return (
    <span class="contact__hint" data-hint-deal={hint.dealKey}>
      {t('popup_hint', hint.dealName, statusDescription(hint.status, hint.criteria), hint.assessedAt.slice(0, 10))}
    </span>
  );
}
