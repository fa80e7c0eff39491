import { readOnce } from './recentReadings';
import { normaliseMessage } from './text';

/*
 * Moving an answer the bot kept in the wrong place: "wait the baking thing was for the last
 * question", "the weighing thing isnt wat helps its another hard thing", "that was meant for the
 * question before". The words they kept are not changed; only where they belong.
 */

/** Where the answer belongs: the question before the one that kept it, or a kind of item. */
export type MoveTarget = 'previousQuestion' | 'need' | 'help' | 'hope' | 'restOfPrevious';

export interface MoveAsked {
  /** Words naming the answer ("baking"), '' for "that" or "it" (the answer just kept). */
  named: string;
  to: MoveTarget;
}

const SHORTHAND: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bwat\b|\bwot\b|\bwht\b/g, 'what'],
  [/\bisnt\b|\bis nt\b|\baint\b|\bwasnt\b|\bwas not\b/g, 'is not'],
  [/\bits\b|\bit s\b|\bthats\b|\bthat s\b|\bthat is\b/g, 'it is'],
  [/\bq\b|\bqn\b|\bquestion s\b/g, 'question'],
];

const LEAD = /^(?:(?:oh|oops|wait|hang on|hold on|sorry|soz|no|nah|um+|erm|ok|okay|actually|lol|omg|ah|uh|my bad|btw|also)\s+)*/;

/** "the baking thing", "baking", "that", "the weighing bit", "what i said about baking". */
const NAMED = String.raw`(?:(?:what i (?:said|put|wrote) about\s+)?(?:the\s+)?(?<named>[a-z0-9 ]{1,40}?)(?:\s+(?:thing|bit|one|stuff|answer))?|that|it|this|that one|this one)`;

/** "the last question", "the question before", "the one before", "the other question". */
const PREVIOUS_QUESTION = String.raw`(?:the\s+)?(?:(?:last|previous|other|earlier|first)\s+(?:question|one)|(?:question|one)\s+(?:before|above)(?:\s+(?:that|this|it))?)`;

const KINDS: ReadonlyArray<readonly [MoveTarget, RegExp]> = [
  ['need', /^(?:another\s+|a\s+|an\s+|one\s+more\s+)?(?:hard\s+thing|hard|thing that is hard|thing that makes it hard|problem|barrier|what makes it hard|what makes it harder|what is hard|thing i find hard|struggle)$/],
  ['help', /^(?:another\s+|a\s+)?(?:help|thing that helps|what helps|what works)$/],
  ['hope', /^(?:another\s+|a\s+|an\s+)?(?:hope|dream|goal)$/],
];

const FOR_PREVIOUS = new RegExp(String.raw`^${NAMED}\s+(?:is|was|were)\s+(?:meant\s+|supposed\s+to\s+be\s+)?(?:for|about|the answer (?:to|for))\s+${PREVIOUS_QUESTION}$`);
const MEANT_PREVIOUS = new RegExp(String.raw`^(?:i\s+(?:meant|said|put|wrote)\s+)${NAMED}\s+(?:for|about)\s+${PREVIOUS_QUESTION}$`);
/** "the weighing thing is not what helps it is another hard thing", "baking is not a help, it is a hope". */
const NOT_THIS_BUT = new RegExp(String.raw`^${NAMED}\s+is\s+not\s+(?:a\s+|an\s+)?(?:what helps|help|a help|hope|a hope|dream|goal|hard thing|a hard thing|problem|what makes it hard)\s+(?:it is|it should be|it goes (?:as|with)|but|but it is)\s+(?<kind>.+)$`);
/** "thats not hard thats what helps. the fit thing": the kind first, the answer named after it. */
const NOT_THIS_BUT_NAMED_AFTER = new RegExp(String.raw`^(?:it is\s+)?not\s+(?:a\s+)?(?:hard|hard thing|problem|help|what helps|hope|dream)\s+(?:it is|but it is|but)\s+(?<kind>what helps|a help|help|another hard thing|a hard thing|hard thing|a problem)\s+(?:the\s+)?(?<named>[a-z0-9 ]{1,40}?)\s+(?:thing|bit|one|stuff)$`);
/** "that was what makes it hard, not what works", "the noise bit is a hard thing not a help": the kind first, the wrong kind after "not". */
const KIND_NOT_OTHER = new RegExp(String.raw`^${NAMED}\s+(?:is|was|were)\s+(?:really\s+|actually\s+|meant to be\s+)?(?<kind>what makes it hard|what makes it harder|what is hard|a hard thing|another hard thing|hard thing|a problem|what helps|what works|a help|help)\s+(?:and\s+)?not\s+(?:a\s+|an\s+)?(?<other>what works|what helps|help|a help|what makes it hard|what is hard|hard thing|a hard thing|problem)$`);
const IT_IS_A = new RegExp(String.raw`^${NAMED}\s+(?:is|should be|goes as)\s+(?<kind>another\s+(?:hard thing|problem|help|hope|dream|goal))$`);

