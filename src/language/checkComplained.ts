import { concernByRules } from './concern';
import { CHILD_UNHARMED_SOURCE } from './deniedWorry';
import { normaliseMessage, sentencesOf } from './text';

/*
 * After an "Are you OK?" earlier in the chat, a parent or young person saying it was wrong: "i am fine. it was only
 * he fall in park. nobody hurt him. why you keep ask me this". Every sentence is one of: they are fine, harm denied,
 * an everyday accident, or why they are asked again. Nothing else may be said beside it, and no rule may read harm
 * in it ("nobody hurt him except his dad", "he fall because his dad push him" are read as ever).
 */

const FINE = /^(?:(?:no|yes|yeah|ok|okay)\s+)?(?:i|we|he|she|they)\s*(?:am|m|is|s|are|re)?\s+(?:(?:really|totally|all|very)\s+)?(?:fine|ok|okay|good|safe|alright|all\s+right|happy)(?:\s+(?:thank\s+you|thanks|really))?$|^(?:we\s+are|were)\s+(?:a\s+)?good\s+family$/;
/** An everyday accident, with nobody doing it: "it was only he fall in park", "he fell off the slide". */
const ACCIDENT =
  /^(?:(?:it\s+was|its|it\s+is|that\s+was)\s+(?:only|just)\s+|(?:only|just)\s+)?(?:he|she|they|i)\s+(?:fall|fell|falls|fallen|tripped|trip|slipped|slip|bumped|bump)(?:\s+(?:over|down|off))?(?:\s+(?:in|at|on|off)\s+(?:the\s+)?(?:park|playground|garden|slide|swings?|bike|scooter|stairs|nursery|school|home))?$/;
const UNHARMED = new RegExp(`^(?:and\\s+)?(?:${CHILD_UNHARMED_SOURCE})$`);
/** "why you keep ask me this", "why do you keep asking me that", "stop asking me this". */
const WHY_ASKED =
  /^(?:why|wy|y)\s+(?:do\s+|did\s+|are\s+)?(?:you|u)\s+(?:keep|keeps|always|still)\s+(?:ask|asks|asking|say|saying)(?:\s+(?:me|us))?(?:\s+(?:this|that|it|again|if\s+(?:i|we)\s+(?:am|m|are)\s+ok))*$|^(?:please\s+)?stop\s+(?:ask|asking)(?:\s+(?:me|us))?(?:\s+(?:this|that|it|again))*(?:\s+please)?$/;

/** Whether the message says an earlier check was wrong, and asks why they are asked again; nothing else beside it. */
export function complainsOfTheCheck(text: string): boolean {
  if (text.length > 300) return false;
  const pieces = sentencesOf(text)
    .flatMap((s) => s.split(/\s*[,;]\s*/))
    .map((s) => normaliseMessage(s))
    .filter(Boolean);
  if (pieces.length < 2 || !pieces.some((p) => WHY_ASKED.test(p))) return false;
  if (!pieces.some((p) => UNHARMED.test(p) || FINE.test(p))) return false;
  return pieces.every((p) => WHY_ASKED.test(p) || UNHARMED.test(p) || FINE.test(p) || ACCIDENT.test(p)) && !concernByRules(text);
}
