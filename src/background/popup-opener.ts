/**
 * Opens the popup for a tab when the rep clicks the page strip. Chrome opens the real popup
 * (action.openPopup); where the browser refuses (Firefox wants the click on its own UI), the same
 * view opens as a small window told which tab it is about (`popup.html?tab=<id>`).
 */
import { browser } from '../platform/browser';

export async function openPopupFor(tabId: number): Promise<void> {
  try {
    await browser.action.openPopup();
  } catch {
    await browser.windows.create({ url: browser.runtime.getURL(`popup.html?tab=${tabId}`), type: 'popup', width: 420, height: 640 });
  }
}
