/**
 * Content script entry: runs on the CRM's pages (manifest matches), reads every opportunity shown
 * and keeps its badges current. The session follows single-page navigation on its own.
 */
import { startPageSession } from './page-session';

startPageSession(new AbortController().signal);
