/**
 * The CSV of the network opens cleanly in a spreadsheet: every special character is quoted the
 * RFC 4180 way, the file starts with a UTF-8 byte-order mark and ends lines with CRLF, and no cell
 * can start a formula.
 */
import { describe, expect, test } from 'vitest';
import { csvCell, csvText } from '../../../src/domain/backup/csv';
import { networkCsv } from '../../../src/domain/backup/network-csv';
import { readContents } from '../../../src/domain/backup/contents';
import { sayFrom } from '../../../src/domain/say-english';
import { dealSchema } from '../../../src/domain/network';
import { settingsSchema } from '../../../src/domain/settings';
import { catalog } from '../fakes/i18n';
import { loadStore } from '../migrations/fixtures';
import { englishBackupSay } from '../../../src/domain/backup/say-english';

/** A strict RFC 4180 reader, to prove what a spreadsheet reads back. */
function readCsv(text: string, delimiter = ','): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 1;
  while (i < text.length) {
    if (text[i] === '"' && cell === '') {
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') (cell += '"'), (i += 2);
        else if (text[i] === '"') break;
        else if (i >= text.length) throw new Error('unterminated quote');
        else cell += text[i++];
      }
      i++;
      expect([delimiter, '\r']).toContain(text[i]);
    } else if (text[i] === delimiter) {
      row.push(cell), (cell = ''), i++;
    } else if (text[i] === '\r') {
      expect(text[i + 1]).toBe('\n');
      row.push(cell), rows.push(row), (row = []), (cell = ''), (i += 2);
    } else {
      expect(text[i]).not.toBe('\n');
      expect(text[i]).not.toBe('"');
      cell += text[i++];
    }
  }
  expect(cell).toBe('');
  expect(row).toEqual([]);
  return rows;
}

describe('a cell', () => {
  test.each([
    ['plain text stays as it is', 'Colm Gallagher', 'Colm Gallagher'],
    ['an empty cell stays empty', '', ''],
    ['a comma is quoted', 'Finance, Deputy GM', '"Finance, Deputy GM"'],
    ['a quote is doubled and quoted', 'said "only if under budget"', '"said ""only if under budget"""'],
    ['a line break is kept inside quotes', 'line one\nline two', '"line one\nline two"'],
    ['CRLF inside a cell is kept inside quotes', 'one\r\ntwo', '"one\r\ntwo"'],
    ['a lone CR is quoted', 'one\rtwo', '"one\rtwo"'],
    ['a semicolon or tab inside needs no quotes', 'a;b\tc', 'a;b\tc'],
    ['non-Latin names pass unchanged', 'Zhāng Wěi 张伟 · Ольга Смирнова · Jürgen Weiß', 'Zhāng Wěi 张伟 · Ольга Смирнова · Jürgen Weiß'],
    ['an emoji passes unchanged', 'Coach 🚀', 'Coach 🚀'],
  ])('%s', (_, text, cell) => expect(csvCell(text)).toBe(cell));

  test.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1 555 0100', "'+1 555 0100"],
    ['-20% downtime', "'-20% downtime"],
    ['@Priya decides', "'@Priya decides"],
    ['\tindented', "'\tindented"],
    ['\rcarriage', '"\'\rcarriage"'],
    ['\nnew line', '"\'\nnew line"'],
    ['＝HYPERLINK("http://evil")', '"\'＝HYPERLINK(""http://evil"")"'],
    ['=HYPERLINK("http://evil.example","click"),', '"\'=HYPERLINK(""http://evil.example"",""click""),"'],
  ])('a cell starting a formula (%j) is disarmed with a quote mark', (text, cell) => expect(csvCell(text)).toBe(cell));

  test('the guard only looks at the first character', () => {
    expect(csvCell('Budget = €88k')).toBe('Budget = €88k');
    expect(csvCell('x@example.com')).toBe('x@example.com');
  });
});

