import { describe, expect, it } from 'vitest';
import { BANKS, bankByBin, resolveBank, UnknownBankError } from '../../../core/payments/banks.ts';

describe('resolveBank', () => {
  it.each([
    ['VCB', '970436'],
    ['vcb', '970436'],
    ['Vietcombank', '970436'],
    ['970436', '970436'],
    ['Agribank', '970405'],
    ['VBA', '970405'],
    ['vietinbank', '970415'],
    ['ICB', '970415'],
    ['CTG', '970415'],
    ['BIDV', '970418'],
    ['MB', '970422'],
    ['mbbank', '970422'],
    ['TCB', '970407'],
    ['Techcombank', '970407'],
    ['ACB', '970416'],
    ['VPBank', '970432'],
    ['TPBank', '970423'],
    ['STB', '970403'],
    ['Sacombank', '970403'],
    ['VIB', '970441'],
    ['SHB', '970443'],
    ['HDBank', '970437'],
    ['OCB', '970448'],
    ['MSB', '970426'],
    ['SeABank', '970440'],
    ['Eximbank', '970431'],
    ['LPBank', '970449'],
    ['Nam A Bank', '970428'],
    ['Nam Á Bank', '970428'],
    ['Bac A Bank', '970409'],
    ['ABBANK', '970425'],
    ['VietBank', '970433'],
    ['Viet Capital Bank', '970454'],
    ['BVBank', '970454'],
    ['PVcomBank', '970412'],
    ['SCB', '970429'],
    ['BaoViet Bank', '970438'],
    ['KienlongBank', '970452'],
    ['NCB', '970419'],
    ['CAKE', '546034'],
    ['Ubank', '546035'],
    ['Timo', '963388'],
    ['  vcb  ', '970436'],
  ])('%j → %s', (input, bin) => {
    expect(resolveBank(input).bin).toBe(bin);
  });

  it('suggests close matches for a typo', () => {
    try {
      resolveBank('Vietcombnk');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UnknownBankError);
      const err = e as UnknownBankError;
      expect(err.suggestions[0]).toBe('VCB');
      expect(err.message).toContain('VCB');
      expect(err.message).toContain('Không tìm thấy ngân hàng');
    }
  });

  it('suggests banks sharing a prefix', () => {
    try {
      resolveBank('Viet');
      expect.unreachable();
    } catch (e) {
      const err = e as UnknownBankError;
      expect(err.suggestions).toEqual(expect.arrayContaining(['VietinBank', 'VietBank']));
      expect(err.suggestions.length).toBeLessThanOrEqual(5);
    }
  });

  it.each(['999999', 'Bank of Mars', ''])('refuses %j', (input) => {
    expect(() => resolveBank(input)).toThrow(UnknownBankError);
  });
});

describe('bankByBin', () => {
  it('finds a bank and returns undefined for an unknown BIN', () => {
    expect(bankByBin('970422')?.short).toBe('MB');
    expect(bankByBin('123456')).toBeUndefined();
  });
});

describe('BANKS', () => {
  it('has unique BINs of 6 digits and Vietnamese full names', () => {
    const bins = BANKS.map((b) => b.bin);
    expect(new Set(bins).size).toBe(bins.length);
    for (const b of BANKS) {
      expect(b.bin).toMatch(/^\d{6}$/);
      expect(b.name.length).toBeGreaterThan(5);
    }
    expect(BANKS.length).toBeGreaterThanOrEqual(31);
  });
});
