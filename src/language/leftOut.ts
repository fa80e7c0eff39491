import { foldCase } from './text';

/*
 * Being left out by others: "he gets left out at play cos he cant keep up", "nobody plays with her
 * at break", "he cant join in the games". Whatever the cause said beside it (a body that tires,
 * talk, learning), the hard thing is getting on with others: social, emotional and mental health,
 * friends, never health.
 */

const LEFT_OUT = new RegExp(
  String.raw`\b(?:(?:gets?|getting|got|feels?|feeling|felt|is|was|always|being)\s+left\s+out|leaves?\s+(?:him|her|them|me)\s+out|left\s+out\s+(?:of|at|in|by)|(?:no\s*one|nobody|noone|no\s+kids?|no\s+children)\s+(?:(?:wants?|will|ever)\s+(?:to\s+)?)?(?:to\s+)?plays?\s+with|(?:plays?|playing|sits?|sitting|on\s+(?:his|her|their|my)\s+own)\s+(?:alone\s+|by\s+(?:him|her|my|them)sel(?:f|ves)\s+)?(?:at|in)\s+(?:play|playtime|break|breaktime|lunch|lunchtime|the\s+playground)|(?:cant|can\s*not|cannot|doesnt|does\s+not|never|wont|isnt\s+able\s+to)\s+join\s+in|(?:feels?|is)\s+(?:isolated|excluded)|(?<!\bor\s)(?:they|the\s+others|other\s+kids|other\s+children)\s+(?:wont|dont|do\s+not|never)\s+let\s+(?:him|her|them|me)\s+(?:play|join)|no\s+friends\s+to\s+play)\b`,
);

/** The words say the person is left out by others. */
export function saysLeftOut(text: string): boolean {
  return LEFT_OUT.test(foldCase(text).replace(/[\u2018\u2019']/g, ''));
}
