import { describe, expect, it } from 'vitest';
import { readOrganisationsCsv } from '../../../electron/backend/services/directory/csvRead';
import { AppFailure } from '../../../electron/contract/errors';
import { HEADER_LINES, employerLine, employersCsv } from '../../integration/fixtures/directoryCsv';

const read = (text: string, defaultKind: 'employer' | 'other' = 'employer') =>
  readOrganisationsCsv(Buffer.from(text, 'utf8'), defaultKind);
const unreadable = (text: string | Buffer) => {
  try {
    readOrganisationsCsv(typeof text === 'string' ? Buffer.from(text, 'utf8') : text, 'employer');
  } catch (e) {
    return e instanceof AppFailure && e.code === 'CSV_UNREADABLE' ? e.details?.reasons?.[0] : `other: ${String(e)}`;
  }
  return 'read';
};

describe('reading a CSV list of organisations', () => {
  it('reads the same employer from Kazakh, Russian and English headers', () => {
    const fields = (['kk', 'ru', 'en'] as const).map((h) => read(`${HEADER_LINES[h]}\n${employerLine(0)}\n`).good[0]?.fields);
    expect(fields[0]).toEqual({
      kind: 'employer',
      name: 'ТОО «Нұр-1»',
      address: 'көш. Абай, 1',
      city: 'Алматы',
      district: '1-аудан',
      phone: '+7 701 100 1000',
      email: '',
      contactPerson: '',
      languages: ['kk', 'ru'],
      notes: '',
      sector: 'Құрылыс',
      quotaPlaces: 0,
      quotaUpdatedOn: '2026-10-01',
      vacancies: '',
      wageMin: 120000,
      wageMax: 170000,
      shifts: '2 ауысым',
      acceptsConvictions: false,
    });
    expect(fields[1]).toEqual(fields[0]);
    expect(fields[2]).toEqual(fields[0]);
  });

  it('reports each of twenty bad lines by its line number, field and reason, and keeps the rest', () => {
    const { text, bad } = employersCsv(1000);
    const result = read(text);
    expect(result.lines).toBe(1000);
    expect(result.good).toHaveLength(980);
    expect(result.errorLines).toBe(20);
    expect(result.errors.map((e) => ({ line: e.line, field: e.field, reason: e.reason }))).toEqual(bad);
  });

  it('numbers lines as an editor does when a quoted cell holds line breaks', () => {
    const text = 'Name,Notes,Quota places\r\n"A","two\r\nlines",1\r\n\r\n"B","",x\r\n';
    const result = read(text);
    expect(result.good.map((g) => [g.line, g.fields.notes])).toEqual([[2, 'two\nlines']]);
    expect(result.errors).toEqual([{ line: 5, field: 'quotaPlaces', reason: 'notANumber', value: 'x' }]);
  });

  it('takes the chosen kind for lines without one, and a kind named in any language', () => {
    const text = 'Name;Kind\nA;\nB;Заң көмегі\nC;Юридическая помощь\nD;legal-aid\n';
    expect(read(text, 'other').good.map((g) => g.fields.kind)).toEqual(['other', 'legal-aid', 'legal-aid', 'legal-aid']);
  });

  it('reports a second line of the same kind, name and city as a duplicate of the first', () => {
    const text = 'Наименование,Город\nТОО «Ромашка»,г. Алматы\nРомашка ЖШС,Алматы\nRomashka,Astana\n';
    const result = read(text);
    expect(result.good.map((g) => g.line)).toEqual([2, 4]);
    expect(result.errors).toEqual([{ line: 3, field: 'name', reason: 'duplicateInFile', value: '2' }]);
  });

  it('reads a Windows-1251 file from an older Excel, and strips the export formula guard', () => {
    const cp1251 = Buffer.from([
      0xcd, 0xe0, 0xe8, 0xec, 0xe5, 0xed, 0xee, 0xe2, 0xe0, 0xed, 0xe8, 0xe5, 0x3b, 0xd2, 0xe5, 0xeb, 0x0a, 0xc0, 0x3b, 0x27,
      0x2b, 0x37, 0x0a,
    ]);
    const result = readOrganisationsCsv(cp1251, 'employer');
    expect(result.columns).toEqual([
      { header: 'Наименование', field: 'name' },
      { header: 'Тел', field: 'phone' },
    ]);
    expect(result.good[0]?.fields).toMatchObject({ name: 'А', phone: '+7' });
  });

  it('leaves out columns it does not know and says which', () => {
    const result = read('Name,Рейтинг,City\nA,5,Тараз\n');
    expect(result.ignoredHeaders).toEqual(['Рейтинг']);
    expect(result.good[0]?.fields).toMatchObject({ name: 'A', city: 'Тараз' });
  });

  it('reports a quote that never closes', () => {
    const result = read('Name,City\nA,Тараз\n"B,Тараз\nC,Тараз\n');
    expect(result.good.map((g) => g.line)).toEqual([2]);
    expect(result.errors[0]).toMatchObject({ line: 3, field: null, reason: 'badQuotes' });
  });

  it('refuses a file it cannot use at all, saying why', () => {
    expect(unreadable('')).toBe('empty');
    expect(unreadable('City,Phone\nАлматы,1\n')).toBe('noNameColumn');
    expect(unreadable(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toBe('notText');
    expect(unreadable(`Name\n${'A\n'.repeat(10_002)}`)).toBe('tooManyLines');
    expect(unreadable(Buffer.alloc(5 * 1024 * 1024 + 1, 0x41))).toBe('tooLarge');
  });
});
