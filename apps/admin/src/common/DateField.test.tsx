import '../test/utcTimeZone';
import { render, screen } from '@testing-library/react';
import { RecordContextProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { DateField, formatDate, formatTime } from './DateField';

describe('formatDate', () => {
  it('writes a day as "3 March 2027", whatever the time zone', () => {
    expect(formatDate('2027-03-03')).toBe('3 March 2027');
    expect(formatDate('2028-02-29')).toBe('29 February 2028');
  });

  it('writes an instant as its day, and with showTime its hours and minutes', () => {
    expect(formatDate('2027-03-03T12:00:00.000Z')).toBe('3 March 2027');
    expect(formatDate('2027-03-03T12:00:00.000Z', true)).toMatch(/^3 March 2027\D+\d{2}:\d{2}$/);
  });

  it('writes the time of day alone as "14:05", with seconds when asked', () => {
    expect(formatDate('2027-03-03T14:05:09.000Z', true)).toBe('3 March 2027 at 14:05');
    expect(formatTime('2027-03-03T14:05:09.000Z')).toBe('14:05');
    expect(formatTime(Date.UTC(2027, 2, 3, 9, 5, 7), true)).toBe('09:05:07');
  });

  it('leaves what is not a date as it is rather than "Invalid Date"', () => {
    expect(formatDate('someday')).toBe('someday');
  });
});

describe('DateField', () => {
  it('shows the record’s date in the house format, and emptyText when there is none', () => {
    render(
      <RecordContextProvider value={{ id: 1, dueDate: '2027-03-03', sentAt: null }}>
        <DateField source="dueDate" />
        <DateField source="sentAt" emptyText="—" />
      </RecordContextProvider>,
    );
    expect(screen.getByText('3 March 2027')).toBeTruthy();
    expect(screen.getByText('—')).toBeTruthy();
  });
});
