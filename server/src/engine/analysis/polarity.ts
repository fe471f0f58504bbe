/**
 * Which way an amount pulls, read from the words around it. Budget prose states the sign in
 * words rather than with a minus: a merforbrug and a mindreindtægt both make the result
 * worse (+1), a mindreforbrug and a merindtægt both make it better (−1). A list under
 * «et samlet merforbrug på 27,1 mio. kr. fordelt med:» subtracts its «merindtægter».
 */
export type Polarity = 1 | -1;

const WORD = /(?<!\p{L})(mer|mindre)-?(forbrug|udgift|indtægt)|(?<!\p{L})(overskud|underskud)/giu;

/** The polarity of the last such word in `text`, or undefined when it names none. */
export function lastPolarity(text: string): Polarity | undefined {
  let result: Polarity | undefined;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    if (m[4]) {
      result = m[4].toLowerCase() === 'underskud' ? 1 : -1;
      continue;
    }
    const more = m[1]!.toLowerCase() === 'mer';
    const income = m[2]!.toLowerCase() === 'indtægt';
    result = more !== income ? 1 : -1;
  }
  return result;
}
