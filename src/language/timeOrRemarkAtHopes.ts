import { readAside } from './aside';
import { readBotChat } from './botChat';
import { onlyChatter } from './chatter';
import type { CoachContext } from './coaching';
import { onlyATime } from './onlyATime';
import { foldCase } from './text';

/*
 * Typed at the hopes question, some messages are no hope at all: a time on its own ("in a year",
 * "by next summer", "one day") or talk to the bot ("are you a robot", "what do you mean", "lol").
 * The reader says so; what the bot then does is the dialog's business. Each rule covers the whole
 * message, so "go to college next year" or "be a vet one day" stays a hope.
 */

/** Times with no date: "soon", "one day", "later on". */
const LOOSE_TIME = /^(?:(?:maybe|probably|hopefully|i\s+think|i\s+guess)\s+)?(?:soon|later|later\s+on|one\s+day|some\s*day|eventually|in\s+a\s+bit|in\s+a\s+while|in\s+the\s+future|in\s+a\s+few\s+years)$/;

/** A time alone or a remark to the bot, not a hope. */
export function isTimeOrRemark(text: string, context: CoachContext): boolean {
  const plain = foldCase(text).replace(/[.!?]+$/, '').trim();
  if (!plain) return true;
  if (LOOSE_TIME.test(plain) || onlyATime(text, context)) return true;
  return readBotChat(text) !== null || readAside(text) !== null || onlyChatter(text);
}
