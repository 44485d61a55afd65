/** The popup on an opportunity page that could not be read (lazy.ts). */
// Every part imports the first screen's modules, so that esbuild makes them one chunk (lazy.ts).
import '../mount';

export { UnreadableNote } from '../views/UnreadableNote';
