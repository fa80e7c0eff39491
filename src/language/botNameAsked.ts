import { asksWhatTheChatIs } from './aboutTheChat';
import { normaliseMessage } from './text';

/*
 * "are u a robot?? do u hav a name": questions about the bot itself, asked one after another. Each is
 * answered plainly (a computer program, called Outcomes Bot); none of it is ever an answer.
 */

/** "do u hav a name", "whats ur name", "what are you called", "have you got a name lol". */
const NAME_ASKED =
  /^(?:(?:and|so|ok|okay|wait|also|lol|haha\w*|um+)\s+)*(?:(?:do|d)\s+(?:you|u|ya)\s+(?:have|hav|hve|got)\s+a\s+name|(?:have|hav|got)\s+(?:you|u|ya)\s+(?:got\s+)?a\s+name|(?:what|wot|wat|whats|wots|wats)\s+(?:is\s+|s\s+)?(?:your|ur|yor|yur)\s+name|(?:what|wot|wat)\s+(?:are|r)\s+(?:you|u)\s+called|(?:whats|wots|wats)\s+(?:you|u)\s+called)(?:\s+(?:lol|haha\w*|then|tho|though))*$/;

export interface BotAsked {
  /** "are you real?" ('person', answered no) or "are you a bot?" ('computer', answered yes). */
  what: 'person' | 'computer' | null;
  /** Its name was asked. */
  name: boolean;
}

/** The questions about the bot when the whole message is only those; null otherwise. */
export function asksAboutTheBot(text: string): BotAsked | null {
  const pieces = text.split(/[?!.\n]+/).map((p) => p.trim()).filter((p) => /[a-z]/i.test(p));
  if (pieces.length === 0 || pieces.length > 3) return null;
  let what: BotAsked['what'] = null;
  let name = false;
  for (const piece of pieces) {
    const isWhat = asksWhatTheChatIs(piece);
    if (isWhat) what = isWhat;
    else if (NAME_ASKED.test(normaliseMessage(piece))) name = true;
    else return null;
  }
  return what || name ? { what, name } : null;
}
