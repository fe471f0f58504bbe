import { longestIncreasing } from '../text/subsequence';
import type { Section } from '../model/minutes';
import { learnOrder } from '../analysis/learnedOrder';
import { type Check, inferredProfile } from './check';

export const sectionOrder: Check = {
  code: 'section-order',
  defaultSeverity: 'warning',
  tags: ['structure'],
  description: {
    da: 'Afsnittene står ikke i den sædvanlige rækkefølge (Resume, Effekt, Indstilling, Beslutning, Sagsfremstilling, Økonomi, Bilag).',
    en: 'The sections are not in the usual order (Resume, Effekt, Indstilling, Beslutning, Sagsfremstilling, Økonomi, Bilag).',
  },
  run(ctx) {
    // Without a configured order the document's own is the norm: an item out of it is the finding.
    const learnt = ctx.config.sectionOrder.length === 0 ? learnOrder(ctx.doc.items) : undefined;
    const order = learnt ? learnt.order : ctx.config.sectionOrder;
    // An order that came with a profile the layout was guessed to be (not one the user chose)
    // gives way where the document settles a pair the other way: `Punkt 2:` headings with KLE
    // numbers look like Odense's, but Sagsfremstilling before Indstilling in every item is the
    // municipality's template, not a slip.
    // Learnt only when a finding is about to be reported (most documents have none): learning the
    // order of every item was a twentieth of the analysis of the real minutes.
    let habit: ReturnType<typeof learnOrder> | undefined | null = !learnt && inferredProfile(ctx, 'sectionOrder') ? undefined : null;
    const documentWay = (first: string, second: string) => {
      if (habit === null) return false;
      habit ??= learnOrder(ctx.doc.items);
      return habit.settled(first, second) && habit.order.indexOf(first) < habit.order.indexOf(second);
    };
    // Written out only for a finding: most minutes have none.
    let orderText: string | undefined;
    for (const item of ctx.doc.items) {
      if (inOrder(item.sections, order)) continue;
      // First occurrence of each ordered section; duplicates are another check's business.
      const seen = new Set<string>();
      const ordered: { section: Section; rank: number }[] = [];
      for (const s of item.sections) {
        const rank = order.indexOf(s.id);
        if (rank < 0 || seen.has(s.id)) continue;
        seen.add(s.id);
        ordered.push({ section: s, rank });
      }
      // The sections that stay put are the longest run in order; the others are out of place.
      // This blames the one misplaced section, not every section after it.
      const keep = longestIncreasing(ordered.map((o) => o.rank));
      for (let i = 0; i < ordered.length; i++) {
        if (keep.has(i)) continue;
        const { section, rank } = ordered[i]!;
        // Name the neighbour that shows the problem: a later section that should come first,
        // or else an earlier one that should come after.
        const later = ordered.find((o, j) => j > i && keep.has(j) && o.rank < rank);
        const earlier = ordered.filter((o, j) => j < i && keep.has(j) && o.rank > rank).pop();
        const other = (later ?? earlier ?? ordered[i - 1])?.section.id;
        if (learnt && (other === undefined || !learnt.settled(other, section.id))) continue;
        if (other !== undefined && (later ? documentWay(section.id, other) : documentWay(other, section.id))) continue;
        const name = ctx.sectionName(section.id);
        orderText ??= ctx.msg.listJoin(order.map((id) => ctx.sectionName(id)));
        const message = later
          ? ctx.msg.sectionOrderBefore(name, ctx.sectionName(later.section.id), orderText)
          : ctx.msg.sectionOrder(name, ctx.sectionName((earlier ?? ordered[i - 1]!).section.id), orderText);
        ctx.report({ range: section.heading.range, message });
      }
    }
  },
};

/**
 * True when the item's ordered sections already stand in the usual order (first occurrences
 * only; duplicates and sections outside the order do not count): nothing to report, and no
 * allocation for the usual item.
 */
function inOrder(sections: readonly Section[], order: readonly string[]): boolean {
  let last = -1;
  for (let i = 0; i < sections.length; i++) {
    const rank = order.indexOf(sections[i]!.id);
    if (rank < 0 || rank === last) continue;
    if (rank < last) {
      // A repeated section further down (`Beslutning` twice) is not out of order; anything else is.
      let earlier = false;
      for (let j = 0; j < i && !earlier; j++) earlier = sections[j]!.id === sections[i]!.id;
      if (!earlier) return false;
      continue;
    }
    last = rank;
  }
  return true;
}

