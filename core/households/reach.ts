import { prepared, type Db } from '../../db/index.ts';
import { DEMO_SIM_USERS } from '../people/roles.ts';

const demoList = DEMO_SIM_USERS.map((u) => `'${u.replace(/'/g, "''")}'`).join(', ');

// A household can be told when one of its members has a private chat the bot can still write to. The
// simulator's demo people hold roles only in the demo shop (see roles.ts), so elsewhere they count for nothing.
// Plain SQL on the connection: one statement, compiled once per connection (it runs on every order placed).
const reachableOfGroup = prepared((db) =>
  db.$client.prepare<[number], { id: number }>(`select distinct m.household_id as id from memberships m
    join groups g on g.id = m.group_id
    join identities i on i.person_id = m.person_id
    where m.group_id = ? and m.role = 'household' and m.household_id is not null
      and i.private_chat_id is not null and i.unreachable_at is null
      and (g.demo = 1 or not exists (select 1 from identities d where d.person_id = m.person_id and d.platform = 'sim' and d.platform_user_id in (${demoList})))`),
);

/** The group's households that can be told about work: a member with a private chat the bot can write to. */
export function reachableHouseholds(db: Db, groupId: number): Set<number> {
  return new Set(reachableOfGroup(db).all(groupId).map((r) => r.id));
}
