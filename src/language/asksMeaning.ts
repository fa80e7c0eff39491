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
