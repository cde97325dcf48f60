import { useCallback } from 'react';
import { FormDataConsumer, NumberInput, type NumberInputProps } from 'react-admin';
import { toMajor, toMinor } from './money';

interface MoneyInputProps extends Omit<NumberInputProps, 'format' | 'parse'> {
  /** The form field holding the ISO currency of this amount. */
  currencySource?: string;
  /** A fixed currency (filters, where the form has none). */
  currency?: string;
}

const AmountInput = ({ code, ...props }: Omit<MoneyInputProps, 'currency' | 'currencySource'> & { code: string }) => {
  const format = useCallback(
    (minor: unknown) => {
      const major = toMajor(typeof minor === 'number' ? minor : null, code);
      return major === null ? '' : String(major);
    },
    [code],
  );
  const parse = useCallback((major: unknown) => toMinor(typeof major === 'number' || typeof major === 'string' ? major : null, code), [code]);
  return <NumberInput min={0} step="any" {...props} format={format} parse={parse} />;
};

/**
 * An amount typed in major units (650.50) and kept in the form in minor units (65050), the way
 * the API stores money. The decimals follow the currency of the record.
 */
export const MoneyInput = ({ currencySource = 'currency', currency, ...props }: MoneyInputProps) =>
  currency ? (
    <AmountInput code={currency} {...props} />
  ) : (
    <FormDataConsumer<Record<string, unknown>>>
      {({ formData }) => {
        const watched = formData[currencySource];
        return <AmountInput code={typeof watched === 'string' && watched ? watched : 'EUR'} {...props} />;
      }}
    </FormDataConsumer>
  );
