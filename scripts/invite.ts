import { parseArgs } from 'node:util';
import { openDb } from '../db/index.ts';
import { getGroup } from '../core/catalog/queries.ts';
import { createInvite } from '../core/people/roles.ts';
import { ROLES, type Role } from '../db/schema.ts';
import { loadConfig } from '../adapters/config.ts';
import { environment } from '../adapters/env.ts';

// `npm run invite -- --group SLUG --role admin|household|confirmer [--household KEY]`: the code is on the last line.
try {
  const { values } = parseArgs({ options: { group: { type: 'string' }, role: { type: 'string' }, household: { type: 'string' } } });
  if (!values.group || !values.role || !(ROLES as readonly string[]).includes(values.role)) {
    throw new Error('usage: npm run invite -- --group SLUG --role admin|household|confirmer [--household KEY]');
  }
  const db = openDb(loadConfig(environment()).DATABASE_PATH);
  const group = getGroup(db, values.group);
  const code = createInvite(db, { groupId: group.id, role: values.role as Role, householdKey: values.household ?? null }, new Date());
  console.log(`Gửi lệnh này cho bot để nhận vai trò ${values.role} (dùng một lần, hết hạn sau 3 ngày) / Send this to the bot:`);
  console.log(`/join ${code}`);
  console.log(code);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
