/**
 * The popup's first act (index.tsx): starts asking which tab this is and what it shows before
 * preact, the schemas or any view is evaluated, so both requests are out meanwhile. Nothing else
 * imports this module (its import starts the requests).
 */
import { startOpening } from './opening';

export const opening = startOpening(location.search);
