import { foldCase } from './text';

/*
 * How everyone will know is something people could see: "she reads a book to me every night", not
 * "confidence i think" or "you'd just see it". A feeling or a shrug gets one question that makes it
 * something seen, and hedges ("i think", "maybe") are not kept in the stored measure.
 */

/** Hedges at the start or end of a measure, which say how sure the person is, not what is seen. */
const HEDGE_START = /^(?:(?:i\s+think|i\s+guess|i\s+suppose|i\s+reckon|i\s+hope|maybe|probably|possibly|perhaps|hopefully|idk|i\s+dunno|dunno|i\s+don'?t\s+know|not\s+sure|um+|erm+|hmm+|well|like|just|tbh|so|ok|okay)[\s,.!-]+)+/i;
const HEDGE_END = /(?:[\s,.!-]+(?:i\s+think|i\s+guess|i\s+suppose|i\s+reckon|i\s+hope|maybe|probably|perhaps|hopefully|idk|i\s+dunno|dunno|not\s+sure|or\s+something|or\s+so|tbh|lol))+[\s.!?]*$/i;

/** The measure without the hedges around it ("confidence i think" -> "Confidence"). */
export function withoutHedges(text: string): string {
  const trimmed = text.trim();
  const bare = trimmed.replace(HEDGE_END, '').replace(HEDGE_START, '').trim();
  if (!bare) return trimmed;
  return bare === trimmed ? bare : bare.charAt(0).toUpperCase() + bare.slice(1);
}

/** Feelings and judgements: felt inside or said about someone, not seen them doing. */
const FEELING =
  /^(?:(?:more|less|a\s+lot|much|really|very|so|be|being|feel|feels|feeling|seem|seems|look|looks|more\s+of\s+a)\s+)*(?:confidence|confident|happy|happier|happiness|proud|pride|better|calm|calmer|good|fine|ok|okay|alright|relaxed|independent|independence|settled|less\s+anxious|less\s+worried|less\s+stressed|improvement|improved|progress|success|successful|it|that|everything)$/;
/** "she'll be happy", "he would feel better", "i'd be more confident". */
const SOMEONE_FEELS =
  /^(?:(?:i|he|she|they|we|you|[a-z]+)\s*(?:'ll|'d|ll|d|\s+will|\s+would|\s+is|\s+are|\s+am|'s|s)?\s+)(?:(?:be|feel|seem|look|become|get)\s+)?(?:(?:more|less|a\s+lot|much|really|very|so)\s+)*(?:confident|happy|happier|proud|better|calm|calmer|good|fine|ok|okay|relaxed|settled|independent)$/;
/** "you'd see it", "you would just know", "we'll notice", "everyone will know". */
const YOU_WOULD_KNOW =
  /^(?:(?:you|we|they|people|everyone|everybody|i|u)\s*(?:'d|d|'ll|ll|\s+would|\s+will|\s+could|\s+can)?\s+(?:just\s+)?(?:see|know|notice|tell)(?:\s+(?:it|that|the\s+difference|a\s+difference|by\s+looking))?|(?:it\s+would\s+be\s+|it'?s\s+)?obvious|(?:by\s+)?seeing\s+it|(?:you\s+)?can\s+see)$/;

/** A measure that names a feeling or a shrug, nothing anyone could see them do. */
export function isVagueMeasure(text: string): boolean {
  const plain = foldCase(withoutHedges(text)).replace(/[\u2018\u2019]/g, "'").replace(/[.!?,]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!plain) return true;
  return FEELING.test(plain) || SOMEONE_FEELS.test(plain) || YOU_WOULD_KNOW.test(plain);
}

/** "i do it", "i can do it", "when i done it", "by doing it": doing it, with no one who sees it and no how often. */
const BARE_DOING =
  /^(?:(?:when|once|if|cos|coz|cause|cuz|because|bc|by|after)\s+)?(?:(?:i|he|she|they|we|[a-z]+)\s*(?:'ll|ll|'d|d|'ve|ve|\s+will|\s+would|\s+can|\s+could|\s+have|\s+has)?\s+)?(?:just\s+|actually\s+|finally\s+|really\s+)?(?:do|does|did|done|doing|manage|manages|managed)\s+(?:it|that|this|them)$/;

/** Doing it said alone: a start, which needs who would see it and how often to be checked. */
export function isBareDoing(text: string): boolean {
  const plain = foldCase(withoutHedges(text)).replace(/[\u2018\u2019]/g, "'").replace(/[.!?,]+/g, ' ').replace(/\s+/g, ' ').trim();
  return BARE_DOING.test(plain);
}

/** Words that say nothing about what is seen: who, "will", "be able to", small words. */
const GOAL_FILLER = new Set(
  'i im i\'m ill i\'ll id i\'d me my myself he she they we his her their him them it its a an the to of and n or for on in at by with will would can could be able get got going gonna want wanna should shall do did done have has had am is are was were just really also so then that this thing things stuff something'.split(' '),
);
/** What makes a measure something seen: a count, a person who sees, a thing that shows it, time in a row. */
const SEEN_CUE =
  /\b(?:\d+|once|twice|every|each|times?|days?|weeks?|row|without|no\s+help|on\s+(?:my|his|her|their)\s+own|by\s+(?:my|him|her|them)sel(?:f|ves)|see|sees|seen|notice|tell|tells|says?|sign\w*|tick\w*|certificate|badge|report|record\w*|chart|log|photo|video|register|attendance|grade|mark|score|result|pass\s+mark|teacher|tutor|mum|dad|staff|coach|boss|manager)\b/;

function contentWords(text: string): string[] {
  return foldCase(text)
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !GOAL_FILLER.has(w))
    .map((w) => w.replace(/(?:ing|ed|es|s)$/, ''));
}

/**
 * "i will pass level 1 catering" asked how everyone will know "pass my level 1 catering and get on
 * level 2": the goal said again, nothing anyone would see. True when every word of the measure
 * that means something is in the goal and it names no count, no one who sees and nothing that shows.
 */
export function repeatsTheGoal(measure: string, goal: string): boolean {
  const said = contentWords(measure);
  if (said.length === 0) return false;
  if (SEEN_CUE.test(foldCase(measure).replace(/\blevel\s+\d+\b/g, 'level'))) return false;
  const inGoal = new Set(contentWords(goal));
  return said.every((w) => inGoal.has(w));
}
