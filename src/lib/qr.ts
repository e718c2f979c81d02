/**
 * QR codes, made at build time as inline SVG: no script, no image request, sharp at any size.
 * The kiosk hands its slides on with them, and every entry page its own address.
 */
import QRCode from 'qrcode';

/** An SVG QR code of `text`, dark on white with the standard quiet zone, hidden from screen readers (its caption says what it is). */
export async function qrSvg(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ').trim();
}
