import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../core/parser/normalize.ts';
import { measureConcept, productUnit, readNumberToken, readQuantity } from '../../../core/parser/numbers.ts';

/** Reads the quantity at the start of a text (Vietnamese unless en). */
function q(text: string, en = false) {
  const r = readQuantity(tokenize(text), 0, en);
  return r && { value: r.value, unit: r.unit?.key ?? null, dim: r.unit?.dim ?? null };
}

describe('readNumberToken', () => {
  it('reads digits, decimal commas and glued units', () => {
    expect(readNumberToken('3')).toMatchObject({ kind: 'num', value: 3, unit: null });
    expect(readNumberToken('1,5')).toMatchObject({ kind: 'num', value: 1.5 });
    expect(readNumberToken('1,5kg')).toMatchObject({ kind: 'num', value: 1.5, unit: { dim: 'mass' } });
    expect(readNumberToken('120cm')).toMatchObject({ kind: 'num', value: 120, unit: { dim: 'length', factor: 0.01 } });
    expect(readNumberToken('2c')).toMatchObject({ kind: 'num', value: 2, unit: { key: 'cai' } });
  });
  it('reads the spoken shorthands 1m5 and 1kg2', () => {
    expect(readNumberToken('1m5')).toMatchObject({ kind: 'num', value: 1.5, unit: { key: 'met' } });
    expect(readNumberToken('1m50')).toMatchObject({ value: 1.5 });
    expect(readNumberToken('1kg2')).toMatchObject({ kind: 'num', value: 1.2, unit: { key: 'kg' } });
  });
  it('does not read prices, thousands, dates and times as quantities', () => {
    for (const w of ['250k', '1tr8', '250.000', '20/11', '8h30', '750k', '2tr', '100000']) {
      expect(readNumberToken(w).kind).toBe('other');
    }
  });
  it('reads x2 and sl2', () => {
    expect(readNumberToken('x2')).toEqual({ kind: 'x', value: 2 });
    expect(readNumberToken('sl2')).toEqual({ kind: 'label', value: 2 });
  });
});

describe('readQuantity', () => {
  it('reads Vietnamese number words', () => {
    expect(q('một cái')?.value).toBe(1);
    expect(q('ba cái')?.value).toBe(3);
    expect(q('mười cái')?.value).toBe(10);
    expect(q('mười hai cái')?.value).toBe(12);
    expect(q('mười lăm cái')?.value).toBe(15);
    expect(q('hai mươi cái')?.value).toBe(20);
    expect(q('hai mươi lăm mét')?.value).toBe(25);
    expect(q('hai mươi mốt cái')?.value).toBe(21);
    expect(q('hai chục mét')?.value).toBe(20);
    expect(q('bay cai')?.value).toBe(7);
  });
  it('applies tá, chục and dozen', () => {
    expect(q('1 tá')?.value).toBe(12);
    expect(q('2 tá')?.value).toBe(24);
    expect(q('1 chục')?.value).toBe(10);
    // the tens after the hundreds
    expect(q('một trăm hai chục cái')?.value).toBe(120);
    expect(q('một trăm hai mươi cái')?.value).toBe(120);
    expect(q('1 trăm 2 chục cái')?.value).toBe(120);
    expect(q('một trăm cái')?.value).toBe(100);
    // a dot between groups of three before counted pieces marks thousands; alone it is a price
    expect(q('2.500 viên')?.value).toBe(2500);
    expect(q('1.000 bao')?.value).toBe(1000);
    expect(q('250.000')).toBeNull();
    expect(q('a dozen', true)?.value).toBe(12);
  });
  it('reads rưỡi and nửa', () => {
    expect(q('2 mét rưỡi')).toEqual({ value: 2.5, unit: 'met', dim: 'length' });
    expect(q('1 rưỡi')?.value).toBe(1.5);
    expect(q('nửa mét')).toEqual({ value: 0.5, unit: 'met', dim: 'length' });
    expect(q('nửa cân')).toEqual({ value: 0.5, unit: 'kg', dim: 'mass' });
  });
  it('reads units and classifiers', () => {
    expect(q('5 mét')?.unit).toBe('met');
    expect(q('50 phân')).toEqual({ value: 50, unit: 'cm', dim: 'length' });
    expect(q('3 lạng')).toEqual({ value: 3, unit: 'lang', dim: 'mass' });
    expect(q('2 ký')?.dim).toBe('mass');
    expect(q('1 cân')?.dim).toBe('mass');
    expect(q('500 gam')?.dim).toBe('mass');
    expect(q('2 đôi')?.dim).toBe('pair');
    expect(q('1 cặp')?.dim).toBe('pair');
    expect(q('3 chiếc')?.unit).toBe('chiec');
  });
  it('reads labels and x markers', () => {
    expect(readQuantity(tokenize('sl 2'), 0, false)).toMatchObject({ value: 2, label: true });
    expect(readQuantity(tokenize('số lượng: 2'), 0, false)).toMatchObject({ value: 2, label: true });
    expect(readQuantity(tokenize('x 3'), 0, false)).toMatchObject({ value: 3, x: true });
  });
  it('reads English numbers and units', () => {
    expect(q('a pair of', true)).toEqual({ value: 1, unit: 'doi', dim: 'pair' });
    expect(q('two meters of', true)).toEqual({ value: 2, unit: 'met', dim: 'length' });
    expect(q('half a meter', true)?.value).toBe(0.5);
    expect(q('a', false)).toBeNull();
  });
  it('rejects words that are not numbers', () => {
    expect(q('khăn đỏ')).toBeNull();
    expect(q('250k')).toBeNull();
  });
});

describe('productUnit and measureConcept', () => {
  it('knows the dimension of catalog units', () => {
    expect(productUnit('mét')).toMatchObject({ dim: 'length', factor: 1 });
    expect(productUnit('kg')).toMatchObject({ dim: 'mass', factor: 1 });
    expect(productUnit('lạng')).toMatchObject({ dim: 'mass', factor: 0.1 });
    expect(productUnit('gam')).toMatchObject({ dim: 'mass', factor: 0.001 });
    expect(productUnit('đôi')).toMatchObject({ dim: 'pair' });
    expect(productUnit('chiếc')).toMatchObject({ dim: 'count', key: 'chiec' });
    expect(productUnit('chục')).toMatchObject({ dim: 'count', factor: 10 });
    expect(productUnit('100g')).toMatchObject({ dim: 'mass', factor: 0.1 });
  });
  it('gives one concept to equal measures written differently', () => {
    const m = (s: string) => {
      const t = readNumberToken(s);
      return t.kind === 'num' && t.unit ? measureConcept(t.value, t.unit) : null;
    };
    expect(m('1m6')).toBe('len:160');
    expect(m('1.6m')).toBe('len:160');
    expect(m('160cm')).toBe('len:160');
    expect(m('200g')).toBe('mass:200');
    expect(m('0,2kg')).toBe('mass:200');
  });
});
