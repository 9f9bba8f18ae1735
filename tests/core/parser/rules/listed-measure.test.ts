/**
 * A measure written apart from its number opening a list item (after "và", "với", a comma, or at the clause's start),
 * where the phrase before carries a measure of the same kind, and "mỗi" or another amount follows: a second size of the
 * same goods, not an amount ("bình rượu 2 lít và 5 lít mỗi loại 3 bình", "hộp tròn 8 phân lấy 20 cái, 12 phân lấy 10
 * cái"), with the colour said after it ("lọ hoa 45 phân đỏ 1, 30 phân đen 1"). After "mỗi", the head noun of those
 * goods counts them again ("… 3 bình"), naming no new goods.
 */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  { shop: 'chuDauCeramics', text: 'bình rượu 2 lít và 5 lít mỗi loại 3 bình', items: { 'BR-2L': 3, 'BR-5L': 3 }, ask: false },
  { shop: 'kimSonGoat', text: 'chả dê gói 500 gam và 250 gam mỗi loại 3 gói', items: { 'CHA-DE-500': 3, 'CHA-DE-250': 3 }, ask: false },
  { shop: 'medicinalWines', text: 'ruou mat ong 500ml va 1 lit moi loai 2 chai', items: { 'MO-500': 2, 'MO-1L': 2 }, ask: false },
  { shop: 'woodStatues', text: 'bàn thờ đứng 153 phân, 127 phân mỗi cái 1', items: { 'BT-DUNG-153': 1, 'BT-DUNG-127': 1 }, ask: false },
  { shop: 'nhiKheWood', text: 'hộp tròn 8 phân lấy 20 cái, 12 phân lấy 10 cái', items: { 'HT-8': 20, 'HT-12': 10 }, ask: false },
  { shop: 'woodStatues', text: 'bàn thờ treo tường 61 phân lấy hai cái, 81 phân lấy một cái', items: { 'BT-TREO-61': 2, 'BT-TREO-81': 1 }, ask: false },
  { shop: 'haThaiLacquer4', text: 'lọ hoa 45 phân đỏ 1, 30 phân đen 1', items: { 'LO-45-DO': 1, 'LO-30-DEN': 1 }, ask: false },
  // a second size keeps the degree the goods before were named with ("43 độ"), a measure of another kind
  { shop: 'hamNinhFishSauce2', text: 'nuoc mam 43 do loai 250ml va 500ml moi loai 3 chai', items: { 'NM43-250': 3, 'NM43-500': 3 }, ask: false },
  { shop: 'hamNinhSpecialties', text: 'rượu sim 29 độ 300ml và 750ml mỗi loại 3 chai', items: { 'SIM-29-300': 3, 'SIM-29-750': 3 }, ask: false },
  // negative: a measure followed by goods is their amount; a measure with none of its kind before is an amount
  { shop: 'medicinalWines', text: 'ruou mat ong 500ml 2 chai va 1 lit ruou ba kich', items: { 'MO-500': 2, 'BK-1L': 1 }, ask: false },
  { shop: 'chuDauCeramics', text: 'men lam 2 lít và 5 lít mỗi loại', items: { 'MEN-LAM': 2 }, ask: true },
  // negative: with no amount after it, the measure may be how much is wanted: ask
  { shop: 'woodStatues', text: 'bàn thờ treo tường 61 phân lấy hai cái, 81 phân', items: { 'BT-TREO-61': 2 }, ask: true },
];

describeCorpus('listed-measure', EXAMPLES);
