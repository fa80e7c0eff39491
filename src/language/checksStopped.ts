import { declinesTheNumbers } from './numbersDeclined';
import { normaliseMessage } from './text';

/** What the bot keeps checking, as people name it: "if im ok", "the nspcc thing", "the safety stuff". */
const CHECKING = String.raw`(?:(?:if|whether|are|r|am|is|how)\s+(?:im|i\s+am|i\s+m|we\s+are|were|we\s+re|were\s+all|hes|he\s+is|shes|she\s+is|u\s+are|you\s+are|i)\s*(?:ok|okay|alright|all\s+right|safe|fine)|(?:me|us)\s+(?:if|whether)\s+(?:im|i\s+am|we\s+are|were|hes|shes)\s+(?:ok|okay|alright|safe|fine)|about\s+(?:me|us|my\s+safety|safety|being\s+safe)|(?:the|that|this|ur|your|all\s+the|all\s+this|all\s+that)\s+(?:nspcc|childline|safeguarding|safety|helpline|help\s*line|are\s+you\s+ok|are\s+u\s+ok|r\s+u\s+ok|checking|check\s*ins?|worry|worried|crisis)(?:\s+(?:thing|stuff|bit|business|messages?|questions?|lines?|numbers?|checks?))?|(?:checking|check\s+in(?:g)?)\s+(?:on|up\s+on)\s+(?:me|us)|(?:are\s+(?:you|u)|r\s+u)\s+(?:ok|okay|safe)(?:\s+(?:thing|stuff|questions?|messages?|checks?))?)`;

/**
 * "stop asking if im ok", "pls stop with the nspcc thing", "im fine stop", "i said we're fine, stop
 * asking": the person has said they are OK and wants the checking to stop. Never "stop" alone (the
 * command to save and leave), nor "stop asking him to tidy up" said about the plan.
 */
const STOP_CHECKING = new RegExp(
  String.raw`\b(?:(?:stop|quit|pack\s+in|enough\s+(?:of|with)|no\s+more|dont\s+keep|do\s+not\s+keep|you\s+dont\s+need\s+to\s+keep|u\s+dont\s+need\s+to\s+keep|no\s+need\s+to\s+keep)\s+(?:with\s+|on\s+about\s+|going\s+on\s+about\s+)?(?:asking|checking|saying|bringing\s+up|going\s+on\s+about|on\s+about|asking\s+me|asking\s+us|with)?\s*${CHECKING})`,
  'g',
);
/**
 * Someone other than the bot doing the checking, named just before "stop": "my dad wont stop checking
 * on me", "i told him to stop asking if im ok". That is about their life, not a request to the bot;
 * "can you stop", "i wish you would stop" stay requests.
 */
const SOMEONE_ELSE_BEFORE_STOP = /(?:^|\s)(?!(?:you|u|ya)\s)\w+\s+(?:(?:just|really|still|even)\s+)?(?:wont|won\s+t|will\s+not|doesnt|does\s+not|didnt|did\s+not|never|cant|cannot|can\s+not|wouldnt|would\s+not|couldnt|could\s+not|should|shouldnt|to|will|would|can|could|did|does|dont|do\s+not|has\s+to|have\s+to)\s+$/;

/** A "stop checking" that is said to the bot, not about someone else who keeps checking. */
function asksTheBotToStop(said: string): boolean {
  return [...said.matchAll(STOP_CHECKING)].some((found) => !SOMEONE_ELSE_BEFORE_STOP.test(said.slice(Math.max(0, found.index - 40), found.index)));
}
/** "im fine stop", "we're ok, stop", "i said im fine!! stop": fine, then stop, with nothing else. */
const FINE_STOP = /^(?:(?:i\s+said\s+|honestly\s+|seriously\s+|really\s+|yes\s+|yeah\s+|ye\s+|no\s+)?(?:im|i\s+am|i\s+m|we\s+are|were|we\s+re|hes|he\s+is|shes|she\s+is|all)\s+(?:fine|ok|okay|alright|all\s+right|safe|good)(?:\s+(?:honestly|really|thanks|thank\s+you|now))?\s+(?:so\s+)?(?:please\s+|pls\s+|plz\s+|just\s+)?stop(?:\s+(?:it|now|please|pls|asking|checking))?)$/;

/**
 * Whether the message asks the bot to stop checking that they are OK, or to stop giving the help
 * lines: then it is heard, the same worry is not asked about again, and the open question comes back.
 */
export function asksToStopChecking(text: string): boolean {
  if (text.length > 200) return false;
  const said = normaliseMessage(text);
  return asksTheBotToStop(said) || FINE_STOP.test(said) || declinesTheNumbers(text);
}
