/**
 * The texts a snippet, a completion or an «Indsæt afsnittet» fix writes for the secretary to
 * replace. One list, read by what writes them (snippets, style) and by the `placeholder` check
 * that reports them while they are still there. Each is something no real minutes say as a
 * whole line: generic sentences a real decision or Økonomi section also uses («Udvalget
 * godkender indstillingen.», «Sagen har ingen økonomiske konsekvenser.») are left out.
 */
export const PLACEHOLDER = {
  title: 'Titel',
  journalNumber: '00.00.00-A00-1-25',
  resume: 'Kort resume af sagen.',
  effekt: 'Sagens effekt for borgerne.',
  indstilling: 'Forvaltningen indstiller, at udvalget godkender sagen.',
  sagsfremstilling: 'Sagens baggrund.',
  bilag: 'Bilag 1.',
  budgetRow: 'Udgift',
} as const;

const LINES: ReadonlySet<string> = new Set([PLACEHOLDER.resume, PLACEHOLDER.effekt, PLACEHOLDER.indstilling, PLACEHOLDER.sagsfremstilling, PLACEHOLDER.bilag]);

/** The lengths of the placeholder sentences: a line of any other length is never one. */
const LENGTHS: ReadonlySet<number> = new Set([...LINES].map((l) => l.length));
const MAX_LENGTH = Math.max(...LENGTHS);

/**
 * A whole line (trimmed) that is a placeholder sentence. The check asks this of every body line:
 * the trimmed length is found without cutting the line out, and only a line of a placeholder's
 * length is looked up (trimming and hashing every line was a tenth of the whole analysis).
 */
export function isPlaceholderLine(text: string): boolean {
  let s = 0;
  let e = text.length;
  while (s < e && text.charCodeAt(s) <= 32) s++;
  while (e > s && text.charCodeAt(e - 1) <= 32) e--;
  const n = e - s;
  if (n > MAX_LENGTH || !LENGTHS.has(n)) return false;
  return LINES.has(text.slice(s, e));
}

/** An item title that is still the placeholder (`Titel`, `B-sag: Titel`). */
export function isPlaceholderTitle(title: string): boolean {
  return /^(?:\p{Lu}-sag:\s*)?Titel$/u.test(title.trim());
}

/** A journal number of zeros (`00.00.00-A00-1-25`): the KL number and the facet are not filled in. */
export function isPlaceholderJournalNumber(value: string): boolean {
  return /^00\.00\.00-\p{Lu}00-/u.test(value.trim());
}
