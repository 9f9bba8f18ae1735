import { describe, expect, it } from 'vitest';
import type { Button } from '../../../bots/model.ts';
import { MAX_KEYBOARD_BUTTONS, PICTURE_TEXT_MAX, buttonDataOf, renderKeyboard, renderOutgoing } from '../../../adapters/viber/render.ts';

const opts = { sender: { name: 'Gom' }, publish: () => 'https://gom.example/media/abcdefghijklmnopqrstuvwx.png' };

describe('Viber rendering', () => {
  it('lays each button row across the 6-column grid, url buttons open the link, phone buttons become text', () => {
    const rows: Button[][] = [
      [{ label: 'A', data: 'a' }],
      [{ label: 'B', data: 'b' }, { label: 'C', url: 'https://shop.example' }, { label: 'D', start: 'join-x' }, { label: 'E', data: 'e' }],
      [{ label: 'Gọi shop', phone: '0912345678' }],
    ];
    const { keyboard, extraLines } = renderKeyboard(rows);
    expect(keyboard!.Buttons.map((b) => [b.Columns, b.ActionType, b.ActionBody])).toEqual([
      [6, 'reply', '#b:a'],
      [2, 'reply', '#b:b'],
      [2, 'open-url', 'https://shop.example'],
      [1, 'reply', '#b:st:join-x'],
      [1, 'reply', '#b:e'],
    ]);
    expect(extraLines).toEqual(['📞 Gọi shop: 0912345678']);
    const [part] = renderOutgoing({ type: 'text', text: 'Liên hệ', buttons: rows }, opts);
    expect(part!.message).toMatchObject({ type: 'text', text: 'Liên hệ\n📞 Gọi shop: 0912345678' });
  });

  it(`keeps at most ${MAX_KEYBOARD_BUTTONS} buttons and lists the rest as numbered text`, () => {
    const rows = Array.from({ length: 26 }, (_, i) => [{ label: `Mục ${i + 1}`, data: `x:${i + 1}` }]);
    const [part] = renderOutgoing({ type: 'text', text: 'Chọn:', buttons: rows }, opts);
    const m = part!.message as { text: string; keyboard: { Buttons: unknown[] } };
    expect(m.keyboard.Buttons).toHaveLength(24);
    expect(m.text).toBe('Chọn:\n\n25. Mục 25\n26. Mục 26');
  });

  it('renders a catalog as its text, then a rich-media carousel with one card per product and the rest as keyboard', () => {
    const buttons: Button[][] = [
      [{ label: '1. Khăn lụa xanh', data: 'p:KL-XANH' }],
      [{ label: '2. Khăn lụa đỏ', data: 'p:KL-DO' }],
      [{ label: '3. Áo <dài>', data: 'p:AD-M' }],
      [{ label: 'Trang sau ›', data: 'c:1' }],
      [{ label: 'Giỏ hàng', data: 'k' }],
    ];
    const parts = renderOutgoing({ type: 'text', text: 'Danh mục', buttons }, opts);
    expect(parts).toHaveLength(2);
    expect(parts[0]!.message).toEqual({ sender: { name: 'Gom' }, type: 'text', text: 'Danh mục' });
    const rich = parts[1]!.message as Record<string, any>;
    expect(rich).toMatchObject({ type: 'rich_media', min_api_version: 2, alt_text: '1. Khăn lụa xanh\n2. Khăn lụa đỏ\n3. Áo <dài>' });
    expect(rich.rich_media).toMatchObject({ Type: 'rich_media', ButtonsGroupColumns: 6, ButtonsGroupRows: 1 });
    expect(rich.rich_media.Buttons.map((b: any) => [b.ActionBody, b.Text])).toEqual([
      ['#b:p:KL-XANH', '<b>1. Khăn lụa xanh</b>'],
      ['#b:p:KL-DO', '<b>2. Khăn lụa đỏ</b>'],
      ['#b:p:AD-M', '<b>3. Áo &lt;dài&gt;</b>'],
    ]);
    expect(rich.keyboard.Buttons.map((b: any) => b.ActionBody)).toEqual(['#b:c:1', '#b:k']);
    // Clients that refuse rich media get every button on a plain keyboard instead.
    expect((parts[1]!.fallback as any).keyboard.Buttons.map((b: any) => b.ActionBody)).toEqual(['#b:p:KL-XANH', '#b:p:KL-DO', '#b:p:AD-M', '#b:c:1', '#b:k']);
  });

  it('sends a photo by URL with its caption, cutting captions over the limit and sending the rest as text', () => {
    const short = renderOutgoing({ type: 'photo', image: { kind: 'vietqr', payload: 'x' }, caption: 'Quét mã', buttons: [[{ label: 'Đã chuyển', data: 'pd:AB12' }]] }, opts);
    expect(short).toHaveLength(1);
    expect(short[0]!.message).toMatchObject({ type: 'picture', media: opts.publish(), text: 'Quét mã', keyboard: { Buttons: [{ ActionBody: '#b:pd:AB12' }] } });
    const long = `${'a'.repeat(400)}\n${'b'.repeat(300)}`;
    const parts = renderOutgoing({ type: 'photo', image: { kind: 'vietqr', payload: 'x' }, caption: long, buttons: [[{ label: 'OK', data: 'ok' }]] }, opts);
    expect(parts.map((p) => [p.message.type, (p.message as { text: string }).text.length, 'keyboard' in p.message])).toEqual([
      ['picture', 400, false],
      ['text', 300, true],
    ]);
    expect((parts[0]!.message as { text: string }).text.length).toBeLessThanOrEqual(PICTURE_TEXT_MAX);
  });

  it('degrades an edit to a new text message', () => {
    expect(renderOutgoing({ type: 'edit', target: 7, text: 'Bảng tổng hợp: 3 khăn xanh' }, opts)).toEqual([
      { message: { sender: { name: 'Gom' }, type: 'text', text: 'Bảng tổng hợp: 3 khăn xanh' } },
    ]);
  });

  it('reads a button press only from our marker', () => {
    expect(buttonDataOf('#b:ok')).toBe('ok');
    expect(buttonDataOf('ok')).toBeUndefined();
    expect(buttonDataOf('#b:')).toBeUndefined();
  });
});
