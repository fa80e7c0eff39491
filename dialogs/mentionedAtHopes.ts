import type { ChatTalk } from '../src/language/chatTalk';
import { mentionedIsHard } from '../src/language/mentionedBeside';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import type { ChatHost } from './chatHost';
import { hardKeptWords, keepHardThings } from './hardSaidAtHopes';
import type { Position } from './journey';
import { sayAll } from './say';
import type { JourneySession } from './session';

/*
 * "can i mention his eating? he only eats pasta" where a hope is asked for: yes, and what they say
 * beside the question is a hard thing, kept with the hard things for the needs questions. It is
 * never a hope, and they are not asked to say it again later.
 */

const MENTION_YES = 'common:chatTalk.shouldMentionYes';

/** The turn's result when a "can I mention ...?" came with the thing itself at a hopes question; otherwise undefined. */
export async function keepMentionedAtHopes(inner: DialogContext, host: ChatHost, session: JourneySession, at: Position, talk: ChatTalk): Promise<DialogTurnResult | undefined> {
  if (at.stage !== 'hopes' || talk.complaint || talk.topics.length !== 1 || talk.topics[0] !== 'shouldMention') return undefined;
  const beside = (talk.answer || talk.short || '').trim();
  // "can i mention his football? he wants to play for a team": a hope, read as the hopes question reads one.
  if (!beside || !mentionedIsHard(beside)) return undefined;
  const draft = await keepHardThings(session, [beside], []);
  await sayAll(inner.context, session.t, [{ key: MENTION_YES }, hardKeptWords(draft)]);
  return host.reprompt(inner);
}
