/** Options entry: build the model, put the page in the browser's language, and mount it. */
import { render } from 'preact';
import { browser } from '../platform/browser';
import { t } from '../platform/i18n';
import { App } from './App';
import { createOptionsModel } from './model';

const mountPoint = document.getElementById('app');
if (!mountPoint) throw new Error('options.html has no #app element');

// options.html is static English; the tab title and lang follow the catalogs the page renders
// from, so screen readers pronounce the German page as German.
document.title = t('options_title');
document.documentElement.lang = browser.i18n.getUILanguage();

render(<App model={createOptionsModel()} />, mountPoint);
