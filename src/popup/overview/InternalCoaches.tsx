/**
 * Internal coaches of this deal (framework principle 5, step 4): colleagues who provide access,
 * credibility or information. They never count as coaches for the one-legged-stool rule, but their
 * access covers buying influences, so whom they reach is shown and editable right here.
 * Colleagues the page lists with an email on the rep's own domains are offered in one click.
 */
import { useId, useState } from 'preact/hooks';
import { noAccess } from '../../domain/entries';
import type { Access, InternalCoach } from '../../domain/network';
import type { PersonKey } from '../../domain/records';
import type { DealView } from '../../domain/view-schema';
import { t } from '../../platform/i18n';
import { AccessFields, accessSummary } from './AccessFields';
import { InternalCoachForm } from './InternalCoachForm';
import { listOf } from '../../domain/say';
import { newInternalCoachKey } from './internal-coach-form';

export interface InternalCoachesProps {
  deal: DealView;
  onAdd(coach: InternalCoach): void;
  onRemove(key: PersonKey): void;
  onSetAccess(key: PersonKey, access: Access): void;
}

type Listed = DealView['internalCoaches'][number];
type Proposal = DealView['internalCoachProposals'][number];

export function InternalCoaches({ deal, onAdd, onRemove, onSetAccess }: InternalCoachesProps) {
  const id = useId();
  const [editing, setEditing] = useState<PersonKey | null>(null);
  return (
    <section class="overview internal" aria-labelledby={`${id}-heading`}>
      <h2 class="overview__title" id={`${id}-heading`}>
        {t('overview_internal_heading')}
      </h2>
      <p class="overview__note">{t('overview_internal_intro')}</p>
      {deal.internalCoaches.length === 0 ? (
        <p class="overview__empty" data-internal-empty>
          {t('overview_internal_none')}
        </p>
      ) : (
        <ul class="internal__list">
          {deal.internalCoaches.map((coach) => (
            <CoachItem
              key={coach.key}
              coach={coach}
              deal={deal}
              editing={editing === coach.key}
              onEdit={(on) => setEditing(on ? coach.key : null)}
              onRemove={() => onRemove(coach.key)}
              onSetAccess={(access) => {
                setEditing(null);
                onSetAccess(coach.key, access);
              }}
            />
          ))}
        </ul>
      )}
      {deal.internalCoachProposals.length > 0 && <Proposals deal={deal} onAdd={onAdd} headingId={`${id}-proposals`} />}
      <details class="internal__add">
        <summary>{t('overview_internal_add_heading')}</summary>
        <InternalCoachForm deal={deal} onAdd={onAdd} />
      </details>
    </section>
  );
}

interface CoachItemProps {
  coach: Listed;
  deal: DealView;
  editing: boolean;
  onEdit(on: boolean): void;
  onRemove(): void;
  onSetAccess(access: Access): void;
}

function CoachItem({ coach, deal, editing, onEdit, onRemove, onSetAccess }: CoachItemProps) {
  const reach = accessSummary(coach.access, deal);
  return (
    <li class="internal__coach" data-internal-coach={coach.key}>
      <div class="internal__who">
        <span class="internal__name">{coach.name}</span>
        {coach.title && <span class="internal__meta">{coach.title}</span>}
        {coach.email && <span class="internal__meta">{coach.email}</span>}
        <span class="internal__reach" data-internal-reach>
          {reach.length > 0 ? t('overview_internal_reaches', listOf(t, reach)) : t('overview_internal_reaches_nobody')}
        </span>
      </div>
      {editing ? (
        <AccessEditor coach={coach} deal={deal} onSave={onSetAccess} onCancel={() => onEdit(false)} />
      ) : (
        <div class="internal__actions">
          <button type="button" class="button" data-action="edit-access" aria-label={t('overview_internal_edit_label', coach.name)} onClick={() => onEdit(true)}>
            {t('overview_internal_edit')}
          </button>
          <button type="button" class="button button--danger" data-action="remove" aria-label={t('overview_internal_remove_label', coach.name)} onClick={onRemove}>
            {t('overview_internal_remove')}
          </button>
        </div>
      )}
    </li>
  );
}

/** Edits a copy: nothing reaches the background until Save, and Cancel leaves the access as it was. */
function AccessEditor({ coach, deal, onSave, onCancel }: { coach: Listed; deal: DealView; onSave(access: Access): void; onCancel(): void }) {
  const [draft, setDraft] = useState<Access>(coach.access);
  return (
    <form
      class="form internal__editor"
      data-access-editor={coach.key}
      aria-label={t('overview_internal_edit_label', coach.name)}
      onSubmit={(event) => {
        event.preventDefault();
        onSave(draft);
      }}
    >
      <AccessFields value={draft} contacts={deal.contacts} onChange={setDraft} />
      <div class="internal__actions">
        <button type="submit" class="button button--brand">
          {t('overview_internal_save')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t('overview_internal_cancel')}
        </button>
      </div>
    </form>
  );
}

function Proposals({ deal, onAdd, headingId }: { deal: DealView; onAdd(coach: InternalCoach): void; headingId: string }) {
  return (
    <div class="internal__proposals" data-internal-proposals>
      <h3 class="internal__subtitle" id={headingId}>
        {t('overview_internal_proposals_heading')}
      </h3>
      <ul class="internal__list" aria-labelledby={headingId}>
        {deal.internalCoachProposals.map((proposal) => (
          <li key={proposal.key} class="internal__coach" data-internal-proposal={proposal.key}>
            <div class="internal__who">
              <span class="internal__name">{proposal.name}</span>
              <span class="internal__meta">{proposal.email}</span>
            </div>
            <button
              type="button"
              class="button button--brand"
              aria-label={t('overview_internal_propose_label', proposal.name)}
              onClick={() => onAdd(fromProposal(proposal, deal))}
            >
              {t('overview_internal_propose')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A proposal is a contact on the page; the internal coach gets its own `internal:` key because the
 * background refuses a key that is already a person of the deal (actions.ts, add-internal-coach).
 */
export function fromProposal(proposal: Proposal, deal: Pick<DealView, 'contacts'>, now: Date = new Date()): InternalCoach {
  const title = deal.contacts.find((c) => c.key === proposal.key)?.title ?? null;
  // Page text is bounded by the page-read schema, not by internalCoachSchema: clip to the latter.
  return {
    key: newInternalCoachKey(),
    name: proposal.name.slice(0, 200),
    email: proposal.email.slice(0, 320),
    title: title === null ? null : title.slice(0, 200),
    access: noAccess(),
    addedAt: now.toISOString(),
  };
}
