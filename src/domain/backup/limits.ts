/**
 * Bounds far beyond a real rep's pipeline (10,000 contacts is the measured footprint target), so a
 * hostile or broken file cannot make the options page parse or write without limit. Their own
 * module: the message contract checks the file's size without bundling the backup schemas.
 */
export const BACKUP_TEXT_MAX = 64 * 1024 * 1024;
export const BACKUP_DEALS_MAX = 10_000;
