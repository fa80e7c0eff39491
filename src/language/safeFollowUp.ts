import { DONE_TO_THEM, HARM_OR_FEAR } from './safeButHard';
import { normaliseMessage } from './text';

/*
 * The one soft question after a safety answer that was not a plain yes: "Is there a place or a
 * time when you don't feel safe?" after "mostly", or "Does anyone or anything make you feel
 * unsafe?" after a need said beside a yes. Both ask the same thing, so one reading serves both:
 * nowhere and nothing, somewhere or something, or rather not say.
 */

export const SafeFollowUpAnswer = { none: 'none', some: 'some', ratherNotSay: 'ratherNotSay' } as const;
export type SafeFollowUpAnswer = (typeof SafeFollowUpAnswer)[keyof typeof SafeFollowUpAnswer];

const RATHER_NOT = /\b(?:rather\s+not|prefer\s+not|(?:dont|do\s+not|dont\s+really)\s+want\s+to\s+(?:say|talk|answer)|not\s+saying|(?:none\s+of|not)\s+your\s+business|pass|private)\b/;

/** "no", "not really", "nowhere", "im ok", "no its the noise", "cant think of any": no place, no time, no one. */
const NONE =
  /^(?:(?:um+|erm|well|hmm+|honestly|tbh)\s+)*(?:no+|nope|nah+|na|not\s+really|no\s+not\s+really|nothing|none|nowhere|no\s+where|no\s+one|nobody|not\s+that\s+i\s+(?:can\s+think\s+of|know)|not\s+as\s+far\s+as\s+i\s+know|(?:i\s+)?cant\s+think\s+of\s+(?:any|one|anything|anywhere)|(?:i\s+)?dont\s+think\s+so|(?:im|i\s+am|i\s+feel)\s+(?:ok|okay|fine|good|alright|safe)|(?:its|it\s+is|thats)\s+(?:fine|ok|okay|all\s+good|alright)|its\s+not\s+that|all\s+good|fine|ok|okay|alright)\b/;

/** Words that take back a "no": "no but at school sometimes". */
const BUT = /\b(?:but|except|apart\s+from|only|unless)\b/;

/** A yes, a maybe, or a place, a time or a person named: there is somewhere or something. */
const SOME =
  /\b(?:yes|yeah+|yeh|yea|ye|yep|yup|yh|maybe|possibly|i\s+think\s+so|there\s+is|there\s+might\s+be|sometimes|sumtimes|somtimes|kind\s+of|kinda|sort\s+of|a\s+bit|a\s+little|at\s+times|now\s+and\s+then|school|college|home|online|internet|bus|park|street|town|outside|night|dark|when|if|people|someone|some\s+people|kids|boys|girls|dad|mum|brother|sister|teacher|not\s+(?:safe|always))\b/;

/**
 * A hope or a plan said again ("hair and beauty at college like i said", "i want to go to college"):
 * a place named inside a wish is where they want to be, not where they feel unsafe.
 */
const WISH =
  /\b(?:like\s+i\s+said|i\s+(?:want|wanna|would\s+like|d\s+like|hope)\s+to|i\s+want\s+(?:a|an|my)|wanna|want\s+to\s+(?:do|go|be|get|study|learn|work)|one\s+day|when\s+im\s+older|my\s+dream|i\s+meant\s+(?:i\s+)?(?:want|wanna|like))\b/;

/** Said outright: not safe, scared, worried, unsafe. A wish with any of these is still somewhere. */
const UNSAFE_SAID = /\b(?:not\s+safe|unsafe|scared|scary|frightened|afraid|worried|worry|nervous|anxious)\b/;

/** A hope or plan said at the follow-up, with nothing about feeling unsafe in it. */
export function saysAWish(text: string): boolean {
  const said = normaliseMessage(text);
  return WISH.test(said) && !UNSAFE_SAID.test(said) && !HARM_OR_FEAR.test(said);
}

/** What an answer to the soft follow-up means; undefined when it cannot be told. */
export function readSafeFollowUp(text: string): SafeFollowUpAnswer | undefined {
  const said = normaliseMessage(text);
  if (!said) return undefined;
  if (RATHER_NOT.test(said)) return SafeFollowUpAnswer.ratherNotSay;
  if (NONE.test(said) && !BUT.test(said)) return SafeFollowUpAnswer.none;
  if (saysAWish(said)) return undefined;
  // "the toilets in the science block, i get cornered there": something done to them at a place.
  if (SOME.test(said) || HARM_OR_FEAR.test(said) || DONE_TO_THEM.test(said)) return SafeFollowUpAnswer.some;
  return undefined;
}
