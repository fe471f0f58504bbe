import type { MinutesDocument } from '../model/minutes';
import { Amount, ZERO, abs, add, compare, halfUnit, subtract } from '../tables/amount';
import { MoneyAmount, amountsByParagraph, isAnchored } from './money';
import { Paragraph, endsWithColon, isListLine, paragraphs } from './paragraphs';
import { Polarity, lastPolarity } from './polarity';
import { DocumentSlot } from '../model/derived';
import { isJsSpace } from '../text/chars';

/**
 * Sums that the prose states in words. Only where the text itself says that amounts add up —
 * «…, i alt 55.500 kr.», «samlet … på 86,9 mio. kr., som inkluderer …», a list under
 * «fordelt med:», «Der overføres 7,7 mio. kr. til 2024 og 11 mio. kr. til 2025» after the
 * 18,7 mio. kr. it splits, «De to tiltag … samlet 17 mio. kr.» — and only amounts of money
 * (so «223 personer … 217 personer … i alt 405 personer» is never one). Amounts written with
 * «ca.» are never held to a sum.
 */
export type SumPattern = 'inline' | 'inclusion' | 'list' | 'transfer' | 'count' | 'share';
export type SumStatus = 'ok' | 'rounding' | 'error';

export interface SumPart {
  readonly amount: MoneyAmount;
  /** −1 when the wording subtracts it (a merindtægt in a list of merforbrug). */
  readonly sign: 1 | -1;
}

export interface TextSum {
  readonly pattern: SumPattern;
  /** `equal`: the parts add up to the total; `share`: they are a share of it («heraf»), so at most the total. */
  readonly kind: 'equal' | 'share';
  readonly total: MoneyAmount;
  readonly parts: readonly SumPart[];
  /** Σ sign × part, in kroner. */
  readonly computed: Amount;
  /** total − computed */
  readonly difference: Amount;
  /**
   * `ok`: the total is the sum, rounded as the total is written; `rounding`: the rounding of
   * the parts can explain the difference; `error`: it cannot.
   */
  readonly status: SumStatus;
  /** Some part was subtracted because of its wording rather than a minus sign. */
  readonly signsFromWording: boolean;
}

/**
 * Between the last part and the total: «, i alt», «til anlæg, i alt», «og samlet», «– tilsammen».
 * The keyword opens its own clause (after a comma, dash or «og»), so «der er i alt» is not one.
 */
const INLINE_KEY = /(?:^|[,;:–-]|\s(?:og|samt|dvs\.?|altså))\s*(?:i alt|tilsammen|samlet|totalt|sammenlagt)(?:\s+(?:på|er|udgør|bliver|giver))?[\s:]*$/iu;
/** After a total: what introduces its parts in the same sentence. */
const INCLUSION = /^[\s,]*(?:(?:som|der|hvilket)\s+)?(inkluderer|omfatter|dækker over|består af|bestående af|fordelt (?:med|på)|fordeler sig (?:med|på)|sammensat af|heraf|hvoraf)(?!\p{L})/iu;
/** Words that make a list of parts an excerpt: «primært sammensat af», «bl.a.». */
const EXCERPT = /(?<!\p{L})(?:primært|hovedsageligt|især|bl\.\s?a\.?|blandt andet|herunder|væsentligst|fx|f\.\s?eks\.?|eksempelvis|bla\.)(?!\p{L})/iu;
const LIST_INTRO = /(?<!\p{L})(?:fordelt (?:med|på)|fordeles (?:med|på|således)|fordeler sig|således|som følger|består af|bestående af|sammensat af|følgende)(?!\p{L})[^:]*:\s*$/iu;
/**
 * «Heraf …» opening a sentence: read at the sentence's start in the paragraph (sticky) rather
 * than in a copy of the sentence. The same matches: a sentence ends with its stop (or with the
 * paragraph), so a match cannot run past it, and what follows a word there is no letter either.
 */
const SHARE_START = /\s*(?:heraf|hvoraf)(?!\p{L})/iuy;
const COUNT = /(?<!\p{L})(?:de|disse)\s+(to|tre|fire|fem|seks|syv|otte|ni|ti|\d{1,2})\s+\p{L}/iu;
const COUNT_WORDS = ['to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni', 'ti'];
/** Verbs that split one amount into several: «… overføres … Der overføres a til 2024 og b til 2025.» */
const SPLIT_VERB = /(?<!\p{L})(overfør|fordel|afsæt|udbetal|anvend|bevilg|tilføre?|tilført)\p{L}*/giu;

interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly amounts: readonly MoneyAmount[];
}

/**
 * The most parts a sum is read with. Prose states sums of a handful of amounts; a «sentence» of
 * hundreds (a pasted table, garbage) is no sum, and the bound keeps every pattern linear.
 */
const MAX_PARTS = 12;

/** `amountsByParagraph(doc)`: the amounts of each paragraph, by its index. */
type AmountsByParagraph = readonly (readonly MoneyAmount[])[];

const memo = new DocumentSlot<readonly TextSum[]>();

/** Every sum the prose states, once per document (the check and the hover share them). */
export function textSums(doc: MinutesDocument): readonly TextSum[] {
  return memo.of(doc, findTextSums);
}

function findTextSums(doc: MinutesDocument): readonly TextSum[] {
  const out: TextSum[] = [];
  const money = amountsByParagraph(doc);
  const all = paragraphs(doc);
  for (let i = 0; i < all.length; i++) {
    const paragraph = all[i]!;
    const amounts = money[i]!;
    // Every pattern but the list needs two amounts in the paragraph (a part and a total).
    if (amounts.length >= 2) {
      const sentences = sentencesOf(paragraph, amounts);
      for (const s of sentences) {
        push(out, inline(paragraph.text, s));
        push(out, inclusion(paragraph.text, s));
      }
      for (let k = 1; k < sentences.length; k++) push(out, acrossSentences(paragraph.text, sentences[k - 1]!, sentences[k]!));
    }
    if (paragraph.listMarker === 0 && endsWithColon(paragraph.text)) push(out, list(doc, all, i, money));
  }
  return out;
}

function push(out: TextSum[], sum: TextSum | undefined): void {
  if (sum) out.push(sum);
}

/** Sentences with their amounts: one merge of two sorted lists (both in text order). */
function sentencesOf(paragraph: Paragraph, amounts: readonly MoneyAmount[]): Sentence[] {
  let next = 0;
  return paragraph.sentences.map((s) => {
    const first = next;
    while (next < amounts.length && amounts[next]!.start < s.end) next++;
    return { start: s.start, end: s.end, amounts: amounts.slice(first, next) };
  });
}

/** «erhvervelse 6.300 kr., anlæggelse 16.700 kr. samt mindsten 32.500 kr., i alt 55.500 kr.» */
function inline(text: string, s: Sentence): TextSum | undefined {
  const a = s.amounts;
  for (let k = 2; k < a.length; k++) {
    if (a[k]!.start - a[k - 1]!.end > 60 || !INLINE_KEY.test(text.slice(a[k - 1]!.end, a[k]!.start))) continue;
    const total = a[k]!;
    // The parts are the amounts listed before the total; a sentence may name another amount
    // first («Budgettet er 100 mio. kr., og vi bruger 30 mio. kr. og 20 mio. kr., i alt 50 mio. kr.»),
    // so the longest run of them that adds up is taken, and all of them when none does.
    const candidates: (TextSum | undefined)[] = [];
    const clauseOf = clausesIn(text, a, s.start);
    for (let j = Math.max(0, k - MAX_PARTS); j <= k - 2; j++) candidates.push(evaluate('inline', 'equal', text, total, clauseStart(a, k, s.start), a.slice(j, k), clauseOf));
    const best = pick(candidates);
    if (best) return best;
  }
  return undefined;
}

