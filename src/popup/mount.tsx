/** The popup itself, loaded by index.tsx: build the model, listen for deal changes, mount, then load the tab it is about. */
import { render } from 'preact';
import { t } from '../platform/i18n';
import { App } from './App';
import { createPopupModel } from './model';
import type { Opening } from './opening';

/** `opening`: the requests index.tsx started before this module was loaded. */
export function mount(opening: Opening): void {
  const mountPoint = document.getElementById('app');
  if (!mountPoint) throw new Error('popup.html has no #app element');

  // The language the catalog actually speaks (the browser falls back to English for others), so
  // screen readers read German texts with a German voice.
  document.documentElement.lang = t('popup_lang');
  document.title = t('popup_document_title');

  const model = createPopupModel();
  // Never removed: the listener lives exactly as long as the popup's document.
  model.listen();
  // Before the first render: the loading screen renders while the tab's state is on its way.
  void model.open(location.search, opening);
  render(<App model={model} />, mountPoint);
}
