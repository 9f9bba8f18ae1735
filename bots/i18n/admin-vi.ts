import { formatQty, formatTime, formatTimeWithYear, formatVnd } from '../format.ts';

const q = (n: number) => formatQty(n, 'vi');

/** A household's share as the admin reads it. */
export interface ShareText {
  qty: number;
  unit: string;
  name: string;
  status: 'pending' | 'notified' | 'ready' | 'cannot_supply';
}

/** A household's part of an order as the admin reads it. */
export interface HouseholdPartText {
  name: string;
  key: string;
  phone: string | null;
  reachable: boolean;
  shares: ShareText[];
}

const shareStatusVi: Record<ShareText['status'], string> = {
  pending: 'chưa báo hộ',
  notified: 'đang chuẩn bị',
  ready: 'đã sẵn sàng',
  cannot_supply: 'báo không đủ hàng',
};

const reasonVi: Record<string, string> = {
  zalo_window: 'Zalo: khách chưa nhắn shop trong 7 ngày qua',
  blocked: 'đã chặn bot',
  not_subscribed: 'Viber: chưa đăng ký nhận tin',
  unfollowed: 'Zalo: đã bỏ quan tâm OA',
  no_private_chat: 'chưa nhắn riêng với bot',
};

/**
 * What the bot says to admins, confirmers and households about confirmations, households' work, pools and
 * announcements, in Vietnamese (spread into `vi`).
 */
