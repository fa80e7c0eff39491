import { isSupportAnswer } from './changeAsked';
import { stepWithCondition, type CoachContext } from './coaching';
import { keySentence } from './keySentence';
import { saysAHopeBesideHelp } from './hopeBesideHelp';
import { isTimeOrRemark } from './timeOrRemarkAtHopes';
import { namesAJobAlone } from './jobNamed';
import { jobAlternatives } from './jobAlternatives';

/* What the coaching does with an answer at the hopes question: a hope, support said as a hope, or no hope at all. */

/** 'not_a_hope': a time alone or talk to the bot ("in a year", "are you a robot"), never kept as a hope. */
export type HopeAction = 'aspiration' | 'support_as_hope' | 'not_a_hope';

/**
 * "deaf club saturday with friends", "want keep go": time with friends, or carrying on with something
 * the person already does, is their own life, even when it is a club or a group.
 */
const WITH_FRIENDS = /\bwith\s+(?:my\s+|his\s+|her\s+|their\s+|our\s+)?(?:friends|mates|pals|bestie|best\s+friends?)\b/i;
const KEEP_GOING = /\b(?:want|wants|wanna|like|hope)\s+(?:to\s+)?(?:keep|carry\s+on|still)\s+(?:go|going|goes|doing|do|seeing|see|being|be)\b/i;
/**
 * "for people to believe hes not thick", "everyone to see how bright she is": how the world sees
 * them is their own life, a hope, not help someone gives ("teachers to check he understood" is help).
 */
const SEEN_BY_ALL =
  /^(?:(?:and|also|plus|oh|so)[\s,]+)*(?:(?:i|we)\s+(?:just\s+|really\s+)?(?:want|would\s+like|'d\s+like|d\s+like|wish|hope)\s+)?(?:for\s+)?(?:other\s+)?(?:people|everyone|everybody|others|the\s+world|society)\s+to\s+(?:(?:actually|really|just|finally|stop\s+and)\s+)?(?:believe|see|know|realise|realize|accept|respect|value|treat|recognise|recognize|stop\s+(?:thinking|seeing|treating|calling))\b/i;

/** A hope that is really support ("more help in class", "a laptop") is asked about before it is kept. */
/** A home of one's own: "my own flat", "my own adapted flat", "a flat of my own". */
const OWN_HOME = /\b(?:own\s+(?:\w+\s+)?(?:flat|house|home|bungalow)|(?:flat|house|home|bungalow)\s+of\s+my\s+own)\b/i;

export function coachHope(text: string, context: CoachContext = { today: new Date().toISOString().slice(0, 10) }): HopeAction {
  if (isTimeOrRemark(text, context)) return 'not_a_hope';
  // "I will pass my maths if I have a tutor" is a hope; the tutor is how it is helped.
  if (stepWithCondition(keySentence(text)) ?? stepWithCondition(text)) return 'aspiration';
  if (saysAHopeBesideHelp(text, isSupportAnswer)) return 'aspiration';
  // "a chef", "a mechanic": a job named alone is the job they want, never help they are given.
  if (namesAJobAlone(text)) return 'aspiration';
  // "nurse or maybe care work": jobs named either-or are jobs they want, even one that may be help alone.
  if (jobAlternatives(text)) return 'aspiration';
  if (WITH_FRIENDS.test(text) || KEEP_GOING.test(text) || SEEN_BY_ALL.test(text.trim())) return 'aspiration';
  // "my own adapted flat with PAs": a home of their own is the hope; the help named with it is how it works.
  if (OWN_HOME.test(text)) return 'aspiration';
  return isSupportAnswer(keySentence(text)) || isSupportAnswer(text) ? 'support_as_hope' : 'aspiration';
}
