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
