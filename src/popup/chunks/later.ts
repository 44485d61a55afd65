/**
 * What the deal screen shows only after its first paint (lazy.ts): the keys and the overview below
 * the list, a person's detail, the forms.
 */
// Every part imports the first screen's modules, so that esbuild makes them one chunk (lazy.ts).
import '../mount';

export { Checklist, CoveragePicture, InternalCoaches } from '../overview';
export { KeyHints } from '../views/KeyHints';
export { PersonDetail } from '../views/person/PersonDetail';
export { bankTopic, formNode } from '../screens/forms';
