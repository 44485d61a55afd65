/** The popup off a CRM page (lazy.ts): every tracked deal, worst gaps first. */
// Every part imports the first screen's modules, so that esbuild makes them one chunk (lazy.ts).
import '../mount';

export { Pipeline } from '../pipeline';
