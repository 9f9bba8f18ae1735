import { foldDiacritics } from '../text.ts';
/**
 * Vietnamese banks that take part in NAPAS 247 / VietQR, keyed by their NAPAS BIN (acquirer id).
 *
 * BINs cross-checked against the public list in xuannghia/vietnam-qr-pay (src/constants/banks.ts),
 * the VietQR bank directory (api.vietqr.io/v2/banks, as reproduced in public repositories) and the VietQR
 * spec summaries; short names follow the names people type in a chat ("VCB", "MB").
 */

/** One bank: its NAPAS BIN, the short name we print, its full Vietnamese name and other names people use. */
export interface Bank {
  bin: string;
  short: string;
  name: string;
  aliases: readonly string[];
}

const BANK_LIST: readonly Bank[] = [
  { bin: '970436', short: 'VCB', name: 'Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank)', aliases: ['Vietcombank'] },
  { bin: '970405', short: 'Agribank', name: 'Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam', aliases: ['VBA', 'VARB'] },
  { bin: '970415', short: 'VietinBank', name: 'Ngân hàng TMCP Công thương Việt Nam', aliases: ['ICB', 'CTG', 'Vietin'] },
  { bin: '970418', short: 'BIDV', name: 'Ngân hàng TMCP Đầu tư và Phát triển Việt Nam', aliases: [] },
  { bin: '970422', short: 'MB', name: 'Ngân hàng TMCP Quân đội (MB Bank)', aliases: ['MBBank', 'MBB'] },
  { bin: '970407', short: 'Techcombank', name: 'Ngân hàng TMCP Kỹ thương Việt Nam', aliases: ['TCB'] },
  { bin: '970416', short: 'ACB', name: 'Ngân hàng TMCP Á Châu', aliases: [] },
  { bin: '970432', short: 'VPBank', name: 'Ngân hàng TMCP Việt Nam Thịnh Vượng', aliases: ['VPB'] },
  { bin: '970423', short: 'TPBank', name: 'Ngân hàng TMCP Tiên Phong', aliases: ['TPB'] },
  { bin: '970403', short: 'Sacombank', name: 'Ngân hàng TMCP Sài Gòn Thương Tín', aliases: ['STB'] },
  { bin: '970441', short: 'VIB', name: 'Ngân hàng TMCP Quốc tế Việt Nam', aliases: [] },
  { bin: '970443', short: 'SHB', name: 'Ngân hàng TMCP Sài Gòn – Hà Nội', aliases: [] },
  { bin: '970437', short: 'HDBank', name: 'Ngân hàng TMCP Phát triển Thành phố Hồ Chí Minh', aliases: ['HDB'] },
  { bin: '970448', short: 'OCB', name: 'Ngân hàng TMCP Phương Đông', aliases: [] },
  { bin: '970426', short: 'MSB', name: 'Ngân hàng TMCP Hàng Hải Việt Nam', aliases: ['Maritime Bank'] },
  { bin: '970440', short: 'SeABank', name: 'Ngân hàng TMCP Đông Nam Á', aliases: ['SSB'] },
  { bin: '970431', short: 'Eximbank', name: 'Ngân hàng TMCP Xuất Nhập khẩu Việt Nam', aliases: ['EIB'] },
  { bin: '970449', short: 'LPBank', name: 'Ngân hàng TMCP Lộc Phát Việt Nam', aliases: ['LPB', 'LienVietPostBank'] },
  { bin: '970428', short: 'NamABank', name: 'Ngân hàng TMCP Nam Á', aliases: ['Nam A Bank', 'NAB'] },
  { bin: '970409', short: 'BacABank', name: 'Ngân hàng TMCP Bắc Á', aliases: ['Bac A Bank', 'BAB'] },
  { bin: '970425', short: 'ABBANK', name: 'Ngân hàng TMCP An Bình', aliases: ['ABB'] },
  { bin: '970433', short: 'VietBank', name: 'Ngân hàng TMCP Việt Nam Thương Tín', aliases: ['VBB'] },
  { bin: '970454', short: 'BVBank', name: 'Ngân hàng TMCP Bản Việt', aliases: ['Viet Capital Bank', 'VietCapitalBank', 'VCCB'] },
  { bin: '970412', short: 'PVcomBank', name: 'Ngân hàng TMCP Đại Chúng Việt Nam', aliases: ['PVCB'] },
  { bin: '970429', short: 'SCB', name: 'Ngân hàng TMCP Sài Gòn', aliases: [] },
  { bin: '970438', short: 'BaoVietBank', name: 'Ngân hàng TMCP Bảo Việt', aliases: ['BaoViet Bank', 'BVB'] },
  { bin: '970452', short: 'KienlongBank', name: 'Ngân hàng TMCP Kiên Long', aliases: ['KLB'] },
  { bin: '970419', short: 'NCB', name: 'Ngân hàng TMCP Quốc Dân', aliases: [] },
  { bin: '546034', short: 'CAKE', name: 'Ngân hàng số CAKE by VPBank', aliases: [] },
  { bin: '546035', short: 'Ubank', name: 'Ngân hàng số Ubank by VPBank', aliases: [] },
  { bin: '963388', short: 'Timo', name: 'Ngân hàng số Timo by Bản Việt', aliases: [] },
  { bin: '970427', short: 'VietABank', name: 'Ngân hàng TMCP Việt Á', aliases: ['VAB'] },
  { bin: '970430', short: 'PGBank', name: 'Ngân hàng TMCP Thịnh vượng và Phát triển', aliases: ['PGB'] },
  { bin: '970400', short: 'SaigonBank', name: 'Ngân hàng TMCP Sài Gòn Công Thương', aliases: ['SGICB'] },
  { bin: '970406', short: 'DongABank', name: 'Ngân hàng TMCP Đông Á', aliases: ['DOB'] },
  { bin: '970408', short: 'GPBank', name: 'Ngân hàng Thương mại TNHH MTV Dầu Khí Toàn Cầu', aliases: ['GPB'] },
  { bin: '970414', short: 'Oceanbank', name: 'Ngân hàng Thương mại TNHH MTV Đại Dương', aliases: ['OJB', 'MBV'] },
  { bin: '970444', short: 'CBBank', name: 'Ngân hàng Thương mại TNHH MTV Xây dựng Việt Nam', aliases: ['CBB'] },
  { bin: '970446', short: 'COOPBANK', name: 'Ngân hàng Hợp tác xã Việt Nam', aliases: [] },
  { bin: '970424', short: 'ShinhanBank', name: 'Ngân hàng TNHH MTV Shinhan Việt Nam', aliases: ['Shinhan', 'SHBVN'] },
  { bin: '970410', short: 'StandardChartered', name: 'Ngân hàng TNHH MTV Standard Chartered Việt Nam', aliases: ['SCVN'] },
  { bin: '970439', short: 'PublicBank', name: 'Ngân hàng TNHH MTV Public Việt Nam', aliases: ['PBVN'] },
  { bin: '970434', short: 'IndovinaBank', name: 'Ngân hàng TNHH Indovina', aliases: ['IVB'] },
  { bin: '970421', short: 'VRB', name: 'Ngân hàng Liên doanh Việt – Nga', aliases: [] },
  { bin: '970442', short: 'HongLeong', name: 'Ngân hàng TNHH MTV Hong Leong Việt Nam', aliases: ['HLBVN'] },
  { bin: '970457', short: 'Woori', name: 'Ngân hàng TNHH MTV Woori Việt Nam', aliases: ['WVN'] },
  { bin: '970458', short: 'UOB', name: 'Ngân hàng United Overseas Bank Việt Nam', aliases: ['UnitedOverseas'] },
  { bin: '422589', short: 'CIMB', name: 'Ngân hàng TNHH MTV CIMB Việt Nam', aliases: [] },
  { bin: '458761', short: 'HSBC', name: 'Ngân hàng TNHH MTV HSBC (Việt Nam)', aliases: [] },
  { bin: '796500', short: 'DBSBank', name: 'DBS Bank Ltd – Chi nhánh Thành phố Hồ Chí Minh', aliases: ['DBS'] },
  { bin: '668888', short: 'KBank', name: 'Ngân hàng Đại chúng TNHH Kasikornbank – Chi nhánh TP. Hồ Chí Minh', aliases: ['Kasikornbank'] },
  { bin: '970455', short: 'IBKHN', name: 'Ngân hàng Công nghiệp Hàn Quốc – Chi nhánh Hà Nội', aliases: ['IBK HN'] },
  { bin: '970456', short: 'IBKHCM', name: 'Ngân hàng Công nghiệp Hàn Quốc – Chi nhánh TP. Hồ Chí Minh', aliases: ['IBK HCM'] },
  { bin: '970462', short: 'KookminHN', name: 'Ngân hàng Kookmin – Chi nhánh Hà Nội', aliases: ['KBHN'] },
  { bin: '970463', short: 'KookminHCM', name: 'Ngân hàng Kookmin – Chi nhánh TP. Hồ Chí Minh', aliases: ['KBHCM'] },
  { bin: '801011', short: 'Nonghyup', name: 'Ngân hàng Nonghyup – Chi nhánh Hà Nội', aliases: ['NHB HN'] },
  { bin: '970466', short: 'KEBHanaHCM', name: 'Ngân hàng KEB Hana – Chi nhánh TP. Hồ Chí Minh', aliases: ['KEBHANAHCM'] },
  { bin: '970467', short: 'KEBHanaHN', name: 'Ngân hàng KEB Hana – Chi nhánh Hà Nội', aliases: ['KEBHANAHN'] },
  { bin: '533948', short: 'Citibank', name: 'Ngân hàng Citibank, N.A. – Chi nhánh Hà Nội', aliases: ['CITIBANK'] },
  { bin: '999888', short: 'VBSP', name: 'Ngân hàng Chính sách Xã hội', aliases: [] },
  { bin: '977777', short: 'MAFC', name: 'Công ty Tài chính TNHH MTV Mirae Asset (Việt Nam)', aliases: [] },
  { bin: '971005', short: 'ViettelMoney', name: 'Tổng Công ty Dịch vụ số Viettel (Viettel Money)', aliases: ['VTLMONEY', 'ViettelPay'] },
  { bin: '971011', short: 'VNPTMoney', name: 'VNPT Money', aliases: ['VNPTMONEY'] },
  { bin: '971025', short: 'MoMo', name: 'CTCP Dịch vụ Di động Trực tuyến (Ví MoMo)', aliases: [] },
  { bin: '971133', short: 'PVcomBankPay', name: 'Ngân hàng TMCP Đại Chúng Việt Nam – Ngân hàng số', aliases: ['PVDB'] },
];