/** «et samlet mindreforbrug på 86,9 mio. kr., som inkluderer … 0,3 mio. kr. … og … 86,6 mio. kr.» */
function inclusion(text: string, s: Sentence): TextSum | undefined {
  const a = s.amounts;
  for (let k = 0; k < a.length - 1; k++) {
    const after = text.slice(a[k]!.end, Math.min(a[k + 1]!.start, a[k]!.end + 160));
    const m = INCLUSION.exec(after);
    if (!m) continue;
    const total = a[k]!;
    const word = m[1]!.toLowerCase();
    const anchored = isAnchored(text, total, clauseStart(a, k, s.start));
    const share = word === 'heraf' || word === 'hvoraf' || EXCERPT.test(after) || (!anchored && /inkluderer|omfatter|dækker/.test(word));
    const parts = a.slice(k + 1, k + 1 + MAX_PARTS);
    const clauseOf = clausesIn(text, a, s.start);
    const candidates: (TextSum | undefined)[] = [];
    for (let n = parts.length; n >= (share ? 1 : 2); n--) {
      candidates.push(evaluate('inclusion', share ? 'share' : 'equal', text, total, clauseStart(a, k, s.start), parts.slice(0, n), clauseOf));
    }
    const best = pick(candidates);
    if (best) return best;
  }
  return undefined;
}

/** Two sentences in a row: «T. Heraf a …», «… T … overføres. Der overføres a … og b …», «(a) … (b). De to tiltag … samlet T». */
function acrossSentences(text: string, first: Sentence, second: Sentence): TextSum | undefined {
  const before = first.amounts;
  const after = second.amounts;
  if (before.length === 0 || after.length === 0 || after.length > MAX_PARTS) return undefined;
  SHARE_START.lastIndex = second.start;
  if (SHARE_START.test(text)) {
    const total = before[before.length - 1]!;
    return evaluate('share', 'share', text, total, clauseStart(before, before.length - 1, first.start), after, clausesIn(text, after, second.start));
  }
  if (before.length === 1 && after.length >= 2 && isAnchored(text, before[0]!, first.start)) {
    if (sharesSplitVerb(text.slice(first.start, first.end), text.slice(second.start, second.end))) return evaluate('transfer', 'equal', text, before[0]!, first.start, after, clausesIn(text, after, second.start));
  }
  if (after.length === 1 && isAnchored(text, after[0]!, second.start, 40)) {
    const count = COUNT.exec(text.slice(second.start, second.end));
    if (count && countOf(count[1]!) === before.length) return evaluate('count', 'equal', text, after[0]!, second.start, before, clausesIn(text, before, first.start));
  }
  return undefined;
}

/**
 * Both sentences use the same splitting verb («overføres» … «overføres», «tilføre» … «tilført»).
 * The stems are read with one expression run along each sentence (not `matchAll`, which copies
 * the expression, and an array spread per sentence), and the second not at all when the first
 * has none.
 */
function sharesSplitVerb(first: string, second: string): boolean {
  const verbs = splitVerbs(first);
  if (verbs.size === 0) return false;
  for (const v of splitVerbs(second)) if (verbs.has(v)) return true;
  return false;
}

/** The stems of the splitting verbs in `text`: «overføres» → `overfør`, «tilføre» → `tilfør`. */
function splitVerbs(text: string): Set<string> {
  const stems = new Set<string>();
  SPLIT_VERB.lastIndex = 0;
  for (let m = SPLIT_VERB.exec(text); m; m = SPLIT_VERB.exec(text)) stems.add(m[1]!.toLowerCase().replace(/e$/, ''));
  return stems;
}

/** «to» → 2, «12» → 12. */
function countOf(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : COUNT_WORDS.indexOf(word.toLowerCase()) + 2;
}

/** A paragraph ending «fordelt med:» / «således:» and the list under it, one amount per line. */
function list(doc: MinutesDocument, all: readonly Paragraph[], i: number, money: AmountsByParagraph): TextSum | undefined {
  // The list first: most colons introduce no list of single amounts, and then the intro's
  // sentences are never needed.
  const items = listItems(doc, all, i, money);
  if (!items) return undefined;
  const intro = all[i]!;
  const introSentence = intro.sentences[intro.sentences.length - 1]!;
  const introText = intro.text.slice(introSentence.start, introSentence.end);
  if (!LIST_INTRO.test(introText)) return undefined;
  const total = listTotal(doc, all, i, money, introText);
  if (!total) return undefined;
  const kind = EXCERPT.test(introText) ? 'share' : 'equal';
  return evaluate('list', kind, total.amount.paragraph.text, total.amount, total.clauseStart, items, (p) => p.paragraph.text.slice(p.paragraph.listMarker, p.start));
}

