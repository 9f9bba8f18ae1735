/**
 * An earlier order asked for again with none of its goods told ("lấy như lần trước nhé", "giống đơn tuần trước",
 * "như mọi khi nhé") asks: the shop says which goods it was. Goods named in the message are that order ("như mọi
 * lần nhé, 2 đôi hạc 60"); a phone or an address "như lần trước" is the one given before; a complaint compares.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'bronzeNamTruc', text: 'anh lấy như lần trước nhé', items: {}, ask: true },
  { shop: 'pomeloBinhMinh', text: 'giống đơn tuần trước nha chị', items: {}, ask: true },
  { shop: 'pomeloBinhMinh', text: 'khach quen day shop, nhu moi khi nhe', items: {}, ask: true },
  { shop: 'bronzeNamTruc', text: 'y như đơn hôm qua, thêm 1 bát hương phi 16', items: { 'BH-16': 1 }, ask: true },
  // negatives
  { shop: 'bronzeNamTruc', text: 'như mọi lần nhé, 2 đôi hạc 60', items: { 'HAC-60': 2 }, ask: false },
  { shop: 'pomeloBinhMinh', text: 'lấy 5 ký cam sành, sđt như lần trước', items: { 'CAM-SANH': 5 }, ask: false },
  { shop: 'pomeloBinhMinh', text: 'cam đợt này không ngọt như lần trước chị ơi', items: {}, ask: false },
  { shop: 'bronzeNamTruc', text: 'như lần trước nhé, 1 bát hương phi 20', items: { 'BH-20': 1 }, ask: false },
];

describeCorpus('repeat-unnamed', EXAMPLES);
