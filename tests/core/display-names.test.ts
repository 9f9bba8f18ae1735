import { describe, expect, it } from 'vitest';
import { productName, shortProductName } from '../../core/catalog/display-names.ts';

describe('product names shown to people', () => {
  const scarf = { name: 'Khăn lụa tơ tằm màu xanh ngọc', aliases: ['khăn xanh', 'khăn lụa xanh', 'blue silk scarf'] };
  it('a short name from the shop, else a short alias that starts like the name, else the name cut at a word', () => {
    expect(shortProductName({ ...scarf, shortName: 'Khăn xanh ngọc' })).toBe('Khăn xanh ngọc');
    expect(shortProductName(scarf)).toBe('Khăn xanh');
    expect(shortProductName({ name: 'Cà vạt lụa nam', aliases: [] })).toBe('Cà vạt lụa nam');
    expect(shortProductName({ name: 'Bộ ấm chén men rạn cổ Bát Tràng', aliases: ['ấm chén'] })).toBe('Bộ ấm chén men rạn…');
    for (const n of ['Lụa tơ tằm may áo (theo mét) loại đặc biệt dành cho áo dài cưới', 'Khăn']) expect(shortProductName({ name: n }).length).toBeLessThanOrEqual(20);
  });
  it('English readers get the English name when the shop gave one, the shop\'s own name otherwise', () => {
    expect(productName({ ...scarf, nameEn: 'Jade silk scarf' }, 'en')).toBe('Jade silk scarf');
    expect(productName(scarf, 'en')).toBe('Khăn lụa tơ tằm màu xanh ngọc');
    expect(productName({ ...scarf, nameEn: 'Jade silk scarf' }, 'vi')).toBe('Khăn lụa tơ tằm màu xanh ngọc');
    expect(shortProductName({ ...scarf, nameEn: 'Mulberry silk scarf, jade green' }, 'en')).toBe('Mulberry silk…');
  });
});
