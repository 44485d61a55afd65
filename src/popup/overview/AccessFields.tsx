/**
 * Whom a person can reach (product.md §Vocabulary, access): whole buying-influence roles and named
 * contacts. Checkbox groups rather than a <select multiple>: each choice is one Tab/Space away and
 * reads as "checked/not checked", where a multi-select needs Ctrl+click that reps rarely know.
 */
import type { Access } from '../../domain/network';
import type { DealView } from '../../domain/view-schema';
import { t } from '../../platform/i18n';
import { ROLE_ORDER } from './coverage-model';
import { roleLabel } from '../../ui/role-label';

export interface AccessFieldsProps {
  value: Access;
  contacts: DealView['contacts'];
  onChange(access: Access): void;
}

const toggled = <T,>(list: readonly T[], item: T, on: boolean): T[] => (on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item));

export function AccessFields({ value, contacts, onChange }: AccessFieldsProps) {
  return (
    <div class="access-fields">
      <fieldset class="access-fields__group" data-access-roles>
        <legend>{t('overview_access_roles')}</legend>
        {ROLE_ORDER.map((role) => (
          <label key={role} class="access-fields__option">
            <input
              type="checkbox"
              value={role}
              checked={value.roles.includes(role)}
              // Kept in seniority order, so the stored access reads the same whichever box came first.
              onChange={(e) => onChange({ ...value, roles: ROLE_ORDER.filter((r) => (r === role ? e.currentTarget.checked : value.roles.includes(r))) })}
            />
            {roleLabel(role)}
          </label>
        ))}
      </fieldset>
      {contacts.length > 0 && (
        <fieldset class="access-fields__group" data-access-people>
          <legend>{t('overview_access_people')}</legend>
          {contacts.map((contact) => (
            <label key={contact.key} class="access-fields__option">
              <input
                type="checkbox"
                value={contact.key}
                checked={value.people.includes(contact.key)}
                onChange={(e) => onChange({ ...value, people: toggled(value.people, contact.key, e.currentTarget.checked) })}
              />
              {/* One span, so name and role wrap as one line of text beside the box. */}
              <span>
                {contact.name}
                {contact.influenceRole && <span class="access-fields__role"> · {roleLabel(contact.influenceRole)}</span>}
              </span>
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}

/** "Economic Buyer, Priya Raghunathan" — whom an access reaches, for lists. */
export function accessSummary(access: Access, deal: Pick<DealView, 'contacts' | 'internalCoaches' | 'formerContacts'>): string[] {
  const everyone = [...deal.contacts, ...deal.internalCoaches, ...deal.formerContacts];
  return [
    ...ROLE_ORDER.filter((role) => access.roles.includes(role)).map(roleLabel),
    ...access.people.map((key) => everyone.find((p) => p.key === key)?.name ?? t('overview_access_someone_gone')),
  ];
}
