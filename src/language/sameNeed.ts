import { meaningStems, sameHope } from './thread';

/*
 * A need or a piece of help said again in other words: "talking to people makes me nervous" after
 * "i get nervous talking to people", "cooking is hard" after "i cant cook", "Laptops" after "a
 * laptop". The words that only say something is hard (or wanted) are set aside; what is left must
 * be nearly the same things (the same test as a hope said again).
 */

const ONLY_SAYS_HARD =
  /\b(?:i|im|i'm|he|she|they|we|it|its|it's|is|are|was|finds?|found|hard|harder|difficult|tricky|struggles?|struggling|trouble|problems?|cant|can't|cannot|can\s+not|dont|don't|do\s+not|doesnt|doesn't|makes?|me|him|her|them|for|with|really|very|so|too|always|sometimes|a\s+bit|bit|lot|need|needs|want|wants|have|has|get|gets|some|the|a|an|my|his|their)\b/gi;

function meaningWords(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'").replace(ONLY_SAYS_HARD, ' ').replace(/\s+/g, ' ').trim();
}

/** The same need (or help) said twice, in the same or other words. */
export function sameNeed(a: string, b: string): boolean {
  const x = meaningWords(a);
  const y = meaningWords(b);
  if (!x || !y) return a.trim().toLowerCase() === b.trim().toLowerCase();
  return sameHope(x, y);
}

/**
 * Help that says no more than help kept already: "extra time" beside "extra time in exams". The
 * fuller wording is the one worth keeping.
 */
export function saysNoMoreThan(help: string, kept: string): boolean {
  const said = meaningStems(meaningWords(help));
  const other = meaningStems(meaningWords(kept));
  return said.size > 0 && said.size < other.size && [...said].every((s) => other.has(s));
}
