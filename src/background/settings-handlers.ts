/**
 * The options page reads and changes the rep's settings. A change applies to open tabs at once:
 * every deal on screen is re-derived under the new settings and pushed to its badges and toolbar.
 */
import { getDeal } from './store';
import { broadcastDeal } from './broadcast';
import { requireExtensionPage, type Handlers } from './request-context';
import { getSettings, updateSettings } from './settings-store';
import { dealsShown } from './tab-state';
import { forgetAllTabViews, nextViewOrder } from './tab-views';
import { viewOf } from './view-of';

type SettingsHandlers = Pick<Handlers, 'settings/get' | 'settings/update'>;

export const settingsHandlers: SettingsHandlers = {
  async 'settings/get'(_request, context) {
    requireExtensionPage(context);
    return getSettings();
  },

  async 'settings/update'({ change }, context) {
    requireExtensionPage(context);
    // Every stored view was derived under the old settings: none may open a popup from now on,
    // nor may one computed before the new settings are in (hence again after the write).
    await forgetAllTabViews();
    const settings = await updateSettings((current) => ({ ...current, ...change }), context.now);
    await forgetAllTabViews();
    for (const key of await dealsShown()) {
      const stateOrder = nextViewOrder();
      const deal = await getDeal(key, context.now);
      if (deal) await broadcastDeal(await viewOf(deal, context.now), stateOrder);
    }
    return settings;
  },
};