test('a file is a BOM, then rows ended by CRLF, and reads back cell for cell', () => {
  const rows = [
    ['Deal', 'Evidence'],
    ['Ashgrove, "Depot"', 'Walked us through:\n1. depot heads\r\n2. the board'],
    ['', '=1+1'],
  ];
  const text = csvText(rows);
  expect(text).toBe('\uFEFFDeal,Evidence\r\n"Ashgrove, ""Depot""","Walked us through:\n1. depot heads\r\n2. the board"\r\n,\'=1+1\r\n');
  expect(readCsv(text)).toEqual([rows[0], rows[1], ['', "'=1+1"]]);
  expect([...new TextEncoder().encode(text).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
});

describe('the network of the stored deals', () => {
  const store = loadStore('v1-store.json');
  const { contents } = readContents(store);
  const deals = [...contents.deals.values()];
  const settings = settingsSchema.parse(store.settings);
  const rows = readCsv(networkCsv(deals, settings, englishBackupSay));

  test('has a header, then one row per current contact and internal coach of every deal, deals by name', () => {
    expect(rows[0]).toEqual([
      'Deal', 'Account', 'Person', 'Title', 'Buying influence',
      'Wants our solution', 'Wants our solution: evidence', 'Has credibility', 'Has credibility: evidence', 'Willing to guide', 'Willing to guide: evidence',
      'Status', 'Access', 'Last intelligence', 'Last intelligence: note', 'Last value given', 'Last value given: what',
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[2]])).toEqual([
      ['Ashgrove Transit – Depot Maintenance Analytics', 'Colm Gallagher'],
      ['Ashgrove Transit – Depot Maintenance Analytics', 'Priya Raghunathan'],
      ['Ashgrove Transit – Depot Maintenance Analytics', 'Zhāng Wěi 张伟'],
      ['Ashgrove Transit – Depot Maintenance Analytics', 'Maya Lindqvist'],
      ['Brightwater Utilities, Grid Analytics "Renewal"', 'Jürgen Weiß'],
      ['Brightwater Utilities, Grid Analytics "Renewal"', 'Aylin Öztürk'],
      ['Kestrel Foods – Plant Quality Platform', 'Saoirse Ní Bhriain'],
    ]);
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
  });

  test('a coach’s row: role, criteria with multi-line evidence, status, access by name, latest logs', () => {
    const colm = rows.find((r) => r[2] === 'Colm Gallagher')!;
    expect(colm).toEqual([
      'Ashgrove Transit – Depot Maintenance Analytics',
      'Ashgrove Regional Transit Authority',
      'Colm Gallagher',
      'Director of Fleet Maintenance',
      'User Buyer',
      'Yes', 'Asked for the pilot unprompted.',
      'Yes', 'The GM quotes his depot numbers in every board pack.',
      'Yes', 'Walked us through the approval steps:\n1. depot heads\n2. finance committee, "only if under budget"\n3. the board',
      'Coach',
      'Economic Buyer and Priya Raghunathan',
      '2026-10-14', 'Board meets on the 2nd Tuesday;\r\nthe finance committee a week before.',
      '2026-10-16', "'+ intro to the Harbour Rail fleet manager",
    ]);
  });

  test('the rep’s role override, a friendly contact, the role table of the settings and an internal coach', () => {
    const zhang = rows.find((r) => r[2] === 'Zhāng Wěi 张伟')!;
    expect([zhang[4], zhang[5], zhang[7], zhang[9], zhang[11]]).toEqual(['Technical Buyer', 'No', 'Yes', 'Unknown', 'Friendly, not a coach']);
    // "Wirtschaftlicher Entscheider" maps to economic only through the rep's own role table.
    expect(rows.find((r) => r[2] === 'Jürgen Weiß')![4]).toBe('Economic Buyer');
    expect(rows.find((r) => r[2] === 'Aylin Öztürk')!.slice(4, 12)).toEqual(['User Buyer', 'Unknown', '', 'Unknown', '', 'Unknown', '', 'Not assessed']);
    const maya = rows.find((r) => r[2] === 'Maya Lindqvist')!;
    expect(maya.slice(3, 15)).toEqual(['CFO', 'Internal coach', '', '', '', '', '', '', 'Internal coach', 'Economic Buyer', '2026-10-15', "'@Priya decides, per Maya's CFO peer group."]);
  });

  test('a contact who left the list is not a row; an empty store is just the header', () => {
    expect(rows.some((r) => r[2] === 'Ольга Смирнова')).toBe(false);
    expect(readCsv(networkCsv([], settings, englishBackupSay))).toHaveLength(1);
  });

  test('a German rep gets German headers and words, separated by semicolons as German Excel reads them', () => {
    const text = networkCsv(deals, settings, sayFrom(catalog('de')));
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFFOpportunity;Account;Person;/);
    const german = readCsv(text, ';');
    expect(german[0]!.slice(0, 6)).toEqual(['Opportunity', 'Account', 'Person', 'Position', 'Kaufeinfluss', 'Will unsere Lösung']);
    expect(german.find((r) => r[2] === 'Colm Gallagher')!.slice(4, 6)).toEqual(['Anwender', 'Ja']);
  });

  test('any text the page or the rep wrote that starts a formula is disarmed', () => {
    const deal = dealSchema.parse(store['deal:salesforce:0068V00000kQ3wZQAS']);
    const colm = deal.contacts['salesforce:0038V00001cWq5JQAS']!;
    const hostile = {
      ...deal,
      opportunity: { ...deal.opportunity, name: '=cmd|"/c calc"!A1', account: { id: null, name: '@SUM(1+1)' } },
      contacts: { ...deal.contacts, 'salesforce:0038V00001cWq5JQAS': { ...colm, page: { ...colm.page, name: '-2+3', title: '+Director' } } },
    };
    const row = readCsv(networkCsv([hostile], settings, englishBackupSay)).find((r) => r[2] === "'-2+3")!;
    expect(row.slice(0, 4)).toEqual(['\'=cmd|"/c calc"!A1', "'@SUM(1+1)", "'-2+3", "'+Director"]);
  });
});

describe('the separator', () => {
  test('a cell holding the separator in use is quoted; the other separator is plain text', () => {
    expect(csvCell('Raman; Priya', ';')).toBe('"Raman; Priya"');
    expect(csvCell('Raman; Priya')).toBe('Raman; Priya');
    expect(csvCell('Raman, Priya', ';')).toBe('Raman, Priya');
    expect(csvText([['a;b', 'c']], ';')).toBe('\uFEFF"a;b";c\r\n');
  });
});
