/** Corrections: 'à đổi sang …', 'à nhầm size L' change the line before to the sibling that differs by what is named; a product named again in a clause ending on 'thôi' takes the new quantity. */
import { describeCorpus, type Example } from './catalogs.ts';

const EXAMPLES: Example[] = [
  // right after a count, a head noun of the catalog is that noun, not "kèm" or English "but"
  { shop: 'bakery', text: 'cho e 1 kem socola 20 nha c', items: { 'BK20-SOCO': 1 }, ask: false },
  { shop: 'stationery', text: 'cho minh 2 but ky go huong', items: { 'BK-HUONG': 2 }, ask: false },
  // in a text with diacritics, a bare word as the catalog writes it ("kem") is that word, not "kèm"
  { shop: 'dairy', text: 'kem dừa 2 hộp, kem cốm 1 hộp', items: { 'KEM-DUA': 2, 'KEM-COM': 1 }, ask: false },
  { shop: 'fabrics', text: 'cho em 2 mét rưỡi đũi 1m2 kem', items: { 'DUI12-KEM': 2.5 }, ask: false },
  // typed bare, "doi sang" is "đổi sang"; in a text with diacritics "màu kem" is a colour, not "kèm"
  { shop: 'chamPottery', text: 'lay 1 lo do, a thoi doi sang mau nau', items: { 'LO-NAU': 1 }, ask: false },
  { shop: 'rugs', text: 'lay 1 tham coi 160x230 do, a thoi doi sang xanh', items: { 'TC-160230-XANH': 1 }, ask: false },
  { shop: 'canvas', text: '2 tote trắng, đổi sang màu kem nhé', items: { 'TOTE-KEM': 2 }, ask: false },
  // negative: after a number "doi" is the pair it counts; "kèm" written with its marks still joins two items
  { shop: 'rugs', text: 'lay 2 doi dep coi size 38', items: { 'DEP-COI-38': 2 }, ask: false },
  { shop: 'canvas', text: '2 tote trắng kèm 1 túi khóa kéo M', items: { 'TOTE-TRANG': 2, 'TKK-M': 1 }, ask: false },
  { shop: 'silver', text: 'cho e 1 đôi bông tai đá xanh, à đổi sang màu trắng nhé', items: { 'BONG-TRANG': 1 }, ask: false },
  { shop: 'silk', text: 'lấy 1 áo dài size M, à nhầm size L ạ', items: { 'AD-L': 1 }, ask: false },
  { shop: 'silk', text: 'lấy 2 khăn đỏ và 1 túi lụa, à khăn đỏ lấy 1 thôi', items: { 'KL-DO': 1, 'TUI-LUA': 1 }, ask: false },
  { shop: 'herbs', text: 'lấy 2 hộp trà gừng và 1 hộp trà tâm sen, à trà gừng lấy 3 thôi', items: { 'TRA-GUNG': 3, 'TRA-SEN': 1 }, ask: false },
  { shop: 'herbs', text: 'kỷ tử loại B 5 lạng, thôi đổi sang loại A đi shop', items: { 'KY-TU-A': 5 }, ask: false },
  // negative: 'đổi' opening a message changes an earlier order, not this one
  { shop: 'silk', text: 'đổi sang size L giúp em', items: {}, ask: false },
  // "mà thôi" takes back the line before; what follows replaces it, keeping its amount
  { shop: 'bedding', text: 'cho mình 2 chăn hè 1m6 xanh. Ờ mà thôi, lấy màu hồng đi', items: { 'CHAN-16-HONG': 2 }, ask: false },
  { shop: 'combs', text: 'cho mình 2 vòng đen M, mà thôi lấy size L đi', items: { 'VT-DEN-L': 2 }, ask: false },
  // "đổi" right before a new amount, after an order, restates the amount; it cancels nothing
  { shop: 'porkRolls', text: 'em lấy 3 cây giò lụa 500g à đổi 2 cây thôi', items: { 'GL-500': 2 }, ask: false },
  { shop: 'herbs', text: 'lấy 3 hộp trà gừng, đổi 2 hộp thôi', items: { 'TRA-GUNG': 2 }, ask: false },
  // negative: "đổi" of an order already placed, with no line in this message, still cancels nothing placed here
  { shop: 'herbs', text: 'em muốn đổi 2 hộp trà gừng đã mua', items: {}, ask: false },
  // a clause opening with "ko thôi" after a line takes it back, as "à không" does
  { shop: 'sunscreen', text: 'em lấy 1 biển xanh 100ml, ko thôi lấy 50ml thôi ạ', items: { 'BIENXANH-50-50': 1 }, ask: false },
  { shop: 'silk', text: 'lấy 2 khăn đỏ, ko thôi lấy 2 khăn vàng', items: { 'KL-VANG': 2 }, ask: false },
  // after an order verb, a number of the kind the line was named by (15 cm) names the sibling of that size
  { shop: 'nightLights', text: 'lấy 1 đèn trăng 12 nhé, à thôi lấy 15', items: { 'DEN-TRANG-15': 1 }, ask: false },
  // an outer pack and what it holds, after the correction: that many of the sibling holding so many
  { shop: 'wardrobes', text: 'lấy 2 túi móc nhựa 20 cái, à nhầm 3 túi 10 cái', items: { 'MOC-NHUA-10': 3 }, ask: false },
  { shop: 'eggs', text: 'lấy 2 vỉ trứng gà ta 10 quả, à nhầm 1 khay 30 quả', items: { 'GA-TA-30': 1 }, ask: false },
  { shop: 'altarStatues', text: 'lấy 1 bàn thờ treo 69 nhé, à thôi lấy 81', items: { 'BTT-81': 1 }, ask: false },
  // a correction that names a product ordered before the last line corrects that one and keeps the last
  { shop: 'roofing', text: 'lấy 6 tuýp keo trám với 2 cuộn băng keo chống thấm, à thôi keo trám lấy 4 thôi', items: { 'KEO-SIL': 4, 'BANG-KEO': 2 }, ask: false },
  { shop: 'riverFish', text: 'trắm đen làm sạch 2 cân\nlăng làm sạch 1 cân\nà sửa lại trắm đen 3 cân nhé', items: { 'TD-LS': 3, 'CL-LS': 1 }, ask: false },
  // among siblings sharing as much with the line corrected, the one with fewer words of its own ("bó 10 đôi")
  { shop: 'woodChopsticks', text: 'lấy 4 đôi đũa mun 24cm... à nhầm, 27cm nhé', items: { 'DM-27': 4 }, ask: false },
  { shop: 'citrus', text: 'e lấy 2kg cam loại 2, thôi đổi sang loại 1 nhé', items: { 'CAM-L1': 2 }, ask: false },
  { shop: 'plantPots', text: 'chậu đen 20cm 10 cái, à nhầm, màu trắng', items: { 'TRON-20-TRANG': 10 }, ask: false },
  { shop: 'birdNest', text: 'đặt 2 hộp yến thô 50g nhé... thôi đổi sang yến tinh 50g', items: { 'YS-TINH-50': 2 }, ask: false },
];

describeCorpus('corrections', EXAMPLES);
