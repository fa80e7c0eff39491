import { mergeHopeInto } from '../src/domain/draft';
import { quoteHopeIn } from '../src/language/hopeItself';
import { hopesAskedSame, joinAnswered } from '../src/language/sameHopes';
import { understandYesNo } from './closedReplies';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import type { ChatHost } from './chatTalk';
import { YES_NO, type AfterCommand } from './commands';
import { Stage } from './ids';
import { questionActivity, sayAll } from './say';
import { SameHopesText, aboutKeptHope } from './sameHopesJoined';
import { sessionOf, type JourneySession } from './session';

/*
 * "isnt that kind of the same as the college one?": a question, so the bot does not join the hopes
 * on its own. It offers ("Shall I put them together as one hope?"): yes joins them into the one
 * named (what was said about both comes with it), no keeps both. Either way the open question waits.
 */

export const SameHopesOfferText = { offer: 'hopes:sameHopesOffer', keptApart: 'hopes:sameHopesKeptApart' } as const;

/** The turn's result when the message asks whether two hopes are the same; undefined otherwise. */
export async function offerToJoinHopes(inner: DialogContext, host: ChatHost, text: string): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  if (!at || at.stage === Stage.welcome || at.stage === Stage.aboutMe) return undefined;
  const hopes = (await session.draft())?.aspirations ?? [];
  // Just after hopes were said, "that" is the latest; elsewhere both hopes must be named.
  const asked = hopes.length > 1 ? hopesAskedSame(text, hopes, at.stage === Stage.hopes) : undefined;
  if (!asked) return undefined;
  await session.updateJourney((j) => ({ ...j, pendingEdit: { itemId: asked.copy.id, joinInto: asked.keep.id } }));
  const words = { key: SameHopesOfferText.offer, vars: { copy: quoteHopeIn(asked.copy.text, session.mode), keep: quoteHopeIn(asked.keep.text, session.mode) } };
  await inner.context.sendActivity(questionActivity({ step: at.step, topic: at.topic, words, choices: YES_NO }, session.t, { mode: session.mode, stage: at.stage }));
  return host.after(inner, { then: 'wait' });
}

/** The yes or no to "Shall I put them together as one hope?"; null when the reply is neither (it is read as usual). */
export async function answerJoinOffer(dc: DialogContext, session: JourneySession, text: string, offer: { copy: string; keep: string }): Promise<AfterCommand | null> {
  const answer = joinAnswered(text) ?? understandYesNo(text);
  if (answer !== 'yes') {
    if (answer === 'no') await sayAll(dc.context, session.t, [{ key: SameHopesOfferText.keptApart }]);
    return answer === 'no' ? { then: 'reprompt' } : null;
  }
  const hopes = (await session.draft())?.aspirations ?? [];
  const keep = hopes.find((h) => h.id === offer.keep);
  if (!keep || !hopes.some((h) => h.id === offer.copy)) return { then: 'reprompt' };
  await session.updateDraft('two hopes joined after asking', (d) => mergeHopeInto(d, offer.copy, offer.keep));
  await sayAll(dc.context, session.t, [{ key: SameHopesText.joined, vars: { hope: quoteHopeIn(keep.text, session.mode) } }]);
  const at = session.journey.position;
  const position = at ? aboutKeptHope(at, { gone: offer.copy, kept: offer.keep }) : undefined;
  return position && position !== at ? { then: 'openAt', position } : { then: 'reprompt' };
}
