import { describe, expect, it } from 'vitest';
import { buildVietQr, crc16Ccitt, parseVietQr, sanitizeMemo, VietQrError } from '../../../core/payments/vietqr.ts';

/**
 * Real VietQR payloads published by other implementations. Each is reproduced byte for byte by buildVietQr.
 * Sources:
 *   [subiz-readme]   github.com/subiz/vietqr  README.md
 *   [subiz-test]     github.com/subiz/vietqr  vietqr_test.go
 *   [vnqrpay-readme] github.com/xuannghia/vietnam-qr-pay  README.md
 *   [payos-dump]     a public repository's SQL dump of payOS payment links (pay.payos.vn QR URLs,
 *                    found with the search tool's find_string "0010A000000727"; the index did not name the repository)
 *   [thotoi-doc]     a public repository's API document (Vietcombank sample, same find_string search)
 */
const REAL_BUILDS = [
  {
    source: 'subiz-readme: VietinBank, 120.000đ, "ủng hộ lũ lụt"',
    input: { bin: '970415', account: '0011001932418', amount: 120000, memo: 'ủng hộ lũ lụt' },
    payload: '00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN62170813ung ho lu lut6304C15C',
  },
  {
    source: 'subiz-test: static TPBank',
    input: { bin: '970423', account: '0099999999' },
    payload: '00020101021138540010A00000072701240006970423011000999999990208QRIBFTTA53037045802VN6304CBB4',
  },
  {
    source: 'subiz-test: MB, 40.123đ, "test text string"',
    input: { bin: '970422', account: '0023457923442', amount: 40123, memo: 'test text string' },
    payload: '00020101021238570010A00000072701270006970422011300234579234420208QRIBFTTA53037045405401235802VN62200816test text string6304D9C6',
  },
  {
    source: 'subiz-test: MB, "chuyển khoản" with diacritics',
    input: { bin: '970422', account: '0023457923442', amount: 40123, memo: 'chuyển khoản' },
    payload: '00020101021238570010A00000072701270006970422011300234579234420208QRIBFTTA53037045405401235802VN62160812chuyen khoan6304722F',
  },
  {
    source: 'vnqrpay-readme: static ACB',
    input: { bin: '970416', account: '257678859' },
    payload: '00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN6304AE9F',
  },
  {
    source: 'vnqrpay-readme: dynamic ACB, 10.000đ, "Chuyen tien"',
    input: { bin: '970416', account: '257678859', amount: 10000, memo: 'Chuyen tien' },
    payload: '00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA53037045405100005802VN62150811Chuyen tien630453E6',
  },
  {
    source: 'payos-dump: MB virtual account, 7.000đ, "TL89 100"',
    input: { bin: '970422', account: 'VQRQADAIJ5512', amount: 7000, memo: 'TL89 100' },
    payload: '00020101021238570010A000000727012700069704220113VQRQADAIJ55120208QRIBFTTA5303704540470005802VN62120808TL89 1006304E346',
  },
  {
    source: 'thotoi-doc: Vietcombank, 1.943.000đ, "TT000069"',
    input: { bin: '970436', account: '1023456789', amount: 1943000, memo: 'TT000069' },
    payload: '00020101021238540010A00000072701240006970436011010234567890208QRIBFTTA5303704540719430005802VN62120808TT0000696304A8E5',
  },
] as const;

function reasonOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof VietQrError) return e.reason;
    throw e;
  }
  throw new Error('expected a VietQrError');
}

describe('buildVietQr against published payloads', () => {
  for (const { source, input, payload } of REAL_BUILDS) {
    it(`reproduces ${source}`, () => {
      expect(buildVietQr(input)).toBe(payload);
    });
    it(`parses back ${source}`, () => {
      const fields = parseVietQr(payload);
      expect(fields.bin).toBe(input.bin);
      expect(fields.account).toBe(input.account);
      expect(fields.amount).toBe('amount' in input ? input.amount : null);
      expect(fields.dynamic).toBe('amount' in input);
      expect(fields.memo).toBe('memo' in input ? sanitizeMemo(input.memo) : null);
    });
  }
});

