import { recogniseCommand } from '../src/language/commands';
import { MESSAGES_PER_CONVERSATION } from '../src/security/activityCaps';

/** Messages the person has sent in this conversation, kept with the conversation's data. */
export interface MessageCount {
  messages?: number;
}

/**
 * Counts one message against the cap on what one conversation stores. Past the cap only "stop" is
 * still heard, so the person leaves with their code.
 */
export function overMessageCap(count: MessageCount, text: string): boolean {
  count.messages = (count.messages ?? 0) + 1;
  return count.messages > MESSAGES_PER_CONVERSATION && recogniseCommand(text) !== 'stop';
}
