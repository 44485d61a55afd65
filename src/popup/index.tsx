/** Popup entry: build the model, listen for deal changes, mount, then load the active tab. */
import { render } from 'preact';
import { App } from './App';
import { createPopupModel } from './model';

const mountPoint = document.getElementById('app');
if (!mountPoint) throw new Error('popup.html has no #app element');

const model = createPopupModel();
// Never removed: the listener lives exactly as long as the popup's document.
model.listen();
render(<App model={model} />, mountPoint);
void model.open();
