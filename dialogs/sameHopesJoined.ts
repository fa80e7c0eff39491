import type { DialogContext, DialogTurnResult } from './dialogKit';
import { mergeHopeInto } from '../src/domain/draft';
import { hopesSaidSame } from '../src/language/sameHopes';
import { quoteHopeIn } from '../src/language/hopeItself';
import type { ChatHost } from './chatTalk';
import { Stage } from './ids';
import type { Position } from './journey';
import { sayAll, type Words } from './say';
import { sessionOf, type JourneySession } from './session';

/*
 * "wait thats the same as my football job one", "the job one is the same as the football job": the
 * two hopes become the one named last; its hard things, helps and outcomes come with it. The bot
 * says what it did, and the open question is asked again (or the rest of the message read on).
 */

export const SameHopesText = { joined: 'hopes:sameHopesJoined', already: 'hopes:sameHopeAlready' } as const;

/** Two hopes made one as the message said: what to say, the hope that went (if any) and the one kept, and the message's rest. */
export async function joinHopesSaidSame(session: JourneySession, text: string, pointing: boolean): Promise<{ say: Words; gone?: string; kept: string; rest: string } | undefined> {
  const hopes = (await session.draft())?.aspirations ?? [];
  const said = hopes.length > 1 ? hopesSaidSame(text, hopes, pointing) : undefined;
  if (!said) return undefined;
  const kept = 'same' in said ? said.same : said.keep;
  if ('copy' in said) await session.updateDraft('two hopes said to be one', (d) => mergeHopeInto(d, said.copy.id, said.keep.id));
  const say = { key: 'same' in said ? SameHopesText.already : SameHopesText.joined, vars: { hope: quoteHopeIn(kept.text, session.mode) } };
  return { say, ...('copy' in said ? { gone: said.copy.id } : {}), kept: kept.id, rest: said.rest };
}

/** The question open, about the kept hope when it was about the one that went. */
export const aboutKeptHope = (at: Position, joined: { gone?: string; kept: string }): Position => (joined.gone && at.topic === joined.gone ? { ...at, topic: joined.kept } : at);

/** When the message said two hopes are one: the turn's result, or the rest of the message to read on; undefined when it did not. */
export async function joinSameHopes(inner: DialogContext, host: ChatHost, text: string): Promise<{ result: DialogTurnResult } | { rest: string } | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  if (!at || at.stage === Stage.welcome || at.stage === Stage.aboutMe) return undefined;
  // "that is the same as ..." just after hopes were said points at the latest; elsewhere "that" may be a need.
  const joined = await joinHopesSaidSame(session, text, at.stage === Stage.hopes);
  if (!joined) return undefined;
  await sayAll(inner.context, session.t, [joined.say]);
  if (joined.rest) return { rest: joined.rest };
  const position = aboutKeptHope(at, joined);
  return { result: position === at ? await host.reprompt(inner) : await host.openAt(inner, position) };
}
