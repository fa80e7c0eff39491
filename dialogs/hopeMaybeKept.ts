import { hopesIn } from '../src/language/hopesInMessage';
import type { Reply } from './readReply';

/*
 * "maybe a vet nurse and maybe live with my mate": the open reply drops a leading "maybe", but when the message holds
 * several hopes each keeps its own, as typed, so the read-back says which are maybes. One hope alone ("maybe a vet")
 * is kept as before.
 */

const LEADING_MAYBE = /^\W*(maybe|perhaps|possibly)\s+/i;

/** The reply with the leading "maybe" put back when the message holds several hopes. */
export function withOwnMaybes(reply: Reply, typed: string): Reply {
  if (reply.kind !== 'content') return reply;
  const maybe = LEADING_MAYBE.exec(typed)?.[1];
  if (!maybe || LEADING_MAYBE.test(reply.text) || hopesIn(typed).length < 2) return reply;
  return { ...reply, text: `${maybe} ${reply.text}` };
}
