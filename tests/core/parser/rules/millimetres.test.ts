/**
 * "ly" (or "li") after a number is a millimetre at a shop whose names measure in millimetres ("ván ép 18 ly" for
 * "Ván ép … dày 18mm", "que 3 ly 2" for "phi 3.2mm"); a shop that sells by the glass keeps "ly" a glass, and a
 * street after a house number stays a street.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'plywood', text: 'lay 1 tam van ep 5 ly, 1 tam 9 ly', items: { 'VE-5': 1, 'VE-9': 1 }, ask: false },
  { shop: 'plywood', text: 'lay 5 tam van ep 18 ly nha a', items: { 'VE-18': 5 }, ask: false },
  { shop: 'weldingGear', text: 'anh ơi cho em 1 hộp que 2 ly 5 với 2 ký que 4 ly', items: { 'QH-25-H5': 1, 'QH-40-KG': 2 }, ask: false },
  { shop: 'weldingGear', text: 'cho 1 hộp que 3 ly 2 nhé', items: { 'QH-32-H5': 1 }, ask: false },
  { shop: 'gymMats', text: 'thảm xanh 8 li 1 cái, thảm xanh 6 li 1 cái', items: { 'TT-8-XANH': 1, 'TT-6-XANH': 1 }, ask: false },
  { shop: 'dongXamSilver2', text: 'bông tai 8 li với 10 li mỗi loại 1 đôi', items: { 'BONG-TAI-8': 1, 'BONG-TAI-10': 1 }, ask: false },
  // negative: glasses at a shop that sells by the glass; "Ly" of a street name after a house number
  { shop: 'comTam', text: 'e lấy 10 ly đậu nành nha c', items: { 'SUA-DN': 10 }, ask: false },
  {
    shop: 'dongXamSilver2',
    text: 'Hi, can I get one dragon ring size 18 and a lotus pendant? Ship to 14 Ly Thuong Kiet, Hanoi',
    items: { 'NHAN-RONG-18': 1, 'MAT-SEN': 1 },
    ask: false,
  },
];

describeCorpus('millimetres', EXAMPLES);
