import type { AgendaItem } from '../model/minutes';

/**
 * The order the document's items keep, learnt from the items themselves: ids ranked by how many
 * others they precede in most items. A pair is settled when at least two items put it one way
 * and at least twice as many as put it the other.
 */
export interface LearntOrder {
  readonly order: string[];
  settled(a: string, b: string): boolean;
}

const cache = new WeakMap<readonly AgendaItem[], LearntOrder>();

/** Once per document (per items array): fixes and completions on thousands of items stay linear. */
export function learnOrder(items: readonly AgendaItem[]): LearntOrder {
  let o = cache.get(items);
  if (!o) cache.set(items, (o = computeOrder(items)));
  return o;
}

function computeOrder(items: readonly AgendaItem[]): LearntOrder {
  const before = new Map<string, number>(); // `a b` → items where a stands before b
  const firstSeen: string[] = [];
  const seenIds = new Set<string>();
  for (const item of items) {
    const ids: string[] = [];
    for (const s of item.sections) if (!ids.includes(s.id)) ids.push(s.id);
    for (const id of ids) if (!seenIds.has(id)) {
      seenIds.add(id);
      firstSeen.push(id);
    }
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) before.set(`${ids[i]} ${ids[j]}`, (before.get(`${ids[i]} ${ids[j]}`) ?? 0) + 1);
  }
  const count = (a: string, b: string) => before.get(`${a} ${b}`) ?? 0;
  const wins = (a: string) => firstSeen.filter((b) => b !== a && count(a, b) > count(b, a)).length;
  const order = [...firstSeen].sort((a, b) => wins(b) - wins(a) || firstSeen.indexOf(a) - firstSeen.indexOf(b));
  const rankOf = new Map(order.map((id, i) => [id, i]));
  return {
    order,
    settled(a, b) {
      const [x, y] = (rankOf.get(a) ?? 0) < (rankOf.get(b) ?? 0) ? [a, b] : [b, a];
      return count(x, y) >= 2 && count(x, y) >= 2 * count(y, x);
    },
  };
}