describe('parseVietQr on payloads built elsewhere', () => {
  it('reads the vietnam-qr-pay decode example (vnqrpay-readme)', () => {
    expect(
      parseVietQr('00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA5303704540410005802VN62150811Chuyen tien6304BBB8'),
    ).toEqual({ bin: '970416', bank: 'ACB', account: '257678859', amount: 1000, memo: 'Chuyen tien', dynamic: true, to: 'account' });
  });

  it('reads a MoMo wallet QR with extra fields 62.05 and 80 (vnqrpay-readme)', () => {
    expect(
      parseVietQr(
        '00020101021138620010A00000072701320006970454011899MM24011M348750800208QRIBFTTA53037045802VN62190515MOMOW2W3487508080030466304EBC8',
      ),
    ).toEqual({ bin: '970454', bank: 'BVBank', account: '99MM24011M34875080', amount: null, memo: null, dynamic: false, to: 'account' });
  });

  it('reads a ZaloPay wallet QR (vnqrpay-readme)', () => {
    const f = parseVietQr('00020101021138620010A00000072701320006970454011899ZP24009M072482670208QRIBFTTA53037045802VN6304073C');
    expect(f.account).toBe('99ZP24009M07248267');
    expect(f.dynamic).toBe(false);
  });

  it('accepts a lower-case CRC, as some banks print it', () => {
    const f = parseVietQr('00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN6304ae9f');
    expect(f.account).toBe('257678859');
  });

  it('returns bank null for a BIN outside the directory', () => {
    const body = '00020101021138530010A0000007270123000699999901092576788590208QRIBFTTA53037045802VN6304';
    expect(parseVietQr(body + crc16Ccitt(body)).bank).toBeNull();
  });
});

describe('crc16Ccitt', () => {
  it('matches the CRC-16/CCITT-FALSE check value', () => {
    expect(crc16Ccitt('123456789')).toBe('29B1');
  });
  it('matches CRCs asserted in a public PHP VietQR test (QRServiceTest.php, found via find_string)', () => {
    expect(
      crc16Ccitt(
        '00020101021238600010A00000072701300006970403011697040311012345670208QRIBFTTC530370454061800005802VN62340107NPS68690819thanh toan don hang6304',
      ),
    ).toBe('A203');
    expect(
      crc16Ccitt(
        '00020101021238500010A0000007270120000697041601065454460208QRIBFTTA53037045405801005802VN62250821Thanh toan anyLEARN 86304',
      ),
    ).toBe('FA27');
  });
  it('zero-pads to 4 digits', () => {
    expect(crc16Ccitt('')).toBe('FFFF');
    for (let i = 0; i < 300; i++) expect(crc16Ccitt(`x${i}`)).toMatch(/^[0-9A-F]{4}$/);
  });
});

