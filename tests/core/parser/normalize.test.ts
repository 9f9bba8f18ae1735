import { describe, expect, it } from 'vitest';
import { fold, hasDiacritics, isVietnameseSyllable, singulars, tokenize } from '../../../core/parser/normalize.ts';

describe('fold', () => {
  it('removes Vietnamese diacritics and maps đ to d', () => {
    expect(fold('khăn lụa đỏ')).toBe('khan lua do');
    expect(fold('áo dài vạn phúc')).toBe('ao dai van phuc');
    expect(fold('ấm chén bát tràng')).toBe('am chen bat trang');
  });
  it('leaves ASCII untouched', () => {
    expect(fold('kl-xanh x3')).toBe('kl-xanh x3');
  });
  it('detects diacritics', () => {
    expect(hasDiacritics('cho mình')).toBe(true);
    expect(hasDiacritics('cho minh')).toBe(false);
  });
});

describe('tokenize', () => {
  it('keeps sku codes, decimals, dates and glued units as single words', () => {
    const words = tokenize('KL-XANH x3, 1,5kg 20/11 1m5 2c').filter((t) => t.kind === 'word').map((t) => t.low);
    expect(words).toEqual(['kl-xanh', 'x3', '1,5kg', '20/11', '1m5', '2c']);
  });
  it('marks sentence ends, question marks, soft separators and list dashes', () => {
    const ts = tokenize('khăn đỏ + cà vạt? - ok\nhi');
    expect(ts.map((t) => t.kind)).toEqual(['word', 'word', 'soft', 'word', 'word', 'hard', 'colon', 'word', 'hard', 'word']);
    expect(ts[5]!.question).toBe(true);
  });
  it('drops emoji and stray marks, keeps letters beyond the basic plane, and joins parts only where they join', () => {
    const raw = (t: string) => tokenize(t).map((x) => `${x.kind}:${x.raw}`);
    // Fancy-font letters pasted from Facebook are letters; an emoji is nothing.
    expect(raw('𝐂𝐡𝐨 2 😀 hộp')).toEqual(['word:𝐂𝐡𝐨', 'word:2', 'word:hộp']);
    // A dash between words joins them; one standing alone opens a list item; one glued to a word's end is dropped.
    expect(raw('áo-dài - 8:30 x- ...?')).toEqual(['word:áo-dài', 'colon:-', 'word:8:30', 'word:x', 'hard:...', 'hard:?']);
    // A decimal point joins digits only: "a.5" and "5.a" are two words and a sentence end.
    expect(raw('a.5 5.a')).toEqual(['word:a', 'hard:.', 'word:5', 'word:5', 'hard:.', 'word:a']);
  });
  it('records case and diacritics per token', () => {
    const [a, b] = tokenize('Khăn do');
    expect(a).toMatchObject({ low: 'khăn', fold: 'khan', accented: true, cap: true });
    expect(b).toMatchObject({ low: 'do', fold: 'do', accented: false, cap: false });
  });
});

describe('isVietnameseSyllable', () => {
  it('accepts real syllables and rejects typos', () => {
    for (const w of ['khan', 'xanh', 'nghieng', 'tranh', 'xinh', 'vang', 'uoc']) expect(isVietnameseSyllable(w)).toBe(true);
    for (const w of ['vag', 'xaanh', 'scarf', 'khanh1']) expect(isVietnameseSyllable(w)).toBe(false);
  });
});

describe('singulars', () => {
  it('gives singular candidates of English plurals', () => {
    expect(singulars('scarves')).toContain('scarf');
    expect(singulars('ties')).toContain('tie');
    expect(singulars('boxes')).toContain('box');
    expect(singulars('pillowcases')).toContain('pillowcase');
    expect(singulars('glass')).toEqual([]);
  });
});
