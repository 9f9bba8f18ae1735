import { formatTime, formatVnd } from '../format.ts';

/** What the bot says about shipping, cash on delivery and addresses, in Vietnamese. */
export const shipVi = {
  quotesAdmin: (code: string, parcels: number, lines: string[]) =>
    `📦 Đơn ${code} đã sẵn sàng giao (${parcels} kiện). Phí vận chuyển:\n${lines.join('\n')}\nChọn đơn vị vận chuyển:`,
  quoteLine: (carrier: string, service: string, fee: number, eta: string | null) => `• ${carrier} — ${service}: ${formatVnd(fee)}${eta ? `, dự kiến ${formatTime(eta)}` : ''}`,
  quoteFailedLine: (carrier: string) => `• ${carrier}: chưa báo được phí`,
  btnQuote: (carrier: string, service: string, fee: number) => `🚚 ${carrier} ${service} ${formatVnd(fee)}`,
  noQuotes: (code: string) => `Chưa đơn vị vận chuyển nào báo phí cho đơn ${code}. Thử lại sau bằng /vanchuyen ${code}.`,
  quotesFailed: (code: string, reason: string) => `Chưa hỏi được phí giao đơn ${code}: ${reason}. Sửa xong gõ /vanchuyen ${code}.`,
  reasonMissingPickup: (household: string) => `${household} chưa có địa chỉ lấy hàng (hộ gõ /diachi kèm địa chỉ)`,
  reasonAddressUnclear: (address: string) => `chưa rõ phường/xã của địa chỉ giao "${address}" (khách xác nhận bằng /diachigiao)`,
  reasonNoAddress: 'đơn chưa có địa chỉ hoặc số điện thoại người nhận (khách gửi bằng /diachigiao)',
  reasonOther: 'dữ liệu đơn chưa đủ để giao',
  autoBooked: (code: string, carrier: string, fee: number) => `📦 Đơn ${code}: đã đặt ${carrier} (đơn vị mặc định của nhóm), phí khoảng ${formatVnd(fee)}. Đang tạo vận đơn.`,
  booked: (code: string, carrier: string) => `Đã chọn ${carrier} cho đơn ${code}. Đang tạo vận đơn, shop sẽ báo mã vận đơn ngay.`,
  quotesAsked: (code: string) => `Đang hỏi phí vận chuyển đơn ${code}, có kết quả sẽ gửi bạn ngay.`,
  trackingCustomer: (code: string, carrier: string, tracking: string, url: string | null) =>
    `🚚 Đơn ${code} đã có mã vận đơn ${carrier}: ${tracking}${url ? `\nTheo dõi: ${url}` : ''}`,
  labelHousehold: (code: string, carrier: string, tracking: string, url: string | null, cod: number) =>
    `🏷 Đơn ${code} — ${carrier} ${tracking}: ${url ? `in nhãn tại ${url}, ` : ''}dán lên kiện hàng và chờ shipper đến lấy.${cod > 0 ? ` Shipper thu hộ ${formatVnd(cod)}.` : ''}`,
  shipmentFailedAdmin: (code: string, carrier: string, reason: string) => `⚠️ Chưa tạo được vận đơn ${carrier} cho đơn ${code}: ${reason}. Chọn lại bằng /vanchuyen ${code}.`,
  deliveringCustomer: (code: string, tracking: string) => `🛵 Shipper đang giao đơn ${code} (${tracking}). Bạn để ý điện thoại nhé.`,
  deliveryFailedAdmin: (code: string, tracking: string) => `⚠️ Giao đơn ${code} (${tracking}) chưa thành công. Shop liên hệ khách để hẹn lại.`,
  returningAdmin: (code: string, tracking: string) => `↩️ Đơn ${code} (${tracking}) đang được hoàn về.`,
  returnedAdmin: (code: string, cod: number) =>
    `↩️ Đơn ${code} đã hoàn về hộ.${cod > 0 ? ` Tiền thu hộ ${formatVnd(cod)} không thu được.` : ''} Hộ không được tính doanh thu đơn này.`,
  codTransferredAdmin: (code: string, amount: number, at: string) => `💵 Đơn vị vận chuyển đã chuyển ${formatVnd(amount)} tiền thu hộ đơn ${code} (${formatTime(at)}).`,
  btnCod: '💵 Trả tiền khi nhận hàng (COD)',
  codChosen: (code: string, amount: number) => `Đơn ${code}: bạn trả ${formatVnd(amount)} khi nhận hàng. Shop đang chuẩn bị hàng cho bạn.`,
  codDepositNeeded: (code: string, deposit: number, rest: number) =>
    `Đơn đầu tiên trả khi nhận hàng cần đặt cọc ${formatVnd(deposit)} qua chuyển khoản (mã QR bên dưới). Còn ${formatVnd(rest)} bạn trả khi nhận hàng. Đơn ${code}.`,
  codDepositReceived: (code: string, rest: number) => `Shop đã nhận tiền cọc đơn ${code}. Bạn trả ${formatVnd(rest)} khi nhận hàng. Shop đang chuẩn bị hàng.`,
  codNotOffered: 'Shop chưa nhận trả tiền khi nhận hàng (COD). Bạn chuyển khoản qua mã QR nhé.',
  codOverMax: (max: number) => `Shop chỉ nhận trả tiền khi nhận hàng cho đơn đến ${formatVnd(max)}. Bạn chuyển khoản qua mã QR nhé.`,
  pickupSaved: (address: string, place: string) => `Đã lưu địa chỉ lấy hàng: ${address}\n(${place})`,
  pickupUsage: '/diachi 12 Vạn Phúc, Phường Hà Đông, Hà Nội',
  addressUnclear: (candidates: string[]) =>
    `Chưa rõ phường/xã của địa chỉ này. Bạn ghi rõ phường/xã và tỉnh/thành giúp shop, ví dụ "12 Vạn Phúc, Phường Hà Đông, Hà Nội".${candidates.length ? `\nCó thể là: ${candidates.join('; ')}` : ''}`,
  deliveryUsage: '/diachigiao VP7K3MQ 45 Trần Quốc Thảo, phường 5, quận 3, TP.HCM',
  deliverySaved: (code: string, place: string) => `Đơn ${code} sẽ giao đến: ${place}.`,
  deliveryPick: (code: string) => `Địa chỉ giao đơn ${code} thuộc phường/xã nào? Bạn chọn giúp shop:`,
  deliveryConfirm: (code: string, place: string) => `Địa chỉ giao đơn ${code} có phải ở ${place} không?`,
  btnYes: '✅ Đúng',
};
