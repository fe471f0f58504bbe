import type { Messages } from '../i18n/messages';
import type { MinutesDocument } from '../model/minutes';
import type { Position, Range } from '../text/range';
import { proseHoverAt } from './proseHover';
import { tableHoverAt } from './tables';

/** Hover anywhere: a stated total in a table, else an amount of money in the text. */
export function hoverAt(doc: MinutesDocument, at: Position, msg: Messages): { range: Range; markdown: string } | undefined {
  return tableHoverAt(doc, at, msg) ?? proseHoverAt(doc, at, msg);
}
