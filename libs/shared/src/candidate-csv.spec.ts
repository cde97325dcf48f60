import { describe, expect, it } from '@jest/globals';
import { CANDIDATE_CSV_HEADERS, candidateCsvCells, candidateCsvHeader, formatMoneyUnits, isCsvReasonHeader, readCandidateCsvRow, type CandidateCsvHeader } from './candidate-csv.js';
import { enumFromText } from './labels.js';

const cells = (row: Record<string, string>) => Object.entries(row).map(([h, v]) => [candidateCsvHeader(h)!, v] as const satisfies readonly [CandidateCsvHeader, string]);

describe('candidate CSV', () => {
  it('knows a column by its readable header or its API field, in any case', () => {
    expect(candidateCsvHeader('Day rate')).toMatchObject({ header: 'Day rate', minorUnits: false, column: { field: 'dayRateMinor' } });
    expect(candidateCsvHeader('day_rate')).toMatchObject({ minorUnits: false, column: { field: 'dayRateMinor' } });
    expect(candidateCsvHeader('dayRateMinor')).toMatchObject({ minorUnits: true, column: { field: 'dayRateMinor' } });
    expect(candidateCsvHeader('E-mail')?.column.field).toBe('email');
    expect(candidateCsvHeader('email')?.column.field).toBe('email');
    expect(candidateCsvHeader('Allocation (%)')?.column.field).toBe('allocation');
    expect(candidateCsvHeader('consentGivenAt')?.column.field).toBe('consentGivenAt');
    expect(candidateCsvHeader('Consent given')?.column.field).toBe('consentGivenAt');
    expect(candidateCsvHeader('Shoe size')).toBeNull();
    expect(isCsvReasonHeader('reason')).toBe(true);
  });

  it('reads enum labels and codes alike', () => {
    expect(enumFromText('CandidateKind', 'Permanent seeker')).toBe('PERMANENT_SEEKER');
    expect(enumFromText('CandidateKind', 'PERMANENT_SEEKER')).toBe('PERMANENT_SEEKER');
    expect(enumFromText('Seniority', ' mid-level ')).toBe('MID');
    expect(enumFromText('Seniority', 'Guru')).toBeNull();
  });

  it('reads readable cells: labels, money in units by the currency, percentages, lists', () => {
    const row = readCandidateCsvRow(cells({ Kind: 'Permanent seeker', Seniority: 'Mid-level', 'Day rate': '650.50', Salary: '85000', Currency: 'eur', 'Allocation (%)': '80%', Tags: 'a; b;', Phone: '' }));
    expect(row.reasons).toEqual([]);
    expect(row.values).toEqual({ kind: 'PERMANENT_SEEKER', seniority: 'MID', dayRateMinor: 65050, salaryMinor: 8500000, currency: 'EUR', allocation: 80, tags: ['a', 'b'] });
    expect(readCandidateCsvRow(cells({ 'Day rate': '5000', Currency: 'JPY' })).values).toEqual({ dayRateMinor: 5000, currency: 'JPY' });
  });

  it('reads machine cells: codes and minor units', () => {
    const row = readCandidateCsvRow(cells({ kind: 'CONTRACTOR', consentBasis: 'LEGITIMATE_INTEREST', dayRateMinor: '65000' }));
    expect(row).toEqual({ values: { kind: 'CONTRACTOR', consentBasis: 'LEGITIMATE_INTEREST', dayRateMinor: 65000 }, reasons: [], refused: new Set() });
  });

  it('names the column as the file did, once per bad cell', () => {
    const row = readCandidateCsvRow(cells({ 'Day rate': 'abc', Kind: 'Alien', 'Allocation (%)': 'most', Salary: '1.234' }));
    expect(row.reasons).toEqual([
      "Day rate: 'abc' is not a number",
      "Kind: 'Alien' is not one of Bench, Associate, Contractor, Permanent seeker",
      "Allocation (%): 'most' is not a number",
      "Salary: '1.234' has more decimals than EUR has (2)",
    ]);
    expect([...row.refused]).toEqual(['dayRateMinor', 'kind', 'allocation', 'salaryMinor']);
    expect(readCandidateCsvRow(cells({ dayRate: 'abc' })).reasons).toEqual(["dayRate: 'abc' is not a number"]);
    expect(readCandidateCsvRow(cells({ dayRateMinor: '650.5' })).reasons).toEqual(["dayRateMinor: '650.5' must be whole minor units (65000 for 650.00)"]);
  });

  it('writes a candidate in words: labels, money in units, days', () => {
    expect(formatMoneyUnits(65000, 'EUR')).toBe('650.00');
    expect(formatMoneyUnits(5000, 'JPY')).toBe('5000');
    expect(formatMoneyUnits(null, 'EUR')).toBe('');
    const out = candidateCsvCells({
      name: 'Pia Export',
      email: 'pia@example.com',
      kind: 'PERMANENT_SEEKER',
      seniority: 'MID',
      timeZone: 'Europe/Berlin',
      availableFrom: '2027-01-04',
      allocation: 80,
      dayRateMinor: 65000,
      salaryMinor: null,
      currency: 'EUR',
      phone: null,
      profileUrl: null,
      location: 'Berlin',
      skills: 'Kubernetes:4;Go:3',
      consentBasis: 'LEGITIMATE_INTEREST',
      consentGivenAt: new Date('2026-11-01T09:00:00Z'),
      consentExpiresAt: null,
      lastContactAt: '2026-11-20T10:00:00.000Z',
      tags: ['a', 'b'],
      cvText: null,
    });
    expect(Object.fromEntries(CANDIDATE_CSV_HEADERS.map((h, i) => [h, out[i]]))).toEqual({
      Name: 'Pia Export',
      'E-mail': 'pia@example.com',
      Kind: 'Permanent seeker',
      Seniority: 'Mid-level',
      'Time zone': 'Europe/Berlin',
      'Available from': '2027-01-04',
      'Allocation (%)': '80',
      'Day rate': '650.00',
      Salary: '',
      Currency: 'EUR',
      Phone: '',
      'Profile URL': '',
      Location: 'Berlin',
      Skills: 'Kubernetes:4;Go:3',
      'Consent basis': 'Legitimate interest',
      'Consent given': '2026-11-01',
      'Consent expires': '',
      'Last contact': '2026-11-20',
      Tags: 'a;b',
      'CV text': '',
    });
  });

  it('reads back what it writes', () => {
    const headers = CANDIDATE_CSV_HEADERS.map((h) => candidateCsvHeader(h)!);
    const written = candidateCsvCells({ name: 'R', email: 'r@example.com', kind: 'BENCH', seniority: 'PRINCIPAL', timeZone: 'UTC', availableFrom: '2027-01-04', allocation: 50, dayRateMinor: 70010, salaryMinor: 9000000, currency: 'GBP', phone: null, profileUrl: null, location: null, skills: '', consentBasis: 'CONTRACT', consentGivenAt: null, consentExpiresAt: null, lastContactAt: null, tags: [], cvText: null });
    const back = readCandidateCsvRow(headers.map((h, i) => [h, written[i]!] as const));
    expect(back.reasons).toEqual([]);
    expect(back.values).toEqual({ name: 'R', email: 'r@example.com', kind: 'BENCH', seniority: 'PRINCIPAL', timeZone: 'UTC', availableFrom: '2027-01-04', allocation: 50, dayRateMinor: 70010, salaryMinor: 9000000, currency: 'GBP', consentBasis: 'CONTRACT' });
  });
});
