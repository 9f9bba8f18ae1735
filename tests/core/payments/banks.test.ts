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

/**
 * Every BIN of the published VietQR / NAPAS bank directory (api.vietqr.io/v2/banks), as reproduced in a
 * public repository's bank list "Đồng bộ danh sách & logo chính thức từ VietQR API" (found with the code
 * search; the index did not name the repository). KEB Hana's two branches (970466, 970467) were missing.
 */
const PUBLISHED_BINS = [
  '970436', '970407', '970422', '970418', '970415', '970416', '970432', '970423', '970403', '970405', '970437', '970441',
  '970443', '970426', '970448', '970431', '970449', '970454', '970409', '970412', '970424', '970457', '970452', '970427',
  '970428', '970430', '970400', '970438', '546034', '963388', '971005', '971011', '970440', '970425', '970433', '970446',
  '668888', '458761', '970410', '422589', '796500', '533948', '970442', '970458', '970444', '970408', '970421', '970434',
  '970439', '977777', '999888', '970456', '970455', '970466', '970467', '970463', '970462', '970414', '971025', '970419',
  '801011', '971133', '970429', '546035', '970406',
];

describe('the directory covers the published list', () => {
  it('knows every published BIN', () => {
    expect(PUBLISHED_BINS.filter((bin) => !bankByBin(bin))).toEqual([]);
    expect(bankByBin('970466')?.short).toBe('KEBHanaHCM');
    expect(bankByBin('970467')?.short).toBe('KEBHanaHN');
  });
});
