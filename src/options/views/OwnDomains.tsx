/**
 * The company's own email domains: a colleague with such an address is proposed as an internal
 * coach, never counted as a buying-side contact.
 */
import { useState } from 'preact/hooks';
import { t } from '../../platform/i18n';
import type { SettingsModel } from '../settings-model';
import { SectionStatus, sectionMessage } from './SectionStatus';
import { Field } from './Field';
import { RemoveButton } from './RemoveButton';

export function OwnDomains({ model }: { model: SettingsModel }) {
  const domains = model.settings.value?.ownEmailDomains ?? [];
  const [draft, setDraft] = useState('');
  const invalid = sectionMessage(model, 'domains')?.kind === 'invalid';
  const submit = (event: Event) => {
    event.preventDefault();
    void model.addOwnDomain(draft).then((saved) => saved && setDraft(''));
  };
  return (
    <section class="card" aria-labelledby="own-domains-title">
      <h2 id="own-domains-title">{t('options_own_domains_heading')}</h2>
      <p>{t('options_own_domains_intro')}</p>
      {domains.length === 0 ? (
        <p>{t('options_own_domains_empty')}</p>
      ) : (
        <ul class="chips">
          {domains.map((domain) => (
            <li key={domain} data-domain={domain}>
              <code>{domain}</code>{' '}
              <RemoveButton what={domain} disabled={model.busy.value} onRemove={() => void model.removeOwnDomain(domain)} />
            </li>
          ))}
        </ul>
      )}
      <form class="domains__form" onSubmit={submit}>
        <Field
          id="own-domain"
          label={t('options_own_domains_label')}
          placeholder="example.com"
          value={draft}
          invalid={invalid}
          describedBy="own-domains-message"
          onValue={setDraft}
        />
        <button type="submit" class="button button--brand" disabled={model.busy.value || model.settings.value === null}>
          {t('options_domain_add')}
        </button>
      </form>
      <SectionStatus model={model} section="domains" id="own-domains-message" />
    </section>
  );
}
