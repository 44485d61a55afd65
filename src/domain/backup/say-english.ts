/**
 * The backup's default voice: English, from the catalogs its texts come from (the CSV reuses the
 * domain's criterion and role names and the popup's yes/no/unknown). The background and the
 * options page pass the browser's i18n instead.
 */
import backup from '../../i18n/en/backup.json';
import gaps from '../../i18n/en/gaps.json';
import labels from '../../i18n/en/labels.json';
import type { Say } from '../say';
import { sayFrom } from '../say-english';

export const englishBackupSay: Say = sayFrom({ ...gaps, ...labels, ...backup });
