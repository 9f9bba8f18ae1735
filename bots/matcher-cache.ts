import type { Db } from '../db/index.ts';
import { catalogProducts, type Group } from '../core/catalog/queries.ts';
import { buildMatcher, type Matcher } from '../core/parser/index.ts';

const cache = new Map<number, { version: number; matcher: Matcher }>();

/** The group's parser matcher, rebuilt only when its catalog version changes. */
export function matcherFor(db: Db, group: Group): Matcher {
  const hit = cache.get(group.id);
  if (hit && hit.version === group.catalogVersion) return hit.matcher;
  const matcher = buildMatcher(catalogProducts(db, group.id));
  cache.set(group.id, { version: group.catalogVersion, matcher });
  return matcher;
}
