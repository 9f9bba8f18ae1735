import { z } from 'zod';
import type { Update } from 'grammy/types';

/**
 * The parts of a Telegram Update that Gom reads, validated at the edge (Bot API reference, "Update",
 * "Message", "CallbackQuery", "ChatMemberUpdated"). Everything else passes through untouched; an update
 * whose read parts are malformed is acknowledged and ignored, so Telegram does not redeliver it forever.
 */
const user = z.looseObject({ id: z.number().int(), is_bot: z.boolean().optional(), first_name: z.string(), last_name: z.string().optional() });
const chat = z.looseObject({ id: z.number().int(), type: z.enum(['private', 'group', 'supergroup', 'channel']) });
const message = z.looseObject({
  message_id: z.number().int(),
  chat,
  from: user.optional(),
  sender_chat: chat.optional(),
  is_automatic_forward: z.boolean().optional(),
  text: z.string().optional(),
  caption: z.string().optional(),
});
const member = z.looseObject({ status: z.string(), is_member: z.boolean().optional() });
const updateSchema = z.looseObject({
  update_id: z.number().int().nonnegative(),
  message: message.optional(),
  callback_query: z
    .looseObject({
      id: z.string().min(1),
      from: user,
      data: z.string().optional(),
      message: z.looseObject({ chat }).optional(),
    })
    .optional(),
  my_chat_member: z.looseObject({ chat, from: user, old_chat_member: member, new_chat_member: member }).optional(),
});

/** The update when every part Gom reads has its documented shape; otherwise the reason it does not. */
export function validateUpdate(v: unknown): { ok: true; update: Update } | { ok: false; reason: string } {
  const r = updateSchema.safeParse(v);
  if (r.success) return { ok: true, update: v as Update };
  const issue = r.error.issues[0]!;
  return { ok: false, reason: `${issue.path.join('.') || 'update'}: ${issue.message}` };
}
