/** The live region under a settings section: saved, or why not, in the rep's words. */
import { t } from '../../platform/i18n';
import type { SettingsMessage, SettingsModel, SettingsProblem, SettingsSection } from '../settings-model';

const PROBLEM_TEXT: Record<SettingsProblem, () => string> = {
  'stale-days': () => t('options_problem_stale_days'),
  'email-domain': () => t('options_problem_email_domain'),
  'domain-limit': () => t('options_problem_domain_limit'),
  'role-text': () => t('options_problem_role_text'),
};

function text(message: SettingsMessage): string {
  if (message.kind === 'saved') return t('options_saved');
  return message.kind === 'invalid' ? PROBLEM_TEXT[message.problem]() : message.error;
}

/** The message of this section, or null: a field uses it for aria-invalid. */
export function sectionMessage(model: SettingsModel, section: SettingsSection): SettingsMessage | null {
  const message = model.message.value;
  return message?.section === section ? message : null;
}

export function SectionStatus({ model, section, id }: { model: SettingsModel; section: SettingsSection; id: string }) {
  const message = sectionMessage(model, section);
  return (
    <p id={id} class={message && message.kind !== 'saved' ? 'form__error' : 'domains__status'} role="status">
      {message ? text(message) : ''}
    </p>
  );
}
