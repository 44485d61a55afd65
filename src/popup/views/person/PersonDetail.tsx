/**
 * One person of the deal in full (Enter on their row): the criteria with their evidence, the role
 * and sponsor flag, personal Win against the organization's Result, access, the intelligence and
 * value-given logs, and what the framework warns about this person. Esc goes back to the list.
 */
import type { ComponentChildren } from 'preact';
import type { Criterion, CriterionValue } from '../../../domain/criteria';
import type { Access, RoleOverride } from '../../../domain/network';
import type { RecordKey } from '../../../domain/records';
import { t } from '../../../platform/i18n';
import { criterionLabel } from '../../../ui/labels';
import type { FormKind } from '../../model/drafts';
import type { PersonDetailData } from '../../model/person';
import { RoleLine } from '../ContactRow';
import { CriteriaToggles } from '../CriterionToggle';
import { StatusBadge } from '../StatusBadge';
import { AccessSection, IntelligenceLog, RoleSection, ValueLog, Warnings, WinSection } from './PersonSections';

export interface PersonActions {
  onBack: () => void;
  onSet: (criterion: Criterion, value: CriterionValue) => void;
  onEvidence: (criterion: Criterion) => void;
  onSponsor: () => void;
  onRole: (role: RoleOverride) => void;
  onAccess: (access: Access) => void;
  onEditWin: () => void;
  onIntelligence: () => void;
  onValue: () => void;
  onRemoveIntelligence: (id: string) => void;
  onRemoveValue: (id: string) => void;
}

export interface PersonDetailProps extends PersonActions {
  detail: PersonDetailData;
  nameOf: (key: RecordKey) => string;
  /** The open form, shown in the section it belongs to. */
  form: { kind: FormKind; node: ComponentChildren } | null;
  /** A failed criterion save of this person, and a refused other change. */
  failure: { criterion: Criterion; message: string } | null;
  editFailure: string | null;
}

export function PersonDetail({ detail, nameOf, form, failure, editFailure, ...actions }: PersonDetailProps) {
  const { contact } = detail;
  const formFor = (kind: FormKind) => (form?.kind === kind ? form.node : null);
  return (
    <section class="person" data-view="person" data-key={contact.key} tabIndex={-1} aria-labelledby="person-name">
      <div class="person__bar">
        <button type="button" class="link-button" data-action="back" aria-keyshortcuts="Escape" onClick={actions.onBack}>
          <span aria-hidden="true">← </span>
          {t('popup_person_back')}
        </button>
      </div>
      <div class="person__head">
        <div class="contact__who">
          <h2 class="person__name" id="person-name">
            {contact.name}
          </h2>
          {contact.title && <span class="contact__title">{contact.title}</span>}
          <RoleLine contact={contact} />
        </div>
        <StatusBadge status={contact.status} criteria={contact.criteria} />
      </div>
      {editFailure && (
        <p class="contact__error" role="alert" data-edit-error>
          {t('popup_edit_failed', editFailure)}
        </p>
      )}
      <Warnings name={contact.name} warnings={detail.warnings} nameOf={nameOf} />
      <section class="person__section" aria-labelledby="person-criteria">
        <h3 id="person-criteria">{t('popup_person_criteria')}</h3>
        <CriteriaToggles criteria={contact.criteria} onSet={actions.onSet} onEvidence={actions.onEvidence} />
        {failure && (
          <p class="contact__error" role="alert">
            {t('popup_save_failed', criterionLabel(failure.criterion), failure.message)}
          </p>
        )}
        {formFor('evidence')}
      </section>
      <RoleSection contact={contact} onRole={actions.onRole} onSponsor={actions.onSponsor} />
      <WinSection contact={contact} form={formFor('win')} onEdit={actions.onEditWin} />
      <AccessSection contact={contact} others={detail.others} onAccess={actions.onAccess} />
      <IntelligenceLog entries={detail.intelligence} nameOf={nameOf} form={formFor('intelligence')} onAdd={actions.onIntelligence} onRemove={actions.onRemoveIntelligence} />
      <ValueLog entries={detail.valueGiven} form={formFor('value')} onAdd={actions.onValue} onRemove={actions.onRemoveValue} />
    </section>
  );
}
