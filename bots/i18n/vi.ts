import { formatQty, formatTime, formatVnd } from '../format.ts';

const q = (n: number) => formatQty(n, 'vi');

/** Everything the bot says, in Vietnamese (the default language). */
export const vi = {
  lang: 'vi' as 'vi' | 'en',
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
  status: {
    awaiting_payment: 'Chờ thanh toán',
    paid: 'Đã thanh toán',
    ready: 'Đã sẵn sàng',
    shipped: 'Đang giao',
    delivered: 'Đã giao',
    cancelled: 'Đã huỷ',
    expired: 'Hết hạn',
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
  askUnknown: (phrase: string) => `Shop chưa có "${phrase}". Bạn xem danh mục giúp shop nhé.`,
  langSet: 'Đã chuyển sang tiếng Việt.',
  forbidden: 'Xin lỗi, lệnh này chỉ dành cho người quản lý hoặc hộ sản xuất của nhóm.',
  error: 'Xin lỗi, có lỗi xảy ra. Bạn thử lại sau ít phút nhé.',
  noShop: 'Chưa có cửa hàng nào được cài đặt.',
  invalidInput: (what: string) => `Chưa đúng: ${what}`,
  notFound: 'Không tìm thấy.',
  roleName: { admin: 'quản lý', household: 'hộ sản xuất', confirmer: 'thủ quỹ (xác nhận thanh toán)' } as Record<string, string>,
  joined: (group: string, role: string, household?: string) =>
    `Chào mừng bạn vào ${group} với vai trò ${vi.roleName[role] ?? role}${household ? ` của ${household}` : ''}.`,
  inviteCreated: (code: string, role: string, who: string) =>
    `Mã mời (${vi.roleName[role] ?? role}${role === 'household' ? ` ${who}` : ''}), dùng một lần, hết hạn sau 3 ngày:\n/join ${code}`,
  inviteInvalid: 'Mã mời không đúng, đã dùng hoặc đã hết hạn. Bạn xin quản lý nhóm mã mới nhé.',
};

export type Messages = typeof vi;
