import { formatQty, formatVnd } from '../format.ts';

/** What the bot says about product photos, in Vietnamese (spread into vi.ts). */
export const photosVi = {
  cardLine: (price: number, unit: string, available: number) => `${formatVnd(price)}/${unit}${available > 0 ? ` · còn ${formatQty(available, 'vi')}` : ' · hết hàng'}`,
  btnView: '👀 Xem',
  photoNotRead:
    '📷 Shop đã nhận được ảnh của bạn. Bot chỉ đọc được tin nhắn chữ: bạn nhắn tên sản phẩm và số lượng, ví dụ "2 khăn xanh". Nếu đây là ảnh chuyển khoản, bạn bấm "Tôi đã chuyển khoản" dưới mã QR của đơn để shop xác nhận nhé.',
  photoReceived: (name: string) => `📷 Đã nhận ảnh cho "${name}", đang xử lý…`,
  photoAdded: (name: string, position: number, count: number) =>
    position === 1 ? `✅ Đã thêm ảnh bìa cho "${name}" (${count} ảnh). Khách sẽ thấy ảnh này:` : `✅ Đã thêm ảnh ${position}/${count} cho "${name}". /anh để xem và chọn ảnh bìa.`,
  photoRefused: (reason: string): string =>
    reason === 'too_large'
      ? '❌ Ảnh quá lớn (tối đa 20 MB), shop chưa lưu ảnh này. Bạn gửi ảnh chụp bình thường (không gửi dạng tệp gốc) nhé.'
      : reason === 'not_an_image' || reason === 'unreadable'
        ? '❌ Tệp này không phải ảnh JPEG, PNG hay WebP nên shop chưa lưu. Bạn gửi lại ảnh chụp sản phẩm nhé.'
        : reason === 'too_many' || reason === 'LIMIT_REACHED'
          ? '❌ Sản phẩm này đã có 10 ảnh. Xoá bớt bằng /anh rồi gửi lại nhé.'
          : '❌ Chưa tải được ảnh từ ứng dụng chat. Bạn gửi lại ảnh giúp shop nhé.',
  photoWhich: 'Ảnh này là của sản phẩm nào? Bạn chọn bên dưới, hoặc gửi lại ảnh kèm chú thích là mã hay tên sản phẩm (vd: KL-XANH).',
  photoNoProduct: (caption: string) => `Không tìm thấy sản phẩm "${caption}". Bạn chọn sản phẩm bên dưới nhé:`,
  photoNonePending: 'Ảnh đã hết hạn chờ. Bạn gửi lại ảnh kèm mã sản phẩm nhé.',
  photosUsage: '/anh <mã hoặc tên sản phẩm>',
  photosNone: (name: string) => `"${name}" chưa có ảnh. Gửi ảnh cho bot với chú thích là mã sản phẩm để thêm.`,
  photosHeader: (name: string, count: number) => `📷 Ảnh của "${name}" (${count}). Ảnh 1 là ảnh bìa khách thấy đầu tiên.`,
  photoTitle: (n: number, count: number) => (n === 1 ? `Ảnh 1/${count} · ảnh bìa` : `Ảnh ${n}/${count}`),
  btnMakeCover: (n: number) => `⭐ Ảnh ${n} làm ảnh bìa`,
  btnDeletePhoto: (n: number) => `🗑 Xoá ảnh ${n}`,
  photoCoverSet: (name: string) => `⭐ Đã đổi ảnh bìa của "${name}".`,
  photoDeleted: (name: string, left: number) => `🗑 Đã xoá ảnh của "${name}" (còn ${left} ảnh).`,
  photosHelp: '/anh KL-XANH — xem ảnh sản phẩm, chọn ảnh bìa, xoá ảnh (gửi ảnh kèm mã để thêm)',
};

/** The same in English. */
export const photosEn: typeof photosVi = {
  cardLine: (price, unit, available) => `${formatVnd(price)}/${unit}${available > 0 ? ` · ${formatQty(available, 'en')} left` : ' · sold out'}`,
  btnView: '👀 View',
  photoNotRead: '📷 We received your picture. The bot reads text: write a product and a quantity, e.g. "2 blue scarves". For a payment screenshot, tap "I have paid" under the order\'s QR.',
  photoReceived: (name) => `📷 Got the photo for "${name}", processing…`,
  photoAdded: (name, position, count) =>
    position === 1 ? `✅ Cover photo added to "${name}" (${count} photos). Customers will see:` : `✅ Photo ${position}/${count} added to "${name}". /photos to see them and pick the cover.`,
  photoRefused: (reason) =>
    reason === 'too_large'
      ? '❌ The photo is too large (20 MB at most); it was not saved. Send it as a normal photo, not as an original file.'
      : reason === 'not_an_image' || reason === 'unreadable'
        ? '❌ That file is not a JPEG, PNG or WebP picture, so it was not saved. Please send a photo of the product.'
        : reason === 'too_many' || reason === 'LIMIT_REACHED'
          ? '❌ This product already has 10 photos. Delete some with /photos and send it again.'
          : '❌ The photo could not be fetched from the chat app. Please send it again.',
  photoWhich: 'Which product is this photo of? Pick it below, or send the photo again with the product code or name as its caption (e.g. KL-XANH).',
  photoNoProduct: (caption) => `No product "${caption}". Pick the product below:`,
  photoNonePending: 'That photo is no longer waiting. Send it again with the product code as its caption.',
  photosUsage: '/photos <product code or name>',
  photosNone: (name) => `"${name}" has no photos yet. Send the bot a photo captioned with the product code to add one.`,
  photosHeader: (name, count) => `📷 Photos of "${name}" (${count}). Photo 1 is the cover customers see first.`,
  photoTitle: (n, count) => (n === 1 ? `Photo 1/${count} · cover` : `Photo ${n}/${count}`),
  btnMakeCover: (n) => `⭐ Make photo ${n} the cover`,
  btnDeletePhoto: (n) => `🗑 Delete photo ${n}`,
  photoCoverSet: (name) => `⭐ The cover of "${name}" is changed.`,
  photoDeleted: (name, left) => `🗑 Photo of "${name}" deleted (${left} left).`,
  photosHelp: '/photos KL-XANH — see a product\'s photos, pick the cover, delete (send a photo captioned with the code to add)',
};