/** The amounts of the list items under paragraph `i`, one each, when they are all the list holds. */
function listItems(doc: MinutesDocument, all: readonly Paragraph[], i: number, money: AmountsByParagraph): MoneyAmount[] | undefined {
  const intro = all[i]!;
  const items: MoneyAmount[] = [];
  for (let k = i + 1; k < all.length; k++) {
    const p = all[k]!;
    if (p.listMarker === 0 || p.item !== intro.item || !onlyBlankBetween(doc, all[k - 1]!, p)) break;
    const amounts = money[k]!;
    // A line with no amount or with several makes the list something else than the parts.
    if (amounts.length !== 1 || items.length === MAX_PARTS) return undefined;
    items.push(amounts[0]!);
  }
  if (items.length < 2 || listGoesOn(doc, items[items.length - 1]!.paragraph.lastLine)) return undefined;
  return items;
}

/** The total a list splits: in the intro sentence, or (anchored by «samlet») in the sentence before it. */
function listTotal(
  doc: MinutesDocument,
  all: readonly Paragraph[],
  i: number,
  money: AmountsByParagraph,
  introText: string,
): { amount: MoneyAmount; clauseStart: number } | undefined {
  const intro = all[i]!;
  const introSentence = intro.sentences[intro.sentences.length - 1]!;
  const own = money[i]!.filter((a) => a.start >= introSentence.start);
  if (own.length > 0) return { amount: own[own.length - 1]!, clauseStart: clauseStart(own, own.length - 1, introSentence.start) };
  // «…et samlet mindreforbrug på drift på 18.747.801 kr. … / Mindreforbruget bliver overført således:»
  // Look back at most two paragraphs, and only when the intro names what the total is.
  let at = i;
  let sentences: readonly { readonly start: number; readonly end: number }[] = intro.sentences.slice(0, -1);
  for (let back = 0; back <= 2; back++) {
    const paragraph = all[at]!;
    const amounts = money[at]!;
    for (let s = sentences.length - 1; s >= 0; s--) {
      const span = sentences[s]!;
      const inSentence = amounts.filter((a) => a.start >= span.start && a.start < span.end);
      if (inSentence.length === 0) continue;
      if (inSentence.length !== 1 || !isAnchored(paragraph.text, inSentence[0]!, span.start)) return undefined;
      // The intro's word stems only now: most intros never get this far.
      const stems = [...introText.toLowerCase().matchAll(/\p{L}{5,}/gu)].map((m) => m[0].replace(/(?:erne|ene|et|en)$/, ''));
      const sentenceText = paragraph.text.slice(span.start, span.end).toLowerCase();
      if (!stems.some((w) => sentenceText.includes(w))) return undefined;
      return { amount: inSentence[0]!, clauseStart: span.start };
    }
    const previous = all[at - 1];
    if (!previous || previous.item !== intro.item || previous.section !== intro.section || !onlyBlankBetween(doc, previous, paragraph)) return undefined;
    at--;
    sentences = previous.sentences;
  }
  return undefined;
}

/** A list line after the last one read: an item without an amount, so the list is not all parts. */
function listGoesOn(doc: MinutesDocument, last: number): boolean {
  for (let l = last + 1; l < doc.lines.length; l++) {
    const text = doc.lines[l]!.text;
    if (!isJsBlank(text)) return isListLine(text);
  }
  return false;
}

function onlyBlankBetween(doc: MinutesDocument, a: Paragraph, b: Paragraph): boolean {
  for (let l = a.lastLine + 1; l < b.firstLine; l++) if (!isJsBlank(doc.lines[l]!.text)) return false;
  return true;
}

/** `text.trim().length === 0` without the copy: nothing but JavaScript's whitespace. */
function isJsBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isJsSpace(text.charCodeAt(i))) return false;
  return true;
}

/** Where the words describing amount `k` begin: after the amount before it, or the sentence start. */
function clauseStart(amounts: readonly MoneyAmount[], k: number, sentenceStart: number): number {
  return k > 0 ? Math.max(sentenceStart, amounts[k - 1]!.end) : sentenceStart;
}

