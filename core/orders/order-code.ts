import { randomInt } from 'node:crypto';

/**
 * Order codes like `VP7K3MQ`: a group prefix, four random characters and a Luhn mod-32 check character.
 * The alphabet leaves out 0/O and 1/I so a code read aloud or typed into a bank memo survives.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const N = CODE_ALPHABET.length;
const BODY_LENGTH = 4;

function codePoint(c: string): number {
  const i = CODE_ALPHABET.indexOf(c);
  if (i < 0) throw new Error(`character ${c} is not in the order-code alphabet`);
  return i;
}

/** The Luhn mod N check character for `input` (all characters must be in the alphabet). */
export function checkCharacter(input: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = input.length - 1; i >= 0; i--) {
    let addend = factor * codePoint(input[i]!);
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / N) + (addend % N);
    sum += addend;
  }
  return CODE_ALPHABET[(N - (sum % N)) % N]!;
}

/** True when the last character of `code` is the right check character for the rest. */
export function isValidCheck(code: string): boolean {
  if (code.length < 2) return false;
  for (const c of code) if (!CODE_ALPHABET.includes(c)) return false;
  return checkCharacter(code.slice(0, -1)) === code.at(-1);
}

/** A group's code prefix from its slug: initials of the last two words, e.g. `lua-van-phuc` → `VP`. */
export function codePrefixForSlug(slug: string): string {
  const initials = slug
    .toUpperCase()
    .split('-')
    .map((w) => [...w].find((c) => CODE_ALPHABET.includes(c)) ?? '')
    .filter(Boolean)
    .join('');
  const prefix = initials.slice(-2);
  return prefix.length === 2 ? prefix : (prefix + 'GM').slice(0, 2);
}

/** A fresh random order code with the given prefix. */
export function newOrderCode(prefix: string, random: (max: number) => number = randomInt): string {
  let body = '';
  for (let i = 0; i < BODY_LENGTH; i++) body += CODE_ALPHABET[random(N)];
  return prefix + body + checkCharacter(prefix + body);
}

/** Length of every order code: two prefix letters, four random characters, one check character. */
export const ORDER_CODE_LENGTH = 2 + BODY_LENGTH + 1;
