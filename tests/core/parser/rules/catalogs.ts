/**
 * The catalogs the rule corpora read against: the demo silk shop that ships with Gom, and two small shops of other
 * villages made for these tests (silverware and altar bronze; dried herbs and gifts), so that every rule is shown
 * on more than one catalog.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseShopFileText } from '../../../../core/catalog/shop-file.ts';
import type { CatalogProduct } from '../../../../core/catalog/types.ts';
import { buildMatcher, parseOrder, type Matcher } from '../../../../core/parser/index.ts';

const p = (sku: string, name: string, unit: string, aliases: string[] = [], price = 100000): CatalogProduct => ({ sku, name, price, unit, aliases });

/** The matcher of a shop file's products, as a shop importing that file gets. */
const shopMatcher = (shop: { products: readonly CatalogProduct[] }): Matcher =>
  buildMatcher(shop.products.map((x) => p(x.sku, x.name, x.unit, x.aliases, x.price)));

const demo = parseShopFileText(readFileSync(new URL('../../../../data/van-phuc.shop.json', import.meta.url), 'utf8'));
/** A tea village's shop of the unseen sets (tests/fixtures/parser-unseen), read as a new shop would import it. */
const unseen = (name: string) => parseShopFileText(readFileSync(new URL(`../../../fixtures/parser-unseen/${name}.shop.json`, import.meta.url), 'utf8'));
const tea = unseen('tra-thai-nguyen-com-vong');
/** A Mid-Autumn toy shop and a Bát Tràng pottery of the unseen sets: singles beside boxes and sets of them. */
const toys = unseen('do-choi-trung-thu');
const pottery = unseen('gom-bat-trang');
const rattan = unseen('may-tre-dan-phu-vinh');
const flutes = unseen('dan-tre-xuan-lai-nhac-cu');
const bedding = unseen('det-to-tam-nam-dinh-chan-ga');
const combs = unseen('luoc-sung-thuy-ung');
const cakes = unseen('banh-dau-xanh-pia');
const seafood = unseen('nuoc-mam-banh-phu-quoc-hai-san-kho');
const lanterns = unseen('den-long-hoi-an');
const omai = unseen('banh-com-lang-vong-o-mai');
const fans = unseen('quat-giay-chang-son');
const ricepaper = unseen('banh-trang-trang-bang');
const stone = unseen('da-my-nghe-non-nuoc');
const joss = unseen('huong-quang-phu-cau');
const mushrooms = unseen('nam-rom-moc-nhi');
const silverware = unseen('dong-xam-bac');
const embroidery = unseen('theu-quat-dong');
const sweetsNorth = unseen('che-lam-keo-lac-go-the');
const porkRolls = unseen('gio-cha-uoc-le');
const paperFlowers = unseen('hoa-giay-thanh-tien');
const noodles = unseen('bun-pho-kho-banh-da');
const drums = unseen('trong-doi-tam');
const candy = unseen('keo-cu-do-me-xung');
const brocade = unseen('tho-cam-sapa-ban-ve');
const cashews = unseen('hat-dieu-banh-tet-binh-phuoc');
const rice = unseen('gao-dac-san');
const seedlings = unseen('cay-giong-hung-yen');
/** Shops of sets 65-72: sedge rugs, Chăm pottery, woven baskets, spices, a bún chả stall, canvas bags, lotus tea, nuts. */
const rugs = unseen('tham-day-coi-thai-binh');
const medicinal = unseen('duoc-lieu-ninh-hiep');
const leather = unseen('giay-da-phu-yen');
const blinds = unseen('rem-tre-manh-truc');
const shrimpPaste = unseen('mam-tom-mam-tep-ruoc');
const flowers = unseen('hoa-cay-canh-nhat-tan');
const clogs = unseen('guoc-moc-tay-ninh');
const oils = unseen('dau-ep-lanh');
const fabrics = unseen('vai-dui-ton-lanh');
const dairy = unseen('sua-moc-chau');
const knitting = unseen('len-moc-tay');
const tackle = unseen('dung-cu-cau-ca');
const kites = unseen('dieu-sao-ba-giang');
const hammocks = unseen('vong-xep-vong-du');
const stationery = unseen('so-da-but-ky');
const drinks = unseen('tra-sua-nuoc-mia');
const tofu = unseen('dau-phu-lang-mo');
const wines = unseen('vang-da-lat');
const bakery = unseen('banh-kem-sinh-nhat');
const chickens = unseen('ga-dong-tao');
const tshirts = unseen('ao-thun-in');
const pets = unseen('thuc-an-thu-cung');
const freshSeafood = unseen('hai-san-tuoi-nha-trang');
const braisedFish = unseen('ca-kho-vu-dai');
const aoDai = unseen('ao-dai-may-san');
const chamPottery = unseen('gom-bau-truc');
const baskets = unseen('gio-nhua-dan-tay');
const spices = unseen('gia-vi-tay-bac');
const bunCha = unseen('bun-cha-ca-la-vong');
const canvas = unseen('tui-vai-canvas-in');
const lotusTea = unseen('tra-sen-tay-ho');
const nuts = unseen('hat-mac-ca-dinh-duong');
const weddingCards = unseen('thiep-cuoi');
const kidsClothes = unseen('quan-ao-tre-em');
const banhCuon = unseen('banh-cuon-thanh-tri');
const steamedBuns = unseen('banh-bao-ha-noi');
const folkPrints = unseen('tranh-dong-ho');
const driedSnacks = unseen('kho-bo-do-an-vat');
const cajeput = unseen('tinh-dau-tram-hue');
const roastMeats = unseen('ga-vit-quay');
const leafCakes = unseen('banh-it-la-gai');
const birdCages = unseen('long-chim-canh');
const belts = unseen('do-da-bo-that-lung');
const agarwood = unseen('vong-tay-go-tram');
const shampoo = unseen('dau-goi-bo-ket');
const flowerSeeds = unseen('hat-giong-hoa');
const cereals = unseen('gao-lut-ngu-coc');
const pho = unseen('pho-bo-mang-ve');
const comTam = unseen('com-tam-van-phong');
const crabNoodles = unseen('banh-canh-cua-tra-vinh');
const goatHotpot = unseen('lau-de-mang-ve');
const banhMi = unseen('banh-mi-hoi-an');
const uniforms = unseen('dong-phuc-may-san');
const helmets = unseen('mu-bao-hiem-in-logo');
const coffeeBeans = unseen('ca-phe-rang-xay-buon-ma-thuot');
const nemChua = unseen('nem-chua-thanh-hoa');
const souvenirs = unseen('moc-khoa-qua-luu-niem');
const sandPaintings = unseen('tranh-gao-tranh-cat');
const giftBoxes = unseen('hop-qua-doanh-nghiep');
const mooncakes = unseen('banh-trung-thu-thu-cong');
const feed = unseen('thuc-an-chan-nuoi');
const coffeeFilters = unseen('ca-phe-phin-dung-cu');
const chocolate = unseen('socola-ca-cao-ben-tre');
const shrimpCrackers = unseen('banh-phong-tom-sa-dec');
const miQuang = unseen('mi-quang-hoi-an');
const yogurt = unseen('sua-chua-nep-cam');
const baBa = unseen('ao-ba-ba-may-san');
const water = unseen('nuoc-suoi-binh-20l');
const school = unseen('vo-but-hoc-sinh');
const groceries = unseen('tap-hoa-online');
const socks = unseen('tat-vo-gang-tay');
const furniture = unseen('ban-ghe-go-noi-that');
const christmas = unseen('den-trang-tri-noel');
const bikes = unseen('xe-dap-phu-tung');
const bags = unseen('tui-nilon-bao-bi');
const art = unseen('dung-cu-ve-tranh');
const crabs = unseen('cua-gach-ca-mau');
const shirts = unseen('ao-so-mi-cong-so');
const masks = unseen('khau-trang-vai');
const umbrellas = unseen('o-du-che-mua');
const cleaners = unseen('nuoc-giat-rua-huu-co');
const eggs = unseen('trung-ga-vit');
const friedChicken = unseen('quan-ga-ran');
const botLoc = unseen('banh-canh-bot-loc');
const football = unseen('do-da-bong');
const comics = unseen('truyen-tranh-sach');
const makeup = unseen('my-pham-trang-diem');
const textbooks = unseen('sach-giao-khoa');
const hardware = unseen('son-dinh-oc-vit');
const formula = unseen('sua-bot-tre-em');
const minhLong = unseen('gom-su-minh-long');
const pizza = unseen('pizza-quan');
const plumbing = unseen('vat-tu-dien-nuoc');
const building = unseen('vat-lieu-xay-dung');
const silkFlowers = unseen('hoa-lua-hoa-gia');
const vitamins = unseen('vitamin-thuc-pham-chuc-nang');
const heels = unseen('giay-cao-got');
const noodles2 = unseen('mi-goi-thung');
const waterFilters = unseen('loi-loc-nuoc');
const suitcases = unseen('vali-du-lich');
const tableTennis = unseen('bong-ban');
const bearings = unseen('vong-bi-day-curoa');
const knives = unseen('dao-da-sy');
const koreanSnacks = unseen('do-an-han-quoc');
const maternity = unseen('do-bau');
const fans2 = unseen('quat-dien');
const jackets = unseen('ao-khoac');
const deskLamps = unseen('den-ban-hoc');
const modelShips = unseen('mo-hinh-thuyen-go');
const cleaning = unseen('dung-cu-lau-nha');
const farmFilms = unseen('mang-phu-nong-nghiep');
const wallPaint = unseen('son-tuong-nuoc');
const pepper = unseen('tieu-phu-quoc');
const northWest = unseen('mat-ong-ca-phe-tay-bac');
const kidsBikes = unseen('xe-dap-tre-em');
const packaging = unseen('thung-carton-bao-bi');
const coconutCandy = unseen('keo-dua-ben-tre');
const pressedOils = unseen('dau-lac-vung-ep');
const glassJars = unseen('chai-lo-thuy-tinh');
const lychees = unseen('vai-thieu-nhan-long');
const zithers = unseen('dan-bau-dan-tranh');
const citrus = unseen('cam-buoi-vinh');
const crabSoup = unseen('banh-da-cua-hai-phong');
const hotpotSauces = unseen('sot-lau-gia-vi');
const ropes = unseen('luoi-cau-day-thung');
const frames = unseen('khung-anh-dong-ho-go');
const bambooMats = unseen('chieu-truc-tre');
const sedgeSandals = unseen('dep-coi-thai-binh');
const juices = unseen('nuoc-ep-trai-cay');
const woodcraft = unseen('do-go-my-nghe-van-ha');
const artichokeTea = unseen('tra-atiso-da-lat');
const pillows = unseen('goi-cao-su-goi-theu');
const bambooLamps = unseen('den-tre-may');
const lacquerPaintings = unseen('son-mai-ha-thai');
const pancakes = unseen('banh-xeo-mien-tay');
const phuLang = unseen('gom-phu-lang');
const teddies = unseen('gau-bong');
const rainwear = unseen('ao-mua-o-du');
const charcoal = unseen('than-cui-bbq');
const fishCakes = unseen('cha-ca-nha-trang');
const ledLights = unseen('den-led-trang-tri');
/** Sets 627-634 of the unseen sets, after their first run. */
const banhCay = unseen('banh-cay-lang-nguyen');
const bonsai = unseen('bonsai-vi-khe');
const saltLamps = unseen('den-da-muoi-khanh-hoi');
const exoticLeather = unseen('do-da-long-xuyen');
const fishFry = unseen('giong-thuy-san-tien-dong');
const hyacinth = unseen('luc-binh-thanh-phu');
const grapes = unseen('nho-tao-thai-an');
const ruouCan = unseen('ruou-can-buon-jun');
const cornLiquor = unseen('ruou-ngo-bac-ha');
const soils = unseen('phan-bon-dat-trong');
const fermentedTofu = unseen('chao-dau-phu-nhu');
const lingzhi = unseen('nam-linh-chi');
/** Sets 643-650 of the unseen sets, after their first run. */
const simWine = unseen('ruou-sim-cua-can');
const pearls = unseen('ngoc-trai-an-thoi');
const oolong = unseen('tra-o-long-bao-loc');
const riceWrappers = unseen('banh-da-nem-lang-cheu');
const pipeTobacco = unseen('thuoc-lao-tien-lang');
const weddingCakes = unseen('banh-phu-the-dinh-bang');
const bunBo = unseen('bun-bo-kim-long');
const banhKhot = unseen('banh-khot-thang-tam');
/** Sets 651-658 of the unseen sets, after their first run. */
const gongs = unseen('cong-chieng-plei-ro');
const binhDinh = unseen('dac-san-an-nhon');
const lotusSilk = unseen('to-sen-phung-xa');
const banhGai = unseen('banh-gai-ninh-giang');
const driftwood = unseen('go-lua-tan-lap');
const pithHelmets = unseen('mu-coi-phu-thuong');
const floatingLanterns = unseen('den-giay-thanh-tuyen');
const dieCast = unseen('mo-hinh-kim-loai-an-khanh');
/** Sets 635-642 of the unseen sets, after their first run. */
const haLong = unseen('dac-san-bien-hung-thang');
const phuTho = unseen('dac-san-dat-to');
const terracotta = unseen('gom-thanh-ha');
const mushroomSpawn = unseen('nam-sach-lien-hiep');
const beeProducts = unseen('ong-mat-dong-van');
const goatMilk = unseen('sua-de-gia-sinh');
const palmSugar = unseen('thot-not-la-buong-tri-ton');
const toHe = unseen('to-he-xuan-la');
const maltCandy = unseen('keo-mach-nha-keo-lac');
const chickenRice = unseen('quan-com-ga-hoi-an');
const kitchenware = unseen('do-gia-dung-inox');
const aquarium = unseen('ca-canh-thuy-sinh');
const exportRattan = unseen('may-tre-dan-xuat-khau');
/** Shops with capacities and models of five digits in their names ("20000mAh", "18650"). */
const flashlights = unseen('den-pin-sac');
const phoneGear = unseen('phu-kien-dien-thoai');
const powerBanks = unseen('pin-sac-du-phong');
const cleanPork = unseen('thit-heo-sach');
const birdNest = unseen('yen-sao');
/** Shops whose names carry codes of numbers joined by "/" or "-" ("80/90-14", "NPK 20-20-20", "23/10"). */
const tyres = unseen('lop-xe');
const orchids = unseen('lan-ho-diep');
const office = unseen('van-phong-pham');
/** Shops whose names glue a unit to a number ("10oz", "5lb", "12Ah"). */
const boxing = unseen('do-tap-vo');
const sportsNutrition = unseen('thuc-pham-gym');
const eBikes = unseen('xe-dap-dien');
const plantProtection = unseen('thuoc-bao-ve-thuc-vat');
const barber = unseen('dung-cu-cat-toc');
const importedWines = unseen('ruou-vang-nhap');
/** Shops whose names give a model after "mã" (code): flooring, wallpaper. */
const flooring = unseen('van-san-go');
const wallpaper = unseen('giay-dan-tuong');
const cameraGear = unseen('phu-kien-may-anh');
const pumpParts = unseen('phu-tung-may-bom');
const capsules = unseen('ca-phe-vien-nen');
const babyGoods = unseen('do-dung-em-be');
const importedSauces = unseen('gia-vi-nhap-khau');
const gummies = unseen('keo-deo-trai-cay');
const bouquets = unseen('bo-hoa-tuoi');
const vegetarian = unseen('thuc-pham-chay');
const wireAndPipes = unseen('day-dien-ong-nuoc');
const fabricByMetre = unseen('vai-may-theo-met');
const householdElectrics = unseen('thiet-bi-dien-gia-dung');
const building2 = unseen('vat-lieu-xay-dung-2');
const diapers = unseen('bim-ta-khan-uot');
const tissues = unseen('giay-ve-sinh-khan-giay');
const cookies = unseen('banh-cookie');
const infusedWines = unseen('ruou-thuoc-ngam');
const fry = unseen('con-giong-gia-cam');
const usedPhones = unseen('dien-thoai-cu');
const motorOil = unseen('dau-nhot-xe');
const topUpCards = unseen('the-cao-dien-thoai');
const electronics = unseen('linh-kien-dien-tu');
const goldJewellery = unseen('trang-suc-vang');
const softDrinks = unseen('nuoc-ngot-thung');
const beekeeping = unseen('vat-tu-nuoi-ong');
const wallPanels = unseen('tam-op-tuong-nhua');
const instantCoffee = unseen('ca-phe-hoa-tan');
const waterHeaters = unseen('binh-nong-lanh');
const eventRentals = unseen('cho-thue-su-kien');
const mensShoes = unseen('giay-dep-nam');
const pondProbiotics = unseen('men-vi-sinh-ao-nuoi');
const flasks = unseen('binh-giu-nhiet');
const network = unseen('thiet-bi-mang-wifi');
const roomScents = unseen('tui-thom-nuoc-hoa');
const foodBoxes = unseen('hop-dung-thuc-pham');
const rcToys = unseen('do-choi-dieu-khien');
const importedBeer = unseen('bia-lon-nhap-khau');
const film = unseen('may-anh-film');
const melamine = unseen('chen-dia-melamine');
const sewingNotions = unseen('phu-lieu-may-mac');
const pickleball = unseen('vot-pickleball');
const acSupplies = unseen('vat-tu-dieu-hoa');
const signage = unseen('vat-tu-quang-cao');
const bakingSupplies = unseen('bot-mi-lam-banh');
const styrofoam = unseen('thung-xop-da-vien');
const foodPackaging = unseen('bao-bi-thuc-pham');
const officeChairs = unseen('ghe-van-phong');
const adultDiapers = unseen('bim-nguoi-gia');
const floodlights = unseen('den-pha-led');
const safetyShoes = unseen('giay-bao-ho');
const switches = unseen('cong-tac-o-cam');
const hairDye = unseen('thuoc-nhuom-toc');
const riceCookers = unseen('noi-com-dien');
const glasses = unseen('kinh-mat-gong-can');
const soju = unseen('ruou-soju-nhap');
const pestControl = unseen('diet-con-trung-gia-dung');
const tiles = unseen('gach-op-lat-san-vuon');
const liveGear = unseen('den-livestream-phu-kien');
const batteries = unseen('ac-quy-xe');
const oilPaintings = unseen('tranh-son-dau');
const weldingGear = unseen('vat-tu-han-dien');
const coirMats = unseen('tham-xo-dua');
const induction = unseen('bep-tu-hong-ngoai');
const glassware = unseen('ly-coc-thuy-tinh');
const babyBottles = unseen('binh-sua-num-ti');
const babyFood = unseen('bot-an-dam-cho-be');
const importedSweets = unseen('keo-ngot-nhap-khau');
const motorbikeCare = unseen('cham-soc-xe-may');
const catLitter = unseen('cat-ve-sinh-meo');
const woodStains = unseen('son-go-dau-lau');
const screens = unseen('cua-luoi-chong-muoi');
const pads = unseen('bang-ve-sinh-phu-nu');
const cables = unseen('cap-sac-dien-thoai');
const latexPillows = unseen('nem-cao-su-goi');
const motoBulbs = unseen('den-xe-may-led');
const hotelLinens = unseen('khan-tam-khach-san');
const teaBags = unseen('tra-tui-loc');
const sunscreen = unseen('kem-chong-nang');
const driedFruit = unseen('trai-cay-say-deo');
const forestHoney = unseen('mang-kho-dac-san-rung');
const stickyRiceWine = unseen('ruou-nep-than-hop-qua');
const cosmeticBags = unseen('tui-dung-my-pham');
const clingFilm = unseen('mang-boc-thuc-pham');
const eggTrays = unseen('khay-dung-trung-vi-trung');
const drillGear = unseen('phu-kien-may-khoan');
const importedFruit = unseen('trai-cay-nhap-khau');
const gymMats = unseen('tham-tap-the-duc');
const padlocks = unseen('o-khoa');
const kidsKnits = unseen('bao-tay-tre-em-mu-len');
const shelves = unseen('ke-go-lap-ghep');
const rooftopSolar = unseen('dien-mat-troi-ap-mai');
const basketball = unseen('bong-ro-the-thao');
const sewingMachines = unseen('may-may-gia-dinh');
const sprayers = unseen('binh-phun-tuoi-cay');
const clocks = unseen('dong-ho-treo-tuong-ban');
const plaster = unseen('tuong-thach-cao-trang-tri');
const cellBatteries = unseen('pin-tieu-pin-cuc-ao');
const tableLinens = unseen('khan-trai-ban-nap');
const vases = unseen('binh-hoa-gom-su');
const nightLights = unseen('den-ngu-trang-tri');
const wardrobes = unseen('tu-quan-ao-nhua');
const birthdayCandles = unseen('nen-sinh-nhat-trang-tri');
const miniSofas = unseen('ghe-sofa-mini');
const tapsAndBasins = unseen('voi-sen-chau-rua');
const gasStoves = unseen('thiet-bi-bep-gas-mini');
const caps = unseen('mu-non-luoi-trai');
const denim = unseen('quan-jean');
const altarStatues = unseen('tuong-phat-go');
const dolls = unseen('bup-be-do-choi-be-gai');
const altarBronze = unseen('do-tho-dai-bai');
const lacquerBoards = unseen('hoanh-phi-son-dong');
const tetTrees = unseen('cay-canh-nhat-tan');
const gravestones = unseen('da-my-nghe-ninh-van');
const banhGio = unseen('banh-que-phu-nhi');
const crabPaste = unseen('dac-san-bien-tien-hai');
const sunDriedBeef = unseen('dac-san-krong-pa');
const seals = unseen('khac-dau-hang-quat');
const farmTools = unseen('nong-cu-cam-tay');
const hangTrong = unseen('tranh-hang-trong');
const coconuts = unseen('dua-cau-ke');
const rooftiles = unseen('gach-ngoi-huong-canh');
const ironwork = unseen('sat-my-nghe-xuan-lai');
const quilts = unseen('bong-phu-xa');
const orchidSupplies = unseen('vat-tu-lan-me-linh');
const hoTayKitchen = unseen('am-thuc-ho-tay');
const quanHo = unseen('quan-ho-lim');
const hueCakes = unseen('banh-hue-kim-long');
const sacks = unseen('bao-bi-dong-xa');
const bunDau = unseen('bun-dau-lang-mo');
const bettas = unseen('ca-canh-an-thanh');
const chimes = unseen('chuong-phuoc-kieu');
const bathHerbs = unseen('la-thuoc-yen-son');
const pallets = unseen('pallet-phu-khe');
const glassPaintings = unseen('tranh-kinh-phu-van');
const altars = unseen('ban-tho-son-dong');
const pickledLeeks = unseen('cu-kieu-vinh-chau');
const flan = unseen('flan-xom-chua');
const dongTao = unseen('ga-quy-dong-tao');
const costumes = unseen('hoa-trang-hang-ma');
const khanRan = unseen('khan-ran-tan-chau');
const maiChauPork = unseen('lon-ban-mai-chau');
const rattanFurniture = unseen('may-tre-phu-vinh');
const bronzeMirrors = unseen('dong-dai-bai');
const porkRolls2 = unseen('gio-cha-uoc-le-2');
const sesameCandy = unseen('keo-xuan-hoa');
const medicinalWines = unseen('ruou-lang-van');
const flutes2 = unseen('sao-truc-xuan-lai');
const lotusHue = unseen('sen-hue-tinh-tam');
const jellies = unseen('thach-giai-khat-cam-xuyen');
const gemPaintings = unseen('tranh-da-quy-luc-yen');
const weddingRentals = unseen('ao-dai-cuoi-cho-thue');
const suits = unseen('vest-nam');
const riceWrappers2 = unseen('banh-trang-truong-cuu');
const weddingEvents = unseen('cuoi-hoi-binh-da');
const oilLamps = unseen('den-dau-dai-bai');
const driedSeafood = unseen('hai-san-kho-canh-duong');
const palmLeaf = unseen('la-co-tan-son');
const caneSugar = unseen('mia-duong-thi-pho');
const sprouts = unseen('rau-mam-yen-vien');
const embroidery2 = unseen('theu-quat-dong-2');
const sewingKit = unseen('kim-chi-may-khau');
const freshNoodles = unseen('bun-pho-tuoi');
const koiGear = unseen('thiet-bi-ho-ca-koi');
const dryNoodles = unseen('mien-dong-phia-nam');
const ropeBrooms = unseen('choi-tien-phong');
const doPaper = unseen('giay-do-duong-o');
const ruoi = unseen('ruoi-tu-ky');
const mountainGoat = unseen('de-nui-ninh-binh');
const huTieu = unseen('hu-tieu-binh-tao');
const cinnamon = unseen('que-hoi-van-yen');
const coconutShell = unseen('my-nghe-dua-mo-cay');
const squidCakes = unseen('cha-muc-ha-long');
const crocodile = unseen('da-ca-sau-long-hung');
const bauDa = unseen('ruou-que-bau-da-kim-son');
const thanhSon = unseen('dac-san-thanh-son');
const basketBoats = unseen('thung-chai-an-hai');
const sweetPotatoes = unseen('khoai-cu-loc-dien');
const cordyceps = unseen('dong-trung-ban-khoang');
const taiBacBrocade = unseen('tho-cam-ban-mong');
const vinegars = unseen('giam-men-lang-van');
const pressureWash = unseen('may-rua-xe-ap-luc');
const banhDaKe = unseen('banh-da-ke');
const banhTet = unseen('banh-tet-tra-cuon');
const breakfast = unseen('bua-sang-phu-hoa');
const bambooToys = unseen('do-choi-tre-thach-xa');
const gourds = unseen('ho-lo-bau-kho');
const highlandInstruments = unseen('nhac-cu-tay-nguyen');
const namO = unseen('nuoc-mam-nam-o');
const camelliaTea = unseen('tra-hoa-vang-ba-che');
const plantPots = unseen('chau-nhua-trong-cay');
const cottonBedding = unseen('chan-nem-tan-uyen');
const beeswax = unseen('sap-ong-quan-ba');
const laiThieu = unseen('gom-su-lai-thieu');
const cutFlowers = unseen('hoa-tay-tuu');
const beanSauce = unseen('tuong-que-nam-dan');
const mangThit = unseen('gach-gom-mang-thit');
const kimBong = unseen('do-go-kim-bong');
const anchovies = unseen('ca-com-ham-ninh');
const silkBouquets = unseen('hoa-lua-gia-cam-tay');
const boxesAndTape = unseen('vo-hop-giay-dong-goi');
const banhChung = unseen('banh-chung-tranh-khuc');
const chaoLong = unseen('chao-long-ke-buoi');
const comHen = unseen('com-hen-con-hen');
const phuocTich = unseen('gom-phuoc-tich');
const thuyXuan = unseen('huong-tram-thuy-xuan');
const bananaCandy = unseen('keo-chuoi-phu-hung');
const farmParts = unseen('phu-tung-tan-lap');
const dragonFruit = unseen('thanh-long-ham-minh');
const woodToys = unseen('do-choi-go');
const coconutMilk = unseen('nuoc-cot-dua-dua-kho');
const sesameCakes = unseen('banh-kho-me-cam-le');
const mudskippers = unseen('ca-keo-luon-ech-vinh-hau');
const riverFish = unseen('ca-long-song-da');
const wheelbarrows = unseen('co-khi-thanh-thuy');
const offeringTrays = unseen('mam-cung-hoa-phuoc');
const nemNuong = unseen('nem-nuong-ninh-hoa');
const roofing = unseen('ton-ngoi-dai-dong');
const patchwork = unseen('vai-vun-trach-xa');
const grilledSkewers = unseen('nem-lui-hue');
const childhoodSnacks = unseen('banh-keo-tuoi-tho-phu-nghia');
const seedlings2 = unseen('cay-giong-buon-ho');
const paintBrushes = unseen('choi-son-dong-mai');
const rubberSandals = unseen('dep-cao-su-dong-hoa');
const rachGoc = unseen('kho-rach-goc');
const hoiAnLanterns = unseen('long-den-pho-hoi');
const candiedFruit = unseen('mut-tan-lap');
const quanHo2 = unseen('quan-ho-lang-diem');
const dinhBangCakes = unseen('banh-co-truyen-dinh-bang');
const braisedFish2 = unseen('ca-kho-nghi-thuy');
const phuBinhLanterns = unseen('den-trung-thu-phu-binh');
const kitchenWood = unseen('do-go-bep-trung-khanh');
const shallots = unseen('hanh-tim-vinh-chau');
const nhaXaSilk = unseen('lua-nha-xa');
const starches = unseen('tinh-bot-yen-lang');
const bambooFurniture = unseen('tre-lang-dong');
const breadSticks2 = unseen('banh-mi-que-thanh-khe');
const kimSonSedge = unseen('coi-kim-son');
const thoXuan = unseen('dac-san-tho-xuan');
const mosquito = unseen('do-chong-muoi-phu-vinh');
const silkies = unseen('ga-ac-tan-lap');
const clayPots = unseen('gom-dat-nung-binh-luong');
const myXuyenRice = unseen('gao-my-xuyen');
const embroidery3 = unseen('theu-quat-dong-3');
const chiliPowder = unseen('ot-bot-gia-vi');
const mulberryJam = unseen('mut-dau-tam');
const gameCock = unseen('ga-choi-dong-lam');
const tomChua = unseen('mam-thuan-an');
const aluminiumPots = unseen('nhom-man-xa');
const stoneMortars = unseen('da-my-nghe-ninh-van-2');
const cannedFood = unseen('thuc-pham-dong-hop');
const woodChopsticks = unseen('dua-go-an-lac');
const cakeMoulds = unseen('khuon-banh-dong-hoa');
const drinksStall = unseen('giai-khat-tra-que');
const saltCoffee = unseen('ca-phe-muoi-hue');
const stainlessWare = unseen('inox-da-hoi');
const yarnDyes = unseen('thuoc-nhuom-len-soi');
const chuDauTiles = unseen('gach-men-chu-dau-gom');
const clothShoes = unseen('giay-dep-dong-xa');
const heatedSlippers = unseen('chan-dien-suoi');
const cuttingBoards = unseen('thot-go-nha-bep');
const hotpotKitchen = unseen('lau-xom-dinh');
const banhCuon2 = unseen('banh-cuon-thanh-tri-2');
const sedgeRugs = unseen('tham-coi-kim-son');
const babyPorridge = unseen('chao-be-lang-dong');
const catHaiFishSauce = unseen('nuoc-mam-cat-hai');
const doorMats = unseen('tham-dong-hoa');
const bunChaPhuDo = unseen('bun-cha-phu-do');
const schoolAoDai = unseen('ao-dai-hoc-sinh-tan-chau');
const electricToothbrush = unseen('ban-chai-dien-tam-nuoc');
const plasticCrates = unseen('thung-nhua-cong-nghiep');
const fruitJams = unseen('mut-trai-cay-say');
const kapokMattresses = unseen('nem-gon-phuoc-loc');
const shadeNets = unseen('luoi-tan-phu');
const sewingTools = unseen('do-may-xuan-lai');
const laptopStands = unseen('de-tan-nhiet-laptop');
const highlandBaskets = unseen('gui-may-buon-don');
const cauDatCoffee = unseen('ca-phe-cau-dat');
const windowFilm = unseen('phim-dan-kinh');
const ladders = unseen('co-khi-phung-xa');
const daSyForge = unseen('ren-da-sy');
const rollersAndTrays = unseen('dung-cu-son-dong-cao');
const calligraphy = unseen('thu-phap-phong-khe');
const waterFilterSand = unseen('binh-loc-nuoc-lo-loc');
const cocoa = unseen('bot-ca-cao-socola-nau');
const rubberShoes = unseen('giay-dep-cao-su-dai-dong');
const shoeCare = unseen('dung-cu-ve-sinh-giay');
const plywood = unseen('van-ep-tan-uyen');
const newbornClothes = unseen('ao-so-sinh-do-be');
const smokedBuffalo = unseen('gac-bep-muong-lo');
const essentialOils = unseen('tinh-dau-huong-khe');
const maiTrees = unseen('mai-vang-phuoc-loc');
const lampShop = unseen('den-dien-binh-minh');
const wiring = unseen('dien-dan-dung-dong-anh');
const pictureFrames = unseen('khung-tranh-son-dong');
const teaSets = unseen('am-chen-bat-trang');
const kapokBedding = unseen('bong-gon-tan-chau');
const maChauSilk = unseen('lua-ma-chau');
const springRolls = unseen('cha-gio-tan-lap');
const bolts = unseen('bu-long-te-lo');
const glassMirrors = unseen('kinh-guong-phu-xa');
const foamBoxes = unseen('bao-bi-minh-khai');
const bambooBaskets = unseen('dan-tre-phu-vinh');
const forestGoods = unseen('lam-san-na-hang');
const familyShirts = unseen('ao-thun-la-phu');
const embroideredPictures = unseen('tranh-theu-quat-dong');
const gardenTools = unseen('dung-cu-vuon-da-sy');
const coffeeEaTu = unseen('ca-phe-ea-tu');
const driedFishTamTien = unseen('hai-san-kho-tam-tien');
const driedSeafoodCuaLo = unseen('hai-san-kho-cua-lo');
const molasses = unseen('banh-da-ke-2');
const potteryBauTruc = unseen('gom-bau-truc');
const dongTaoChickens = unseen('ga-dong-tao-khoai-chau');
const potteryPhuLang = unseen('gom-sanh-phu-lang');
const riceCrackersThoHa = unseen('banh-da-tho-ha');
const silverDongXam = unseen('bac-dong-xam');
const towelsPhuongLa = unseen('khan-bong-phuong-la');
const helmetsXomChua = unseen('mu-ao-mua-xom-chua');
const silverRings = unseen('nhan-bac-theo-size');
const agarwoodPhucTrach = unseen('tram-huong-phuc-trach');
const seafoodNhonLy = unseen('hai-san-nhon-ly');
const mugsBatTrang = unseen('qua-tang-bat-trang');
const fruitMienTay = unseen('xoai-sau-rieng-mien-tay');
const fenceWire = unseen('luoi-thep-hang-rao');
const plasticMinhKhai = unseen('do-nhua-minh-khai');
const earTags = unseen('dung-cu-thu-y-trang-trai');
const faceTowels = unseen('khan-mat-cotton');
const tiesMen = unseen('ca-vat-phu-kien-nam');
const shelvesPhungXa = unseen('ke-sat-go-phung-xa');
const coconutCandyMoCay = unseen('keo-dua-mo-cay');
const sedgeBagsKimSon = unseen('coi-kim-son-2');
const fishingBaiNgang = unseen('do-cau-bai-ngang');
const soapMaiXa = unseen('xa-phong-mai-xa');
const ketoFoods = unseen('thuc-pham-keto');
const driedFishTamNong = unseen('kho-ca-tam-nong');
const beddingNamCao = unseen('chan-ga-nam-cao');
const lifeJackets = unseen('ao-phao-cuu-sinh');
const shrimpPasteHaYen = unseen('mam-tep-ha-yen');
const handbags = unseen('tui-xach-nu');
const mice = unseen('ban-phim-chuot');
const tweezers = unseen('do-nghe-noi-mi');
const skewers = unseen('que-xien-tam-tre');
const banhDay = unseen('banh-day-quan-ganh');
const babeForest = unseen('lam-san-ba-be');
const daHoiPlastics = unseen('gia-dung-da-hoi');
const nemDongVe = unseen('nem-cha-dong-ve');
const pacNgoi = unseen('dac-san-pac-ngoi');
const changSonFans = unseen('quat-long-chang-son');
const swimwear = unseen('do-boi');
const huongCanhPots = unseen('gom-huong-canh');
const plasticSandals = unseen('dep-nhua-xuan-dinh');
const castIronPans = unseen('noi-chao-man-xa');
const sourPork = unseen('thit-chua-thanh-son');
const sourShrimp = unseen('mam-phu-thuan');
const riceWrappersTrangBang = unseen('banh-trang-trang-bang-2');
const vegSeedlings = unseen('giong-cay-phu-dong');
const vegSeeds = unseen('hat-giong-rau-sach');
const hairAccessories = unseen('phu-kien-toc');
const sedgeKimSon = unseen('coi-kim-son-5');
const lacquerHaThai = unseen('son-mai-ha-thai-3');
const rattanPhuVinh = unseen('may-tre-dan-phu-vinh-2');
const plasticHousewares = unseen('nhua-gia-dung-minh-khai');
const lanternsPhuBinh = unseen('long-den-phu-binh');
const conicalHatsChuong = unseen('non-la-lang-chuong-3');
const woodDongKy = unseen('do-go-dong-ky');
const ladderShop = unseen('thang-nhom-xe-day');
const lanternsHoiAn4 = unseen('den-long-hoi-an-4');
const mintHoney = unseen('mat-ong-bac-ha-dong-van');
const ceramicsBatTrang = unseen('gom-su-bat-trang');
const bronzeThanhThuy = unseen('duc-dong-thanh-thuy');
const silkTanChau = unseen('lua-tan-chau');
const silkLocChau = unseen('to-lua-loc-chau');
const fabricNinhHiep = unseen('vai-ninh-hiep');
const lycheesThanhHa = unseen('vai-thieu-thanh-ha');
const mocChau = unseen('dac-san-moc-chau');
const lacquerBinhDuong = unseen('son-mai-tuong-binh-hiep');
const forestTayBac = unseen('dac-san-rung-tay-bac');
const maltThiPho = unseen('mach-nha-thi-pho-2');
const juicesCaiBe = unseen('nuoc-ep-cai-be');
const birdsNestVinhLuong = unseen('yen-sao-vinh-luong');
const folkPaintings2 = unseen('tranh-dong-ho-2');
const cuDoThachTrung = unseen('cu-do-thach-trung');
const riceCrackersThoHa2 = unseen('banh-da-tho-ha-2');
const artichokeTraiMat = unseen('atiso-trai-mat');
const incenseThanhLuong = unseen('huong-thanh-luong');
const bonsaiMyDong = unseen('cay-canh-my-dong');
const potteryPhuLang2 = unseen('gom-phu-lang-2');
const pomeloBinhMinh = unseen('buoi-binh-minh');
const capsShop = unseen('mu-non-luoi-trai');
const carParts = unseen('phu-kien-o-to');
const fishSauceChauDoc = unseen('mam-kho-chau-doc');
const goldLeafKieuKy = unseen('quy-vang-kieu-ky');
const chieuDinhYen = unseen('chieu-dinh-yen');
const rattanPhuVinh5 = unseen('may-tre-phu-vinh-5');
const brocadeMyNghiep = unseen('tho-cam-my-nghiep');
const uniformsNamDinh = unseen('in-ao-dong-phuc-nam-dinh');
const gomTanVan = unseen('gom-tan-van');
const mutDauTraiMat = unseen('mut-dau-trai-mat');
const renPhucSen = unseen('ren-phuc-sen');
const photoLaiXa = unseen('anh-lai-xa');
const potteryHuongCanh3 = unseen('gom-huong-canh-3');
const fishSauceMamChauDoc = unseen('mam-chau-doc');
const furnitureThachXa = unseen('may-tre-thach-xa');
const shoesTanLap = unseen('giay-da-tan-lap');
const broomsHoaVang = unseen('choi-tham-hoa-vang');
const fireSafety = unseen('binh-chua-chay');
const lacquerAltars = unseen('do-tho-van-diem');
const teaVillage = unseen('che-tan-cuong');
const woodStatues = unseen('tuong-go-dong-giao');
const forestBees = unseen('mang-rung-ban-khe');
const lucNganLychees = unseen('vai-thieu-luc-ngan');
const driedShrimpRachGoc = unseen('tom-kho-rach-goc');
const rockSugar = unseen('duong-que-tinh-phong');
const trangBangCrackers = unseen('banh-trang-trang-bang-3');
const chuDauCeramics = unseen('gom-chu-dau');
const kimSonGoat = unseen('de-nui-ruou-kim-son');
const dongXamSilver2 = unseen('bac-dong-xam-2');
const nhiKheWood = unseen('tien-go-nhi-khe');
const haThaiLacquer4 = unseen('son-mai-ha-thai-4');
const grillsHotpots = unseen('bep-nuong-lau-dien');
const daLatFlowers = unseen('hoa-thai-phien');
const tanChauSilk2 = unseen('lua-tan-chau-2');
const hamNinhFishSauce2 = unseen('nuoc-mam-ham-ninh-2');
const hamNinhSpecialties = unseen('dac-san-ham-ninh');
const haiHauRice = unseen('gao-hai-hau');
const nguXaBronze = unseen('dong-ngu-xa');
const coconutOils = unseen('dau-dua-mo-cay');
const sonLaSmoked = unseen('trau-gac-bep-son-la');
const thanhHaClay = unseen('gom-thanh-ha-3');
const vanPhucTies = unseen('ca-vat-khan-lua-van-phuc');
const saDecNoodles = unseen('hu-tieu-sa-dec-2');
const langSinhPrints = unseen('tranh-lang-sinh');
const camLoPepper = unseen('tieu-ot-cam-lo');
const viKheBonsai = unseen('bonsai-vi-khe');
const naHangSpecialties = unseen('dac-san-na-hang');
const hangMaLanterns = unseen('long-den-hang-ma');
const banLacFood = unseen('am-thuc-ban-lac');
const phanThietSpecialties = unseen('dac-san-phan-thiet');
const namODriedSeafood = unseen('hai-san-kho-nam-o');
const dongArrowroot = unseen('mien-dong-duong-lieu');
const toothbrushes = unseen('ban-chai-kem-danh-rang');
const baoNinhSquid = unseen('hai-san-kho-bao-ninh');
const moRongHerbs = unseen('duoc-lieu-tu-mo-rong');
const laiThieuPottery = unseen('gom-lai-thieu');
const chuyenMyInlay = unseen('kham-trai-chuyen-my-2');
const thanhChuongTea = unseen('che-thanh-chuong');
const xuLangSpecialties = unseen('dac-san-xu-lang');
const huuLungCustardApples = unseen('na-dong-tan-huu-lung');
const batTrangLamps = unseen('den-gom-bat-trang');
const lanternsXuanLa = unseen('trung-thu-xuan-la');
const shallotsVinhChau2 = unseen('hanh-tim-vinh-chau-2');
const rattanBaoLa = unseen('may-tre-bao-la');
const khotLongHai = unseen('banh-khot-long-hai');
const dongHo3 = unseen('tranh-dong-ho-3');
const squidCakesHaLong = unseen('cha-muc-ha-long-2');
const mangoKeSach = unseen('xoai-ke-sach');
const bronzePhuocKieu = unseen('dong-duc-phuoc-kieu');
const grapesThaiAn = unseen('nho-thai-an');
const lotusSaDec = unseen('hoa-sen-sa-dec');
const bricksMangThit3 = unseen('gach-gom-mang-thit-3');
const huTieuMyTho = unseen('hu-tieu-my-tho');
const kimBong2 = unseen('moc-kim-bong-2');
const squidCuaLo = unseen('cha-muc-cua-lo');
const juteNamCao = unseen('det-dui-nam-cao');
const rattanPhuVinh7 = unseen('may-tre-phu-vinh-7');
const durianDakSong = unseen('nong-san-dak-song');
const riceTrangBang4 = unseen('banh-trang-trang-bang-4');
const oilsHuongTra = unseen('tinh-dau-huong-tra');
const sausageCanGiuoc = unseen('lap-xuong-can-giuoc');
const seafoodCanhDuong2 = unseen('hai-san-canh-duong-2');
const molassesMoDuc = unseen('mat-mia-mo-duc');
const bronzeDaiBai5 = unseen('dong-dai-bai-5');
const mangoHoaLoc = unseen('trai-cay-hoa-loc');
const teaSetsBatTrang2 = unseen('am-chen-bat-trang-2');
const altarSonDong3 = unseen('do-tho-son-dong-3');
const brocadeMaiChau = unseen('tho-cam-mai-chau');
const lacquerVanDiem = unseen('son-mai-van-diem');
const potsHuongCanh5 = unseen('gom-huong-canh-5');
const kimBong4 = unseen('moc-kim-bong-4');
const pineapplePhungHiep = unseen('khom-mia-phung-hiep');
const duckMauSon = unseen('dac-san-mau-son');
const noodlesDuongLieu2 = unseen('mien-dong-duong-lieu-2');
const silverDongXam4 = unseen('bac-dong-xam-4');
const chickenDongTao2 = unseen('ga-dong-tao-2');
const drumsNhatTan = unseen('son-mai-trong-nhat-tan');
const brocadeTaVan = unseen('tho-cam-ta-van');
const incenseQuangPhuCau3 = unseen('huong-quang-phu-cau-3');
const seedlingsChoLach = unseen('cay-giong-cho-lach');
const rattanPhuVinh8 = unseen('may-tre-phu-vinh-8');
const vanGiang2 = unseen('cay-canh-van-giang-2');
const porkRollsTamDuong = unseen('gio-cha-ga-doi-tam-duong');
const lotusNamDan = unseen('sen-que-nam-dan');
const bronzeNamTruc = unseen('dinh-dong-nam-truc');
const treesVanGiang = unseen('cay-canh-van-giang');
const shallotsVinhChau = unseen('hanh-toi-vinh-chau');
const lycheesPhuongSon = unseen('vai-thieu-phuong-son');
const comLangVong3 = unseen('com-lang-vong-3');
const sonDongStatues = unseen('tuong-tho-son-dong');
const bricksMangThit4 = unseen('gach-gom-mang-thit-4');
const dongKy4 = unseen('do-go-dong-ky-4');
const buddhasDongKy3 = unseen('do-go-dong-ky-3');
const chestnutsTrungKhanh = unseen('dac-san-trung-khanh');
const sesameCandyPhuHoa = unseen('banh-ep-phu-hoa');
const basketsPhuVinh9 = unseen('may-tre-phu-vinh-9');
const printsDongHo = unseen('tranh-giay-dong-ho');
const farmMocChau = unseen('nong-san-moc-chau');
const knitNhatTuu = unseen('theu-len-nhat-tuu');
const dragonfliesThachXa2 = unseen('chuon-chuon-thach-xa-2');
const fertiliserViKhe3 = unseen('cay-canh-vi-khe-3');
const fruitHoaLoc = unseen('trai-cay-hoa-loc');
const lycheesPhuongSon2 = unseen('vai-thieu-phuong-son');
const hatsPhuCam = unseen('non-la-phu-cam');
const gildingKieuKy = unseen('dat-vang-kieu-ky');
const rattanPhuVinh4 = unseen('may-tre-dan-phu-vinh-4');
const teaTanCuong6 = unseen('che-tan-cuong-6');
const ceramicsBatTrang3 = unseen('gom-su-bat-trang-3');
const phuTheDinhBang2 = unseen('banh-phu-the-dinh-bang-2');
const breadSticksAnDuong = unseen('banh-mi-que-an-duong');
const coffeeEaTu3 = unseen('ca-phe-ea-tu-3');
const squidCakesHaLong4 = unseen('cha-muc-ha-long-4');
const driedShrimpRachGoc2 = unseen('tom-kho-rach-goc-2');
const fansChangSon = unseen('quat-go-chang-son');
const seafoodBaLang = unseen('hai-san-ba-lang');
const incenseQuangPhuCau6 = unseen('huong-quang-phu-cau-6');
const produceXuanTho = unseen('nong-san-xuan-tho');
const sedgeKimSon6 = unseen('coi-kim-son-6');
const leatherTuyHoa = unseen('do-da-tuy-hoa');
const knivesDaSy3 = unseen('ren-da-sy-3');
const specialtiesCatBa = unseen('dac-san-cat-ba');
const lacquerHaThai10 = unseen('son-mai-ha-thai-10');
const tetCalendars = unseen('lich-tet-in-an');
const driedShrimpNamCan = unseen('tom-kho-nam-can');
const longanPhoHien2 = unseen('nhan-long-pho-hien-2');
const banhCayLangNguyen2 = unseen('banh-cay-lang-nguyen-2');
const potsThanhHa6 = unseen('gom-thanh-ha-6');
const driedBuffaloTaVan = unseen('dac-san-ta-van');
const sesameCandyGiaHoi = unseen('me-xung-gia-hoi');
const tofuMoldsLangMo2 = unseen('dau-phu-lang-mo-2');
const lucNganGoods = unseen('dac-san-luc-ngan');
const potsKimLan2 = unseen('gom-kim-lan-2');
const plumsMocChau4 = unseen('nong-san-moc-chau-4');
const longanLotusPhoHien = unseen('nhan-sen-pho-hien');
const bambooTrieuKhuc = unseen('choi-dot-trieu-khuc');
const potsHuongCanh6 = unseen('gom-huong-canh-6');
/** A north-western mountain-goods shop of an earlier held-out set: rice by the kilo beside the same rice by the bag. */
const highland = parseShopFileText(readFileSync(new URL('../../../fixtures/parser-final-4/r5-dac-san-tay-bac.shop.json', import.meta.url), 'utf8'));