describe('parseVietQr rejects', () => {
  const good = REAL_BUILDS[5].payload;

  it('a CRC that does not match (one amount digit changed)', () => {
    expect(reasonOf(() => parseVietQr(good.replace('5405100005802', '5405900005802')))).toBe('crc');
  });
  it('a wrong CRC value', () => {
    expect(reasonOf(() => parseVietQr(good.slice(0, -4) + '0000'))).toBe('crc');
  });
  it('a payload whose CRC is not hex', () => {
    expect(reasonOf(() => parseVietQr(good.slice(0, -4) + 'ZZZZ'))).toBe('crc');
  });
  it('a truncated payload', () => {
    expect(reasonOf(() => parseVietQr(good.slice(0, -10)))).toBe('structure');
  });
  it('a TLV length that overruns the payload', () => {
    expect(reasonOf(() => parseVietQr('000201010212389900'))).toBe('structure');
  });
  it('a non-numeric field header', () => {
    expect(reasonOf(() => parseVietQr('XX0201'))).toBe('structure');
  });
  it('an empty payload', () => {
    expect(reasonOf(() => parseVietQr('   '))).toBe('empty');
  });
  it('a payload without CRC', () => {
    expect(reasonOf(() => parseVietQr('00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN'))).toBe(
      'missing_field',
    );
  });
  it('payload format "00" in an example published on pkg.go.dev (thanhtinhpas1/vietqr-parser README), though its CRC is right', () => {
    expect(
      reasonOf(() =>
        parseVietQr('00020001021238570010A00000072701270006970436011308810004580860208QRIBFTTA53037045802VN6304CD60'),
      ),
    ).toBe('invalid_field');
  });
  it('a GUID other than NAPAS (VNPay merchant QR from vnqrpay-readme)', () => {
    expect(
      reasonOf(() =>
        parseVietQr(
          '00020101021126280010A0000007750110010531314453037045408210900005802VN5910CELLPHONES62600312CPSHN ONLINE0517021908061613127850705ONLHN0810CellphoneS63047685',
        ),
      ),
    ).toBe('missing_field');
    const body = '00020101021138530010A0000007280123000697041601092576788590208QRIBFTTA53037045802VN6304';
    expect(reasonOf(() => parseVietQr(body + crc16Ccitt(body)))).toBe('invalid_field');
  });
  it('a service code other than QRIBFTTA or QRIBFTTC', () => {
    const body = '00020101021138600010A00000072701300006970403011697040311012345670208QRIBFTTX53037045802VN6304';
    expect(reasonOf(() => parseVietQr(body + crc16Ccitt(body)))).toBe('invalid_field');
  });
  it('an amount with non-zero decimals after the dot, or an amount of zero', () => {
    for (const amount of ['6500.5', '0.', '0', '12345678901234']) {
      const body = `00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA530370454${String(amount.length).padStart(2, '0')}${amount}5802VN6304`;
      expect(reasonOf(() => parseVietQr(body + crc16Ccitt(body))), amount).toBe('invalid_field');
    }
  });
  it('a currency other than VND', () => {
    const body = '00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53038405802VN6304';
    expect(reasonOf(() => parseVietQr(body + crc16Ccitt(body)))).toBe('invalid_field');
  });
  it('a fractional amount', () => {
    const body = '00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA530370454071000.505802VN6304';
    expect(reasonOf(() => parseVietQr(body + crc16Ccitt(body)))).toBe('invalid_field');
  });
  it('a payload missing the account', () => {
    const body = '00020101021138400010A000000727011000069704160208QRIBFTTA53037045802VN6304';
    expect(reasonOf(() => parseVietQr(body + crc16Ccitt(body)))).toBe('missing_field');
  });
});

describe('buildVietQr input checks', () => {
  const base = { bin: '970436', account: '0451000123456' };
  it.each([0, -5, 1.5, 180000.01, 10_000_000_000_000, Number.NaN])('rejects amount %s', (amount) => {
    expect(reasonOf(() => buildVietQr({ ...base, amount }))).toBe('invalid_field');
  });
  it('accepts a 13-digit amount', () => {
    expect(parseVietQr(buildVietQr({ ...base, amount: 9_999_999_999_999 })).amount).toBe(9_999_999_999_999);
  });
  it.each(['97043', '97043a', ''])('rejects BIN %j', (bin) => {
    expect(reasonOf(() => buildVietQr({ ...base, bin }))).toBe('invalid_field');
  });
  it.each(['0451-000', '', '12345678901234567890'])('rejects account %j', (account) => {
    expect(reasonOf(() => buildVietQr({ ...base, account }))).toBe('invalid_field');
  });
  it('leaves out field 62 when the memo sanitizes to nothing', () => {
    const payload = buildVietQr({ ...base, amount: 1000, memo: '!!! ???' });
    expect(payload.slice(0, -8).endsWith('5802VN')).toBe(true);
    expect(parseVietQr(payload).memo).toBeNull();
  });
});

