/**
 * VietQR: the NAPAS 247 profile of the EMVCo merchant-presented QR code, built and checked offline.
 *
 * Layout (every field is ID(2) + LENGTH(2) + VALUE):
 *   00 "01"  payload format · 01 "11" static / "12" dynamic ·
 *   38 { 00 "A000000727" NAPAS GUID · 01 { 00 bank BIN · 01 account or card number } ·
 *        02 "QRIBFTTA" to an account (what Gom builds) | "QRIBFTTC" to a card (decoded, never built) } ·
 *   53 "704" VND · 54 amount (dynamic only) · 58 "VN" · 62 { 08 purpose of transaction = memo } ·
 *   63 CRC-16/CCITT-FALSE over everything up to and including "6304", 4 upper-case hex digits.
 */
import { bankByBin } from './banks.ts';
import { foldDiacritics } from '../text.ts';

const NAPAS_GUID = 'A000000727';
const SERVICE_TO_ACCOUNT = 'QRIBFTTA';
const SERVICE_TO_CARD = 'QRIBFTTC';
const MAX_MEMO = 25;
const MAX_ACCOUNT = 19;
const MAX_AMOUNT_DIGITS = 13;

/** Why a payload was refused by `parseVietQr`. */
export type VietQrErrorReason = 'empty' | 'structure' | 'crc' | 'missing_field' | 'invalid_field';

/** A payload that is not a valid VietQR transfer code, or input that cannot become one. */
export class VietQrError extends Error {
  override readonly name = 'VietQrError';
  constructor(
    readonly reason: VietQrErrorReason,
    message: string,
  ) {
    super(message);
  }
}

/** What a VietQR transfer code carries. */
export interface VietQrFields {
  bin: string;
  /** Short bank name from the directory, or null for a BIN we do not know. */
  bank: string | null;
  /** The account number, or the card number when `to` is 'card'. */
  account: string;
  amount: number | null;
  memo: string | null;
  dynamic: boolean;
  /** What the transfer goes to: an account (QRIBFTTA) or a card (QRIBFTTC). */
  to: 'account' | 'card';
}

/** What `buildVietQr` needs: a NAPAS BIN, an account number, and for a dynamic code an amount in đồng. */
export interface VietQrInput {
  bin: string;
  account: string;
  amount?: number;
  memo?: string;
}

/** Removes Vietnamese (and other Latin) diacritics: "Đơn hàng lụa" → "Don hang lua". */
export function stripDiacritics(text: string): string {
  return foldDiacritics(text);
}

