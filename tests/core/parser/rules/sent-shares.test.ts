/** Rule: shares of a line sent to different places order no more (core/parser/shares.ts, noun-phrase.ts, bind.ts). */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // positive: "giao" after a share says where it goes; it opens no unknown goods
  { shop: 'silkTanChau', text: 'lấy 2 hộp quà tết, 1 hộp giao Sài Gòn, 1 hộp giao Cần Thơ', items: { 'QT-TET': 2 }, ask: false },
  { shop: 'hangMaLanterns', text: 'e đặt 2 đèn kéo quân, 1 cái giao Cầu Giấy, 1 cái giao Hà Đông', items: { 'KEO-QUAN': 2 }, ask: false },
  { shop: 'banLacFood', text: 'Combo 4 người còn không shop? Còn thì chốt 1 suất giao tối nay nhé', items: { 'COMBO-4': 1 }, ask: false },
  // positive: a share named by the line's own word ("1 set") is no second line
  { shop: 'naHangSpecialties', text: 'Mình đặt 3 set quà Tết, 1 set giao Hà Nội 2 set giao Tuyên Quang nhé', items: { 'SET-TET': 3 }, ask: false },
  // negative: shares that exceed the line ask
  { shop: 'naHangSpecialties', text: 'Mình đặt 3 set quà Tết, 1 set giao Hà Nội 3 set giao Tuyên Quang nhé', items: { 'SET-TET': 3 }, ask: true },
  // negative: another size of the goods, sent somewhere, is other goods, not a share
  { shop: 'sweetPotatoes', text: 'Mua 2 túi khoai sấy dẻo 250g và 1 hộp 500g gửi Đà Nẵng', items: { 'KL-SAY-250': 2 }, ask: true },
];

describeCorpus('sent-shares', EXAMPLES);
