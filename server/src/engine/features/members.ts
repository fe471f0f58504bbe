import type { MinutesDocument } from '../model/minutes';

/** A committee member as the minutes name them in vote and absence lines. */
export interface Member {
  /** `Udvalgsmedlem`, `Rådmand`, … as written before the name (singular). */
  readonly role: string;
  readonly name: string;
  /** Party letter(s) from `(Ø)`, when the document gave them. */
  readonly party?: string;
}

const ROLES = '[Uu]dvalgsmedlem(?:merne)?|[Rr]ådmand(?:en)?|[Rr]ådkvinde(?:n)?|[Bb]orgmester(?:en)?|[Ff]ormand(?:en)?|[Nn]æstformand(?:en)?|[Bb]yrådsmedlem(?:merne)?';
const NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,4}";
/** `Rådmand Christoffer Lilleholt (V)`, `Udvalgsmedlem Reza Javid` */
const ROLE_NAME = new RegExp(`(?<![\\p{L}])(${ROLES})\\s+(${NAME})(?:\\s+\\((\\p{Lu}{1,3})\\))?`, 'gu');
/** Names in a list after `udvalgsmedlemmerne`: `Mads Thomsen (A), Joachim Hoffmann-Petersen (C) og …` */
const LISTED = new RegExp(`(?:,|\\bog)\\s+(${NAME})\\s+\\((\\p{Lu}{1,3})\\)`, 'gu');
const VOTE_OR_ABSENCE = /stemmer|deltog ikke|undlod|tog forbehold|fraværende|afbud/iu;

const singular = (role: string): string =>
  role.replace(/merne$/u, '').replace(/(?<=Rådmand|Rådkvinde|Borgmester|Formand|Næstformand)e?n$/u, '').replace(/^./u, (c) => c.toUpperCase());

/**
 * The members the document already names in vote and absence lines (and wherever a role
 * precedes a name), in first-seen order, one per name; a party letter seen anywhere is kept.
 */
export function membersOf(doc: MinutesDocument): Member[] {
  const byName = new Map<string, { role: string; name: string; party?: string }>();
  const add = (role: string, name: string, party: string | undefined) => {
    const key = name.normalize('NFC');
    const known = byName.get(key);
    if (known) {
      if (!known.party && party) known.party = party;
      return;
    }
    byName.set(key, { role, name: key, party });
  };
  for (const line of doc.lines) {
    const text = line.text;
    if (text.length > 2000 || !VOTE_OR_ABSENCE.test(text)) continue;
    for (const m of text.matchAll(ROLE_NAME)) add(singular(m[1]!), m[2]!, m[3]);
    if (/udvalgsmedlemmerne|byrådsmedlemmerne/iu.test(text)) for (const m of text.matchAll(LISTED)) add('Udvalgsmedlem', m[1]!, m[2]);
  }
  return [...byName.values()];
}

/** `Udvalgsmedlem Reza Javid (Ø)` */
export function memberReference(m: Member): string {
  return m.party ? `${m.role} ${m.name} (${m.party})` : `${m.role} ${m.name}`;
}
