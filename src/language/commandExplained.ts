import { RecentReadings } from './recentReadings';
import { normaliseMessage } from './text';

/*
 * "back. i did not mean to skip the last one", "undo that was wrong", "oops wrong one go back":
 * the back command said with why. The why is about the chat (a mistake, a wrong tap, the last
 * question), never an answer, so the whole message is the command and nothing of it is kept.
 * "back pain", "back to school is hard" and "go back to swimming club" stay answers: the command
 * must stand apart from the other words, and those words must say why.
 */

/** The command at the start: "back", "go back", "undo", after "wait", "oops", "sorry". */
const LEAD = /^(?:(?:wait|oops|whoops|sorry|soz|no|nah|oh|um+|erm|ok|okay|hang on|hold on)\s+)*(?:go\s+back|back|bak|undo|take\s+me\s+back|previous\s+question)(?:\s+(?:please|pls|one|a\s+step|a\s+question))*/;
/** The command at the end: "... go back", "... undo please". */
const TAIL = /(?:^|\s)(?:(?:can\s+(?:we|i|you)|please|pls|so|just)\s+)*(?:go\s+back|back|undo|take\s+me\s+back)(?:\s+(?:please|pls|one|a\s+step|a\s+question))*$/;
/** Words that start a clause of their own after the command ("back i want to ..."): the command stands apart. */
const CLAUSE_START = /^(?:i|im|i m|ive|id|that|thats|that s|this|it|its|it s|sorry|soz|please|pls|wait|oops|cos|coz|cuz|because|my|wrong|didnt|did not|dont|not|no|i\s+did|meant|mistake)\b/;
/** Why they go back: a mistake, a wrong tap, the question before. */
const REASON =
  /\b(?:mistakes?|wrong|rong|meant|mean|typo|pressed|press|clicked|click|tapped|tap|skip\w*|last\s+(?:one|question|answer|bit)|one\s+before|question\s+before|change\s+(?:it|that|my|the)|fix|didnt|did\s+not|didn\s+t|accident\w*|my\s+bad|by\s+mistake|misread|answer\s+again)\b/;

/** The back command said with why it is wanted; false for anything with an answer in it. */
export function backWithReason(text: string): boolean {
  if (text.length > 160) return false;
  return backsRead.read(text, () => backWithReasonAfresh(text));
}

/** Read by the command reader and again before the open question's own reading: once a message. */
const backsRead = new RecentReadings<boolean>();

function backWithReasonAfresh(text: string): boolean {
  const raw = text.toLowerCase().replace(/[\u2018\u2019']/g, '');
  const said = normaliseMessage(text);
  const lead = LEAD.exec(said);
  if (lead) {
    const rest = said.slice(lead[0].length).trim();
    if (!rest) return false;
    // "back. i did not ..." or "back, i pressed ...": punctuation parts them; "back i want to ..." starts a clause.
    const leadRaw = new RegExp(`^[^a-z]*${lead[0].trim().split(/\s+/).join('[^a-z]+')}\\s*[.!?,;:-]`).test(raw);
    if ((leadRaw || CLAUSE_START.test(rest)) && (REASON.test(rest) || /^(?:sorry|soz|oops|my bad)$/.test(rest))) return true;
  }
  const tail = TAIL.exec(said);
  if (tail) {
    const before = said.slice(0, tail.index).trim();
    if (before && REASON.test(before) && before.split(/\s+/).length <= 12) return true;
  }
  return false;
}
