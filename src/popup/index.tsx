/**
 * Popup entry: asks which tab this is and what it shows, then imports the popup itself, which
 * mounts (mount.tsx). An ES module runs only once every module it imports statically is loaded
 * and evaluated, so the popup is an import() here: the requests go out as soon as this small
 * module runs, while preact, the schemas and the first screen are still being evaluated (issue 8,
 * figure 4). popup.html preloads their chunks (build.mjs), so nothing waits on one import after
 * another. This is the popup's first load; only what comes after its first screen loads later
 * (lazy.ts).
 */
import { opening } from './start';

void import('./mount').then(({ mount }) => mount(opening));
