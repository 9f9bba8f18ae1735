import { describe, expect, it } from 'vitest';
import { checkCharacter, newOrderCode } from '../../../core/orders/order-code.ts';
import { findOrderCodes } from '../../../core/payments/find-order-code.ts';

// VP7K3MC and BT9X4DC carry valid check characters (VP7K3MQ, the example in DESIGN.md, does not).
const VP = 'VP7K3MC';
const BT = 'BT9X4DC';
const known = (p: string) => p === 'VP' || p === 'BT';

describe('findOrderCodes', () => {
  it('sanity: the fixtures are valid codes', () => {
    expect(VP.at(-1)).toBe(checkCharacter(VP.slice(0, -1)));
    expect(BT.at(-1)).toBe(checkCharacter(BT.slice(0, -1)));
  });

  it.each([
    // Shapes seen in real transfer descriptions (MB/VCB/ACB statement text as relayed by SePay and Casso).
    ['MBVCB.3312345.VP7K3MC.CT tu 0451000123456 NGUYEN VAN A toi 1023456789 HTX LUA VAN PHUC'],
    ['VP7K3MC'],
    ['vp7k3mc'],
    ['vp 7k3m c'],
    ['Thanh toan don vp.7k3.mc'],
    ['Thanh toán đơn VP-7K3M-C'],
    ['NGUYEN VAN A chuyen tien VP7K3MC'],
    ['NGUYENVANACHUYENTIENVP7K3MCFT24123'],
    ['REM Tfr Ac: 0451000123456 O@L_VP7K3MC_ NGUYEN VAN A'],
    ['IBFT VP7K3MC'],
    ['VP7K3MC VP7K3MC (gửi lại)'],
  ])('finds VP7K3MC in %j', (description) => {
    expect(findOrderCodes(description, known)).toEqual([VP]);
  });

  it('finds several codes in order and dedupes them', () => {
    expect(findOrderCodes(`ck 2 don ${BT} va ${VP}, lai ${BT}`, known)).toEqual([BT, VP]);
  });

  it('ignores a code whose check character is wrong', () => {
    expect(findOrderCodes('Thanh toan VP7K3MQ', known)).toEqual([]);
  });

  it('ignores valid codes of an unknown group', () => {
    expect(findOrderCodes(`Thanh toan ${VP}`, (p) => p === 'BT')).toEqual([]);
  });

  it('finds nothing in a transfer without a code', () => {
    expect(findOrderCodes('NGUYEN VAN A chuyen tien', known)).toEqual([]);
    expect(findOrderCodes('', known)).toEqual([]);
  });

  it('finds every freshly generated code however it is split', () => {
    let seed = 7;
    const random = (max: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % max;
    for (let n = 0; n < 200; n++) {
      const code = newOrderCode('VP', random);
      const spaced = `${code.slice(0, 2).toLowerCase()} ${code.slice(2, 5)}.${code.slice(5)}`;
      expect(findOrderCodes(`MBVCB.${n}.${spaced}.CT tu 0451000123456`, known)).toContain(code);
    }
  });
});
