import QRCode from 'qrcode';

/**
 * Error correction 'M' (~15% of the symbol recoverable): a VietQR payload is 90–160 characters, and 'M' keeps it
 * at QR version 5–7, so each module stays large enough for a cheap phone camera at arm's length from a printed
 * stall sign, while still surviving a crease, a smudge or glare on a laminated card. 'Q' would push the same payload
 * one or two versions up (smaller modules at the same print size) for damage tolerance a bank-transfer code rarely
 * needs, since a customer who cannot scan can still type the account number.
 */
export const QR_ERROR_CORRECTION = 'M' as const;
/** Quiet zone in modules on every side; ISO/IEC 18004 asks for at least 4. */
export const QR_QUIET_ZONE_MODULES = 4;
/** Image width in pixels: comfortably above what phone cameras need, small enough to send in a chat. */
export const QR_WIDTH_PX = 512;

/** Renders a payload as a black-on-white PNG QR code (level M, 4-module quiet zone, 512 px wide). */
export async function renderQrPng(payload: string): Promise<Buffer> {
  if (payload.length === 0) throw new Error('cannot render an empty QR payload');
  return QRCode.toBuffer(payload, {
    type: 'png',
    errorCorrectionLevel: QR_ERROR_CORRECTION,
    margin: QR_QUIET_ZONE_MODULES,
    width: QR_WIDTH_PX,
    color: { dark: '#000000ff', light: '#ffffffff' },
  });
}
