import { formatQty, formatTime, formatVnd } from '../format.ts';
import { adminVi } from './admin-vi.ts';
import { photosVi } from './photos.ts';
import { shipVi } from './shipping.vi.ts';

const q = (n: number) => formatQty(n, 'vi');

/** Everything the bot says, in Vietnamese (the default language). */
export const vi = {
  lang: 'vi' as 'vi' | 'en',
  ...photosVi,
  welcome: (shop: string) =>
    `Chào bạn! Đây là ${shop} 🌸\nBạn có thể bấm "Xem hàng", hoặc nhắn tên sản phẩm và số lượng, ví dụ: "2 khăn xanh" hay "KL-XANH x2".`,
  help: () =>
    'Cách đặt hàng:\n• Bấm "Xem hàng" để chọn sản phẩm\n• Hoặc nhắn: "2 khăn xanh", "KL-XANH x2", kèm số điện thoại nếu muốn\n• /giohang — xem giỏ hàng\n• /donhang — đơn của bạn\n• /lang en — English',
  btnCatalog: '📋 Xem hàng',
  btnCart: '🛒 Giỏ hàng',
  btnOrders: '📦 Đơn của tôi',
  btnHelp: '❓ Hướng dẫn',
  btnOtherLang: '🌐 English',
  btnPrev: '◀ Trước',
  btnNext: 'Sau ▶',
  btnBackToCatalog: '◀ Danh mục',
  btnAdd: (qty: number, unit: string) => `➕ ${q(qty)} ${unit}`,
  btnConfirm: '✅ Đặt hàng',
  btnEdit: '✏️ Sửa giỏ',
  btnClear: '🗑 Xoá giỏ',
  btnMore: '➕ Mua thêm',
  btnDone: '✔️ Xong',
  btnCancelOrder: '❌ Huỷ đơn',
  btnYesCancel: 'Có, huỷ đơn',
  btnNoKeep: 'Không, giữ đơn',
  btnPaid: '💸 Tôi đã chuyển khoản',
  btnShowQr: '🔳 Mã QR thanh toán',
  btnConfirmYes: '✅ Đã nhận tiền',
  btnConfirmNo: '❌ Chưa nhận',
  catalogHeader: (page: number, pages: number) => `📋 Danh mục sản phẩm (trang ${page}/${pages}):`,
  catalogLine: (i: number, name: string, price: number, unit: string, available: number) =>
    `${i}. ${name} — ${formatVnd(price)}/${unit}${available > 0 ? ` · còn ${q(available)}` : ' · hết hàng'}`,
  catalogEmpty: 'Shop chưa có sản phẩm nào.',
  catalogFooter: 'Bấm vào sản phẩm để xem, hoặc nhắn "2 khăn xanh".',
  productCard: (name: string, sku: string, price: number, unit: string, available: number) =>
    `${name}\nMã: ${sku}\nGiá: ${formatVnd(price)}/${unit}\n${available > 0 ? `Còn: ${q(available)} ${unit}` : 'Tạm hết hàng'}`,
  added: (qty: number, unit: string, name: string) => `Đã thêm ${q(qty)} ${unit} ${name} vào giỏ.`,
  cartEmpty: 'Giỏ hàng đang trống. Bấm "Xem hàng" hoặc nhắn tên sản phẩm và số lượng, ví dụ: "2 khăn xanh".',
  cartHeader: '🛒 Giỏ hàng của bạn:',
  cartLine: (qty: number, unit: string, name: string, price: number, total: number) =>
    `• ${q(qty)} ${unit} ${name} × ${formatVnd(price)} = ${formatVnd(total)}`,
  cartTotal: (total: number) => `Tổng cộng: ${formatVnd(total)}`,
  cartPhone: (phone: string) => `SĐT liên hệ: ${phone}`,
  cartEditHeader: 'Sửa số lượng từng món:',
  cartCleared: 'Đã xoá giỏ hàng.',
  outOfStock: (name: string, available: number, unit: string) =>
    available > 0
      ? `Xin lỗi, ${name} chỉ còn ${q(available)} ${unit}. Bạn sửa lại số lượng giúp shop nhé.`
      : `Xin lỗi, ${name} vừa hết hàng. Bạn chọn sản phẩm khác giúp shop nhé.`,
  notFoundProduct: (what: string) => `Shop chưa có sản phẩm "${what}". Bạn xem danh mục nhé.`,
  orderPlaced: (code: string) => `🎉 Đã đặt đơn ${code}!`,
  orderSummary: (code: string, status: string, total: number, due: number) =>
    `Đơn ${code} — ${status}\nTổng: ${formatVnd(total)}${due > 0 && due < total ? `\nCòn thiếu: ${formatVnd(due)}` : ''}`,
  payWithin: (deadline: string) => `Vui lòng chuyển khoản trước ${formatTime(deadline)} để giữ hàng. Nội dung chuyển khoản ghi đúng mã đơn.`,
  askPhone: 'Nhắn số điện thoại để shop liên hệ giao hàng nhé.',
  phoneSaved: (phone: string) => `Đã lưu số điện thoại ${phone}.`,
  // --- checkout: who receives the order and where ---
  checkoutAskReceiver: 'Cho shop xin tên người nhận hàng nhé.',
  checkoutAskPhone: 'Cho shop xin số điện thoại người nhận để giao hàng nhé.',
  checkoutAskAddress: (pickup: boolean) =>
    `Shop giao hàng về địa chỉ nào ạ? Bạn nhắn địa chỉ, ví dụ "12 Lê Lợi, Hà Đông".${pickup ? ' Nếu bạn qua làng lấy, bấm "Nhận tại làng".' : ''}`,
  checkoutAskSaved: (where: string, who: string) => `${where} như lần trước?${who ? `
${who}` : ''}`,
  savedWhere: (address: string | null): string => (address ? `Giao về ${address}` : 'Nhận tại làng'),
  btnSavedYes: '✅ Đúng rồi',
  btnSavedOther: '📍 Địa chỉ khác',
  btnSkip: 'Bỏ qua',
  btnPickup: '🏡 Nhận tại làng',
  btnReceiverMe: (name: string) => `👤 ${name}`,
  checkoutRequired: 'Shop cần thông tin này để giao hàng, bạn nhắn giúp shop nhé.',
  checkoutDone: (code: string, lines: string[]) => `📝 Thông tin giao hàng của đơn ${code}:
${lines.join('\n')}`,
  deliveryReceiver: (name: string) => `Người nhận: ${name}`,
  deliveryPhone: (phone: string) => `SĐT: ${phone}`,
  deliveryAddress: (address: string) => `Giao về: ${address}`,
  deliveryPickup: (place: string | null) => `Nhận tại làng${place ? `: ${place}` : ''}`,
  addressRemembered: (address: string) => `Shop đã lưu địa chỉ ${address}. Lần đặt hàng tới shop sẽ giao về đây (bạn vẫn đổi được).`,
  phoneSavedOnOrder: (phone: string, code: string) => `Đã lưu số điện thoại ${phone} cho đơn ${code}.`,
  // --- payment claims in words and photos ---
  statusClaimed: 'Khách báo đã chuyển, chờ xác nhận',
  claimNoUnpaid: 'Shop chưa thấy đơn nào của bạn đang chờ thanh toán. Bạn bấm "Đơn của tôi" để xem lại nhé.',
  claimWhich: 'Bạn đã chuyển khoản cho đơn nào ạ? Bấm vào đơn để shop kiểm tra:',
  claimChoice: (code: string, total: number, items: string) => `${code} — ${formatVnd(total)} — ${items}`,
  confirmRequestPhoto: (code: string, amount: number, customer: string) =>
    `Đơn ${code} — ${formatVnd(amount)} — khách ${customer} gửi ảnh chụp chuyển khoản. Kiểm tra ứng dụng ngân hàng rồi bấm:`,
  // --- questions answered ---
  answerPrice: (name: string, price: number, unit: string) => `${name}: ${formatVnd(price)}/${unit}.`,
  answerStock: (name: string, available: number, unit: string): string =>
    available > 0 ? `${name} còn ${q(available)} ${unit} ạ.` : `${name} tạm hết hàng ạ, shop sẽ báo khi có lại.`,
  answerPriceList: (lines: string[]) => `Giá các sản phẩm của shop:
${lines.join('\n')}
Bấm "Xem hàng" để xem tất cả.`,
  answerPriceLine: (name: string, price: number, unit: string, available: number) =>
    `• ${name}: ${formatVnd(price)}/${unit}${available > 0 ? '' : ' (tạm hết)'}`,
  answerWhich: 'Bạn hỏi sản phẩm nào ạ?',
  answerShips: (ships: boolean, pickupPlace: string | null): string =>
    ships
      ? 'Dạ shop có giao hàng toàn quốc ạ. Khi đặt hàng shop sẽ hỏi địa chỉ nhận.'
      : `Dạ hiện shop chưa giao hàng, bạn qua làng lấy giúp shop nhé${pickupPlace ? ` (${pickupPlace})` : ''}.`,
  answerCod: (cod: boolean): string =>
    cod
      ? 'Dạ shop có nhận thanh toán khi nhận hàng (COD) ạ.'
      : 'Dạ hiện shop chưa nhận COD ạ. Bạn thanh toán bằng chuyển khoản qua mã QR shop gửi khi đặt hàng nhé.',
  answerShippingTime: (days: string | undefined): string =>
    days ? `Dạ hàng thường tới trong khoảng ${days} ngày kể từ khi shop gửi ạ.` : 'Dạ thời gian giao tuỳ nơi nhận, shop sẽ báo bạn khi gửi hàng ạ.',
  answerPaymentMethods: (cod: boolean) =>
    `Dạ bạn chuyển khoản qua mã VietQR shop gửi khi đặt hàng (ghi đúng mã đơn), xong nhắn "đã chuyển khoản" hoặc gửi ảnh chụp là được ạ.${cod ? ' Shop cũng nhận COD.' : ''}`,
  answerNote: (note: string) => note,
  status: {
    awaiting_payment: 'Chờ thanh toán',
    paid: 'Đã thanh toán',
    ready: 'Đã sẵn sàng',
    shipped: 'Đang giao',
    delivered: 'Đã giao',
    cancelled: 'Đã huỷ',
    expired: 'Hết hạn',
    returned: 'Đã hoàn',
  } as Record<string, string>,
  ordersHeader: '📦 Đơn hàng của bạn:',
  ordersEmpty: 'Bạn chưa có đơn hàng nào.',
  orderListLine: (code: string, status: string, total: number) => `• ${code} — ${status} — ${formatVnd(total)}`,
  cancelAsk: (code: string) => `Bạn chắc chắn muốn huỷ đơn ${code}?`,
  orderCancelled: (code: string) => `Đã huỷ đơn ${code}. Hẹn gặp lại bạn!`,
  cannotCancel: (code: string, status: string) => `Đơn ${code} đang ở trạng thái "${status}", không huỷ được trong chat. Bạn nhắn shop nhé.`,
  qrCaption: (bank: string, account: string, accountName: string, amount: number, memo: string) =>
    `Quét mã để chuyển khoản, hoặc chuyển tay:\nNgân hàng: ${bank}\nSố tài khoản: ${account}\nChủ tài khoản: ${accountName}\nSố tiền: ${formatVnd(amount)}\nNội dung: ${memo}`,
  paidReported: (code: string) => `Cảm ơn bạn! Shop đang kiểm tra tiền cho đơn ${code}, sẽ báo bạn ngay.`,
  paidReportedNoConfirmer: (code: string) =>
    `Cảm ơn bạn! Shop sẽ kiểm tra tiền cho đơn ${code} và báo bạn sớm.`,
  alreadyPaid: (code: string) => `Đơn ${code} đã được thanh toán rồi. Cảm ơn bạn!`,
  confirmRequest: (code: string, amount: number, customer: string) =>
    `Đơn ${code} — ${formatVnd(amount)} — khách ${customer} báo đã chuyển khoản. Kiểm tra ứng dụng ngân hàng rồi bấm:`,
  confirmDone: (code: string, ok: boolean, by: string) => `Đơn ${code}: ${ok ? '✅ đã nhận tiền' : '❌ chưa nhận tiền'} (${by}).`,
  confirmAlreadyHandled: (code: string, status: string) => `Đơn ${code} đã được xử lý: ${status}.`,
  paymentConfirmed: (code: string) => `✅ Shop đã nhận tiền cho đơn ${code}. Cảm ơn bạn! Shop sẽ chuẩn bị hàng ngay.`,
  paymentNotReceived: (code: string) =>
    `❌ Shop chưa thấy tiền cho đơn ${code}. Bạn kiểm tra lại giao dịch (số tiền, nội dung) hoặc gửi ảnh chụp cho shop nhé.`,
  partialPaid: (code: string, paid: number, due: number) =>
    `Shop đã nhận ${formatVnd(paid)} cho đơn ${code}, còn thiếu ${formatVnd(due)}. Mã QR dưới đây là cho phần còn lại.`,
  overpaidCustomer: (code: string, extra: number) =>
    `✅ Đơn ${code} đã thanh toán. Bạn chuyển dư ${formatVnd(extra)}, shop sẽ liên hệ hoàn lại.`,
  overpaidAdmin: (code: string, extra: number) => `⚠️ Đơn ${code} được chuyển dư ${formatVnd(extra)}. Cần hoàn lại cho khách.`,
  unmatchedAdmin: (amount: number, description: string) =>
    `⚠️ Có khoản chuyển ${formatVnd(amount)} không khớp đơn nào: "${description}". Dùng /gan <mã giao dịch> <mã đơn> để gán.`,
  lateAdmin: (code: string, amount: number, status: string) =>
    `⚠️ Nhận ${formatVnd(amount)} cho đơn ${code} nhưng đơn đang "${status}". Cần xử lý hoàn tiền hoặc mở lại đơn.`,
  expiryReminder: (code: string, deadline: string) =>
    `⏰ Đơn ${code} sẽ hết hạn lúc ${formatTime(deadline)} nếu chưa thanh toán. Bạn chuyển khoản sớm giúp shop nhé.`,
  orderExpired: (code: string) => `Đơn ${code} đã hết hạn thanh toán nên shop đã huỷ và trả hàng về kho. Bạn có thể đặt lại bất cứ lúc nào.`,
  notUnderstood:
    'Xin lỗi, mình chưa hiểu ý bạn 😅. Bạn nhắn tên sản phẩm và số lượng, ví dụ "2 khăn xanh", hoặc bấm "Xem hàng" nhé.',
  greeting: (shop: string) => `Chào bạn! ${shop} rất vui được phục vụ 🌸`,
  thanks: 'Cảm ơn bạn nhiều! 🌸',
  emptyMessage: 'Mình chưa nhận được nội dung. Bạn nhắn tên sản phẩm và số lượng nhé, ví dụ "2 khăn xanh".',
  tooLong: 'Tin nhắn dài quá, mình chưa đọc được. Bạn nhắn ngắn gọn tên sản phẩm và số lượng nhé.',
  staleButton: 'Nút này đã cũ hoặc không còn hiệu lực. Bạn bấm "Xem hàng" để bắt đầu lại nhé.',
  askWhich: (qty: number, phrase: string) => `Bạn muốn ${q(qty)} "${phrase}" loại nào ạ?`,
  askAmount: (name: string, unit: string) => `Bạn muốn lấy bao nhiêu ${unit} ${name} ạ? Bạn bấm chọn bên dưới hoặc nhắn số lượng (ví dụ "2 ${unit}").`,
  askUnknown: (phrase: string) => `Shop chưa có "${phrase}". Bạn xem danh mục giúp shop nhé.`,
  repeatOffer: (code: string, order: string) => `Đơn gần nhất của bạn là ${code}:\n${order}\nBạn bấm "Đặt lại" để cho các món này vào giỏ, hoặc nhắn tên món và số lượng nếu là đơn khác nhé.`,
  repeatNone: 'Shop chưa thấy đơn nào trước đây của bạn ở đây. Bạn nhắn giúp shop tên món và số lượng nhé, ví dụ "2 khăn xanh".',
  btnReorder: '🔁 Đặt lại',
  reordered: (code: string) => `Đã cho các món của đơn ${code} vào giỏ.`,
  replacedInCart: (name: string) => `Đã bỏ ${name} khỏi giỏ để đổi.`,
  changeNotInCart: (old: string, qty: number, name: string) =>
    `${old ? `Trong giỏ chưa có ${old}` : 'Trong giỏ chưa có món cần đổi'}, nên shop chưa đổi gì. Đơn đã đặt thì không đổi qua tin nhắn được: bạn xem và huỷ đơn cũ ở /donhang nếu cần. Bạn có muốn thêm ${q(qty)} ${name} vào giỏ không?`,
  btnAddInstead: (name: string) => `➕ Thêm ${name}`,
  changeUnclear: (hasCart: boolean) =>
    `Shop chưa rõ bạn muốn đổi món nào. ${hasCart ? 'Bạn sửa ngay trong giỏ bên dưới, hoặc nhắn' : 'Giỏ hàng đang trống; đơn đã đặt thì xem ở /donhang. Bạn nhắn'} rõ tên món cũ và món mới giúp shop nhé.`,
  langSet: 'Đã chuyển sang tiếng Việt.',
  forbidden: 'Xin lỗi, lệnh này chỉ dành cho người quản lý hoặc hộ sản xuất của nhóm.',
  error: 'Xin lỗi, có lỗi xảy ra. Bạn thử lại sau ít phút nhé.',
  busy: 'Xin lỗi, hệ thống đang tạm gián đoạn nên tin nhắn vừa rồi chưa được ghi nhận. Bạn thử lại sau ít phút nhé.',
  noShop: 'Chưa có cửa hàng nào được cài đặt.',
  invalidInput: (what: string) => `Chưa đúng: ${what}`,
  notFound: 'Không tìm thấy.',
  roleName: { admin: 'quản lý', household: 'hộ sản xuất', confirmer: 'thủ quỹ (xác nhận thanh toán)' } as Record<string, string>,
  webLink: (url: string) => `Mở trang quản lý trên điện thoại (link dùng một lần, hết hạn sau 10 phút):\n${url}`,
  webLinkSentPrivately: 'Mình đã gửi link đăng nhập trang quản lý vào tin nhắn riêng.',
  webLinkNeedsPrivate: 'Mình chưa nhắn riêng được cho bạn. Bạn mở chat riêng với bot rồi nhắn /web nhé.',
  webNoRole: 'Trang quản lý dành cho quản lý, thủ quỹ và các hộ trong nhóm.',
  joined: (group: string, role: string, household?: string) =>
    `Chào mừng bạn vào ${group} với vai trò ${vi.roleName[role] ?? role}${household ? ` của ${household}` : ''}.`,
  inviteCreated: (code: string, role: string, who: string) =>
    `Mã mời (${vi.roleName[role] ?? role}${role === 'household' ? ` ${who}` : ''}), dùng một lần, hết hạn sau 3 ngày:\n/join ${code}`,
  inviteInvalid: 'Mã mời không đúng, đã dùng hoặc đã hết hạn. Bạn xin quản lý nhóm mã mới nhé.',
  // --- households ---
  btnReady: '✅ Đã sẵn sàng',
  btnCannotSupply: '⚠️ Không đủ hàng',
  prepare: (code: string, lines: string[], where: string) =>
    `📦 Đơn ${code}: nhờ hộ mình chuẩn bị\n${lines.join('\n')}\nMang đến: ${where}. Chuẩn bị xong bấm "Đã sẵn sàng".`,
  shareLine: (qty: number, unit: string, name: string, sku: string) => `• ${q(qty)} ${unit} ${name} (${sku})`,
  gatherPoint: (group: string) => `điểm tập kết của ${group}`,
  readyThanks: (code: string) => `Cảm ơn! Đã ghi nhận phần của hộ mình cho đơn ${code} đã sẵn sàng.`,
  orderReadyCustomer: (code: string) => `📦 Đơn ${code} đã đủ hàng và sẵn sàng giao. Shop sẽ gửi hàng sớm!`,
  orderReadyAdmin: (code: string) => `📦 Đơn ${code} đã đủ hàng từ các hộ, sẵn sàng giao.`,
  btnShipped: '🚚 Đã gửi hàng',
  btnDelivered: '✅ Đã giao xong',
  shippedCustomer: (code: string) => `🚚 Đơn ${code} đã được gửi đi. Bạn để ý điện thoại nhé!`,
  deliveredCustomer: (code: string) => `✅ Đơn ${code} đã giao xong. Cảm ơn bạn đã ủng hộ làng nghề! 🌸`,
  statusChanged: (code: string, status: string) => `Đơn ${code}: ${status}.`,
  cannotSupplyAck: (code: string) => `Đã ghi nhận hộ mình không đủ hàng cho đơn ${code}; shop đã chia lại cho hộ khác.`,
  reallocatedToYou: (code: string) => `Đơn ${code} được chia thêm cho hộ mình:`,
  uncoveredAdmin: (code: string, lines: string[]) => `⚠️ Đơn ${code}: không hộ nào còn đủ hàng cho\n${lines.join('\n')}\nCần xử lý (chia lại bằng /chia hoặc liên hệ khách).`,
  stockSet: (name: string, qty: number, unit: string) => `Đã cập nhật kho: ${name} còn ${q(qty)} ${unit}.`,
  stockUsage: 'Cập nhật kho: kho <mã SP> <số lượng>, ví dụ: kho KL-XANH 20',
  earnings: (name: string, earned: number, commission: number, paid: number, owed: number) =>
    `💰 ${name}\nDoanh thu: ${formatVnd(earned)}\nPhí nhóm: ${formatVnd(commission)}\nĐã nhận: ${formatVnd(paid)}\nCòn được nhận: ${formatVnd(owed)}`,
  openSharesHeader: 'Việc cần chuẩn bị:',
  noOpenShares: 'Hiện chưa có đơn nào cần hộ mình chuẩn bị.',
  // --- admin ---
  ordersByStatus: (lines: string[]) => `📋 Đơn hàng theo trạng thái:\n${lines.join('\n')}`,
  statusCount: (status: string, n: number) => `• ${status}: ${n}`,
  noOrdersWithStatus: 'Không có đơn nào.',
  allocationChanged: (code: string, sku: string) => `Đã chia lại ${sku} của đơn ${code}.`,
  chiaUsage: '/chia <mã đơn> <mã SP> <hộ> <số lượng> [<hộ> <số lượng> …], ví dụ: /chia VP7K3MC KL-XANH ho-lan 5 ho-minh 3',
  settlementHeader: (group: string) => `💰 Quyết toán ${group}:`,
  settlementLine: (name: string, earned: number, commission: number, paid: number, owed: number) =>
    `• ${name}: doanh thu ${formatVnd(earned)}, phí ${formatVnd(commission)}, đã trả ${formatVnd(paid)}, còn nợ ${formatVnd(owed)}`,
  btnPayout: (key: string, owed: number) => `💸 Trả ${key} ${formatVnd(owed)}`,
  payoutQrCaption: (name: string, amount: number) => `Mã QR trả ${formatVnd(amount)} cho ${name}. Chuyển xong bấm nút để ghi nhận.`,
  btnPayoutDone: '✅ Đã chuyển',
  payoutRecorded: (name: string, amount: number) => `Đã ghi nhận trả ${formatVnd(amount)} cho ${name}.`,
  payoutReceived: (amount: number) => `💰 Nhóm đã chuyển cho hộ mình ${formatVnd(amount)}.`,
  paymentAssigned: (id: number, code: string) => `Đã gán khoản chuyển #${id} cho đơn ${code}.`,
  // --- pools ---
  poolOpened: (name: string, deadline: string) => `🧺 Đã mở đợt gom "${name}", hạn ${formatTime(deadline)}. Đơn mới sẽ vào đợt này.`,
  poolUsage: '/gom mo "Tên đợt" han 30/11/2026 18:00 [toi-thieu KL-XANH 200 …] [cho-den-han] · /gom gia-han 02/12/2026 18:00 · /gom',
  poolNone: 'Hiện không có đợt gom nào đang mở.',
  poolProgress: (name: string, deadline: string, lines: string[]) => `🧺 Đợt gom "${name}" — hạn ${formatTime(deadline)}\n${lines.join('\n')}`,
  poolLine: (sku: string, ordered: number, target: number | null) =>
    target ? `• ${sku}: ${q(ordered)}/${q(target)} (${Math.min(100, Math.floor((ordered / target) * 100))}%)` : `• ${sku}: ${q(ordered)}`,
  poolExtended: (deadline: string) => `Đã gia hạn đợt gom đến ${formatTime(deadline)}.`,
  poolJoined: (name: string) => `Đơn của bạn đã vào đợt gom "${name}". Khi đợt gom đủ số lượng, shop sẽ gửi mã QR thanh toán; nếu không đủ, đơn tự huỷ và bạn không mất tiền.`,
  poolMetCustomer: (name: string, code: string) => `🎉 Đợt gom "${name}" đã đủ số lượng! Đơn ${code} được xác nhận, mời bạn thanh toán:`,
  poolUnmetCustomer: (name: string, code: string) => `Rất tiếc, đợt gom "${name}" chưa đủ số lượng nên đơn ${code} đã được huỷ. Bạn không bị trừ tiền.`,
  poolClosedAdmin: (name: string, met: boolean, n: number) =>
    met ? `✅ Đợt gom "${name}" đã đủ chỉ tiêu: ${n} đơn được xác nhận.` : `❌ Đợt gom "${name}" không đủ chỉ tiêu: ${n} đơn đã huỷ. (Lần sau có thể /gom gia-han trước hạn.)`,
  // --- group chat ---
  posted: (group: string) => `🛍 ${group} mở bán! Trả lời tin này để đặt, ví dụ: "+2 khăn xanh" hoặc "mình lấy 1 áo dài M".`,
  tallyHeader: (group: string) => `📋 Danh sách đặt hàng — ${group}`,
  tallyEmpty: 'Chưa có ai đặt. Nhắn "+2 khăn xanh" để đặt nhé!',
  tallyLine: (i: number, name: string, items: string) => `${i}. ${name}: ${items}`,
  tallyTotals: (items: string) => `Tổng: ${items}`,
  groupOrdered: (name: string, code: string) => `✅ ${name} đã đặt (đơn ${code}). Mình gửi mã thanh toán trong chat riêng nhé.`,
  groupOrderedOpenPrivate: (name: string, code: string) => `✅ ${name} đã đặt (đơn ${code}). Bấm nút dưới để nhận mã thanh toán trong chat riêng.`,
  btnOpenPrivate: '💬 Nhận mã thanh toán',
  groupAskAmount: (name: string, product: string, unit: string) => `${name} ơi, bạn muốn lấy bao nhiêu ${unit} ${product}?`,
  groupAsk: (name: string, qty: number, phrase: string) => `${name} ơi, bạn muốn ${q(qty)} "${phrase}" loại nào?`,
  groupChangePrivately: (name: string) =>
    `${name} ơi, đơn đặt trong nhóm không đổi được bằng tin nhắn ở đây. Bạn vào chat riêng với shop, huỷ đơn cũ ở /donhang rồi đặt lại món mới nhé.`,
  groupOutOfStock: (name: string, text: string) => `${name}: ${text}`,
  // --- money back, conflicts ---
  paymentHeld: (code: string, paid: number) =>
    `Shop đã nhận ${formatVnd(paid)} cho đơn ${code}. Đơn nằm trong đợt gom: đủ số lượng thì đơn đi tiếp, không đủ thì shop hoàn lại tiền cho bạn.`,
  refundDueAdmin: (code: string, amount: number, customer: string) => `💸 Cần hoàn ${formatVnd(amount)} cho khách ${customer} (đơn ${code} đã huỷ).`,
  refundCustomer: (code: string, amount: number) => `Đơn ${code} đã huỷ. Shop sẽ hoàn lại ${formatVnd(amount)} bạn đã chuyển.`,
  cancelledByShop: (code: string) => `Đơn ${code} đã được shop huỷ. Xin lỗi bạn vì sự bất tiện!`,
  orderCancelledHousehold: (code: string) => `Đơn ${code} đã huỷ: hộ mình không cần chuẩn bị phần của đơn này nữa.`,
  cannotCancelPaid: (code: string) => `Đơn ${code} đã có tiền chuyển vào nên không tự huỷ được. Bạn nhắn shop để được hoàn tiền nhé.`,
  cancelUsage: '/huy <mã đơn> [lý do]',
  cannotSupplyNobody: (code: string) => `Đã ghi nhận hộ mình không đủ hàng cho đơn ${code}. Chưa hộ nào khác còn hàng, shop đã báo người quản lý.`,
  shortLinesAdmin: (code: string) => `Đơn ${code} còn thiếu hàng nên chưa thể sẵn sàng. Chia lại bằng /chia hoặc huỷ bằng /huy.`,
  statusConflict: 'Đơn này đã được xử lý hoặc đang ở trạng thái khác, nên không làm được bước này.',
  paidAlreadyReported: (code: string) => `Shop đã nhận báo chuyển khoản cho đơn ${code} và đang kiểm tra, bạn chờ một chút nhé. Shop sẽ báo bạn ngay khi xác nhận.`,
  joinTooMany: 'Bạn đã thử mã mời quá nhiều lần. Bạn thử lại sau một giờ nhé.',
  limitUnpaidOrders: (n: number) => `Bạn đang có ${n} đơn chưa thanh toán, là số đơn tối đa shop giữ cho mỗi khách. Bạn thanh toán hoặc huỷ bớt đơn cũ (/donhang) rồi đặt tiếp nhé.`,
  limitUnitsPerProduct: (n: number, sku: string) => `Mỗi khách giữ được tối đa ${q(n)} ${sku} trong các đơn chưa thanh toán. Bạn thanh toán đơn cũ rồi đặt thêm nhé.`,
  holdUntilConfirmed: (time: string) => `Đơn đặt trong nhóm được giữ đến ${time}. Bấm "Giữ đơn" để giữ trọn thời hạn thanh toán.`,
  btnKeepOrder: '✅ Giữ đơn',
  orderKept: (code: string, time: string) => `Đã giữ đơn ${code} đến ${time}.`,
  notEnoughStock: 'Không đủ hàng trong kho cho việc này.',
  invalidGeneric: 'Thông tin chưa đúng, bạn kiểm tra lại giúp nhé.',
  usage: (usage: string) => `Cú pháp: ${usage}`,
  wholeUnitsOnly: (name: string, unit: string) => `${name} bán theo ${unit}, bạn nhập số nguyên giúp shop nhé.`,
  stockSetReserved: (name: string, qty: number, unit: string, reserved: number) =>
    `Đã cập nhật kho: ${name} còn ${q(qty)} ${unit} để bán (đã giữ ${q(reserved)} ${unit} cho các đơn đang chờ).`,
  poolNotYet: (name: string) => `Đơn của bạn đang trong đợt gom "${name}". Khi đợt gom đủ số lượng shop sẽ gửi mã QR; bây giờ bạn chưa cần chuyển khoản.`,
  ...adminVi,
  qrMayNotHaveArrived: 'Mã QR vừa gửi có thể chưa tới được bạn. Nếu chưa thấy, bấm "Đơn của tôi" rồi chọn đơn để xem lại mã QR.',
  /** Shipping, cash on delivery and addresses (bots/i18n/shipping.vi.ts). */
  ship: shipVi,
};

export type Messages = typeof vi;