describe('sanitizeMemo', () => {
  it.each([
    ['Thanh toán đơn VP7K3MQ', 'Thanh toan don VP7K3MQ'],
    ['Đặng Thị Ấu — khăn lụa', 'Dang Thi Au khan lua'],
    ['ăâêôơư ĂÂÊÔƠƯ đĐ', 'aaeoou AAEOOU dD'],
    ['  nhiều    khoảng   trắng  ', 'nhieu khoang trang'],
    ['đơn #12, giao @ Hà Nội!', 'don 12 giao Ha Noi'],
    ['emoji 🧣 đây', 'emoji day'],
  ])('%j → %j', (input, output) => {
    expect(sanitizeMemo(input)).toBe(output);
  });
  it('cuts at 25 characters without a trailing space', () => {
    const s = sanitizeMemo('chuyen khoan alsdkf laksjdflk asjdflja');
    expect(s).toBe('chuyen khoan alsdkf laksj');
    expect(sanitizeMemo('abcdefghijklmnopqrstuvwx yz')).toBe('abcdefghijklmnopqrstuvwx');
  });
});

describe('round trip', () => {
  it('holds for many inputs', () => {
    const memos = [undefined, 'VP7K3MQ', 'Thanh toán đơn hàng số 42 của chị Lan', 'a'];
    for (const memo of memos) {
      for (const amount of [undefined, 1, 180000, 2_500_000, 123_456_789_012]) {
        for (const [bin, account] of [
          ['970436', '1023456789'],
          ['970422', 'VQRQADAIJ5512'],
          ['963388', '9021234567890123456'],
        ] as const) {
          const input = { bin, account, ...(amount === undefined ? {} : { amount }), ...(memo === undefined ? {} : { memo }) };
          const f = parseVietQr(buildVietQr(input));
          expect(f).toMatchObject({ bin, account, amount: amount ?? null, dynamic: amount !== undefined });
          expect(f.memo).toBe(memo === undefined ? null : sanitizeMemo(memo));
        }
      }
    }
  });
});

/**
 * NAPAS's own examples of the card service (QRIBFTTC), as published in the NAPAS VietQR specification's
 * test vectors 6.1.2 (static QR to a card, CRC 4F52) and the dynamic card example with an amount and a bill
 * number (CRC A203); both reproduced with those CRCs in several public VietQR libraries' tests (found with
 * the code search: a Java "Napas 6.1.2: Static QR to Card" check, a JS PayCodeGen test, a PHP QRServiceTest).
 */
describe('parseVietQr: what NAPAS publishes', () => {
  it('decodes the static card example (6.1.2) with the card number as the account', () => {
    expect(parseVietQr('00020101021138600010A00000072701300006970403011697040311012345670208QRIBFTTC53037045802VN63044F52')).toEqual({
      bin: '970403', bank: 'Sacombank', account: '9704031101234567', amount: null, memo: null, dynamic: false, to: 'card',
    });
  });
  it('decodes the dynamic card example with amount and memo', () => {
    expect(
      parseVietQr('00020101021238600010A00000072701300006970403011697040311012345670208QRIBFTTC530370454061800005802VN62340107NPS68690819thanh toan don hang6304A203'),
    ).toEqual({ bin: '970403', bank: 'Sacombank', account: '9704031101234567', amount: 180000, memo: 'thanh toan don hang', dynamic: true, to: 'card' });
  });
  it('reads an amount with a trailing dot ("50000.", valid per the NAPAS spec) as 50000 đồng', () => {
    const body = '00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA5303704540650000.5802VN6304';
    expect(parseVietQr(body + crc16Ccitt(body))).toMatchObject({ amount: 50000, dynamic: true, to: 'account' });
    const zeros = '00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA5303704540850000.005802VN6304';
    expect(parseVietQr(zeros + crc16Ccitt(zeros)).amount).toBe(50000);
  });
  it('still builds only account transfers (QRIBFTTA)', () => {
    const built = buildVietQr({ bin: '970403', account: '0011012345678', amount: 180000, memo: 'VP7K3MC' });
    expect(built).toContain('0208QRIBFTTA');
    expect(built).not.toContain('QRIBFTTC');
  });
});
