/**
 * Requests about the CRM hosts the rep added: the options page adds and removes them (after the
 * browser's permission prompt, which only a page can show), and a content script on such a host
 * asks which CRM it is on.
 */
import { CUSTOM_DOMAINS_MAX, customCrmFor, parseCrmAddress } from '../domain/crm-domains';
import { t } from '../platform/i18n';
import { hasPermissionFor, releasePermissionFor, syncCrmDomainScripts } from './crm-domain-scripts';
import { RequestRejected, requireExtensionPage, requireTab, type Handlers } from './request-context';
import { getSettings, updateSettings } from './settings-store';

type CrmDomainHandlers = Pick<Handlers, 'page/site' | 'crm-domain/add' | 'crm-domain/remove'>;

export const crmDomainHandlers: CrmDomainHandlers = {
  async 'page/site'(_request, context) {
    requireTab(context);
    // The browser's record of the page address, not anything the page could say about itself.
    const hostname = context.pageUrl ? new URL(context.pageUrl).hostname : '';
    return { crm: customCrmFor((await getSettings()).customCrmDomains, hostname) };
  },

  async 'crm-domain/add'({ domain }, context) {
    requireExtensionPage(context);
    // The schema admits any host; the options' own rules (https, not too broad, not built in) hold here too.
    const address = parseCrmAddress(domain.host);
    if (!address.ok || address.host !== domain.host) throw new RequestRejected(t('error_crm_domain_invalid'));
    if (!(await hasPermissionFor(domain.host))) throw new RequestRejected(t('error_crm_domain_no_permission', domain.host));
    const settings = await updateSettings((current) => {
      const others = current.customCrmDomains.filter((existing) => existing.host !== domain.host);
      if (others.length >= CUSTOM_DOMAINS_MAX) throw new RequestRejected(t('error_crm_domain_limit'));
      return { ...current, customCrmDomains: [...others, domain] };
    }, context.now);
    await syncCrmDomainScripts(settings.customCrmDomains);
    return settings;
  },

  async 'crm-domain/remove'({ host }, context) {
    requireExtensionPage(context);
    const settings = await updateSettings(
      (current) => ({ ...current, customCrmDomains: current.customCrmDomains.filter((existing) => existing.host !== host) }),
      context.now,
    );
    await syncCrmDomainScripts(settings.customCrmDomains);
    await releasePermissionFor(host);
    return settings;
  },
};
