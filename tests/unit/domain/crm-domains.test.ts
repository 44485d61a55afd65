import { describe, expect, test } from 'vitest';
import { coversHost, customCrmFor, isBuiltInHost, matchPatternOf, parseCrmAddress } from '../../../src/domain/crm-domains';
import { settingsSchema } from '../../../src/domain/settings';

describe('parseCrmAddress: what the rep types becomes one https host', () => {
  test.each([
    ['crm.contoso.com', 'crm.contoso.com'],
    ['  CRM.Contoso.COM  ', 'crm.contoso.com'],
    ['crm.contoso.com.', 'crm.contoso.com'],
    ['https://crm.contoso.com', 'crm.contoso.com'],
    ['https://crm.contoso.com/ContosoOrg/main.aspx?etn=opportunity&pagetype=entityrecord&id=1', 'crm.contoso.com'],
    ['*.contoso.com', '*.contoso.com'],
    ['https://*.contoso.com/', '*.contoso.com'],
    ['sales-eu.crm.fabrikam.co.uk', 'sales-eu.crm.fabrikam.co.uk'],
    ['https://bücher.example/crm', 'xn--bcher-kva.example'],
  ])('%s → %s', (input, host) => {
    expect(parseCrmAddress(input)).toEqual({ ok: true, host });
  });

  test.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['http://crm.contoso.com', 'not-https'],
    ['ftp://crm.contoso.com', 'not-https'],
    ['javascript://alert(1)', 'not-https'],
    ['crm.contoso.com/path', 'not-a-host'],
    ['crm.contoso.com:8443', 'not-a-host'],
    ['https://crm.contoso.com:8443/', 'not-a-host'],
    ['https://user:pw@crm.contoso.com/', 'not-a-host'],
    ['localhost', 'not-a-host'],
    ['10.0.0.12', 'not-a-host'],
    ['https://10.0.0.12/', 'not-a-host'],
    ['*', 'not-a-host'],
    ['crm.*.com', 'not-a-host'],
    ['<script>.com', 'not-a-host'],
    ['a'.repeat(64) + '.com', 'not-a-host'],
    ['*.com', 'too-broad'],
    ['*.co.uk', 'too-broad'],
    ['acme.lightning.force.com', 'built-in'],
    ['*.my.salesforce.com', 'built-in'],
    ['https://contoso.crm4.dynamics.com/main.aspx', 'built-in'],
    ['*.dynamics.com', 'built-in'],
    ['*.hubspot.com', 'built-in'],
    ['salesforce.com', 'built-in'],
  ])('%j is refused: %s', (input, problem) => {
    expect(parseCrmAddress(input)).toEqual({ ok: false, problem });
  });

  test('the permission and the content script ask for that host’s https pages only', () => {
    expect(matchPatternOf('crm.contoso.com')).toBe('https://crm.contoso.com/*');
    expect(matchPatternOf('*.contoso.com')).toBe('https://*.contoso.com/*');
  });
});

describe('which CRM a page host was declared as', () => {
  const domains = [
    { host: 'crm.contoso.com', crm: 'dynamics' as const },
    { host: '*.fabrikam.com', crm: 'salesforce' as const },
  ];

  test.each([
    ['crm.contoso.com', 'dynamics'],
    ['CRM.CONTOSO.COM', 'dynamics'],
    ['eu.crm.contoso.com', null],
    ['contoso.com', null],
    ['fabrikam.com', 'salesforce'],
    ['sales.fabrikam.com', 'salesforce'],
    ['evilfabrikam.com', null],
    ['fabrikam.com.evil.example', null],
  ])('%s → %s', (hostname, crm) => {
    expect(customCrmFor(domains, hostname)).toBe(crm);
  });

  test('an exact host covers only itself', () => {
    expect(coversHost(domains[0]!, 'crm.contoso.com')).toBe(true);
    expect(coversHost(domains[0]!, 'x.crm.contoso.com')).toBe(false);
  });

  test('the manifest’s own hosts are recognised without asking', () => {
    expect(isBuiltInHost('acme.lightning.force.com')).toBe(true);
    expect(isBuiltInHost('acme--uat.sandbox.my.salesforce.com')).toBe(true);
    expect(isBuiltInHost('app-eu1.hubspot.com')).toBe(true);
    expect(isBuiltInHost('contoso.crm4.dynamics.com')).toBe(true);
    expect(isBuiltInHost('crm.contoso.com')).toBe(false);
    expect(isBuiltInHost('lightning.force.com.evil.example')).toBe(false);
  });
});

describe('settings keep the added addresses valid', () => {
  test('defaults to none', () => {
    expect(settingsSchema.parse({}).customCrmDomains).toEqual([]);
  });

  test('refuses a host twice, an unknown CRM, a malformed host and more than 20', () => {
    const twice = [{ host: 'crm.contoso.com', crm: 'dynamics' }, { host: 'crm.contoso.com', crm: 'salesforce' }];
    expect(settingsSchema.safeParse({ customCrmDomains: twice }).success).toBe(false);
    expect(settingsSchema.safeParse({ customCrmDomains: [{ host: 'crm.contoso.com', crm: 'hubspot' }] }).success).toBe(false);
    expect(settingsSchema.safeParse({ customCrmDomains: [{ host: 'https://crm.contoso.com/*', crm: 'dynamics' }] }).success).toBe(false);
    const many = Array.from({ length: 21 }, (_, i) => ({ host: `crm${i}.contoso.com`, crm: 'dynamics' }));
    expect(settingsSchema.safeParse({ customCrmDomains: many }).success).toBe(false);
    expect(settingsSchema.safeParse({ customCrmDomains: many.slice(0, 20) }).success).toBe(true);
  });
});
