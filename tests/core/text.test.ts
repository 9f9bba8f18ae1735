import { describe, expect, it } from 'vitest';
import { foldDiacritics, splitText } from '../../core/text.ts';
import { stripDiacritics } from '../../core/payments/vietqr.ts';
import { isDivisibleUnit } from '../../core/catalog/units.ts';

describe('splitText', () => {
  it('returns a text that fits whole, even an empty one', () => {
    expect(splitText('Chào bạn', 10)).toEqual(['Chào bạn']);
    expect(splitText('', 10)).toEqual(['']);
  });

  it('cuts at the last line break when that keeps at least half a piece, dropping the break', () => {
    expect(splitText('aaaaaaa\nbbbb', 10)).toEqual(['aaaaaaa', 'bbbb']);
  });

  it('cuts hard at the limit when the only break is too early', () => {
    expect(splitText('a\nbbbbbbbbbbbb', 10)).toEqual(['a\nbbbbbbbb', 'bbbb']);
  });

  it('never leaves an empty last piece when the text ends at a cut', () => {
    expect(splitText(`${'a'.repeat(10)}\n`, 10)).toEqual(['a'.repeat(10)]);
  });

  it('keeps every character of a long text, in order, in pieces within the limit', () => {
    const text = Array.from({ length: 300 }, (_, i) => `Dòng ${i}: khăn lụa xanh`).join('\n');
    const parts = splitText(text, 100);
    expect(parts.every((p) => p.length > 0 && p.length <= 100)).toBe(true);
    expect(parts.join('\n')).toBe(text);
  });

  it('refuses a limit below one instead of looping', () => {
    expect(() => splitText('abc', 0)).toThrow(RangeError);
  });
});

describe('foldDiacritics', () => {
  it('removes Vietnamese tone and vowel marks and turns đ/Đ into d/D, keeping case', () => {
    expect(foldDiacritics('Đơn hàng lụa Vạn Phúc, đỏ thắm')).toBe('Don hang lua Van Phuc, do tham');
    expect(foldDiacritics('ẮẰẲẴẶ ữ ỹ')).toBe('AAAAA u y');
  });

  it('folds text typed with separate combining marks (as some phones send it) and any script the same as the whole-string rule', () => {
    const whole = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    const decomposed = 'Đơn hàng lụa Vạn Phúc'.normalize('NFD');
    expect(foldDiacritics(decomposed)).toBe('Don hang lua Van Phuc');
    let every = '';
    for (let cp = 0x80; cp < 0x2000; cp++) every += String.fromCodePoint(cp);
    const mixed = `${every} ${'Ấm chén'.normalize('NFD')} 🍵 e\u0301\u0323 Йй ΆΈ`;
    expect(foldDiacritics(mixed)).toBe(whole(mixed));
    expect(foldDiacritics(mixed)).toBe(whole(mixed)); // again, from what was remembered
  });

  it('is what VietQR memos and unit lookups use', () => {
    expect(stripDiacritics('Đơn hàng lụa')).toBe('Don hang lua');
    expect(isDivisibleUnit('Mét')).toBe(true);
    expect(isDivisibleUnit('m²')).toBe(true);
    // sand and gravel by the cubic metre: half a load is an order
    expect(isDivisibleUnit('m3')).toBe(true);
    expect(isDivisibleUnit('khối')).toBe(true);
    expect(isDivisibleUnit('m³')).toBe(true);
    expect(isDivisibleUnit('chiếc')).toBe(false);
  });
});
