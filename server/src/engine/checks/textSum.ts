import { correctedTotal, sumExpression, sumValue } from '../analysis/describeProse';
import { textSums } from '../analysis/textSums';
import { partSlips } from '../analysis/sumSlips';
import { matchWhere, tableUnit } from '../analysis/describeProse';
import { stripMarkup } from '../tables/grid';
import { abs } from '../tables/amount';
import type { Check } from './check';

export const textSum: Check = {
  code: 'text-sum',
  defaultSeverity: 'error',
  tags: ['prose'],
  description: {
    da: 'En sum i teksten passer ikke: beløb med «i alt», «samlet … som inkluderer», en liste under «fordelt med:» eller «Der overføres … og …» giver ikke den total, teksten skriver (fortegn efter mer-/mindreforbrug og mer-/mindreindtægt). En afrundingsdifference er information.',
    en: 'A sum in the text does not add up: amounts with «i alt», «samlet … som inkluderer», a list under «fordelt med:» or «Der overføres … og …» do not give the total the text states (signs from merforbrug/mindreforbrug and merindtægt/mindreindtægt). A rounding difference is information.',
  },
  run(ctx) {
    for (const sum of textSums(ctx.doc)) {
      if (sum.status === 'ok') continue;
      const expression = sumExpression(sum);
      const computed = sumValue(sum, sum.computed);
      const related = sum.parts.map((p) => ({ range: p.amount.range, message: `${p.sign === 1 ? '+' : '−'} ${p.amount.text}` }));
      if (sum.status === 'rounding') {
        ctx.report({ range: sum.total.range, severity: 'information', message: ctx.msg.textSumRounding(expression, computed, sum.total.text, sumValue(sum, abs(sum.difference))), related });
        continue;
      }
      // A sign read from the wording (a merindtægt among merforbrug) is an inference: probably wrong, not surely.
      const severity = sum.signsFromWording ? 'warning' : 'error';
      if (sum.kind === 'share') {
        const message = sum.parts.length === 1 ? ctx.msg.textShareOne(sum.parts[0]!.amount.text, sum.total.text) : ctx.msg.textShare(expression, computed, sum.total.text);
        ctx.report({ range: sum.total.range, severity, message, related });
        continue;
      }
      const corrected = correctedTotal(sum);
      // Both directions: the part the table writes otherwise (when the table says which), or the total.
      const slips = partSlips(ctx.doc, sum);
      const slipFixes = slips.map((s) => ({ title: ctx.msg.fixTextPartToTable(s.part.amount.text.slice(s.part.amount.numberStart - s.part.amount.start, s.part.amount.numberEnd - s.part.amount.start), s.newText), edits: [{ range: s.part.amount.numberRange, newText: s.newText }], safe: false }));
      const slipNotes = slips.map((s) => ctx.msg.textSumTableSays(s.part.amount.text, stripMarkup(s.match.cell.text), tableUnit(s.match), matchWhere(s.match, ctx.msg)));
      ctx.report({
        range: sum.total.range,
        severity,
        message: [ctx.msg.textSum(expression, computed, sum.total.text, sumValue(sum, abs(sum.difference))), ...slipNotes].join(' '),
        related: [...related, ...slips.map((s) => ({ range: s.match.cell.range, message: `${s.match.row.label}: ${s.match.cell.text}` }))],
        // Which number is wrong — a part or the total — is the writer's call: offered, never applied by fix-all.
        fixes: [...slipFixes, { title: ctx.msg.fixTextSum(corrected), edits: [{ range: sum.total.numberRange, newText: corrected }], safe: false }],
      });
    }
  },
};
