/*
 * Pieces of one answer about support that are not support of their own: an example of the support
 * just named ("like a TA", "e.g. the library", "such as a budgeting app") or how often or how long
 * it is given ("not once a month", "30 minutes", "every week"). They stay with the support they
 * describe, so a key worker never reads "30 minutes" as a row of its own.
 */

/** "like a TA", "e.g. the library", "for example my old teacher". */
const EXAMPLE = /^(?:like|e[.\u2024]?g[.\u2024]?|eg|such\s+as|for\s+example|for\s+instance|i[.\u2024]?e[.\u2024]?|especially|including)\b/i;
/** Units of time that say how often or how long. */
const TIME_UNIT = '(?:days?|weeks?|weekly|months?|monthly|terms?|termly|years?|yearly|minutes?|mins?|hours?|hrs?|sessions?|lessons?|times?|daily|fortnights?|fortnightly|mornings?|afternoons?|lunchtimes?|breaks?)';
/** "not once a month", "once a month is not enough", "30 minutes", "every week", "twice a week please". */
const HOW_OFTEN = new RegExp(
  `^(?:(?:not|only|just|at\\s+least|more\\s+than|less\\s+than|about|around|for|and)\\s+)*(?:once|twice|three\\s+times|\\d+(?:\\s*-\\s*\\d+)?|one|two|three|four|five|half\\s+an?|an?|every|each|daily|weekly|monthly|termly|more\\s+often|less\\s+often|often|regularly)\\b(?:\\s+(?:a|an|per|every|each|times?|or|\\d+|other))*\\s*${TIME_UNIT}?\\b[^]*$`,
  'i',
);
/** A fragment about time only: no word of its own beyond time, amounts and judgement of them. */
const TIME_ONLY_WORDS =
  /^(?:not|but|only|just|at|least|more|less|than|about|around|for|and|once|twice|three|times?|\d+|one|two|three|four|five|half|an?|every|each|per|other|or|is|isnt|it|its|was|enough|too|much|little|long|short|often|regularly|please|pls|a|the|week|weeks|weekly|day|days|daily|month|months|monthly|term|terms|termly|year|years|yearly|minutes?|mins?|hours?|hrs?|sessions?|lessons?|fortnights?|fortnightly|mornings?|afternoons?|lunchtimes?|breaks?|hour|at\s+least|least|really|very|way|not\s+enough|need|needs|she|he|they|we|i)$/i;

function isTimeOnly(part: string): boolean {
  const words = part.toLowerCase().replace(/[^a-z0-9\s-]/g, ' ').split(/\s+/).filter(Boolean);
  return words.length > 0 && HOW_OFTEN.test(part.trim()) && words.every((w) => TIME_ONLY_WORDS.test(w)) && new RegExp(`\\b${TIME_UNIT}\\b`, 'i').test(part);
}

/** Whether this piece describes the support before it rather than naming support of its own. */
export function describesSupportBefore(part: string): boolean {
  return EXAMPLE.test(part.trim()) || isTimeOnly(part);
}

/** Joins examples and how-often pieces to the support they describe. */
export function joinFragments(parts: readonly string[]): string[] {
  const joined: string[] = [];
  for (const part of parts) {
    const before = joined.length - 1;
    if (before >= 0 && describesSupportBefore(part)) {
      // "Once a month is not enough" joins mid-sentence, so its capital goes unless it starts a name.
      const piece = /^[A-Z][a-z]/.test(part) ? part.charAt(0).toLowerCase() + part.slice(1) : part;
      joined[before] = `${joined[before]}, ${piece}`;
    } else joined.push(part);
  }
  return joined;
}

/** "e.g." and "i.e." are not the end of a sentence: hidden while the answer is cut into pieces. */
export function maskAbbreviations(text: string): string {
  return text.replace(/\b(e|i)\.(g|e)\./gi, (_m, a: string, b: string) => `${a}\u2024${b}\u2024`);
}

export function unmaskAbbreviations(text: string): string {
  return text.replace(/\u2024/g, '.');
}
