import type { Db } from '../../db/index.ts';
import { tx } from '../../db/index.ts';
import { identify } from '../../core/people/identify.ts';
import { createInvite, redeemInvite } from '../../core/people/roles.ts';
import { groups, type Role } from '../../db/schema.ts';
import { eq } from 'drizzle-orm';

/** The simulator's demo people, so a newcomer can try every role at once (only with DEMO on). */
export const DEMO_PEOPLE: { userId: string; name: string; role: Role; household?: string }[] = [
  { userId: 'admin', name: 'Quản lý Mai', role: 'admin' },
  { userId: 'thu-quy', name: 'Thủ quỹ Hà', role: 'confirmer' },
  { userId: 'ho-lan', name: 'Bà Lan', role: 'household', household: 'ho-lan' },
  { userId: 'ho-minh', name: 'Anh Minh', role: 'household', household: 'ho-minh' },
];

/** Marks the group as the demo shop and gives the demo simulator users their roles in it, through real invites. */
export function seedDemoRoles(db: Db, groupId: number, now: Date): void {
  tx(db, (t) => {
    t.update(groups).set({ demo: true }).where(eq(groups.id, groupId)).run();
    for (const p of DEMO_PEOPLE) {
      const { person } = identify(t, { platform: 'sim', userId: p.userId, name: p.name, privateChatId: p.userId }, now);
      const code = createInvite(t, { groupId, role: p.role, householdKey: p.household ?? null }, now);
      redeemInvite(t, code, person.id, now);
    }
  });
}
