import { matchWhere, sumExpression, sumValue, tableUnit } from '../analysis/describeProse';
import { MoneyAmount, moneyInProse } from '../analysis/money';
import { TextSum, textSums } from '../analysis/textSums';
import { partSlips } from '../analysis/sumSlips';
import { tableMatchesOf, textTableMismatches } from '../analysis/textTables';
import type { Messages } from '../i18n/messages';
import type { MinutesDocument } from '../model/minutes';
import { stripMarkup } from '../tables/grid';
import { Position, Range, containsPosition } from '../text/range';

/**
 * Hover on an amount in the text: every sum it takes part in (the parts, the total, whether
 * they agree) and the table cells it agrees with — the reviewer's calculator, done.
 */
export function proseHoverAt(doc: MinutesDocument, at: Position, msg: Messages): { range: Range; markdown: string } | undefined {
  const amount = amountAt(doc, at);
  if (!amount) return undefined;
  const blocks: string[] = [];
  for (const sum of textSums(doc)) {
    if (sum.total === amount || sum.parts.some((p) => p.amount === amount)) {
      blocks.push(sumBlock(sum, msg));
      // The table cell the slipped part should match (the text-sum finding offers both fixes).
      for (const s of partSlips(doc, sum)) blocks.push(`${msg.proseHoverTableSlip(matchWhere(s.match, msg), stripMarkup(s.match.cell.text), tableUnit(s.match))} — ${s.part.amount.text}`);
    }
  }
  const matches = tableMatchesOf(doc, amount);
  if (matches.length > 0) {
    // One line per distinct cell value is enough; the same amount often stands in several columns.
    const shown = matches.slice(0, 2).map((m) => msg.proseHoverTable(matchWhere(m, msg), stripMarkup(m.cell.text), tableUnit(m)));
    if (matches.length > 2) shown.push(msg.proseHoverMoreTable(matches.length - 2));
    blocks.push(shown.join('  \n'));
  }
  for (const m of textTableMismatches(doc)) {
    if (m.amount === amount) blocks.push(msg.proseHoverTableSlip(matchWhere(m, msg), stripMarkup(m.cell.text), tableUnit(m)));
  }
  return blocks.length > 0 ? { range: amount.range, markdown: blocks.join('\n\n---\n\n') } : undefined;
}

function amountAt(doc: MinutesDocument, at: Position): MoneyAmount | undefined {
  for (const { paragraph, amounts } of moneyInProse(doc)) {
    if (at.line < paragraph.firstLine || at.line > paragraph.lastLine) continue;
    const hit = amounts.find((a) => containsPosition(a.range, at));
    if (hit) return hit;
  }
  return undefined;
}

/** The sum as a column of figures, like the table hover: parts, then `=` and the total. */
function sumBlock(sum: TextSum, msg: Messages): string {
  const computed = sumValue(sum, sum.computed);
  const width = Math.max(computed.length, sum.total.text.length, ...sum.parts.map((p) => p.amount.text.length));
  const rows = sum.parts.map((p, i) => `${i === 0 && p.sign === 1 ? ' ' : p.sign === 1 ? '+' : '−'} ${p.amount.text.padStart(width)}`);
  rows.push(`= ${computed.padStart(width)}`);
  if (sum.kind === 'share') rows.push(`${sum.status === 'ok' ? '≤' : '>'} ${sum.total.text.padStart(width)}`);
  else if (sum.status !== 'ok') rows.push(`  ${sum.total.text.padStart(width)}  ${msg.tableHoverStated()} (${msg.tableHoverDifference()} ${sumValue(sum, sum.difference)})`);
  const status = msg.tableStatus(sum.status);
  const head = sum.kind === 'share' ? msg.proseHoverShare(status) : msg.proseHoverSum(status);
  return `${head}\n\n\`${sumExpression(sum)}\`\n\n\`\`\`text\n${rows.join('\n')}\n\`\`\``;
}
