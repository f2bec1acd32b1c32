/**
 * @module The two exactness rules under every adapter: integers beyond 2^53 kept as text
 * by the lossless parse (signatures.md §3), and money turned into minor units digit by digit.
 */
import { describe, expect, it } from 'vitest';
import { adapterFor, parseWebhookJson } from '../../../plugin-adapters/index.ts';
import { decimalToMinorUnits, minorDigits } from '../../../plugin-adapters/shared/money.ts';

describe('parseWebhookJson', () => {
  it('keeps the signatures.md §3 id exact where JSON.parse rounds it', () => {
    expect(String(JSON.parse('820982911946154508'))).toBe('820982911946154500');
    expect(parseWebhookJson('{"id":820982911946154508}')).toEqual({ ok: true, value: { id: '820982911946154508' } });
  });

  it('leaves safe integers, decimals, exponents and strings that look like numbers alone', () => {
    const text = '{"a":9007199254740991,"b":-9007199254740993,"c":12.5,"d":1e21,"e":"820982911946154508","f":"x\\"123456789012345678"}';
    expect(parseWebhookJson(text)).toEqual({
      ok: true,
      value: { a: 9007199254740991, b: '-9007199254740993', c: 12.5, d: 1e21, e: '820982911946154508', f: 'x"123456789012345678' },
    });
  });

  it('keeps big integers inside arrays and nested objects', () => {
    expect(parseWebhookJson(Buffer.from('[{"ids":[12345678901234567890, 1]}]'))).toEqual({ ok: true, value: [{ ids: ['12345678901234567890', 1] }] });
  });

  it('does not turn text that is not JSON into JSON', () => {
    expect(parseWebhookJson('{12345678901234567890: 1}').ok).toBe(false);
    expect(parseWebhookJson('{"a": 00000000000000001}').ok).toBe(false);
    expect(parseWebhookJson(Buffer.from([0x7b, 0xff, 0x7d]))).toEqual({ ok: false, message: 'The body is not valid UTF-8' });
  });
});

describe('money in minor units', () => {
  it('uses ISO 4217 digits: 2 by default, 0 for JPY and KRW, 3 for KWD and BHD', () => {
    expect([minorDigits('USD'), minorDigits('jpy'), minorDigits('KRW'), minorDigits('KWD'), minorDigits('BHD')]).toEqual([2, 0, 0, 3, 3]);
  });

  it('converts exactly, without floating-point error', () => {
    expect(decimalToMinorUnits('409.94', 'USD')).toBe(40994);
    expect(decimalToMinorUnits('0.29', 'USD')).toBe(29);
    expect(decimalToMinorUnits('1.005', 'KWD')).toBe(1005);
    expect(decimalToMinorUnits('1999', 'JPY')).toBe(1999);
    expect(decimalToMinorUnits('1999.00', 'JPY')).toBe(1999);
    expect(decimalToMinorUnits('-5.00', 'USD')).toBe(-500);
    expect(decimalToMinorUnits('12', 'EUR')).toBe(1200);
    expect(decimalToMinorUnits('90071992547409.91', 'USD')).toBe(9007199254740991);
  });

  it('refuses what cannot be exact', () => {
    expect(decimalToMinorUnits('0.001', 'USD')).toBeNull();
    expect(decimalToMinorUnits('1.5', 'JPY')).toBeNull();
    expect(decimalToMinorUnits('90071992547409.92', 'USD')).toBeNull();
    expect(decimalToMinorUnits('1e3', 'USD')).toBeNull();
    expect(decimalToMinorUnits('', 'USD')).toBeNull();
  });
});

describe('adapterFor', () => {
  it('finds the four platforms and nothing else', () => {
    expect(['shopify', 'woocommerce', 'medusa', 'generic'].map((p) => adapterFor(p)?.platform)).toEqual(['shopify', 'woocommerce', 'medusa', 'generic']);
    expect(adapterFor('constructor')).toBeUndefined();
    expect(adapterFor('magento')).toBeUndefined();
  });
});
