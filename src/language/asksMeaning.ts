import { commandCore } from './commands';

/*
 * "help", "i need help", "how does this work" ask for help with the chat: the list of things they
 * can say is wanted. "wat u mean", "huh", "i dont get it", "what does that mean" ask what the open
 * question means: the answer is the question explained in a sentence or two with an example,
 * without that list.
 */

const ASKS_FOR_HELP =
  /^(?:(?:i\s+)?(?:need|want)\s+)?(?:some\s+)?(?:help|hlep|halp|sos|instructions|how\s+does\s+(?:this|it)\s+work|what\s+can\s+i\s+(?:say|do|type)|what\s+are\s+(?:the\s+)?commands)(?:\s+(?:me|please|pls|plz))*$|^(?:can|could)\s+(?:you|u)\s+help(?:\s+me)?(?:\s+(?:please|pls|plz))?$/;

/** Whether a message asks for help with the chat (then the list of commands is given too). */
export function asksForHelpWithTheChat(text: string): boolean {
  return ASKS_FOR_HELP.test(commandCore(text));
}

/** "idk what that means", "what do you mean?", "i don't get it", "huh?": the question itself was not clear. */
const WHAT_IT_MEANS =
  /\b(?:what\s+(?:does|do|is)\s+(?:that|this|it|u|you)\s+mean|what\s+(?:do\s+)?(?:you|u)\s+mean|(?:idk|dunno|don'?t\s+know|not\s+sure)\s+what\s+(?:that|this|it|u|you)\s+means?|(?:don'?t|do\s+not|dont)\s+(?:understand|get\s+it|get\s+what)|confus(?:ed|ing)|makes?\s+no\s+sense|explain)\b|^(?:huh|what|eh|wot|wdym)\s*\??$/i;

export function asksWhatItMeans(text: string): boolean {
  return WHAT_IT_MEANS.test(text.trim().replace(/[\u2018\u2019]/g, "'"));
}
