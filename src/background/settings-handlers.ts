/**
 * The options page reads and changes the rep's settings. A change applies to open tabs at once:
 * every deal on screen is re-derived under the new settings and pushed to its badges and toolbar.
 */
import { getDeal } from './store';
import { broadcastDeal } from './broadcast';
import { requireExtensionPage, type Handlers } from './request-context';
import { getSettings, updateSettings } from './settings-store';
import { dealsShown } from './tab-state';
import { viewOf } from './view-of';

type SettingsHandlers = Pick<Handlers, 'settings/get' | 'settings/update'>;

export const settingsHandlers: SettingsHandlers = {
  async 'settings/get'(_request, context) {
    requireExtensionPage(context);
    return getSettings();
  },

  async 'settings/update'({ change }, context) {
    requireExtensionPage(context);
    const settings = await updateSettings((current) => ({ ...current, ...change }), context.now);
    for (const key of await dealsShown()) {
      const deal = await getDeal(key, context.now);
      if (deal) await broadcastDeal(await viewOf(deal, context.now));
    }
    return settings;
  },
};
