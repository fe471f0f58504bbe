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

/** A whole line (trimmed) that is a placeholder sentence. */
export function isPlaceholderLine(text: string): boolean {
  return LINES.has(text.trim());
}

/** An item title that is still the placeholder (`Titel`, `B-sag: Titel`). */
export function isPlaceholderTitle(title: string): boolean {
  return /^(?:\p{Lu}-sag:\s*)?Titel$/u.test(title.trim());
}

/** A journal number of zeros (`00.00.00-A00-1-25`): the KL number and the facet are not filled in. */
export function isPlaceholderJournalNumber(value: string): boolean {
  return /^00\.00\.00-\p{Lu}00-/u.test(value.trim());
}
