import { alignContents } from '../analysis/contentsAlignment';
import type { Messages } from '../i18n/messages';
import type { MinutesDocument } from '../model/minutes';
import { Position, Range, containsPosition } from '../text/range';
import { itemLabel } from '../model/text';

/** Go to definition on a contents entry: the item it lists (by the shared alignment). */
export function definitionAt(doc: MinutesDocument, position: Position): Range | undefined {
  for (const pair of alignContents(doc)) {
    if (pair.entry && pair.item && containsPosition(pair.entry.range, position)) return pair.item.headingRange;
  }
  return undefined;
}

export interface ItemSymbol {
  readonly name: string;
  /** The meeting: the title line, for telling files apart in a workspace list. */
  readonly container?: string;
  readonly range: Range;
}

/** One symbol per item, for workspace-wide search. */
export function itemSymbols(doc: MinutesDocument, msg: Messages): ItemSymbol[] {
  const container = doc.header.title?.text;
  return doc.items.map((item) => ({ name: msg.outlineItem(itemLabel(item), item.fullTitle.value), container, range: item.headingRange }));
}

/** Every word of the query occurs in the name (any case): `gravsted` finds `Gravsted for …`. */
export function matchesQuery(name: string, query: string): boolean {
  const n = name.normalize('NFC').toLocaleLowerCase('da');
  return query
    .normalize('NFC')
    .toLocaleLowerCase('da')
    .split(/\s+/u)
    .filter(Boolean)
    .every((w) => n.includes(w));
}
