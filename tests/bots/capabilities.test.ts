import { describe, expect, it } from 'vitest';
import { adaptOutgoing, type Capabilities } from '../../bots/capabilities.ts';
import type { Button, Outgoing } from '../../bots/model.ts';
import { choiceOf } from '../../bots/numbered-list.ts';

const roomy: Capabilities = { edit: true, maxButtons: 100, maxButtonsPerRow: 8, carousel: false, deepLink: true, photoByUrl: true, maxCaption: 1024, maxText: 4096 };
const tight: Capabilities = { edit: false, maxButtons: 3, maxButtonsPerRow: 2, carousel: false, deepLink: false, photoByUrl: true, maxCaption: 40, maxText: 60 };
const none: Capabilities = { ...tight, maxButtons: 0, maxButtonsPerRow: 0 };

const b = (n: number): Button => ({ label: `Khăn ${n}`, data: `p:K${n}` });
const flat = (rows: Button[][] | undefined) => (rows ?? []).flat();

describe('adaptOutgoing', () => {
  it('gives back a message that fits, unchanged and alone', () => {
    const msg: Outgoing = { type: 'text', text: 'Chào bạn', buttons: [[b(1), b(2)]] };
    expect(adaptOutgoing(msg, roomy)).toEqual([msg]);
    const edit: Outgoing = { type: 'edit', target: 7, text: 'Bảng tổng hợp' };
    expect(adaptOutgoing(edit, roomy)).toEqual([edit]);
  });

  it('re-posts an edit as a new text where the platform cannot edit', () => {
    expect(adaptOutgoing({ type: 'edit', target: 7, text: 'Bảng tổng hợp: 3 khăn', buttons: [[b(1)]] }, tight)).toEqual([
      { type: 'text', text: 'Bảng tổng hợp: 3 khăn', buttons: [[b(1)]] },
    ]);
  });

  it('keeps as many buttons as the platform shows and numbers the rest under the text', () => {
    const [out, ...more] = adaptOutgoing({ type: 'text', text: 'Chọn', buttons: [[b(1), b(2), b(3)], [b(4)], [b(5)]] }, { ...tight, maxText: 200 });
    expect(more).toEqual([]);
    expect(out!.type).toBe('text');
    expect(out!.buttons).toEqual([[b(1), b(2)], [b(3)]]);
    expect((out as { text: string }).text).toBe('Chọn\n\nTrả lời bằng số để chọn (reply with a number):\n4. Khăn 4\n5. Khăn 5');
  });

  it('writes every button as a numbered line where the platform has none', () => {
    const [out] = adaptOutgoing({ type: 'text', text: 'Chọn', buttons: [[b(1)], [b(2)]] }, { ...none, maxText: 200 });
    expect(out).toEqual({ type: 'text', text: 'Chọn\n\nTrả lời bằng số để chọn (reply with a number):\n1. Khăn 1\n2. Khăn 2' });
  });

  it('reads a typed number back to the same button the list showed', () => {
    const buttons = [[b(1), b(2), b(3)], [b(4)], [b(5)]];
    expect(choiceOf(buttons, tight.maxButtons, 5)).toBe('p:K5');
    expect(choiceOf(buttons, tight.maxButtons, 2)).toBeUndefined(); // a real button, not in the list
    expect(choiceOf(buttons, tight.maxButtons, 6)).toBeUndefined();
  });

  it('wraps a row wider than the platform allows', () => {
    const [out] = adaptOutgoing({ type: 'text', text: 'Chọn', buttons: [[b(1), b(2), b(3)]] }, { ...roomy, maxButtonsPerRow: 2 });
    expect(out).toEqual({ type: 'text', text: 'Chọn', buttons: [[b(1), b(2)], [b(3)]] });
  });

  it('splits a long text at the limit, the buttons on the last piece', () => {
    const text = Array.from({ length: 8 }, (_, i) => `Dòng ${i} khăn lụa`).join('\n');
    const out = adaptOutgoing({ type: 'text', text, buttons: [[b(1)]] }, tight);
    expect(out.length).toBeGreaterThan(1);
    expect(out.every((m) => m.type === 'text' && m.text.length <= tight.maxText)).toBe(true);
    expect(out.map((m) => (m as { text: string }).text).join('\n')).toBe(text);
    expect(out.slice(0, -1).every((m) => m.buttons === undefined)).toBe(true);
    expect(out.at(-1)!.buttons).toEqual([[b(1)]]);
  });

  it('cuts an edit that is too long with an ellipsis, keeping it one message', () => {
    const out = adaptOutgoing({ type: 'edit', target: 3, text: 'x'.repeat(100) }, { ...tight, edit: true });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ type: 'edit', target: 3 });
    expect((out[0] as { text: string }).text).toHaveLength(tight.maxText);
    expect((out[0] as { text: string }).text.endsWith('…')).toBe(true);
  });

  it('cuts a caption at the limit and sends the rest as text, with the buttons', () => {
    const caption = 'Quét mã để chuyển khoản 500.000 ₫\nMã đơn VP7K3MQ, nội dung chuyển khoản ghi đúng mã';
    const out = adaptOutgoing({ type: 'photo', image: { kind: 'vietqr', payload: 'x' }, caption, buttons: [[b(1)]] }, tight);
    expect(out[0]).toEqual({ type: 'photo', image: { kind: 'vietqr', payload: 'x' }, caption: 'Quét mã để chuyển khoản 500.000 ₫' });
    expect(out.slice(1).every((m) => m.type === 'text')).toBe(true);
    expect(out.slice(1).map((m) => (m as { text: string }).text).join('\n')).toBe('Mã đơn VP7K3MQ, nội dung chuyển khoản ghi đúng mã');
    expect(flat(out.at(-1)!.buttons)).toEqual([b(1)]);
  });

  it('puts a photo’s numbered list in its caption when it fits there', () => {
    const out = adaptOutgoing({ type: 'photo', image: { kind: 'vietqr', payload: 'x' }, caption: 'QR', buttons: [[b(1)]] }, { ...none, maxCaption: 200 });
    expect(out).toEqual([{ type: 'photo', image: { kind: 'vietqr', payload: 'x' }, caption: 'QR\n\nTrả lời bằng số để chọn (reply with a number):\n1. Khăn 1' }]);
  });
});
