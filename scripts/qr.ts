/**
 * `npm run qr -- --bank VCB|970436 --account N [--amount VND] [--memo TEXT] [--png FILE]`
 * `npm run qr -- --decode PAYLOAD`
 * Prints the VietQR payload (one line) or the decoded fields (one JSON line); errors go to stderr with exit code 1.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolveBank, UnknownBankError } from '../core/payments/banks.ts';
import { renderQrPng } from '../core/payments/qr-image.ts';
import { buildVietQr, parseVietQr, VietQrError } from '../core/payments/vietqr.ts';

const USAGE =
  'Cách dùng / usage:\n' +
  '  npm run qr -- --bank VCB|970436 --account N [--amount VND] [--memo TEXT] [--png FILE]\n' +
  '  npm run qr -- --decode PAYLOAD';

class UsageError extends Error {}

/** Parses "180000", "180.000" or "180,000" (thousands separators) into a whole number of đồng. */
function parseAmount(text: string): number {
  const t = text.trim();
  const digits = /^\d{1,3}([.,_ ]\d{3})+$/.test(t) ? t.replace(/[.,_ ]/g, '') : t;
  if (!/^\d+$/.test(digits)) {
    throw new UsageError(`Số tiền phải là số đồng nguyên, ví dụ 180000 / --amount must be whole đồng, e.g. 180000: "${text}"`);
  }
  return Number(digits);
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      bank: { type: 'string' },
      account: { type: 'string' },
      amount: { type: 'string' },
      memo: { type: 'string' },
      png: { type: 'string' },
      decode: { type: 'string' },
    },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new UsageError(`Tham số thừa / unexpected argument: ${positionals.join(' ')}`);

  if (values.decode !== undefined) {
    const others = (['bank', 'account', 'amount', 'memo', 'png'] as const).filter((k) => values[k] !== undefined);
    if (others.length > 0) throw new UsageError(`--decode không dùng chung với / cannot be combined with --${others.join(', --')}`);
    const f = parseVietQr(values.decode);
    const out = { bin: f.bin, bank: f.bank, account: f.account, amount: f.amount, memo: f.memo, dynamic: f.dynamic, to: f.to };
    process.stdout.write(JSON.stringify(out) + '\n');
    return;
  }

  if (values.bank === undefined || values.account === undefined) throw new UsageError('Thiếu --bank hoặc --account / --bank and --account are required');
  const bank = resolveBank(values.bank);
  const payload = buildVietQr({
    bin: bank.bin,
    account: values.account,
    ...(values.amount === undefined ? {} : { amount: parseAmount(values.amount) }),
    ...(values.memo === undefined ? {} : { memo: values.memo }),
  });
  if (values.png !== undefined) writeFileSync(values.png, await renderQrPng(payload));
  process.stdout.write(payload + '\n');
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof UsageError || (err instanceof Error && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS'))) {
    process.stderr.write(`${err.message}\n${USAGE}\n`);
  } else if (err instanceof VietQrError || err instanceof UnknownBankError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  }
  process.exitCode = 1;
});
