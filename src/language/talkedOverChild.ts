import { normaliseMessage, sentencesOf } from './text';

/*
 * A parent at "how can people support him best?": "people always talk to me over his head and he hate it, he is
 * not baby". Grown-ups talking to the parent instead of the child, or treating the child as a baby, is rudeness
 * the plan can put right (talk to him, give him time), not harm; the classifier alone reads "always ... to me ...
 * he hate it" as bullying. Only these clauses are set aside; whatever else is said is read as usual, so
 * "... and the TA pushes him" or "other kids call him a baby every day" still count (name-calling by children
 * is never set aside here: only adults talking past him, or the parent's own "he is not a baby").
 */

const CHILD = '(?:him|her|them)';
const CHILD_SUBJECT = '(?:he|she|they)';
const OFTEN = '(?:(?:always|often|usually|still|just|sometimes|all|keep|keeps)\\s+)?';
const PEOPLE =
  '(?:people|everyone|everybody|adults|grown\\s*ups|they|staff|teachers?|doctors?|nurses?|therapists?|professionals|strangers|shop\\s+\\w+|(?:the\\s+)?(?:ta|tas|school|hospital|clinic)(?:\\s+staff)?|people\\s+at\\s+(?:school|the\\s+\\w+))';
const SPEAK = '(?:talk|talks|talking|talked|speak|speaks|speaking|spoke|ask|asks|asking|asked|answer|answers)';
const OVER_HEAD = `(?:over\\s+${'(?:his|her|their)'}\\s+head|about\\s+${CHILD}\\s+(?:in\\s+front\\s+of\\s+${CHILD}|like\\s+${CHILD_SUBJECT}\\s+(?:is|are|isnt|arent)\\s+(?:not\\s+)?(?:there|here|deaf)))`;
const NOT_CHILD = `(?:(?:and\\s+)?(?:not|instead\\s+of|rather\\s+than)\\s+(?:to\\s+)?(?:${CHILD}|\\w+))`;
const TIMES = '(?:\\s+(?:all\\s+the\\s+time|every\\s+time|a\\s+lot|alot|always))?';

/** Each clause that tells of grown-ups talking past the child, the whole clause. */
const CORE = [
  // "people always talk to me over his head", "the doctors speak to me not to him", "staff talk about her in front of her"
  `(?:and\\s+)?${PEOPLE}\\s+${OFTEN}${SPEAK}\\s+(?:(?:to|with)\\s+me(?:\\s+${OVER_HEAD}|\\s+${NOT_CHILD})?|${OVER_HEAD}|(?:to|with)\\s+me)${TIMES}`,
  // "talk to him not to me", "please speak to her, not me"
  `(?:please\\s+)?(?:talk|speak)\\s+(?:to|with)\\s+${CHILD}(?:\\s+(?:not|instead\\s+of)\\s+(?:to\\s+)?me)?`,
  `(?:and\\s+)?(?:not|instead\\s+of)\\s+(?:to\\s+)?me`,
  // "he is not baby", "she is 8 not a baby", "treat him his age", "dont talk to her like a baby"
  `(?:and\\s+)?${CHILD_SUBJECT}\\s+(?:is|are|s)\\s+(?:\\d+\\s+)?(?:not|no)\\s+(?:a\\s+)?(?:baby|babies|toddler|little\\s+kid)`,
  `(?:please\\s+)?(?:dont|do\\s+not|never)\\s+(?:talk\\s+to|speak\\s+to|treat)\\s+${CHILD}\\s+like\\s+(?:a\\s+)?(?:baby|babies|toddler|little\\s+kid)`,
  `(?:please\\s+)?treat\\s+${CHILD}\\s+(?:his|her|their)\\s+age`,
  // "dont say oh bless him"
  `(?:please\\s+)?(?:dont|do\\s+not|never)\\s+say\\s+(?:oh\\s+|aw+\\s+)?bless\\s+${CHILD}`,
];
/** How the child feels about it: set aside only beside a clause above ("my uncle touches her. she hates it" is read whole). */
const FEELINGS = [
  // "and he hate it", "she hates that", "it makes him cross"
  `(?:and\\s+|but\\s+|so\\s+)?${CHILD_SUBJECT}\\s+(?:really\\s+|so\\s+)?(?:hates?|hated|doesnt\\s+like|dont\\s+like|does\\s+not\\s+like)\\s+(?:it|that|this)`,
  `(?:and\\s+)?(?:it|that|this)\\s+(?:makes?|make)\\s+${CHILD}\\s+(?:so\\s+|really\\s+)?(?:cross|angry|upset|sad|mad|frustrated)`,
];
const ANY = `(?:${[...CORE, ...FEELINGS].join('|')})`;
const CORE_CLAUSE = new RegExp(`^(?:${CORE.join('|')})$`);
/** The clauses, alone or run on without commas ("... over his head and he hate it he is not baby"). */
const CLAUSES = new RegExp(`^${ANY}(?:\\s+${ANY})*$`);
const CORE_SAID = new RegExp(`(?:^|\\s)(?:${CORE.join('|')})(?=\\s|$)`);

/**
 * The parent's message without its clauses about grown-ups talking past the child (see above), or null when there
 * are none. Clauses are cut at sentence ends and commas; the rest is kept in order.
 */
export function withoutTalkedOverChild(text: string): string | null {
  if (text.length > 600) return null;
  const pieces = sentencesOf(text).flatMap((s) => s.split(/\s*[,;]\s*/));
  const over = pieces.map((p) => normaliseMessage(p)).map((plain) => plain !== '' && CLAUSES.test(plain));
  const core = pieces.some((p, i) => over[i] && (CORE_CLAUSE.test(normaliseMessage(p)) || CORE_SAID.test(normaliseMessage(p))));
  return core ? pieces.filter((_, i) => !over[i]).join('. ') : null;
}
