/**
 * Keys the overview and the pipeline build at run time (plural forms), which the meta-test's
 * literal `t('…')` scan cannot see, exist in every locale; and each surface keeps to its prefix.
 */
import { expect, test } from 'vitest';
import { catalog } from '../../fakes/i18n';

const PLURAL_BASES = ['pipeline_critical', 'pipeline_warning', 'pipeline_coaches'];

test.each(['en', 'de'])('plural forms exist in %s', (locale) => {
  const messages = catalog(locale);
  const keys = PLURAL_BASES.flatMap((base) => [`${base}_one`, `${base}_other`]);
  expect(keys.filter((key) => !messages[key]?.includes('$1'))).toEqual([]);
});

test('German texts are translated, not copied (beyond the few words both languages share)', () => {
  const en = catalog('en');
  const de = catalog('de');
  const same = Object.keys(en).filter((key) => /^(overview|pipeline|options)_/.test(key) && en[key] === de[key]);
  // Product names, and words German shares with English ("Coach", "Name", "CRM", "Status").
  expect(same.sort()).toEqual([
    'options_crm_dynamics',
    'options_crm_salesforce',
    'options_domains_column_crm',
    'options_domains_column_status',
    'overview_coverage_kind_coach',
    'overview_internal_field_name',
  ]);
});
