/*
 * "im just saying its not abuse", "I'm not saying it's abuse": a parent saying what they told is not abuse, read on the
 * raw text so the clause's own ends bound it. Only the whole clause is set aside (from a sentence start or a comma to a
 * sentence end or a comma), and only when every word in it is one of the few below: "he hits him but its not abuse",
 * "its not abuse when he touches me" and "its not abuse, he hits him" are still read as ever, the last by its other clause.
 */

/** Words that may open the clause: a joining word or "im just saying", each from an allow-list, at most three. */
const LEAD =
  "(?:(?:but|and|so|well|look|honestly|no|yes|yeah|ok|okay|anyway|i[ \\t]+mean|(?:i['’]?m|i[ \\t]+am)[ \\t]+(?:just[ \\t]+|only[ \\t]+)?saying(?:[ \\t]+that)?|all[ \\t]+(?:i['’]?m|i[ \\t]+am)[ \\t]+saying[ \\t]+is)[ \\t]+){0,3}";

/** "it's not", "that isn't", "this wasn't". */
const IS_NOT = "(?:it|this|that)(?:['’]?s[ \\t]+not|[ \\t]+(?:is|was)[ \\t]+not|[ \\t]+(?:isn['’]?t|wasn['’]?t|ain['’]?t))";

/** "I'm not saying it's", "im not saying that is". */
const NOT_SAYING = "(?:i['’]?m|i[ \\t]+am)[ \\t]+not[ \\t]+saying[ \\t]+(?:that[ \\t]+)?(?:it['’]?s|it[ \\t]+is|it[ \\t]+was|this[ \\t]+is|that['’]?s|that[ \\t]+is)";

/** Words that may close the clause. */
const TAIL = '(?:[ \\t]+(?:at[ \\t]+all|though|tho|either|obviously|or[ \\t]+anything|lol))?';

const NOT_ABUSE = new RegExp(
  `(?<=^|[.!?,;\\n])[ \\t]*${LEAD}(?:${IS_NOT}[ \\t]+(?:really[ \\t]+|actually[ \\t]+|like[ \\t]+)?|${NOT_SAYING}[ \\t]+)(?:abuse|abusive)${TAIL}[ \\t]*(?=[.!?,;\\n]|$)`,
  'gi',
);

/** The raw text with a clause that only says "it's not abuse" set aside. */
export const withoutNotAbuseSaid = (raw: string): string => raw.replace(NOT_ABUSE, ' . ');
