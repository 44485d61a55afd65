/** Options entry: build the model and mount the page. */
import { render } from 'preact';
import { App } from './App';
import { createOptionsModel } from './model';

const mountPoint = document.getElementById('app');
if (!mountPoint) throw new Error('options.html has no #app element');

render(<App model={createOptionsModel()} />, mountPoint);