/** Every bank in the directory, in a stable order (big domestic banks first). */
export const BANKS: readonly Bank[] = BANK_LIST;

/** Upper-case, diacritics removed, letters and digits only: "Nam Á Bank" → "NAMABANK". */
function lookupKey(s: string): string {
  return foldDiacritics(s)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

const byBin = new Map<string, Bank>();
const byKey = new Map<string, Bank>();
for (const bank of BANK_LIST) {
  if (byBin.has(bank.bin)) throw new Error(`duplicate BIN ${bank.bin}`);
  byBin.set(bank.bin, bank);
  for (const name of [bank.short, ...bank.aliases]) {
    const key = lookupKey(name);
    const other = byKey.get(key);
    if (other && other !== bank) throw new Error(`bank name ${name} is ambiguous`);
    byKey.set(key, bank);
  }
}

/** Thrown by `resolveBank` when the input matches no bank; `suggestions` holds close matches (short names). */
export class UnknownBankError extends Error {
  override readonly name = 'UnknownBankError';
  constructor(
    readonly input: string,
    readonly suggestions: readonly string[],
  ) {
    const hint = suggestions.length > 0 ? ` Có phải / Did you mean: ${suggestions.join(', ')}?` : '';
    super(`Không tìm thấy ngân hàng "${input}" / Unknown bank "${input}".${hint}`);
  }
}

/** The bank with this NAPAS BIN, or undefined. */
export function bankByBin(bin: string): Bank | undefined {
  return byBin.get(bin.trim());
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** Close matches for an unknown bank name: shared prefix/substring or a small edit distance. */
function suggestBanks(key: string): string[] {
  if (key.length === 0) return [];
  const scored: { short: string; score: number }[] = [];
  for (const bank of BANK_LIST) {
    let best = Number.POSITIVE_INFINITY;
    for (const name of [bank.short, ...bank.aliases]) {
      const k = lookupKey(name);
      if (k.startsWith(key) || (key.length >= 3 && k.includes(key))) best = Math.min(best, 0);
      const d = editDistance(key, k);
      if (d <= Math.max(1, Math.floor(k.length / 3))) best = Math.min(best, d);
    }
    if (Number.isFinite(best)) scored.push({ short: bank.short, score: best });
  }
  return scored
    .sort((x, y) => x.score - y.score)
    .slice(0, 5)
    .map((s) => s.short);
}

/** A bank from its short name or an alias (any case, spaces and diacritics ignored) or its 6-digit BIN; throws UnknownBankError otherwise. */
export function resolveBank(input: string): Bank {
  const trimmed = input.trim();
  if (/^\d{6}$/.test(trimmed)) {
    const bank = byBin.get(trimmed);
    if (bank) return bank;
    throw new UnknownBankError(trimmed, []);
  }
  const key = lookupKey(trimmed);
  const bank = byKey.get(key);
  if (bank) return bank;
  throw new UnknownBankError(trimmed, suggestBanks(key));
}