function plain(text: string): string {
  let said = normaliseMessage(text);
  for (const [re, to] of SHORTHAND) said = said.replace(re, to);
  return said.replace(LEAD, '').trim();
}

function namedIn(groups: Record<string, string | undefined> | undefined): string {
  const named = (groups?.named ?? '').trim();
  return /^(?:that|it|this|that one|this one|what i said|my answer|the answer)$/.test(named) ? '' : named;
}

/**
 * "wait that was the rest of the last one lol", "that goes with my last answer": the message just kept
 * finishes the answer before it, so the two are joined there.
 */
const REST_OF_PREVIOUS =
  /^(?:it is|that was|it was|this was|that one was|that|it)\s+(?:(?:was|is|were)\s+)?(?:meant to be\s+|supposed to be\s+|just\s+)?(?:the\s+)?(?:rest|end|other half|second half|other part|second part|last bit|part|continuation)\s+of\s+(?:the|my)\s+(?:last|previous|other|first)\s+(?:one|answer|message|msg|bit|thing|question)$|^(?:it is|that|it|this)\s+(?:goes|went|was meant to go|belongs)\s+(?:with|on the end of)\s+(?:the|my)\s+(?:last|previous|first)\s+(?:one|answer|message|msg|bit)$/;
const TAIL = /(?:\s+(?:lol|lmao|haha\w*|sorry|soz|oops|sry))+$/;

/** The message asks to move an answer the bot kept; null when it does not. */
export const readMoveAnswer = readOnce(readMoveAnswerAfresh);
function readMoveAnswerAfresh(text: string): MoveAsked | null {
  if (text.length > 200) return null;
  const said = plain(text);
  if (REST_OF_PREVIOUS.test(said.replace(TAIL, '').trim())) return { named: '', to: 'restOfPrevious' };
  const previous = said.match(FOR_PREVIOUS) ?? said.match(MEANT_PREVIOUS);
  if (previous) return { named: namedIn(previous.groups), to: 'previousQuestion' };
  // "its another hard thing" alone may answer "anything else?": only a named answer ("the weighing bit is ...") is moved.
  const named = said.match(IT_IS_A);
  const moved = said.match(NOT_THIS_BUT_NAMED_AFTER) ?? said.match(NOT_THIS_BUT) ?? said.match(KIND_NOT_OTHER) ?? (named && namedIn(named.groups) ? named : null);
  if (!moved) return null;
  const kindOf = (words: string | undefined) => KINDS.find(([, re]) => re.test((words ?? '').trim()))?.[0];
  const to = kindOf(moved.groups?.kind);
  // "it is help, not help" moves nothing: the kind said is the kind it was kept as.
  if (moved.groups?.other && kindOf(moved.groups.other) === to) return null;
  return to ? { named: namedIn(moved.groups), to } : null;
}