/** The words before each of a sentence's amounts (for its wording: merforbrug, mindreindtægt …). */
function clausesIn(text: string, amounts: readonly MoneyAmount[], sentenceStart: number): (p: MoneyAmount) => string {
  // A sentence holds a handful of amounts: `indexOf`, not a map built for every candidate sum.
  return (p) => text.slice(clauseStart(amounts, Math.max(0, amounts.indexOf(p)), sentenceStart), p.start);
}

/**
 * Works out one stated sum: signs from the wording (relative to the total's own wording),
 * the computed sum and its status. Undefined when the relation cannot be checked: an amount
 * written «ca.», or wording that gives no consistent direction.
 */
/** What makes an amount a rate: `pr. medlem`, `per år`, `/time`, `årligt`, `om måneden`. */
const PER_UNIT = /^[\s,]*(?:pr\.|per(?!\p{L})|\/\s*\p{L}|(?:årlig|månedlig|ugentlig|daglig)t?(?!\p{L})|om (?:året|måneden|ugen|dagen|timen|døgnet)(?!\p{L}))/iu;

function perUnit(text: string, amount: MoneyAmount): boolean {
  return PER_UNIT.test(text.slice(amount.end, amount.end + 24));
}

function evaluate(
  pattern: SumPattern,
  kind: 'equal' | 'share',
  text: string,
  total: MoneyAmount,
  totalClauseStart: number,
  parts: readonly MoneyAmount[],
  clauseOf: (p: MoneyAmount) => string,
): TextSum | undefined {
  if (parts.length === 0 || total.approximate || parts.some((p) => p.approximate || p === total)) return undefined;
  // A rate (`160 kr. pr. medlem`, `0,8 mio. kr. årligt`) is multiplied, not added, into a total
  // that is not a rate itself: «160 kr. pr. medlem i 2025 og 168 kr. i 2026, i alt 159.598 kr.».
  if (!perUnit(text, total) && parts.some((p) => perUnit(text, p))) return undefined;
  const totalPolarity = lastPolarity(text.slice(totalClauseStart, total.start));
  const polarities = parts.map((p) => lastPolarity(clauseOf(p)));
  let reference: Polarity | undefined = totalPolarity;
  if (reference === undefined) {
    const named = polarities.filter((x): x is Polarity => x !== undefined);
    if (named.some((x) => x !== named[0])) return undefined;
    reference = named[0];
  }
  const signed: SumPart[] = parts.map((amount, i) => ({ amount, sign: (polarities[i] ?? reference) === reference ? 1 : -1 }));
  let computed: Amount = ZERO;
  for (const p of signed) computed = p.sign === 1 ? add(computed, p.amount.value) : subtract(computed, p.amount.value);
  const difference = subtract(total.value, computed);
  const precisionOf = writtenPrecision([total, ...parts]);
  let slack = halfUnit(precisionOf(total));
  for (const p of parts) slack = add(slack, halfUnit(precisionOf(p)));
  let status: SumStatus;
  if (kind === 'share') status = compare(abs(computed), add(abs(total.value), slack)) <= 0 ? 'ok' : 'error';
  else if (compare(abs(difference), halfUnit(precisionOf(total))) <= 0) status = 'ok';
  else status = compare(abs(difference), slack) <= 0 ? 'rounding' : 'error';
  return { pattern, kind, total, parts: signed, computed, difference, status, signsFromWording: signed.some((p) => p.sign === -1) };
}

/**
 * How precisely each amount of one sum is written. «7,7 mio. kr. til 2024 og 11 mio. kr. til 2025»
 * means 11,0: a whole number among amounts with decimals in the same unit is taken to the same
 * digit, not as rounded to a whole million (which would excuse any slip of a tenth).
 */
function writtenPrecision(amounts: readonly MoneyAmount[]): (a: MoneyAmount) => number {
  return (a) => {
    if (a.decimals > 0) return a.precision;
    let finest = a.precision;
    for (const b of amounts) if (b.exponent === a.exponent && b.decimals > 0) finest = Math.min(finest, b.precision);
    return finest;
  };
}

/** The first candidate that adds up, else the first within rounding, else the first. */
function pick(candidates: readonly (TextSum | undefined)[]): TextSum | undefined {
  const present = candidates.filter((c): c is TextSum => c !== undefined);
  return present.find((c) => c.status === 'ok') ?? present.find((c) => c.status === 'rounding') ?? present[0];
}
