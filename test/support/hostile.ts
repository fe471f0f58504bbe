/** Patterns that take exponential time in a backtracking engine on a near-miss (issue 12). */
export const HOSTILE_PATTERNS = ['^(\\d+)+$', '^(a|a)*$', '^(\\d|\\d\\d)+$', '(.*a){20}', '^([0-9.-]+)+-X$'];
/** The near-miss input: 35 digits and a letter (short enough to be read as a journal number). */
export const NEAR_MISS = `${'1'.repeat(35)}x`;