/** A memo every bank app accepts: ASCII letters, digits and single spaces, at most 25 characters. */
export function sanitizeMemo(memo: string): string {
  return stripDiacritics(memo)
    .replace(/[^A-Za-z0-9 ]/g, '')
    .replace(/ +/g, ' ')
    .trim()
    .slice(0, MAX_MEMO)
    .trim();
}

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final xor) as 4 upper-case hex digits. */
export function crc16Ccitt(data: string): string {
  let crc = 0xffff;
  for (const byte of Buffer.from(data, 'utf8')) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

function tlv(id: string, value: string): string {
  if (value.length === 0 || value.length > 99) throw new Error(`field ${id} must be 1–99 characters`);
  return id + String(value.length).padStart(2, '0') + value;
}

function invalid(message: string): VietQrError {
  return new VietQrError('invalid_field', message);
}

/** Builds the VietQR payload: static without an amount, dynamic with one; throws VietQrError on bad input. */
export function buildVietQr(input: VietQrInput): string {
  const bin = input.bin.trim();
  const account = input.account.trim();
  if (!/^\d{6}$/.test(bin)) throw invalid(`Mã BIN ngân hàng phải có 6 chữ số / bank BIN must be 6 digits: "${input.bin}"`);
  if (!/^[A-Za-z0-9]+$/.test(account) || account.length > MAX_ACCOUNT) {
    throw invalid(
      `Số tài khoản chỉ gồm chữ và số, tối đa ${MAX_ACCOUNT} ký tự / account must be 1–${MAX_ACCOUNT} letters or digits: "${input.account}"`,
    );
  }
  const amount = input.amount;
  if (amount !== undefined) {
    if (!Number.isSafeInteger(amount) || amount <= 0 || String(amount).length > MAX_AMOUNT_DIGITS) {
      throw invalid(
        `Số tiền phải là số đồng nguyên dương, tối đa ${MAX_AMOUNT_DIGITS} chữ số / amount must be a positive whole number of đồng (≤ ${MAX_AMOUNT_DIGITS} digits): ${amount}`,
      );
    }
  }
  const memo = input.memo === undefined ? '' : sanitizeMemo(input.memo);

  const beneficiary = tlv('00', bin) + tlv('01', account);
  const merchant = tlv('00', NAPAS_GUID) + tlv('01', beneficiary) + tlv('02', SERVICE_TO_ACCOUNT);
  let body =
    tlv('00', '01') +
    tlv('01', amount === undefined ? '11' : '12') +
    tlv('38', merchant) +
    tlv('53', '704') +
    (amount === undefined ? '' : tlv('54', String(amount))) +
    tlv('58', 'VN');
  if (memo.length > 0) body += tlv('62', tlv('08', memo));
  body += '6304';
  return body + crc16Ccitt(body);
}

/** Splits a TLV string into its fields in order; throws VietQrError('structure') on a bad id, length or overrun. */
function parseTlv(data: string, where: string): Map<string, string> {
  const fields = new Map<string, string>();
  let i = 0;
  while (i < data.length) {
    const head = data.slice(i, i + 4);
    if (!/^\d{4}$/.test(head)) {
      throw new VietQrError(
        'structure',
        `Mã QR hỏng cấu trúc / malformed TLV in ${where} at position ${i}: expected 2-digit id and 2-digit length, got "${head}"`,
      );
    }
    const id = head.slice(0, 2);
    const length = Number(head.slice(2));
    const value = data.slice(i + 4, i + 4 + length);
    if (length === 0 || value.length !== length) {
      throw new VietQrError(
        'structure',
        `Mã QR hỏng cấu trúc / field ${id} in ${where} declares length ${length} but ${value.length} characters remain`,
      );
    }
    if (fields.has(id)) throw new VietQrError('structure', `Mã QR hỏng cấu trúc / field ${id} appears twice in ${where}`);
    fields.set(id, value);
    i += 4 + length;
  }
  return fields;
}

function required(fields: Map<string, string>, id: string, what: string): string {
  const value = fields.get(id);
  if (value === undefined) throw new VietQrError('missing_field', `Mã QR thiếu ${what} / missing ${what} (field ${id})`);
  return value;
}

/** Checks a VietQR payload (TLV structure, CRC, NAPAS fields) and returns what it carries; throws VietQrError otherwise. */
export function parseVietQr(payload: string): VietQrFields {
  const text = payload.trim();
  if (text.length === 0) throw new VietQrError('empty', 'Mã QR rỗng / empty payload');

  const root = parseTlv(text, 'the payload');
  if (!text.endsWith(`6304${text.slice(-4)}`) || [...root.keys()].at(-1) !== '63') {
    throw new VietQrError('missing_field', 'Mã QR thiếu mã kiểm tra CRC ở cuối / missing CRC (field 63) at the end');
  }
  const given = text.slice(-4);
  if (!/^[0-9A-Fa-f]{4}$/.test(given)) throw new VietQrError('crc', `CRC không phải 4 chữ số hex / CRC "${given}" is not 4 hex digits`);
  const expected = crc16Ccitt(text.slice(0, -4));
  if (given.toUpperCase() !== expected) {
    throw new VietQrError('crc', `Sai mã kiểm tra CRC / CRC mismatch: payload says ${given}, content gives ${expected}`);
  }

  const format = required(root, '00', 'payload format indicator');
  if (format !== '01') throw invalid(`Định dạng không phải 01 / payload format indicator must be "01", got "${format}"`);
  const initiation = root.get('01');
  if (initiation !== undefined && initiation !== '11' && initiation !== '12') {
    throw invalid(`Phương thức khởi tạo phải là 11 hoặc 12 / point of initiation must be "11" or "12", got "${initiation}"`);
  }

  const merchant = parseTlv(required(root, '38', 'NAPAS merchant account information'), 'field 38');
  const guid = required(merchant, '00', 'NAPAS GUID');
  if (guid !== NAPAS_GUID) throw invalid(`Không phải mã VietQR của NAPAS / GUID must be ${NAPAS_GUID}, got "${guid}"`);
  const service = required(merchant, '02', 'service code');
  if (service !== SERVICE_TO_ACCOUNT && service !== SERVICE_TO_CARD) {
    throw invalid(`Mã dịch vụ phải là ${SERVICE_TO_ACCOUNT} hoặc ${SERVICE_TO_CARD} / service must be ${SERVICE_TO_ACCOUNT} (to an account) or ${SERVICE_TO_CARD} (to a card), got "${service}"`);
  }
  const beneficiary = parseTlv(required(merchant, '01', 'beneficiary organization'), 'field 38.01');
  const bin = required(beneficiary, '00', 'bank BIN');
  if (!/^\d{6}$/.test(bin)) throw invalid(`Mã BIN phải có 6 chữ số / bank BIN must be 6 digits, got "${bin}"`);
  const account = required(beneficiary, '01', 'account number');
  if (!/^[A-Za-z0-9]+$/.test(account) || account.length > MAX_ACCOUNT) {
    throw invalid(`Số tài khoản không hợp lệ / invalid account number "${account}"`);
  }

  const currency = required(root, '53', 'currency');
  if (currency !== '704') throw invalid(`Tiền tệ phải là VND (704) / currency must be 704 (VND), got "${currency}"`);
  const country = required(root, '58', 'country code');
  if (country !== 'VN') throw invalid(`Mã quốc gia phải là VN / country must be VN, got "${country}"`);

  let amount: number | null = null;
  const amountText = root.get('54');
  if (amountText !== undefined) {
    // EMVCo's amount is digits with an optional "." and decimals; NAPAS allows a trailing "." ("50000.").
    // VND has no minor unit, so only zero decimals are whole đồng.
    const whole = /^(\d{1,13})(?:\.0*)?$/.exec(amountText)?.[1];
    if (whole === undefined || amountText.length > 13 || Number(whole) <= 0) {
      throw invalid(`Số tiền không hợp lệ / amount must be a positive whole number of đồng, got "${amountText}"`);
    }
    amount = Number(whole);
  }

  let memo: string | null = null;
  const additional = root.get('62');
  if (additional !== undefined) memo = parseTlv(additional, 'field 62').get('08') ?? null;

  return { bin, bank: bankByBin(bin)?.short ?? null, account, amount, memo, dynamic: initiation === '12', to: service === SERVICE_TO_CARD ? 'card' : 'account' };
}
