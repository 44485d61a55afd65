/**
 * The popup's first act, imported first by index.tsx: ES modules are evaluated in import order, so
 * this runs before preact, the schemas or any view is evaluated, and the tab's state is on its way
 * meanwhile. Nothing else imports this module (its import starts the requests).
 */
import { startOpening } from './opening';

export const opening = startOpening(location.search);