export const CATALOGS: Record<'silk' | 'silver' | 'herbs' | 'hats' | 'incense' | 'tableware' | 'tea' | 'sauce' | 'sweets' | 'toys' | 'pottery' | 'rattan' | 'flutes' | 'bedding' | 'combs' | 'cakes' | 'seafood' | 'lanterns' | 'omai' | 'fans' | 'ricepaper' | 'highland' | 'stone' | 'joss' | 'mushrooms' | 'silverware' | 'embroidery' | 'sweetsNorth' | 'porkRolls' | 'paperFlowers' | 'noodles' | 'drums' | 'candy' | 'brocade' | 'cashews' | 'rice' | 'seedlings' | 'rugs' | 'medicinal' | 'leather' | 'blinds' | 'shrimpPaste' | 'flowers' | 'clogs' | 'oils' | 'fabrics' | 'dairy' | 'knitting' | 'tackle' | 'kites' | 'hammocks' | 'stationery' | 'drinks' | 'tofu' | 'wines' | 'bakery' | 'chickens' | 'tshirts' | 'pets' | 'freshSeafood' | 'braisedFish' | 'aoDai' | 'chamPottery' | 'baskets' | 'spices' | 'bunCha' | 'canvas' | 'lotusTea' | 'nuts' | 'weddingCards' | 'kidsClothes' | 'banhCuon' | 'steamedBuns' | 'folkPrints' | 'driedSnacks' | 'cajeput' | 'roastMeats' | 'leafCakes' | 'birdCages' | 'belts' | 'agarwood' | 'shampoo' | 'flowerSeeds' | 'cereals' | 'pho' | 'comTam' | 'crabNoodles' | 'goatHotpot' | 'banhMi' | 'uniforms' | 'helmets' | 'coffeeBeans' | 'nemChua' | 'exportRattan' | 'souvenirs' | 'packaging' | 'aquarium' | 'coconutCandy' | 'pressedOils' | 'glassJars' | 'lychees' | 'zithers' | 'citrus' | 'crabSoup' | 'pancakes' | 'phuLang' | 'lacquer' | 'teddies' | 'rainwear' | 'charcoal' | 'fishCakes' | 'ledLights' | 'maltCandy' | 'chickenRice' | 'kitchenware' | 'hotpotSauces' | 'ropes' | 'frames' | 'lacquerPaintings' | 'bambooMats' | 'sedgeSandals' | 'juices' | 'woodcraft' | 'artichokeTea' | 'pillows' | 'bambooLamps' | 'sandPaintings' | 'giftBoxes' | 'mooncakes' | 'feed' | 'coffeeFilters' | 'chocolate' | 'shrimpCrackers' | 'miQuang' | 'yogurt' | 'baBa' | 'water' | 'gas' | 'school' | 'groceries' | 'socks' | 'furniture' | 'christmas' | 'bikes' | 'bags' | 'art' | 'crabs' | 'shirts' | 'masks' | 'umbrellas' | 'cleaners' | 'eggs' | 'friedChicken' | 'botLoc' | 'football' | 'comics' | 'makeup' | 'textbooks' | 'hardware' | 'formula' | 'minhLong' | 'pizza' | 'plumbing' | 'building' | 'silkFlowers' | 'vitamins' | 'heels' | 'instantNoodles' | 'waterFilters' | 'suitcases' | 'tableTennis' | 'bearings' | 'knives' | 'koreanSnacks' | 'maternity' | 'electricFans' | 'jackets' | 'deskLamps' | 'modelShips' | 'cleaning' | 'farmFilms' | 'wallPaint' | 'pepper' | 'northWest' | 'kidsBikes' | 'flashlights' | 'phoneGear' | 'powerBanks' | 'cleanPork' | 'birdNest' | 'tyres' | 'orchids' | 'office' | 'boxing' | 'sportsNutrition' | 'eBikes' | 'plantProtection' | 'barber' | 'importedWines' | 'flooring' | 'wallpaper' | 'cameraGear' | 'pumpParts' | 'capsules' | 'babyGoods' | 'importedSauces' | 'gummies' | 'bouquets' | 'vegetarian' | 'wireAndPipes' | 'fabricByMetre' | 'householdElectrics' | 'building2' | 'fittings' | 'diapers' | 'tissues' | 'cookies' | 'infusedWines' | 'fry' | 'usedPhones' | 'motorOil' | 'topUpCards' | 'electronics' | 'goldJewellery' | 'softDrinks' | 'beekeeping' | 'wallPanels' | 'instantCoffee' | 'waterHeaters' | 'eventRentals' | 'mensShoes' | 'pondProbiotics' | 'flasks' | 'network' | 'roomScents' | 'foodBoxes' | 'deli' | 'tailor' | 'rcToys' | 'importedBeer' | 'film' | 'melamine' | 'sewingNotions' | 'pickleball' | 'acSupplies' | 'signage' | 'jeans' | 'models' | 'bakingSupplies' | 'styrofoam' | 'foodPackaging' | 'officeChairs' | 'adultDiapers' | 'floodlights' | 'safetyShoes' | 'switches' | 'chargers' | 'hairDye' | 'riceCookers' | 'glasses' | 'soju' | 'pestControl' | 'tiles' | 'liveGear' | 'batteries' | 'oilPaintings' | 'weldingGear' | 'coirMats' | 'induction' | 'glassware' | 'babyBottles' | 'babyFood' | 'importedSweets' | 'motorbikeCare' | 'catLitter' | 'woodStains' | 'screens' | 'pads' | 'cables' | 'latexPillows' | 'chopsticks' | 'motoBulbs' | 'hotelLinens' | 'teaBags' | 'sunscreen' | 'driedFruit' | 'forestHoney' | 'stickyRiceWine' | 'cosmeticBags' | 'clingFilm' | 'eggTrays' | 'drillGear' | 'importedFruit' | 'gymMats' | 'padlocks' | 'kidsKnits' | 'shelves' | 'rooftopSolar' | 'basketball' | 'sewingMachines' | 'sprayers' | 'clocks' | 'plaster' | 'cellBatteries' | 'tableLinens' | 'vases' | 'nightLights' | 'wardrobes' | 'birthdayCandles' | 'miniSofas' | 'tapsAndBasins' | 'gasStoves' | 'caps' | 'denim' | 'altarStatues' | 'banhCay' | 'bonsai' | 'saltLamps' | 'exoticLeather' | 'fishFry' | 'hyacinth' | 'grapes' | 'ruouCan' | 'cornLiquor' | 'soils' | 'fermentedTofu' | 'lingzhi' | 'gongs' | 'binhDinh' | 'lotusSilk' | 'banhGai' | 'driftwood' | 'pithHelmets' | 'floatingLanterns' | 'dieCast' | 'simWine' | 'pearls' | 'oolong' | 'riceWrappers' | 'pipeTobacco' | 'weddingCakes' | 'bunBo' | 'banhKhot' | 'haLong' | 'phuTho' | 'terracotta' | 'mushroomSpawn' | 'beeProducts' | 'goatMilk' | 'palmSugar' | 'toHe' | 'dolls' | 'altarBronze' | 'lacquerBoards' | 'tetTrees' | 'gravestones' | 'banhGio' | 'crabPaste' | 'sunDriedBeef' | 'seals' | 'farmTools' | 'hangTrong' | 'coconuts' | 'rooftiles' | 'ironwork' | 'quilts' | 'orchidSupplies' | 'hoTayKitchen' | 'quanHo' | 'hueCakes' | 'sacks' | 'bunDau' | 'bettas' | 'chimes' | 'bathHerbs' | 'pallets' | 'glassPaintings' | 'altars' | 'pickledLeeks' | 'flan' | 'dongTao' | 'costumes' | 'khanRan' | 'maiChauPork' | 'rattanFurniture' | 'bronzeMirrors' | 'porkRolls2' | 'sesameCandy' | 'medicinalWines' | 'flutes2' | 'lotusHue' | 'jellies' | 'gemPaintings' | 'weddingRentals' | 'suits' | 'riceWrappers2' | 'weddingEvents' | 'oilLamps' | 'driedSeafood' | 'palmLeaf' | 'caneSugar' | 'sprouts' | 'embroidery2' | 'sewingKit' | 'freshNoodles' | 'koiGear' | 'dryNoodles' | 'ropeBrooms' | 'doPaper' | 'ruoi' | 'mountainGoat' | 'huTieu' | 'cinnamon' | 'coconutShell' | 'squidCakes' | 'crocodile' | 'bauDa' | 'thanhSon' | 'basketBoats' | 'sweetPotatoes' | 'cordyceps' | 'taiBacBrocade' | 'vinegars' | 'pressureWash' | 'banhDaKe' | 'banhTet' | 'breakfast' | 'bambooToys' | 'gourds' | 'highlandInstruments' | 'namO' | 'camelliaTea' | 'plantPots' | 'cottonBedding' | 'beeswax' | 'laiThieu' | 'cutFlowers' | 'beanSauce' | 'mangThit' | 'kimBong' | 'anchovies' | 'silkBouquets' | 'boxesAndTape' | 'banhChung' | 'chaoLong' | 'comHen' | 'phuocTich' | 'thuyXuan' | 'bananaCandy' | 'farmParts' | 'dragonFruit' | 'woodToys' | 'coconutMilk' | 'sesameCakes' | 'mudskippers' | 'riverFish' | 'wheelbarrows' | 'offeringTrays' | 'nemNuong' | 'roofing' | 'patchwork' | 'grilledSkewers' | 'childhoodSnacks' | 'seedlings2' | 'paintBrushes' | 'rubberSandals' | 'rachGoc' | 'hoiAnLanterns' | 'candiedFruit' | 'quanHo2' | 'dinhBangCakes' | 'braisedFish2' | 'phuBinhLanterns' | 'kitchenWood' | 'shallots' | 'nhaXaSilk' | 'starches' | 'bambooFurniture' | 'breadSticks2' | 'kimSonSedge' | 'thoXuan' | 'mosquito' | 'silkies' | 'clayPots' | 'myXuyenRice' | 'embroidery3' | 'chiliPowder' | 'mulberryJam' | 'gameCock' | 'tomChua' | 'aluminiumPots' | 'stoneMortars' | 'cannedFood' | 'woodChopsticks' | 'cakeMoulds' | 'drinksStall' | 'saltCoffee' | 'stainlessWare' | 'yarnDyes' | 'chuDauTiles' | 'clothShoes' | 'heatedSlippers' | 'cuttingBoards' | 'hotpotKitchen' | 'banhCuon2' | 'sedgeRugs' | 'babyPorridge' | 'catHaiFishSauce' | 'doorMats' | 'bunChaPhuDo' | 'schoolAoDai' | 'electricToothbrush' | 'plasticCrates' | 'fruitJams' | 'kapokMattresses' | 'shadeNets' | 'sewingTools' | 'laptopStands' | 'highlandBaskets' | 'cauDatCoffee' | 'windowFilm' | 'ladders' | 'daSyForge' | 'rollersAndTrays' | 'calligraphy' | 'waterFilterSand' | 'cocoa' | 'rubberShoes' | 'shoeCare' | 'plywood' | 'newbornClothes' | 'smokedBuffalo' | 'essentialOils' | 'maiTrees' | 'lampShop' | 'wiring' | 'pictureFrames' | 'teaSets' | 'kapokBedding' | 'maChauSilk' | 'springRolls' | 'bolts' | 'glassMirrors' | 'foamBoxes' | 'bambooBaskets' | 'forestGoods' | 'familyShirts' | 'embroideredPictures' | 'gardenTools' | 'coffeeEaTu' | 'driedFishTamTien' | 'driedSeafoodCuaLo' | 'molasses' | 'potteryBauTruc' | 'dongTaoChickens' | 'potteryPhuLang' | 'riceCrackersThoHa' | 'silverDongXam' | 'towelsPhuongLa' | 'helmetsXomChua' | 'silverRings' | 'agarwoodPhucTrach' | 'seafoodNhonLy' | 'mugsBatTrang' | 'fruitMienTay' | 'fenceWire' | 'plasticMinhKhai' | 'earTags' | 'faceTowels' | 'tiesMen' | 'shelvesPhungXa' | 'coconutCandyMoCay' | 'sedgeBagsKimSon' | 'fishingBaiNgang' | 'soapMaiXa' | 'ketoFoods' | 'driedFishTamNong' | 'beddingNamCao' | 'lifeJackets' | 'shrimpPasteHaYen' | 'handbags' | 'mice' | 'tweezers' | 'skewers' | 'banhDay' | 'babeForest' | 'daHoiPlastics' | 'nemDongVe' | 'pacNgoi' | 'changSonFans' | 'swimwear' | 'huongCanhPots' | 'plasticSandals' | 'castIronPans' | 'sourPork' | 'sourShrimp' | 'riceWrappersTrangBang' | 'vegSeedlings' | 'vegSeeds' | 'hairAccessories' | 'sedgeKimSon' | 'lacquerHaThai' | 'rattanPhuVinh' | 'plasticHousewares' | 'lanternsPhuBinh' | 'conicalHatsChuong' | 'woodDongKy' | 'ladderShop' | 'lanternsHoiAn4' | 'mintHoney' | 'ceramicsBatTrang' | 'bronzeThanhThuy' | 'silkTanChau' | 'silkLocChau' | 'fabricNinhHiep' | 'lycheesThanhHa' | 'mocChau' | 'lacquerBinhDuong' | 'forestTayBac' | 'maltThiPho' | 'juicesCaiBe' | 'birdsNestVinhLuong' | 'folkPaintings2' | 'cuDoThachTrung' | 'riceCrackersThoHa2' | 'artichokeTraiMat' | 'incenseThanhLuong' | 'bonsaiMyDong' | 'potteryPhuLang2' | 'pomeloBinhMinh' | 'capsShop' | 'carParts' | 'fishSauceChauDoc' | 'goldLeafKieuKy' | 'chieuDinhYen' | 'rattanPhuVinh5' | 'brocadeMyNghiep' | 'uniformsNamDinh' | 'gomTanVan' | 'mutDauTraiMat' | 'renPhucSen' | 'photoLaiXa' | 'potteryHuongCanh3' | 'fishSauceMamChauDoc' | 'furnitureThachXa' | 'shoesTanLap' | 'broomsHoaVang' | 'fireSafety' | 'lacquerAltars' | 'teaVillage' | 'woodStatues' | 'forestBees' | 'lucNganLychees' | 'driedShrimpRachGoc' | 'rockSugar' | 'trangBangCrackers' | 'chuDauCeramics' | 'kimSonGoat' | 'dongXamSilver2' | 'nhiKheWood' | 'haThaiLacquer4' | 'grillsHotpots' | 'daLatFlowers' | 'tanChauSilk2' | 'hamNinhFishSauce2' | 'hamNinhSpecialties' | 'haiHauRice' | 'nguXaBronze' | 'coconutOils' | 'sonLaSmoked' | 'thanhHaClay' | 'vanPhucTies' | 'saDecNoodles' | 'langSinhPrints' | 'camLoPepper' | 'viKheBonsai' | 'naHangSpecialties' | 'hangMaLanterns' | 'banLacFood' | 'phanThietSpecialties' | 'namODriedSeafood' | 'dongArrowroot' | 'toothbrushes' | 'baoNinhSquid' | 'moRongHerbs' | 'laiThieuPottery' | 'chuyenMyInlay' | 'thanhChuongTea' | 'xuLangSpecialties' | 'huuLungCustardApples' | 'batTrangLamps' | 'lanternsXuanLa' | 'shallotsVinhChau2' | 'rattanBaoLa' | 'khotLongHai' | 'dongHo3' | 'squidCakesHaLong' | 'mangoKeSach' | 'bronzePhuocKieu' | 'grapesThaiAn' | 'lotusSaDec' | 'bricksMangThit3' | 'huTieuMyTho' | 'kimBong2' | 'squidCuaLo' | 'juteNamCao' | 'rattanPhuVinh7' | 'durianDakSong' | 'riceTrangBang4' | 'oilsHuongTra' | 'sausageCanGiuoc' | 'seafoodCanhDuong2' | 'molassesMoDuc' | 'bronzeDaiBai5' | 'mangoHoaLoc' | 'teaSetsBatTrang2' | 'altarSonDong3' | 'brocadeMaiChau' | 'lacquerVanDiem' | 'potsHuongCanh5' | 'kimBong4' | 'pineapplePhungHiep' | 'duckMauSon' | 'noodlesDuongLieu2' | 'silverDongXam4' | 'chickenDongTao2' | 'drumsNhatTan' | 'brocadeTaVan' | 'incenseQuangPhuCau3' | 'seedlingsChoLach' | 'rattanPhuVinh8' | 'vanGiang2' | 'porkRollsTamDuong' | 'lotusNamDan' | 'bronzeNamTruc' | 'treesVanGiang' | 'shallotsVinhChau' | 'lycheesPhuongSon' | 'comLangVong3' | 'sonDongStatues' | 'bricksMangThit4' | 'dongKy4' | 'buddhasDongKy3' | 'chestnutsTrungKhanh' | 'sesameCandyPhuHoa' | 'basketsPhuVinh9' | 'printsDongHo' | 'farmMocChau' | 'knitNhatTuu' | 'dragonfliesThachXa2' | 'fertiliserViKhe3' | 'fruitHoaLoc' | 'lycheesPhuongSon2' | 'hatsPhuCam' | 'gildingKieuKy' | 'rattanPhuVinh4' | 'teaTanCuong6' | 'ceramicsBatTrang3' | 'phuTheDinhBang2' | 'breadSticksAnDuong' | 'coffeeEaTu3' | 'squidCakesHaLong4' | 'driedShrimpRachGoc2' | 'fansChangSon' | 'seafoodBaLang' | 'incenseQuangPhuCau6' | 'produceXuanTho' | 'sedgeKimSon6' | 'leatherTuyHoa' | 'knivesDaSy3' | 'specialtiesCatBa' | 'lacquerHaThai10' | 'tetCalendars' | 'driedShrimpNamCan' | 'longanPhoHien2' | 'banhCayLangNguyen2' | 'potsThanhHa6' | 'driedBuffaloTaVan' | 'sesameCandyGiaHoi' | 'tofuMoldsLangMo2' | 'lucNganGoods' | 'potsKimLan2' | 'plumsMocChau4' | 'longanLotusPhoHien' | 'bambooTrieuKhuc' | 'potsHuongCanh6', Matcher> = {
  silk: shopMatcher(demo),
  silver: buildMatcher([
    p('NHAN-TRON-12', 'Nhẫn bạc trơn ni 12', 'chiếc'),
    p('NHAN-TRON-14', 'Nhẫn bạc trơn ni 14', 'chiếc'),
    p('NHAN-SEN-14', 'Nhẫn bạc chạm hoa sen ni 14', 'chiếc'),
    p('BONG-DO', 'Bông tai bạc đá đỏ', 'đôi'),
    p('BONG-XANH', 'Bông tai bạc đá xanh', 'đôi'),
    p('BONG-TRANG', 'Bông tai bạc đá trắng', 'đôi'),
    p('BONG-MAI', 'Bông tai bạc hình hoa mai', 'đôi'),
    p('DUA-10', 'Bộ đũa bạc 10 đôi', 'bộ'),
    p('DUA-5', 'Bộ đũa bạc 5 đôi', 'bộ'),
    p('CHEN-6', 'Bộ chén rượu bạc (6 chén)', 'bộ'),
    p('DINH-30', 'Đỉnh đồng 30cm', 'chiếc'),
    p('BAT-HUONG-16', 'Bát hương đồng 16cm', 'chiếc'),
    p('DO-THO', 'Bộ đồ thờ (đỉnh đồng 30cm, bát hương đồng 16cm, đôi chân nến)', 'bộ', ['bộ đồ thờ']),
    p('LX-GA', 'Bao lì xì bạc mẫu Gà (xấp 10 cái)', 'xấp', ['lì xì gà']),
    p('VT-S', 'Vòng tay bạc trơn size S', 'chiếc'),
    p('VT-M', 'Vòng tay bạc trơn size M', 'chiếc'),
    p('HUY-HIEU', 'Huy hiệu bạc cờ đỏ sao vàng', 'chiếc'),
    p('GIA-5', 'Giá treo trang sức 5 móc', 'chiếc'),
    p('LICH-2026', 'Lịch treo tường làng bạc 2026 (13 tờ)', 'cuốn', ['lịch treo tường']),
  ]),
  herbs: buildMatcher([
    p('CAM-THAO', 'Cam thảo bắc thái lát', 'lạng', ['cam thảo']),
    p('HAT-SEN', 'Hạt sen khô Huế', 'kg', ['hạt sen']),
    p('LONG-NHAN', 'Long nhãn Hưng Yên', 'kg', ['long nhãn']),
    p('KY-TU-A', 'Kỷ tử đỏ loại A', 'lạng'),
    p('KY-TU-B', 'Kỷ tử đỏ loại B', 'lạng'),
    p('TRA-GUNG', 'Trà gừng mật ong hộp 20 gói', 'hộp', ['trà gừng']),
    p('TRA-SEN', 'Trà tâm sen hộp 30 túi', 'hộp', ['trà tâm sen']),
    p('QUE-10', 'Tinh dầu quế lọ 10ml', 'lọ'),
    p('QUE-30', 'Tinh dầu quế lọ 30ml', 'lọ'),
    p('TRAM-30', 'Tinh dầu tràm lọ 30ml', 'lọ'),
    p('HQ-AN-KHANG', 'Hộp quà An Khang (trà gừng mật ong, tinh dầu quế 10ml, hạt sen 500g)', 'hộp', ['hộp quà an khang']),
    p('GIA-KE', 'Giá cắm nhang gỗ', 'chiếc', ['giá cắm nhang']),
    p('NHANG-30', 'Nhang trầm 30cm (bó 100 nén)', 'bó', ['nhang trầm']),
    p('TAO-HOP-500', 'Táo đỏ hộp 500g', 'hộp', ['táo đỏ hộp']),
    p('TAO-KG', 'Táo đỏ (cân theo kg)', 'kg', ['táo đỏ cân']),
    p('VONG-24H', 'Nhang vòng quế 24h (hộp 24 khoanh)', 'hộp', ['nhang vòng 24h']),
    p('GIAY-TIEN', 'Giấy tiền vàng mã (xấp 20)', 'xấp', ['giấy tiền']),
    p('NEN-QUE', 'Nến thơm quế', 'chiếc'),
    p('NEN-QUE-H4', 'Nến thơm quế hộp 4 chiếc', 'hộp'),
    p('SEN-SAY', 'Sen sấy khô (theo kg)', 'kg'),
    p('DAU-DUA-1L', 'Dầu dừa ép lạnh chai 1 lít', 'chai', ['dầu dừa 1 lít']),
    p('DAU-DUA-15L', 'Dầu dừa ép lạnh can 1.5 lít', 'can', ['dầu dừa 1 lít rưỡi']),
  ]),
  hats: buildMatcher([
    p('QN-DO', 'Quai nón lụa màu đỏ', 'chiếc', ['quai nón đỏ']),
    p('QN-TIM', 'Quai nón lụa màu tím', 'chiếc', ['quai nón tím']),
    p('QN-CHAM', 'Quai nón lụa màu chàm', 'chiếc', ['quai nón chàm']),
    p('NQT-NL', 'Nón quai thao người lớn', 'chiếc', ['quai thao người lớn']),
    p('NLT-40', 'Nón lá trắng 40cm', 'chiếc'),
    p('NLT-45', 'Nón lá trắng 45cm', 'chiếc'),
    p('NLT-TE', 'Nón lá trắng trẻ em', 'chiếc'),
    p('NL-BT', 'Nón lá bài thơ', 'chiếc'),
    p('MOC-5', 'Bộ 5 móc treo nón', 'bộ', ['móc treo nón']),
    p('NON-LOGO', 'Nón lá in logo sự kiện (đơn tối thiểu 20 chiếc)', 'chiếc', ['nón in logo']),
  ]),
  tea: shopMatcher(tea),
  toys: shopMatcher(toys),
  pottery: shopMatcher(pottery),
  bedding: shopMatcher(bedding),
  combs: shopMatcher(combs),
  cakes: shopMatcher(cakes),
  seafood: shopMatcher(seafood),
  lanterns: shopMatcher(lanterns),
  omai: shopMatcher(omai),
  fans: shopMatcher(fans),
  ricepaper: shopMatcher(ricepaper),
  highland: shopMatcher(highland),
  stone: shopMatcher(stone),
  joss: shopMatcher(joss),
  mushrooms: shopMatcher(mushrooms),
  silverware: shopMatcher(silverware),
  embroidery: shopMatcher(embroidery),
  sweetsNorth: shopMatcher(sweetsNorth),
  porkRolls: shopMatcher(porkRolls),
  paperFlowers: shopMatcher(paperFlowers),
  noodles: shopMatcher(noodles),
  drums: shopMatcher(drums),
  candy: shopMatcher(candy),
  brocade: shopMatcher(brocade),
  cashews: shopMatcher(cashews),
  rice: shopMatcher(rice),
  seedlings: shopMatcher(seedlings),
  flutes: shopMatcher(flutes),
  rattan: shopMatcher(rattan),
  rugs: shopMatcher(rugs),
  medicinal: shopMatcher(medicinal),
  leather: shopMatcher(leather),
  blinds: shopMatcher(blinds),
  shrimpPaste: shopMatcher(shrimpPaste),
  flowers: shopMatcher(flowers),
  clogs: shopMatcher(clogs),
  oils: shopMatcher(oils),
  fabrics: shopMatcher(fabrics),
  dairy: shopMatcher(dairy),
  knitting: shopMatcher(knitting),
  tackle: shopMatcher(tackle),
  kites: shopMatcher(kites),
  hammocks: shopMatcher(hammocks),
  stationery: shopMatcher(stationery),
  drinks: shopMatcher(drinks),
  tofu: shopMatcher(tofu),
  wines: shopMatcher(wines),
  bakery: shopMatcher(bakery),
  chickens: shopMatcher(chickens),
  tshirts: shopMatcher(tshirts),
  pets: shopMatcher(pets),
  freshSeafood: shopMatcher(freshSeafood),
  braisedFish: shopMatcher(braisedFish),
  aoDai: shopMatcher(aoDai),
  chamPottery: shopMatcher(chamPottery),
  baskets: shopMatcher(baskets),
  spices: shopMatcher(spices),
  bunCha: shopMatcher(bunCha),
  canvas: shopMatcher(canvas),
  lotusTea: shopMatcher(lotusTea),
  nuts: shopMatcher(nuts),
  weddingCards: shopMatcher(weddingCards),
  kidsClothes: shopMatcher(kidsClothes),
  banhCuon: shopMatcher(banhCuon),
  steamedBuns: shopMatcher(steamedBuns),
  folkPrints: shopMatcher(folkPrints),
  driedSnacks: shopMatcher(driedSnacks),
  cajeput: shopMatcher(cajeput),
  roastMeats: shopMatcher(roastMeats),
  leafCakes: shopMatcher(leafCakes),
  birdCages: shopMatcher(birdCages),
  belts: shopMatcher(belts),
  agarwood: shopMatcher(agarwood),
  shampoo: shopMatcher(shampoo),
  flowerSeeds: shopMatcher(flowerSeeds),
  cereals: shopMatcher(cereals),
  pho: shopMatcher(pho),
  comTam: shopMatcher(comTam),
  crabNoodles: shopMatcher(crabNoodles),
  goatHotpot: shopMatcher(goatHotpot),
  banhMi: shopMatcher(banhMi),
  uniforms: shopMatcher(uniforms),
  helmets: shopMatcher(helmets),
  coffeeBeans: shopMatcher(coffeeBeans),
  nemChua: shopMatcher(nemChua),
  souvenirs: shopMatcher(souvenirs),
  sandPaintings: shopMatcher(sandPaintings),
  giftBoxes: shopMatcher(giftBoxes),
  mooncakes: shopMatcher(mooncakes),
  feed: shopMatcher(feed),
  coffeeFilters: shopMatcher(coffeeFilters),
  chocolate: shopMatcher(chocolate),
  shrimpCrackers: shopMatcher(shrimpCrackers),
  miQuang: shopMatcher(miQuang),
  yogurt: shopMatcher(yogurt),
  baBa: shopMatcher(baBa),
  water: shopMatcher(water),
  school: shopMatcher(school),
  groceries: shopMatcher(groceries),
  socks: shopMatcher(socks),
  furniture: shopMatcher(furniture),
  christmas: shopMatcher(christmas),
  bikes: shopMatcher(bikes),
  bags: shopMatcher(bags),
  art: shopMatcher(art),
  crabs: shopMatcher(crabs),
  shirts: shopMatcher(shirts),
  masks: shopMatcher(masks),
  umbrellas: shopMatcher(umbrellas),
  cleaners: shopMatcher(cleaners),
  eggs: shopMatcher(eggs),
  friedChicken: shopMatcher(friedChicken),
  botLoc: shopMatcher(botLoc),
  football: shopMatcher(football),
  comics: shopMatcher(comics),
  makeup: shopMatcher(makeup),
  textbooks: shopMatcher(textbooks),
  hardware: shopMatcher(hardware),
  formula: shopMatcher(formula),
  minhLong: shopMatcher(minhLong),
  pizza: shopMatcher(pizza),
  plumbing: shopMatcher(plumbing),
  building: shopMatcher(building),
  silkFlowers: shopMatcher(silkFlowers),
  vitamins: shopMatcher(vitamins),
  heels: shopMatcher(heels),
  instantNoodles: shopMatcher(noodles2),
  waterFilters: shopMatcher(waterFilters),
  suitcases: shopMatcher(suitcases),
  tableTennis: shopMatcher(tableTennis),
  bearings: shopMatcher(bearings),
  knives: shopMatcher(knives),
  koreanSnacks: shopMatcher(koreanSnacks),
  maternity: shopMatcher(maternity),
  electricFans: shopMatcher(fans2),
  jackets: shopMatcher(jackets),
  deskLamps: shopMatcher(deskLamps),
  modelShips: shopMatcher(modelShips),
  cleaning: shopMatcher(cleaning),
  farmFilms: shopMatcher(farmFilms),
  wallPaint: shopMatcher(wallPaint),
  pepper: shopMatcher(pepper),
  northWest: shopMatcher(northWest),
  kidsBikes: shopMatcher(kidsBikes),
  /** A gas shop made for these tests: a cylinder swapped for a full one, a new one, stoves. */
  gas: buildMatcher([
    p('GAS-12-DOI', 'Bình gas 12kg đổi vỏ', 'bình', ['gas 12kg đổi', 'đổi bình gas']),
    p('GAS-12-MOI', 'Bình gas 12kg mới (kèm vỏ)', 'bình', ['bình gas mới']),
    p('BEP-DOI', 'Bếp gas đôi mặt kính', 'cái', ['bếp đôi']),
    p('BEP-DON', 'Bếp gas đơn mini', 'cái', ['bếp đơn']),
    p('VAN-GAS', 'Van gas tự ngắt', 'cái', ['van gas']),
  ]),
  packaging: shopMatcher(packaging),
  coconutCandy: shopMatcher(coconutCandy),
  pressedOils: shopMatcher(pressedOils),
  glassJars: shopMatcher(glassJars),
  lychees: shopMatcher(lychees),
  zithers: shopMatcher(zithers),
  citrus: shopMatcher(citrus),
  crabSoup: shopMatcher(crabSoup),
  pancakes: shopMatcher(pancakes),
  phuLang: shopMatcher(phuLang),
  teddies: shopMatcher(teddies),
  rainwear: shopMatcher(rainwear),
  charcoal: shopMatcher(charcoal),
  fishCakes: shopMatcher(fishCakes),
  ledLights: shopMatcher(ledLights),
  banhCay: shopMatcher(banhCay),
  bonsai: shopMatcher(bonsai),
  saltLamps: shopMatcher(saltLamps),
  exoticLeather: shopMatcher(exoticLeather),
  fishFry: shopMatcher(fishFry),
  hyacinth: shopMatcher(hyacinth),
  grapes: shopMatcher(grapes),
  ruouCan: shopMatcher(ruouCan),
  cornLiquor: shopMatcher(cornLiquor),
  soils: shopMatcher(soils),
  fermentedTofu: shopMatcher(fermentedTofu),
  lingzhi: shopMatcher(lingzhi),
  gongs: shopMatcher(gongs),
  binhDinh: shopMatcher(binhDinh),
  lotusSilk: shopMatcher(lotusSilk),
  banhGai: shopMatcher(banhGai),
  driftwood: shopMatcher(driftwood),
  pithHelmets: shopMatcher(pithHelmets),
  floatingLanterns: shopMatcher(floatingLanterns),
  dieCast: shopMatcher(dieCast),
  simWine: shopMatcher(simWine),
  pearls: shopMatcher(pearls),
  oolong: shopMatcher(oolong),
  riceWrappers: shopMatcher(riceWrappers),
  pipeTobacco: shopMatcher(pipeTobacco),
  weddingCakes: shopMatcher(weddingCakes),
  bunBo: shopMatcher(bunBo),
  banhKhot: shopMatcher(banhKhot),
  haLong: shopMatcher(haLong),
  phuTho: shopMatcher(phuTho),
  terracotta: shopMatcher(terracotta),
  mushroomSpawn: shopMatcher(mushroomSpawn),
  beeProducts: shopMatcher(beeProducts),
  goatMilk: shopMatcher(goatMilk),
  palmSugar: shopMatcher(palmSugar),
  toHe: shopMatcher(toHe),
  maltCandy: shopMatcher(maltCandy),
  chickenRice: shopMatcher(chickenRice),
  kitchenware: shopMatcher(kitchenware),
  hotpotSauces: shopMatcher(hotpotSauces),
  ropes: shopMatcher(ropes),
  frames: shopMatcher(frames),
  bambooMats: shopMatcher(bambooMats),
  sedgeSandals: shopMatcher(sedgeSandals),
  juices: shopMatcher(juices),
  woodcraft: shopMatcher(woodcraft),
  artichokeTea: shopMatcher(artichokeTea),
  pillows: shopMatcher(pillows),
  bambooLamps: shopMatcher(bambooLamps),
  lacquerPaintings: shopMatcher(lacquerPaintings),
  // a lacquerware stall that wraps what it sells as a gift, for a fee per piece
  lacquer: buildMatcher([
    p('HOP-SM-15', 'Hộp sơn mài vuông 15cm', 'cái'),
    p('TRANH-SM-3040', 'Tranh sơn mài phong cảnh 30x40', 'bức'),
    p('KHAY-SM', 'Khay sơn mài chữ nhật', 'cái'),
    p('GOI-QUA', 'Gói quà hộp giấy và nơ', 'gói', ['gói quà']),
  ]),
  aquarium: shopMatcher(aquarium),
  exportRattan: shopMatcher(exportRattan),
  flashlights: shopMatcher(flashlights),
  phoneGear: shopMatcher(phoneGear),
  powerBanks: shopMatcher(powerBanks),
  cleanPork: shopMatcher(cleanPork),
  birdNest: shopMatcher(birdNest),
  tyres: shopMatcher(tyres),
  orchids: shopMatcher(orchids),
  office: shopMatcher(office),
  boxing: shopMatcher(boxing),
  sportsNutrition: shopMatcher(sportsNutrition),
  eBikes: shopMatcher(eBikes),
  plantProtection: shopMatcher(plantProtection),
  barber: shopMatcher(barber),
  importedWines: shopMatcher(importedWines),
  flooring: shopMatcher(flooring),
  wallpaper: shopMatcher(wallpaper),
  cameraGear: shopMatcher(cameraGear),
  pumpParts: shopMatcher(pumpParts),
  capsules: shopMatcher(capsules),
  babyGoods: shopMatcher(babyGoods),
  importedSauces: shopMatcher(importedSauces),
  gummies: shopMatcher(gummies),
  bouquets: shopMatcher(bouquets),
  vegetarian: shopMatcher(vegetarian),
  wireAndPipes: shopMatcher(wireAndPipes),
  fabricByMetre: shopMatcher(fabricByMetre),
  householdElectrics: shopMatcher(householdElectrics),
  building2: shopMatcher(building2),
  diapers: shopMatcher(diapers),
  tissues: shopMatcher(tissues),
  cookies: shopMatcher(cookies),
  infusedWines: shopMatcher(infusedWines),
  fry: shopMatcher(fry),
  usedPhones: shopMatcher(usedPhones),
  motorOil: shopMatcher(motorOil),
  topUpCards: shopMatcher(topUpCards),
  electronics: shopMatcher(electronics),
  goldJewellery: shopMatcher(goldJewellery),
  softDrinks: shopMatcher(softDrinks),
  beekeeping: shopMatcher(beekeeping),
  wallPanels: shopMatcher(wallPanels),
  instantCoffee: shopMatcher(instantCoffee),
  waterHeaters: shopMatcher(waterHeaters),
  eventRentals: shopMatcher(eventRentals),
  mensShoes: shopMatcher(mensShoes),
  pondProbiotics: shopMatcher(pondProbiotics),
  flasks: shopMatcher(flasks),
  network: shopMatcher(network),
  roomScents: shopMatcher(roomScents),
  foodBoxes: shopMatcher(foodBoxes),
  rcToys: shopMatcher(rcToys),
  importedBeer: shopMatcher(importedBeer),
  film: shopMatcher(film),
  melamine: shopMatcher(melamine),
  sewingNotions: shopMatcher(sewingNotions),
  pickleball: shopMatcher(pickleball),
  acSupplies: shopMatcher(acSupplies),
  signage: shopMatcher(signage),
  bakingSupplies: shopMatcher(bakingSupplies),
  styrofoam: shopMatcher(styrofoam),
  foodPackaging: shopMatcher(foodPackaging),
  officeChairs: shopMatcher(officeChairs),
  adultDiapers: shopMatcher(adultDiapers),
  floodlights: shopMatcher(floodlights),
  safetyShoes: shopMatcher(safetyShoes),
  switches: shopMatcher(switches),
  hairDye: shopMatcher(hairDye),
  riceCookers: shopMatcher(riceCookers),
  glasses: shopMatcher(glasses),
  soju: shopMatcher(soju),
  pestControl: shopMatcher(pestControl),
  tiles: shopMatcher(tiles),
  liveGear: shopMatcher(liveGear),
  batteries: shopMatcher(batteries),
  oilPaintings: shopMatcher(oilPaintings),
  weldingGear: shopMatcher(weldingGear),
  coirMats: shopMatcher(coirMats),
  induction: shopMatcher(induction),
  glassware: shopMatcher(glassware),
  babyBottles: shopMatcher(babyBottles),
  babyFood: shopMatcher(babyFood),
  importedSweets: shopMatcher(importedSweets),
  motorbikeCare: shopMatcher(motorbikeCare),
  catLitter: shopMatcher(catLitter),
  woodStains: shopMatcher(woodStains),
  screens: shopMatcher(screens),
  pads: shopMatcher(pads),
  cables: shopMatcher(cables),
  latexPillows: shopMatcher(latexPillows),
  motoBulbs: shopMatcher(motoBulbs),
  hotelLinens: shopMatcher(hotelLinens),
  teaBags: shopMatcher(teaBags),
  sunscreen: shopMatcher(sunscreen),
  driedFruit: shopMatcher(driedFruit),
  forestHoney: shopMatcher(forestHoney),
  stickyRiceWine: shopMatcher(stickyRiceWine),
  dolls: shopMatcher(dolls),
  altarBronze: shopMatcher(altarBronze),
  lacquerBoards: shopMatcher(lacquerBoards),
  tetTrees: shopMatcher(tetTrees),
  gravestones: shopMatcher(gravestones),
  banhGio: shopMatcher(banhGio),
  crabPaste: shopMatcher(crabPaste),
  sunDriedBeef: shopMatcher(sunDriedBeef),
  seals: shopMatcher(seals),
  farmTools: shopMatcher(farmTools),
  hangTrong: shopMatcher(hangTrong),
  coconuts: shopMatcher(coconuts),
  rooftiles: shopMatcher(rooftiles),
  ironwork: shopMatcher(ironwork),
  quilts: shopMatcher(quilts),
  orchidSupplies: shopMatcher(orchidSupplies),
  hoTayKitchen: shopMatcher(hoTayKitchen),
  quanHo: shopMatcher(quanHo),
  hueCakes: shopMatcher(hueCakes),
  sacks: shopMatcher(sacks),
  bunDau: shopMatcher(bunDau),
  bettas: shopMatcher(bettas),
  chimes: shopMatcher(chimes),
  bathHerbs: shopMatcher(bathHerbs),
  pallets: shopMatcher(pallets),
  glassPaintings: shopMatcher(glassPaintings),
  altars: shopMatcher(altars),
  pickledLeeks: shopMatcher(pickledLeeks),
  flan: shopMatcher(flan),
  dongTao: shopMatcher(dongTao),
  costumes: shopMatcher(costumes),
  khanRan: shopMatcher(khanRan),
  maiChauPork: shopMatcher(maiChauPork),
  rattanFurniture: shopMatcher(rattanFurniture),
  bronzeMirrors: shopMatcher(bronzeMirrors),
  porkRolls2: shopMatcher(porkRolls2),
  sesameCandy: shopMatcher(sesameCandy),
  medicinalWines: shopMatcher(medicinalWines),
  flutes2: shopMatcher(flutes2),
  lotusHue: shopMatcher(lotusHue),
  jellies: shopMatcher(jellies),
  gemPaintings: shopMatcher(gemPaintings),
  weddingRentals: shopMatcher(weddingRentals),
  suits: shopMatcher(suits),
  riceWrappers2: shopMatcher(riceWrappers2),
  weddingEvents: shopMatcher(weddingEvents),
  oilLamps: shopMatcher(oilLamps),
  driedSeafood: shopMatcher(driedSeafood),
  palmLeaf: shopMatcher(palmLeaf),
  caneSugar: shopMatcher(caneSugar),
  sprouts: shopMatcher(sprouts),
  embroidery2: shopMatcher(embroidery2),
  cosmeticBags: shopMatcher(cosmeticBags),
  clingFilm: shopMatcher(clingFilm),
  eggTrays: shopMatcher(eggTrays),
  drillGear: shopMatcher(drillGear),
  importedFruit: shopMatcher(importedFruit),
  gymMats: shopMatcher(gymMats),
  padlocks: shopMatcher(padlocks),
  kidsKnits: shopMatcher(kidsKnits),
  shelves: shopMatcher(shelves),
  rooftopSolar: shopMatcher(rooftopSolar),
  basketball: shopMatcher(basketball),
  sewingMachines: shopMatcher(sewingMachines),
  sprayers: shopMatcher(sprayers),
  clocks: shopMatcher(clocks),
  plaster: shopMatcher(plaster),
  cellBatteries: shopMatcher(cellBatteries),
  tableLinens: shopMatcher(tableLinens),
  vases: shopMatcher(vases),
  nightLights: shopMatcher(nightLights),
  wardrobes: shopMatcher(wardrobes),
  birthdayCandles: shopMatcher(birthdayCandles),
  miniSofas: shopMatcher(miniSofas),
  tapsAndBasins: shopMatcher(tapsAndBasins),
  gasStoves: shopMatcher(gasStoves),
  caps: shopMatcher(caps),
  denim: shopMatcher(denim),
  altarStatues: shopMatcher(altarStatues),
  sewingKit: shopMatcher(sewingKit),
  freshNoodles: shopMatcher(freshNoodles),
  koiGear: shopMatcher(koiGear),
  dryNoodles: shopMatcher(dryNoodles),
  ropeBrooms: shopMatcher(ropeBrooms),
  doPaper: shopMatcher(doPaper),
  ruoi: shopMatcher(ruoi),
  mountainGoat: shopMatcher(mountainGoat),
  huTieu: shopMatcher(huTieu),
  cinnamon: shopMatcher(cinnamon),
  coconutShell: shopMatcher(coconutShell),
  squidCakes: shopMatcher(squidCakes),
  crocodile: shopMatcher(crocodile),
  bauDa: shopMatcher(bauDa),
  thanhSon: shopMatcher(thanhSon),
  basketBoats: shopMatcher(basketBoats),
  sweetPotatoes: shopMatcher(sweetPotatoes),
  cordyceps: shopMatcher(cordyceps),
  taiBacBrocade: shopMatcher(taiBacBrocade),
  vinegars: shopMatcher(vinegars),
  pressureWash: shopMatcher(pressureWash),
  banhDaKe: shopMatcher(banhDaKe),
  banhTet: shopMatcher(banhTet),
  breakfast: shopMatcher(breakfast),
  bambooToys: shopMatcher(bambooToys),
  gourds: shopMatcher(gourds),
  highlandInstruments: shopMatcher(highlandInstruments),
  namO: shopMatcher(namO),
  camelliaTea: shopMatcher(camelliaTea),
  plantPots: shopMatcher(plantPots),
  cottonBedding: shopMatcher(cottonBedding),
  beeswax: shopMatcher(beeswax),
  laiThieu: shopMatcher(laiThieu),
  cutFlowers: shopMatcher(cutFlowers),
  beanSauce: shopMatcher(beanSauce),
  mangThit: shopMatcher(mangThit),
  kimBong: shopMatcher(kimBong),
  anchovies: shopMatcher(anchovies),
  silkBouquets: shopMatcher(silkBouquets),
  boxesAndTape: shopMatcher(boxesAndTape),
  banhChung: shopMatcher(banhChung),
  chaoLong: shopMatcher(chaoLong),
  comHen: shopMatcher(comHen),
  phuocTich: shopMatcher(phuocTich),
  thuyXuan: shopMatcher(thuyXuan),
  bananaCandy: shopMatcher(bananaCandy),
  farmParts: shopMatcher(farmParts),
  dragonFruit: shopMatcher(dragonFruit),
  woodToys: shopMatcher(woodToys),
  coconutMilk: shopMatcher(coconutMilk),
  sesameCakes: shopMatcher(sesameCakes),
  mudskippers: shopMatcher(mudskippers),
  riverFish: shopMatcher(riverFish),
  wheelbarrows: shopMatcher(wheelbarrows),
  offeringTrays: shopMatcher(offeringTrays),
  nemNuong: shopMatcher(nemNuong),
  roofing: shopMatcher(roofing),
  patchwork: shopMatcher(patchwork),
  grilledSkewers: shopMatcher(grilledSkewers),
  childhoodSnacks: shopMatcher(childhoodSnacks),
  seedlings2: shopMatcher(seedlings2),
  paintBrushes: shopMatcher(paintBrushes),
  rubberSandals: shopMatcher(rubberSandals),
  rachGoc: shopMatcher(rachGoc),
  hoiAnLanterns: shopMatcher(hoiAnLanterns),
  candiedFruit: shopMatcher(candiedFruit),
  quanHo2: shopMatcher(quanHo2),
  dinhBangCakes: shopMatcher(dinhBangCakes),
  braisedFish2: shopMatcher(braisedFish2),
  phuBinhLanterns: shopMatcher(phuBinhLanterns),
  kitchenWood: shopMatcher(kitchenWood),
  shallots: shopMatcher(shallots),
  nhaXaSilk: shopMatcher(nhaXaSilk),
  starches: shopMatcher(starches),
  bambooFurniture: shopMatcher(bambooFurniture),
  breadSticks2: shopMatcher(breadSticks2),
  kimSonSedge: shopMatcher(kimSonSedge),
  thoXuan: shopMatcher(thoXuan),
  mosquito: shopMatcher(mosquito),
  silkies: shopMatcher(silkies),
  clayPots: shopMatcher(clayPots),
  myXuyenRice: shopMatcher(myXuyenRice),
  embroidery3: shopMatcher(embroidery3),
  chiliPowder: shopMatcher(chiliPowder),
  mulberryJam: shopMatcher(mulberryJam),
  gameCock: shopMatcher(gameCock),
  tomChua: shopMatcher(tomChua),
  aluminiumPots: shopMatcher(aluminiumPots),
  stoneMortars: shopMatcher(stoneMortars),
  cannedFood: shopMatcher(cannedFood),
  woodChopsticks: shopMatcher(woodChopsticks),
  cakeMoulds: shopMatcher(cakeMoulds),
  drinksStall: shopMatcher(drinksStall),
  saltCoffee: shopMatcher(saltCoffee),
  stainlessWare: shopMatcher(stainlessWare),
  yarnDyes: shopMatcher(yarnDyes),
  chuDauTiles: shopMatcher(chuDauTiles),
  clothShoes: shopMatcher(clothShoes),
  heatedSlippers: shopMatcher(heatedSlippers),
  cuttingBoards: shopMatcher(cuttingBoards),
  hotpotKitchen: shopMatcher(hotpotKitchen),
  banhCuon2: shopMatcher(banhCuon2),
  sedgeRugs: shopMatcher(sedgeRugs),
  babyPorridge: shopMatcher(babyPorridge),
  catHaiFishSauce: shopMatcher(catHaiFishSauce),
  doorMats: shopMatcher(doorMats),
  bunChaPhuDo: shopMatcher(bunChaPhuDo),
  schoolAoDai: shopMatcher(schoolAoDai),
  electricToothbrush: shopMatcher(electricToothbrush),
  plasticCrates: shopMatcher(plasticCrates),
  fruitJams: shopMatcher(fruitJams),
  kapokMattresses: shopMatcher(kapokMattresses),
  shadeNets: shopMatcher(shadeNets),
  sewingTools: shopMatcher(sewingTools),
  laptopStands: shopMatcher(laptopStands),
  highlandBaskets: shopMatcher(highlandBaskets),
  cauDatCoffee: shopMatcher(cauDatCoffee),
  windowFilm: shopMatcher(windowFilm),
  ladders: shopMatcher(ladders),
  daSyForge: shopMatcher(daSyForge),
  rollersAndTrays: shopMatcher(rollersAndTrays),
  calligraphy: shopMatcher(calligraphy),
  waterFilterSand: shopMatcher(waterFilterSand),
  cocoa: shopMatcher(cocoa),
  rubberShoes: shopMatcher(rubberShoes),
  shoeCare: shopMatcher(shoeCare),
  plywood: shopMatcher(plywood),
  newbornClothes: shopMatcher(newbornClothes),
  smokedBuffalo: shopMatcher(smokedBuffalo),
  essentialOils: shopMatcher(essentialOils),
  maiTrees: shopMatcher(maiTrees),
  lampShop: shopMatcher(lampShop),
  wiring: shopMatcher(wiring),
  pictureFrames: shopMatcher(pictureFrames),
  teaSets: shopMatcher(teaSets),
  kapokBedding: shopMatcher(kapokBedding),
  maChauSilk: shopMatcher(maChauSilk),
  springRolls: shopMatcher(springRolls),
  bolts: shopMatcher(bolts),
  glassMirrors: shopMatcher(glassMirrors),
  foamBoxes: shopMatcher(foamBoxes),
  bambooBaskets: shopMatcher(bambooBaskets),
  forestGoods: shopMatcher(forestGoods),
  familyShirts: shopMatcher(familyShirts),
  embroideredPictures: shopMatcher(embroideredPictures),
  gardenTools: shopMatcher(gardenTools),
  coffeeEaTu: shopMatcher(coffeeEaTu),
  driedFishTamTien: shopMatcher(driedFishTamTien),
  driedSeafoodCuaLo: shopMatcher(driedSeafoodCuaLo),
  molasses: shopMatcher(molasses),
  potteryBauTruc: shopMatcher(potteryBauTruc),
  dongTaoChickens: shopMatcher(dongTaoChickens),
  potteryPhuLang: shopMatcher(potteryPhuLang),
  riceCrackersThoHa: shopMatcher(riceCrackersThoHa),
  silverDongXam: shopMatcher(silverDongXam),
  towelsPhuongLa: shopMatcher(towelsPhuongLa),
  helmetsXomChua: shopMatcher(helmetsXomChua),
  silverRings: shopMatcher(silverRings),
  agarwoodPhucTrach: shopMatcher(agarwoodPhucTrach),
  seafoodNhonLy: shopMatcher(seafoodNhonLy),
  mugsBatTrang: shopMatcher(mugsBatTrang),
  fruitMienTay: shopMatcher(fruitMienTay),
  fenceWire: shopMatcher(fenceWire),
  plasticMinhKhai: shopMatcher(plasticMinhKhai),
  earTags: shopMatcher(earTags),
  faceTowels: shopMatcher(faceTowels),
  tiesMen: shopMatcher(tiesMen),
  shelvesPhungXa: shopMatcher(shelvesPhungXa),
  coconutCandyMoCay: shopMatcher(coconutCandyMoCay),
  sedgeBagsKimSon: shopMatcher(sedgeBagsKimSon),
  fishingBaiNgang: shopMatcher(fishingBaiNgang),
  soapMaiXa: shopMatcher(soapMaiXa),
  ketoFoods: shopMatcher(ketoFoods),
  driedFishTamNong: shopMatcher(driedFishTamNong),
  beddingNamCao: shopMatcher(beddingNamCao),
  lifeJackets: shopMatcher(lifeJackets),
  shrimpPasteHaYen: shopMatcher(shrimpPasteHaYen),
  handbags: shopMatcher(handbags),
  mice: shopMatcher(mice),
  tweezers: shopMatcher(tweezers),
  skewers: shopMatcher(skewers),
  banhDay: shopMatcher(banhDay),
  babeForest: shopMatcher(babeForest),
  daHoiPlastics: shopMatcher(daHoiPlastics),
  nemDongVe: shopMatcher(nemDongVe),
  pacNgoi: shopMatcher(pacNgoi),
  changSonFans: shopMatcher(changSonFans),
  swimwear: shopMatcher(swimwear),
  huongCanhPots: shopMatcher(huongCanhPots),
  plasticSandals: shopMatcher(plasticSandals),
  castIronPans: shopMatcher(castIronPans),
  sourPork: shopMatcher(sourPork),
  sourShrimp: shopMatcher(sourShrimp),
  riceWrappersTrangBang: shopMatcher(riceWrappersTrangBang),
  vegSeedlings: shopMatcher(vegSeedlings),
  vegSeeds: shopMatcher(vegSeeds),
  hairAccessories: shopMatcher(hairAccessories),
  sedgeKimSon: shopMatcher(sedgeKimSon),
  lacquerHaThai: shopMatcher(lacquerHaThai),
  rattanPhuVinh: shopMatcher(rattanPhuVinh),
  plasticHousewares: shopMatcher(plasticHousewares),
  lanternsPhuBinh: shopMatcher(lanternsPhuBinh),
  conicalHatsChuong: shopMatcher(conicalHatsChuong),
  woodDongKy: shopMatcher(woodDongKy),
  ladderShop: shopMatcher(ladderShop),
  lanternsHoiAn4: shopMatcher(lanternsHoiAn4),
  mintHoney: shopMatcher(mintHoney),
  ceramicsBatTrang: shopMatcher(ceramicsBatTrang),
  bronzeThanhThuy: shopMatcher(bronzeThanhThuy),
  silkTanChau: shopMatcher(silkTanChau),
  silkLocChau: shopMatcher(silkLocChau),
  fabricNinhHiep: shopMatcher(fabricNinhHiep),
  lycheesThanhHa: shopMatcher(lycheesThanhHa),
  mocChau: shopMatcher(mocChau),
  lacquerBinhDuong: shopMatcher(lacquerBinhDuong),
  forestTayBac: shopMatcher(forestTayBac),
  maltThiPho: shopMatcher(maltThiPho),
  juicesCaiBe: shopMatcher(juicesCaiBe),
  birdsNestVinhLuong: shopMatcher(birdsNestVinhLuong),
  folkPaintings2: shopMatcher(folkPaintings2),
  cuDoThachTrung: shopMatcher(cuDoThachTrung),
  riceCrackersThoHa2: shopMatcher(riceCrackersThoHa2),
  artichokeTraiMat: shopMatcher(artichokeTraiMat),
  incenseThanhLuong: shopMatcher(incenseThanhLuong),
  bonsaiMyDong: shopMatcher(bonsaiMyDong),
  potteryPhuLang2: shopMatcher(potteryPhuLang2),
  pomeloBinhMinh: shopMatcher(pomeloBinhMinh),
  capsShop: shopMatcher(capsShop),
  carParts: shopMatcher(carParts),
  fishSauceChauDoc: shopMatcher(fishSauceChauDoc),
  goldLeafKieuKy: shopMatcher(goldLeafKieuKy),
  chieuDinhYen: shopMatcher(chieuDinhYen),
  rattanPhuVinh5: shopMatcher(rattanPhuVinh5),
  brocadeMyNghiep: shopMatcher(brocadeMyNghiep),
  uniformsNamDinh: shopMatcher(uniformsNamDinh),
  gomTanVan: shopMatcher(gomTanVan),
  mutDauTraiMat: shopMatcher(mutDauTraiMat),
  renPhucSen: shopMatcher(renPhucSen),
  photoLaiXa: shopMatcher(photoLaiXa),
  potteryHuongCanh3: shopMatcher(potteryHuongCanh3),
  fishSauceMamChauDoc: shopMatcher(fishSauceMamChauDoc),
  furnitureThachXa: shopMatcher(furnitureThachXa),
  shoesTanLap: shopMatcher(shoesTanLap),
  broomsHoaVang: shopMatcher(broomsHoaVang),
  fireSafety: shopMatcher(fireSafety),
  lacquerAltars: shopMatcher(lacquerAltars),
  teaVillage: shopMatcher(teaVillage),
  woodStatues: shopMatcher(woodStatues),
  forestBees: shopMatcher(forestBees),
  lucNganLychees: shopMatcher(lucNganLychees),
  driedShrimpRachGoc: shopMatcher(driedShrimpRachGoc),
  rockSugar: shopMatcher(rockSugar),
  trangBangCrackers: shopMatcher(trangBangCrackers),
  chuDauCeramics: shopMatcher(chuDauCeramics),
  kimSonGoat: shopMatcher(kimSonGoat),
  dongXamSilver2: shopMatcher(dongXamSilver2),
  nhiKheWood: shopMatcher(nhiKheWood),
  haThaiLacquer4: shopMatcher(haThaiLacquer4),
  grillsHotpots: shopMatcher(grillsHotpots),
  daLatFlowers: shopMatcher(daLatFlowers),
  tanChauSilk2: shopMatcher(tanChauSilk2),
  hamNinhFishSauce2: shopMatcher(hamNinhFishSauce2),
  hamNinhSpecialties: shopMatcher(hamNinhSpecialties),
  haiHauRice: shopMatcher(haiHauRice),
  nguXaBronze: shopMatcher(nguXaBronze),
  coconutOils: shopMatcher(coconutOils),
  sonLaSmoked: shopMatcher(sonLaSmoked),
  thanhHaClay: shopMatcher(thanhHaClay),
  vanPhucTies: shopMatcher(vanPhucTies),
  saDecNoodles: shopMatcher(saDecNoodles),
  langSinhPrints: shopMatcher(langSinhPrints),
  camLoPepper: shopMatcher(camLoPepper),
  viKheBonsai: shopMatcher(viKheBonsai),
  naHangSpecialties: shopMatcher(naHangSpecialties),
  hangMaLanterns: shopMatcher(hangMaLanterns),
  banLacFood: shopMatcher(banLacFood),
  phanThietSpecialties: shopMatcher(phanThietSpecialties),
  namODriedSeafood: shopMatcher(namODriedSeafood),
  dongArrowroot: shopMatcher(dongArrowroot),
  toothbrushes: shopMatcher(toothbrushes),
  baoNinhSquid: shopMatcher(baoNinhSquid),
  moRongHerbs: shopMatcher(moRongHerbs),
  laiThieuPottery: shopMatcher(laiThieuPottery),
  chuyenMyInlay: shopMatcher(chuyenMyInlay),
  thanhChuongTea: shopMatcher(thanhChuongTea),
  xuLangSpecialties: shopMatcher(xuLangSpecialties),
  huuLungCustardApples: shopMatcher(huuLungCustardApples),
  batTrangLamps: shopMatcher(batTrangLamps),
  lanternsXuanLa: shopMatcher(lanternsXuanLa),
  shallotsVinhChau2: shopMatcher(shallotsVinhChau2),
  rattanBaoLa: shopMatcher(rattanBaoLa),
  khotLongHai: shopMatcher(khotLongHai),
  dongHo3: shopMatcher(dongHo3),
  squidCakesHaLong: shopMatcher(squidCakesHaLong),
  mangoKeSach: shopMatcher(mangoKeSach),
  bronzePhuocKieu: shopMatcher(bronzePhuocKieu),
  grapesThaiAn: shopMatcher(grapesThaiAn),
  lotusSaDec: shopMatcher(lotusSaDec),
  bricksMangThit3: shopMatcher(bricksMangThit3),
  huTieuMyTho: shopMatcher(huTieuMyTho),
  kimBong2: shopMatcher(kimBong2),
  squidCuaLo: shopMatcher(squidCuaLo),
  juteNamCao: shopMatcher(juteNamCao),
  rattanPhuVinh7: shopMatcher(rattanPhuVinh7),
  durianDakSong: shopMatcher(durianDakSong),
  riceTrangBang4: shopMatcher(riceTrangBang4),
  oilsHuongTra: shopMatcher(oilsHuongTra),
  sausageCanGiuoc: shopMatcher(sausageCanGiuoc),
  seafoodCanhDuong2: shopMatcher(seafoodCanhDuong2),
  molassesMoDuc: shopMatcher(molassesMoDuc),
  bronzeDaiBai5: shopMatcher(bronzeDaiBai5),
  mangoHoaLoc: shopMatcher(mangoHoaLoc),
  teaSetsBatTrang2: shopMatcher(teaSetsBatTrang2),
  altarSonDong3: shopMatcher(altarSonDong3),
  brocadeMaiChau: shopMatcher(brocadeMaiChau),
  lacquerVanDiem: shopMatcher(lacquerVanDiem),
  potsHuongCanh5: shopMatcher(potsHuongCanh5),
  kimBong4: shopMatcher(kimBong4),
  pineapplePhungHiep: shopMatcher(pineapplePhungHiep),
  duckMauSon: shopMatcher(duckMauSon),
  noodlesDuongLieu2: shopMatcher(noodlesDuongLieu2),
  silverDongXam4: shopMatcher(silverDongXam4),
  chickenDongTao2: shopMatcher(chickenDongTao2),
  drumsNhatTan: shopMatcher(drumsNhatTan),
  brocadeTaVan: shopMatcher(brocadeTaVan),
  incenseQuangPhuCau3: shopMatcher(incenseQuangPhuCau3),
  seedlingsChoLach: shopMatcher(seedlingsChoLach),
  rattanPhuVinh8: shopMatcher(rattanPhuVinh8),
  vanGiang2: shopMatcher(vanGiang2),
  porkRollsTamDuong: shopMatcher(porkRollsTamDuong),
  lotusNamDan: shopMatcher(lotusNamDan),
  bronzeNamTruc: shopMatcher(bronzeNamTruc),
  treesVanGiang: shopMatcher(treesVanGiang),
  shallotsVinhChau: shopMatcher(shallotsVinhChau),
  lycheesPhuongSon: shopMatcher(lycheesPhuongSon),
  comLangVong3: shopMatcher(comLangVong3),
  sonDongStatues: shopMatcher(sonDongStatues),
  bricksMangThit4: shopMatcher(bricksMangThit4),
  dongKy4: shopMatcher(dongKy4),
  buddhasDongKy3: shopMatcher(buddhasDongKy3),
  chestnutsTrungKhanh: shopMatcher(chestnutsTrungKhanh),
  sesameCandyPhuHoa: shopMatcher(sesameCandyPhuHoa),
  basketsPhuVinh9: shopMatcher(basketsPhuVinh9),
  printsDongHo: shopMatcher(printsDongHo),
  farmMocChau: shopMatcher(farmMocChau),
  knitNhatTuu: shopMatcher(knitNhatTuu),
  dragonfliesThachXa2: shopMatcher(dragonfliesThachXa2),
  fertiliserViKhe3: shopMatcher(fertiliserViKhe3),
  fruitHoaLoc: shopMatcher(fruitHoaLoc),
  lycheesPhuongSon2: shopMatcher(lycheesPhuongSon2),
  hatsPhuCam: shopMatcher(hatsPhuCam),
  gildingKieuKy: shopMatcher(gildingKieuKy),
  rattanPhuVinh4: shopMatcher(rattanPhuVinh4),
  teaTanCuong6: shopMatcher(teaTanCuong6),
  ceramicsBatTrang3: shopMatcher(ceramicsBatTrang3),
  phuTheDinhBang2: shopMatcher(phuTheDinhBang2),
  breadSticksAnDuong: shopMatcher(breadSticksAnDuong),
  coffeeEaTu3: shopMatcher(coffeeEaTu3),
  squidCakesHaLong4: shopMatcher(squidCakesHaLong4),
  driedShrimpRachGoc2: shopMatcher(driedShrimpRachGoc2),
  fansChangSon: shopMatcher(fansChangSon),
  seafoodBaLang: shopMatcher(seafoodBaLang),
  incenseQuangPhuCau6: shopMatcher(incenseQuangPhuCau6),
  produceXuanTho: shopMatcher(produceXuanTho),
  sedgeKimSon6: shopMatcher(sedgeKimSon6),
  leatherTuyHoa: shopMatcher(leatherTuyHoa),
  knivesDaSy3: shopMatcher(knivesDaSy3),
  specialtiesCatBa: shopMatcher(specialtiesCatBa),
  lacquerHaThai10: shopMatcher(lacquerHaThai10),
  tetCalendars: shopMatcher(tetCalendars),
  driedShrimpNamCan: shopMatcher(driedShrimpNamCan),
  longanPhoHien2: shopMatcher(longanPhoHien2),
  banhCayLangNguyen2: shopMatcher(banhCayLangNguyen2),
  potsThanhHa6: shopMatcher(potsThanhHa6),
  driedBuffaloTaVan: shopMatcher(driedBuffaloTaVan),
  sesameCandyGiaHoi: shopMatcher(sesameCandyGiaHoi),
  tofuMoldsLangMo2: shopMatcher(tofuMoldsLangMo2),
  lucNganGoods: shopMatcher(lucNganGoods),
  potsKimLan2: shopMatcher(potsKimLan2),
  plumsMocChau4: shopMatcher(plumsMocChau4),
  longanLotusPhoHien: shopMatcher(longanLotusPhoHien),
  bambooTrieuKhuc: shopMatcher(bambooTrieuKhuc),
  potsHuongCanh6: shopMatcher(potsHuongCanh6),
  fittings: buildMatcher([
    p('CO-INOX-60', 'Co inox 304 phi 60', 'cái', ['co 60']),
    p('CO-INOX-76', 'Co inox 304 phi 76', 'cái', ['co 76']),
    p('TE-INOX-60', 'Tê inox 304 phi 60', 'cái', ['tê 60']),
    p('GANG-M', 'Găng tay bảo hộ cỡ M', 'đôi'),
    p('GANG-L', 'Găng tay bảo hộ cỡ L', 'đôi'),
  ]),
  // a deli counter whose names spell "Pâté" with its marks while an alias types "pate", whose other names hold "an"
  // (calm: "an thần") beside "ăn" (to eat: "ăn dặm") and "dạng" (in the form of), and whose mustard comes by the tube
  // and in a box of ten tubes; white sugar by the 1 kg bag and brown by the 500 g
  deli: buildMatcher([
    p('PATE-HEO', 'Pâté gan heo hộp 170g', 'hộp', ['pate gan heo hộp']),
    p('PATE-GA', 'Pâté gan gà hộp 170g', 'hộp'),
    p('BM-PATE', 'Bánh mì pate cột đèn', 'ổ', ['bánh mì pate']),
    p('TRA-AT', 'Trà an thần hộp 20 gói', 'hộp', ['trà an thần']),
    p('BANH-AN', 'Bánh ăn dặm cho bé gói 100g', 'gói'),
    p('BOT-SAN', 'Bột sắn dây gói 500g', 'gói'),
    p('NGHE-VIEN', 'Tinh nghệ dạng viên hũ 100g', 'hũ'),
    p('DUONG-TRANG', 'Đường kính trắng túi 1kg', 'túi'),
    p('DUONG-NAU', 'Đường nâu túi 500g', 'túi'),
    p('MU-TAT', 'Mù tạt Wasabi tuýp 43g', 'tuýp'),
    p('MU-TAT-H10', 'Hộp 10 tuýp mù tạt Wasabi', 'hộp'),
  ]),
  // a jeans shop naming the maker's models ("Levi's 501 Original"), one model also in a set of two
  jeans: buildMatcher([
    p('LV501-30', "Quần jean Levi's 501 Original size 30", 'cái'),
    p('LV511-30', "Quần jean Levi's 511 Slim size 30", 'cái'),
    p('LV501-BO2', "Quần jean Levi's 501 Original (bộ 2 cái)", 'bộ'),
    p('JEAN-30', 'Quần jean nam xanh size 30', 'cái'),
  ]),
  // wooden chopsticks sold loose and by the pair
  chopsticks: buildMatcher([
    p('DUA-GO-LE', 'Đũa gỗ mun (1 chiếc)', 'chiếc'),
    p('DUA-GO-DOI', 'Đôi đũa gỗ mun (2 chiếc)', 'đôi'),
    p('DUA-TRE-DOI', 'Đôi đũa tre (2 chiếc)', 'đôi'),
  ]),
  // chargers whose names say what comes with them ("kèm cáp USB A+C")
  chargers: buildMatcher([
    p('SAC-AC', 'Củ sạc 20W kèm cáp USB A+C', 'cái'),
    p('SAC-L', 'Củ sạc 20W kèm cáp Lightning', 'cái'),
    p('CAP-C', 'Cáp USB-C 1m', 'sợi'),
  ]),
  // a hobby shop of scale models, and towels sold by the dozen
  models: buildMatcher([
    p('TAU-150', 'Mô hình tàu Titanic tỉ lệ 1:150', 'cái'),
    p('TAU-350', 'Mô hình tàu Titanic tỉ lệ 1:350', 'cái'),
    p('XE-118', 'Mô hình xe Vespa tỉ lệ 1:18 màu đỏ', 'cái'),
    p('KM-TA', 'Khăn mặt bông trắng (tá 12 chiếc)', 'tá'),
    p('KT-TA', 'Khăn tắm bông (tá 12 chiếc)', 'tá'),
  ]),
  // a tailor whose made-to-measure goods all say "may đo"
  tailor: buildMatcher([
    p('AD-LUA', 'Áo dài lụa may đo', 'bộ'),
    p('VEST-NAM', 'Vest nam may đo', 'bộ'),
    p('SOMI', 'Sơ mi nam may đo', 'cái'),
    p('VAI-LUA', 'Vải lụa tơ tằm', 'mét'),
  ]),
  // an incense shop whose incense is named "Nhang …" while "hương" appears only inside other names
  incense: buildMatcher([
    p('NHANG-TRAM-30', 'Nhang trầm hương 30cm (bó 100 nén)', 'bó'),
    p('NHANG-TRAM-40', 'Nhang trầm hương 40cm (bó 100 nén)', 'bó'),
    p('NHANG-QUE-40', 'Nhang quế 40cm (bó 100 nén)', 'bó'),
    p('NHANG-THAO-30', 'Nhang thảo mộc 30cm (bó 100 nén)', 'bó'),
    p('VONG-24', 'Nhang vòng trầm 24 giờ (hộp 24 khoanh)', 'hộp'),
    p('BAT-HUONG-16', 'Bát hương gốm 16cm', 'chiếc'),
    p('LU-DONG', 'Lư đồng xông trầm 10cm', 'chiếc'),
    p('SET-THO', 'Set thờ cúng: 1 bát hương gốm 16cm + 1 bó nhang quế 40cm', 'set', ['set thờ cúng']),
  ]),
  // a pottery shop whose bowls are named "Bát …" while "chén" appears only inside a tea set's name
  tableware: buildMatcher([
    p('BAT-LAM-12', 'Bát cơm men lam 12cm', 'chiếc'),
    p('BAT-RAN-12', 'Bát cơm men rạn 12cm', 'chiếc'),
    p('AC-LAM', 'Bộ ấm chén men lam', 'bộ', ['bộ ấm chén', 'tea set']),
    p('DIA-LAM-25', 'Đĩa men lam 25cm', 'chiếc'),
    p('SET-CUOI', 'Set quà cưới: 2 bát cơm men lam + 2 đĩa men lam 25cm', 'set', ['set quà cưới']),
  ]),
  // fish sauce by its protein degree beside a red pepper ("độ" and "đỏ" fold alike), dried squid by the count per kg
  sauce: buildMatcher([
    p('NM40-500', 'Nước mắm 40 độ đạm chai 500ml', 'chai'),
    p('NM40-750', 'Nước mắm 40 độ đạm chai 750ml', 'chai'),
    p('NM35-500', 'Nước mắm 35 độ đạm chai 500ml', 'chai'),
    p('NM35-2L', 'Nước mắm 35 độ đạm can 2 lít', 'can'),
    p('TIEU-DO', 'Tiêu đỏ hũ 100g', 'hũ'),
    p('TIEU-DEN', 'Tiêu đen hũ 100g', 'hũ'),
    p('MUC-1012', 'Mực khô size 10-12 con/kg', 'kg'),
    p('MUC-1520', 'Mực khô size 15-20 con/kg', 'kg'),
    p('TOM-A', 'Tôm khô loại A', 'kg'),
    p('TOM-B', 'Tôm khô loại B', 'kg'),
    p('TOM-L1-HU', 'Tôm khô loại 1 hũ 250g', 'hũ'),
    p('GIO-LE', 'Giỏ quà biếu lẻ 3 món', 'giỏ'),
    p('KEO-DP', 'Kẹo đậu phộng gói 200g', 'gói'),
    p('BUN-NHO-500', 'Bún khô sợi nhỏ gói 500g', 'gói'),
    p('BUN-TO-500', 'Bún khô sợi to gói 500g', 'gói'),
    p('KEO-ME', 'Kẹo mè gói 200g', 'gói'),
  ]),
  // a village market stall: pía with and without egg, persimmons by grade, stickless incense, lanterns and vases
  sweets: buildMatcher([
    p('PIA-SR', 'Bánh pía sầu riêng không trứng', 'hộp'),
    p('PIA-SR-TM', 'Bánh pía sầu riêng trứng muối', 'hộp'),
    p('HONG-A', 'Hồng treo gió loại A', 'kg'),
    p('HONG-B', 'Hồng treo gió loại B', 'kg'),
    p('NHANG-KT', 'Nhang sạch không tăm (hộp 200 nén)', 'hộp'),
    p('NHANG-TRAM', 'Nhang trầm 30cm', 'bó'),
    p('RUOU-29', 'Rượu nếp cái hoa vàng 29 độ chai 500ml', 'chai'),
    p('RUOU-40', 'Rượu nếp cái hoa vàng 40 độ chai 500ml', 'chai'),
    p('TAO-DO', 'Táo đỏ sấy', 'gói'),
    p('DEN-30', 'Đèn lồng tròn đỏ 30cm', 'chiếc'),
    p('DEN-60', 'Đèn lồng tròn đỏ 60cm', 'chiếc'),
    p('MOC', 'Móc treo đèn inox', 'chiếc'),
    p('LO-20', 'Lọ hoa men lục 20cm', 'chiếc'),
    p('LO-30', 'Lọ hoa men lục 30cm', 'chiếc'),
    p('DIA-RAN', 'Đĩa men rạn 25cm', 'chiếc'),
    p('TUONG-TRAU', 'Tượng gốm con trâu', 'chiếc', ['tượng trâu']),
    p('TUONG-DILAC', 'Tượng Phật Di Lặc gốm', 'chiếc', ['tượng di lặc']),
    p('THAM-4060', 'Thảm cói 40x60', 'tấm'),
    p('MANH-CAT', 'Mành cật tre (theo m2)', 'm2'),
    p('DUI-KEM', 'Vải đũi khổ 1m2 màu kem', 'mét'),
    p('DUI-NAU', 'Vải đũi khổ 1m2 màu nâu', 'mét'),
    p('THAM-6090', 'Thảm cói 60x90', 'tấm'),
  ]),
};

export type CatalogName = keyof typeof CATALOGS;

/** One example of a rule's corpus: a message, the shop, and what a careful shop assistant would read. */
export interface Example {
  shop: CatalogName;
  text: string;
  items: Record<string, number>;
  ask: boolean;
  /** the cart's lines the message changes (checked when given) */
  replaced?: string[];
}

/** Asserts the parser's reading of one example (lines as a sku → qty map, and whether it asks). */
export function expectReading(e: Example): void {
  const r = parseOrder(CATALOGS[e.shop], e.text);
  const got: Record<string, number> = {};
  for (const it of r.items) got[it.sku] = it.qty;
  expect({ items: got, ask: r.ask }, e.text).toEqual({ items: e.items, ask: e.ask });
  if (e.replaced) expect(r.replaced, e.text).toEqual(e.replaced);
}

/** One test per example of a rule's corpus. */
export function describeCorpus(name: string, examples: readonly Example[]): void {
  describe(name, () => {
    for (const e of examples) it(`${e.shop}: ${e.text}`, () => expectReading(e));
  });
}
