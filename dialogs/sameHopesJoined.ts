import type { DialogContext, DialogTurnResult } from './dialogKit';
import { mergeHopeInto } from '../src/domain/draft';
import { hopesSaidSame } from '../src/language/sameHopes';
import { quoteHopeIn } from '../src/language/hopeItself';
import type { ChatHost } from './chatTalk';
import { Stage } from './ids';
import { sayAll } from './say';
import { sessionOf } from './session';

/*
 * "wait thats the same as my football job one", "the job one is the same as the football job": the
 * two hopes become the one named last; its hard things, helps and outcomes come with it. The bot
 * says what it did, and the open question is asked again (or the rest of the message read on).
 */

export const SameHopesText = { joined: 'hopes:sameHopesJoined', already: 'hopes:sameHopeAlready' } as const;

/** When the message said two hopes are one: the turn's result, or the rest of the message to read on; undefined when it did not. */
export async function joinSameHopes(inner: DialogContext, host: ChatHost, text: string): Promise<{ result: DialogTurnResult } | { rest: string } | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  if (!at || at.stage === Stage.welcome || at.stage === Stage.aboutMe) return undefined;
  const hopes = (await session.draft())?.aspirations ?? [];
  // "that is the same as ..." just after hopes were said points at the latest; elsewhere "that" may be a need.
  const said = hopes.length > 1 ? hopesSaidSame(text, hopes, at.stage === Stage.hopes) : undefined;
  if (!said) return undefined;
  const kept = 'same' in said ? said.same : said.keep;
  if ('copy' in said) await session.updateDraft('two hopes said to be one', (d) => mergeHopeInto(d, said.copy.id, said.keep.id));
  await sayAll(inner.context, session.t, [{ key: 'same' in said ? SameHopesText.already : SameHopesText.joined, vars: { hope: quoteHopeIn(kept.text, session.mode) } }]);
  // The question open was about the hope that went: the kept hope is asked about instead.
  const position = 'copy' in said && at.topic === said.copy.id ? { ...at, topic: said.keep.id } : at;
  if (said.rest) return { rest: said.rest };
  return { result: position === at ? await host.reprompt(inner) : await host.openAt(inner, position) };
}
