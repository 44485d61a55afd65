/** The sections of a person's detail, each props-only; PersonDetail lays them out. */
import type { ComponentChildren } from 'preact';
import { gapTitle } from '../../../domain/gaps/titles';
import type { Gap } from '../../../domain/gaps/types';
import type { Access, Intelligence, RoleOverride, ValueGiven } from '../../../domain/network';
import type { RecordKey } from '../../../domain/records';
import { buyingInfluenceRoleSchema, type BuyingInfluenceRole } from '../../../domain/roles';
import type { ContactView } from '../../../domain/view-schema';
import { t } from '../../../platform/i18n';
import { roleLabel } from '../../../ui/role-label';
import { frameworkWarning, topicLabel, valueKindLabel } from '../../detail-labels';
import { severityLabel } from '../../labels';
import type { PersonRef } from '../../model/person';

const ROLES = buyingInfluenceRoleSchema.options;

/** The gaps that name this person, with the framework's own warning where it has one. */
export function Warnings({ name, warnings, nameOf }: { name: string; warnings: readonly Gap[]; nameOf: (key: RecordKey) => string }) {
  return (
    <section class="person__section warnings" aria-labelledby="person-warnings">
      <h3 id="person-warnings">{t('popup_person_warnings')}</h3>
      {warnings.length === 0 ? (
        <p class="muted">{t('popup_person_no_warnings', name)}</p>
      ) : (
        <ul class="warnings__list">
          {warnings.map((gap, index) => {
            const framework = frameworkWarning(gap.kind);
            return (
              <li key={`${gap.kind}-${index}`} class={`gap gap--${gap.severity}`} data-warning-kind={gap.kind}>
                <p class="gap__title">
                  <span class={`severity severity--${gap.severity}`}>{severityLabel(gap.severity)}</span>{' '}
                  <span class="gap__name">{gapTitle(gap, nameOf, t)}</span>
                </p>
                <p class="gap__why">{gap.why}</p>
                {framework && (
                  <p class="gap__framework">
                    <span class="gap__label">{t('popup_framework_says')}</span> {framework}
                  </p>
                )}
                <p class="gap__next">
                  <span class="gap__label">{t('popup_gap_next')}</span> {gap.nextAction}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

const OVERRIDES = ['derived', 'economic', 'user', 'technical', 'none'] as const;
type OverrideChoice = (typeof OVERRIDES)[number];

function overrideLabel(choice: OverrideChoice): string {
  switch (choice) {
    case 'derived':
      return t('popup_role_derived');
    case 'none':
      return t('popup_role_override_none');
    default:
      return roleLabel(choice);
  }
}

/** The buying-influence role (the CRM's, or the rep's own choice) and the sponsor flag. */
export function RoleSection({ contact, onRole, onSponsor }: { contact: ContactView; onRole: (role: RoleOverride) => void; onSponsor: () => void }) {
  const current: OverrideChoice = contact.influenceRoleOverride ?? 'derived';
  return (
    <section class="person__section" aria-labelledby="person-role">
      <h3 id="person-role">{t('popup_person_role')}</h3>
      <div class="field">
        <label for="person-role-select">{t('popup_role_select')}</label>
        <select
          id="person-role-select"
          name="role"
          value={current}
          onChange={(e) => {
            const choice = OVERRIDES.find((o) => o === e.currentTarget.value) ?? 'derived';
            onRole(choice === 'derived' ? null : choice);
          }}
        >
          {OVERRIDES.map((choice) => (
            <option key={choice} value={choice}>
              {overrideLabel(choice)}
            </option>
          ))}
        </select>
      </div>
      <label class="choice">
        <input type="checkbox" name="sponsor" checked={contact.sponsor} aria-describedby="person-sponsor-help" aria-keyshortcuts="s" onChange={onSponsor} />
        {t('popup_sponsor_checkbox')}
      </label>
      <p class="field__help" id="person-sponsor-help">
        {contact.proposedSponsor ? t('popup_sponsor_proposed') : t('popup_sponsor_help')}
      </p>
    </section>
  );
}

export function WinSection({ contact, form, onEdit }: { contact: ContactView; form: ComponentChildren; onEdit: () => void }) {
  const empty = t('popup_not_known_yet');
  return (
    <section class="person__section" aria-labelledby="person-win">
      <h3 id="person-win">{t('popup_person_win')}</h3>
      {form ?? (
        <>
          <dl class="facts">
            <dt>{t('popup_win_personal')}</dt>
            <dd class={contact.personalWin ? '' : 'muted'}>{contact.personalWin || empty}</dd>
            <dt>{t('popup_win_result')}</dt>
            <dd class={contact.organizationResult ? '' : 'muted'}>{contact.organizationResult || empty}</dd>
          </dl>
          <button type="button" class="chip" data-action="win" onClick={onEdit}>
            {t('popup_win_edit')}
          </button>
        </>
      )}
    </section>
  );
}

/** Which buying influences this person has credibility with: whole roles, and named people. */
export function AccessSection({ contact, others, onAccess }: { contact: ContactView; others: readonly PersonRef[]; onAccess: (access: Access) => void }) {
  const { roles, people } = contact.access;
  const own = contact.influenceRole;
  const toggleRole = (role: BuyingInfluenceRole, on: boolean) =>
    onAccess({ roles: ROLES.filter((r) => (r === role ? on : roles.includes(r))), people: [...people] });
  const togglePerson = (key: RecordKey, on: boolean) =>
    onAccess({ roles: [...roles], people: on ? [...people.filter((p) => p !== key), key] : people.filter((p) => p !== key) });
  return (
    <section class="person__section" aria-labelledby="person-access">
      <h3 id="person-access">{t('popup_person_access')}</h3>
      <fieldset class="field field--choice">
        <legend>{t('popup_access_roles')}</legend>
        {ROLES.map((role) => (
          <label key={role} class="choice">
            {/* A person always covers their own role: shown ticked, not theirs to untick. */}
            <input type="checkbox" name="access-role" value={role} checked={role === own || roles.includes(role)} disabled={role === own} onChange={(e) => toggleRole(role, e.currentTarget.checked)} />
            {role === own ? t('popup_access_own_role', roleLabel(role)) : roleLabel(role)}
          </label>
        ))}
      </fieldset>
      {others.length > 0 && (
        <fieldset class="field field--choice">
          <legend>{t('popup_access_people')}</legend>
          {others.map((p) => (
            <label key={p.key} class="choice">
              <input type="checkbox" name="access-person" value={p.key} checked={people.includes(p.key)} onChange={(e) => togglePerson(p.key, e.currentTarget.checked)} />
              {p.name}
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
}

interface LogProps<T> {
  entries: readonly T[];
  form: ComponentChildren;
  onAdd: () => void;
  onRemove: (id: string) => void;
}

export function IntelligenceLog({ entries, nameOf, form, onAdd, onRemove }: LogProps<Intelligence> & { nameOf: (key: RecordKey) => string }) {
  return (
    <section class="person__section" aria-labelledby="person-intelligence">
      <h3 id="person-intelligence">{t('popup_person_intelligence')}</h3>
      {form ?? (
        <button type="button" class="chip" data-action="intelligence" aria-keyshortcuts="i" onClick={onAdd}>
          {t('popup_action_intelligence')} <kbd aria-hidden="true">I</kbd>
        </button>
      )}
      {entries.length === 0 ? (
        <p class="muted">{t('popup_intel_none')}</p>
      ) : (
        <ul class="log">
          {entries.map((entry) => (
            <li key={entry.id} class="log__entry" data-entry-id={entry.id}>
              <p class="log__meta">
                {entry.date} · {topicLabel(entry.topic)} ·{' '}
                <span class={`tag tag--${entry.specific ? 'specific' : 'generic'}`}>{entry.specific ? t('popup_intel_specific_tag') : t('popup_intel_generic_tag')}</span>
              </p>
              {entry.text && <p class="log__text">{entry.text}</p>}
              {entry.corroboratedBy.length > 0 && <p class="log__meta">{t('popup_intel_corroborated_by', entry.corroboratedBy.map(nameOf).join(', '))}</p>}
              <button type="button" class="link-button" aria-label={t('popup_intel_remove', entry.date, topicLabel(entry.topic))} onClick={() => onRemove(entry.id)}>
                {t('popup_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ValueLog({ entries, form, onAdd, onRemove }: LogProps<ValueGiven>) {
  return (
    <section class="person__section" aria-labelledby="person-value">
      <h3 id="person-value">{t('popup_person_value')}</h3>
      {form ?? (
        <button type="button" class="chip" data-action="value" aria-keyshortcuts="v" onClick={onAdd}>
          {t('popup_action_value')} <kbd aria-hidden="true">V</kbd>
        </button>
      )}
      {entries.length === 0 ? (
        <p class="muted">{t('popup_value_none')}</p>
      ) : (
        <ul class="log">
          {entries.map((entry) => (
            <li key={entry.id} class="log__entry" data-entry-id={entry.id}>
              <p class="log__meta">
                {entry.date} · {valueKindLabel(entry.kind)}
              </p>
              {entry.text && <p class="log__text">{entry.text}</p>}
              <button type="button" class="link-button" aria-label={t('popup_value_remove', entry.date, valueKindLabel(entry.kind))} onClick={() => onRemove(entry.id)}>
                {t('popup_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
