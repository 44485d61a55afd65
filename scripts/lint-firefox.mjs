// web-ext lint of dist/firefox (the checks addons.mozilla.org runs). Errors always fail. Warnings
// fail too, except the ones listed here with the reason they are safe.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/**
 * Warnings that would be accepted, each with the reason it is safe. None today: preact's one
 * innerHTML assignment, the only warning there was, is compiled out (build.mjs).
 * @type {Array<{ code: string, files: string[], why: string }>}
 */
const ACCEPTED_WARNINGS = [];

const { stdout } = await promisify(execFile)(
  'npx',
  ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--self-hosted=false', '--output=json', '--no-config-discovery'],
  { maxBuffer: 16 * 1024 * 1024 },
).catch((error) => ({ stdout: error.stdout }));
const report = JSON.parse(stdout);
const accepted = (m) => ACCEPTED_WARNINGS.some((a) => a.code === m.code && a.files.includes(m.file));
const failures = [...report.errors, ...report.warnings.filter((m) => !accepted(m))];
for (const m of failures) console.error(`✗ ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}`);
const waived = report.warnings.filter(accepted);
console.log(`web-ext lint dist/firefox: ${report.errors.length} errors, ${report.warnings.length} warnings (${waived.length} accepted: ${[...new Set(waived.map((m) => m.code))].join(', ') || 'none'}), ${report.notices.length} notices`);
if (failures.length > 0) process.exit(1);