export const adminVi = {
  // --- confirmers: what waits for ✅/❌ ---
  awaitingHeader: (n: number) => `⏳ ${n} đơn khách báo đã chuyển khoản, chờ xác nhận. Kiểm tra ứng dụng ngân hàng rồi bấm ✅ (đã nhận) hoặc ❌ (chưa nhận):`,
  awaitingLine: (code: string, due: number, customer: string, reportedAt: string) => `• ${code} — ${formatVnd(due)} — ${customer} (báo lúc ${formatTime(reportedAt)})`,
  awaitingMore: (n: number) => `… và ${n} đơn nữa: xác nhận bớt rồi gõ lại /choxacnhan, hoặc xem trên /web.`,
  awaitingNone: 'Không có đơn nào đang chờ xác nhận chuyển khoản. 👍',
  btnConfirmYesFor: (code: string) => `✅ ${code}`,
  btnConfirmNoFor: (code: string) => `❌ ${code}`,
  // --- households: their task list ---
  tasksHeader: (household: string) => `📝 Việc cần chuẩn bị của ${household}:`,
  tasksNone: (household: string) => `${household} chưa có đơn nào cần chuẩn bị. Khi có, bot sẽ nhắn ngay.`,
  taskLine: (code: string, what: string) => `• Đơn ${code}: ${what}`,
  tasksMore: (n: number) => `… và ${n} đơn nữa (xem đủ trên /web).`,
  btnReadyFor: (code: string) => `✅ Xong ${code}`,
  btnCannotSupplyFor: (code: string) => `❌ Thiếu ${code}`,
  // --- no work goes to nobody ---
  silentHouseholdAdmin: (code: string, h: { name: string; key: string; phone: string | null; what: string }) =>
    `⚠️ Đơn ${code}: ${h.name} chưa có ai trong chat nên bot không báo được. Shop gọi hộ${h.phone ? ` (☎ ${h.phone})` : ''} để chuẩn bị: ${h.what}.\nMời hộ vào chat để lần sau bot tự báo: /moi ${h.key}`,
  reallocatedAdmin: (code: string, from: string, to: string[]) => `🔁 Đơn ${code}: ${from} báo không đủ hàng; đã chia lại cho ${to.join(', ')}.`,
  // --- the admin's order view ---
  allocationsHeader: 'Phần của các hộ:',
  allocationLine: (h: HouseholdPartText) =>
    `• ${h.name}${h.reachable ? '' : ` (chưa có ai trong chat${h.phone ? `, ☎ ${h.phone}` : ''})`}: ${h.shares.map((s) => `${q(s.qty)} ${s.unit} ${s.name} — ${!h.reachable && s.status === 'notified' ? 'chờ shop gọi báo hộ' : shareStatusVi[s.status]}`).join('; ')}`,
  shortLine: (name: string, qty: number, unit: string) => `⚠️ Còn thiếu ${q(qty)} ${unit} ${name}: chưa hộ nào nhận (chia lại bằng /chia hoặc huỷ bằng /huy).`,
  // --- /giao refused, with why ---
  cannotShip: (code: string, status: string, reasons: string[]) => `Chưa giao được đơn ${code}: đơn đang ở trạng thái khác (${status}), chưa sẵn sàng để giao.\n${reasons.map((r) => `• ${r}`).join('\n')}`,
  shipReasonStatus: (status: string) =>
    ({
      awaiting_payment: 'khách chưa thanh toán',
      shipped: 'đơn đã được giao đi rồi',
      delivered: 'khách đã nhận hàng rồi',
      cancelled: 'đơn đã huỷ',
      expired: 'đơn đã hết hạn thanh toán',
    })[status] ?? status,
  shipReasonWaiting: (household: string, what: string, reachable: boolean) =>
    `${household} chưa báo sẵn sàng: ${what}${reachable ? '' : ' (hộ chưa có ai trong chat: shop gọi hộ giúp)'}`,
  shipReasonShort: (name: string, qty: number, unit: string) => `còn thiếu ${q(qty)} ${unit} ${name}, chưa hộ nào nhận (chia lại bằng /chia)`,
  // --- pools ---
  poolOpenedFull: (name: string, deadline: string, targets: string[], releaseOnTarget: boolean) =>
    [
      `🧺 Đã mở đợt gom "${name}", hạn ${formatTimeWithYear(deadline)}.`,
      targets.length ? `Chỉ tiêu: ${targets.join(', ')}. Chỉ các món này chờ đợt gom; món khác vẫn bán bình thường.` : 'Đợt gom không có chỉ tiêu: mọi món đặt trong đợt đều chờ đến hạn.',
      targets.length ? (releaseOnTarget ? 'Đủ chỉ tiêu là gửi mã QR thanh toán ngay, không chờ đến hạn (đợt vẫn mở đến hạn cho người đặt thêm).' : 'Mã QR thanh toán gửi khi hết hạn (kể cả khi đã đủ chỉ tiêu sớm).') : '',
    ]
      .filter(Boolean)
      .join('\n'),
  poolTargetText: (name: string, qty: number, unit: string) => `${q(qty)} ${unit} ${name}`,
  poolTargetsTooHigh: (lines: { name: string; unit: string; target: number; available: number }[]) =>
    `⚠️ Chỉ tiêu lớn hơn số hàng các hộ đang có để bán:\n${lines.map((l) => `• ${l.name}: cần ${q(l.target)} ${l.unit}, kho còn ${q(l.available)} ${l.unit}`).join('\n')}\nĐợt vẫn mở. Nhắc các hộ cập nhật kho (kho MÃ SỐ_LƯỢNG) nếu sẽ làm thêm, hoặc hạ chỉ tiêu.`,
  poolDeadlineFormat: 'Chưa đọc được hạn của đợt gom. Viết theo dạng ngày/tháng/năm giờ:phút (giờ Việt Nam), ví dụ: /gom mo "Khách sạn Sen" han 30/11/2026 18:00',
  poolDeadlinePast: 'Hạn này đã qua rồi. Chọn một thời điểm trong tương lai (giờ Việt Nam), ví dụ: 30/11/2026 18:00.',
  poolDeadlineNextYear: (suggestion: string) => `Ngày này năm nay đã qua. Nếu ý bạn là năm sau, viết rõ năm: ${suggestion}`,
  poolAlreadyOpen: (name: string, deadline: string) =>
    `Đang có đợt gom "${name}" mở đến ${formatTimeWithYear(deadline)}. Mỗi lúc chỉ một đợt: gia hạn bằng /gom gia-han, hoặc đóng đợt đó trên /web trước khi mở đợt mới.`,
  poolProgressFull: (name: string, deadline: string, lines: string[]) => `🧺 Đợt gom "${name}" — hạn ${formatTimeWithYear(deadline)}\n${lines.join('\n')}`,
  poolExtendedFull: (deadline: string) => `Đã gia hạn đợt gom đến ${formatTimeWithYear(deadline)}.`,
  poolMetGroup: (name: string) => `🎉 Đợt gom "${name}" đã đủ chỉ tiêu! Mỗi người đặt đã nhận mã QR thanh toán trong tin nhắn riêng; ai đặt thêm trước hạn sẽ thanh toán ngay.`,
  poolSplitNote: (name: string, pooled: string[]) => `Trong đơn này, ${pooled.join(', ')} vào đợt gom "${name}" (chờ đủ chỉ tiêu); các món còn lại là đơn riêng, thanh toán ngay.`,
  // --- announcements ---
  broadcastUsage: '/thongbao <nội dung>, ví dụ: /thongbao Hàng mới về: khăn lụa màu tím, 250.000 ₫',
  broadcastQueued: (n: number, notAllowed: Record<string, number>, optedOut: number) =>
    [
      n > 0 ? `📣 Đang gửi thông báo cho ${n} khách. Gửi xong bot sẽ báo kết quả.` : '📣 Hiện không có khách nào nhận được thông báo.',
      Object.keys(notAllowed).length
        ? `Không được phép gửi cho ${Object.values(notAllowed).reduce((a, b) => a + b, 0)} khách theo quy định của nền tảng: ${Object.entries(notAllowed).map(([r, k]) => `${k} ${reasonVi[r] ?? r}`).join('; ')}.`
        : '',
      optedOut ? `${optedOut} khách đã tắt thông báo.` : '',
    ]
      .filter(Boolean)
      .join('\n'),
  broadcastReport: (text: string, sent: number, notAllowed: number, failed: number, optedOut: number) =>
    `📣 Kết quả thông báo «${text.length > 60 ? `${text.slice(0, 60)}…` : text}»: đã gửi ${sent}, không được phép gửi ${notAllowed}, lỗi ${failed}${optedOut ? `, tắt thông báo ${optedOut}` : ''}.`,
  broadcastMessage: (shop: string, text: string) => `📣 ${shop}:\n${text}\n\n(Không muốn nhận thông báo? Nhắn /tatthongbao)`,
  broadcastOff: (shop: string) => `Đã tắt thông báo từ ${shop}. Bạn vẫn nhận tin về đơn hàng của mình. Muốn bật lại: /batthongbao`,
  broadcastOn: (shop: string) => `Đã bật lại thông báo từ ${shop}. Tắt: /tatthongbao`,
};

export type AdminMessages = typeof adminVi;
