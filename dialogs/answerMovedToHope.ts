import type { DialogContext, DialogTurnResult } from './dialogKit';
import { linkNeedToHopes, unlinkNeedFromHope } from '../src/domain/linkNeed';
import { answerWasForHope } from '../src/language/answerForHope';
import { quoteHopeIn } from '../src/language/hopeItself';
import type { ChatHost } from './chatTalk';
import { Step } from './ids';
import { aboutKeptHope, joinHopesSaidSame } from './sameHopesJoined';
import { sayAll } from './say';
import { sessionOf } from './session';
import { keepNeed } from './needsKeep';
import { hardForThisHope } from '../src/language/hardOfAnotherHope';

function hereHope<H extends { id: string; text: string }>(topic: string, rest: string, hopes: readonly H[]): string | undefined {
  const hope = hopes.find((a) => a.id === topic);
  return hope ? hardForThisHope(rest, hope, hopes.filter((a) => a.id !== topic)) : undefined;
}

/*
 * "sorry that was for the weight one" at "What already helps you with these?": the hard things just
 * kept belong to the hope named, not to this one. They move there, never becoming a help, and this
 * hope's hard things question is asked again. "the job one is the same as ..." beside it joins hopes;
 * "for friends its that ..." beside it is this hope's hard thing, kept, and what helps is asked.
 */

export const AnswerMovedText = { moved: 'needs:answerMovedToHope' } as const;

/** The turn's result when the message moved the last answer to another hope; undefined when it did not. */
export async function moveAnswerToHope(inner: DialogContext, host: ChatHost, text: string): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  const topic = at?.topic;
  if (!at || at.step !== Step.needsHelps || !topic || !at.data?.need) return undefined;
  const hopes = ((await session.draft())?.aspirations ?? []).filter((a) => a.id !== topic);
  const said = answerWasForHope(text, hopes);
  if (!said) return undefined;
  const ids = at.data.need.split(' ').filter(Boolean);
  await session.updateDraft('answer moved to another hope', (d) => ids.reduce((next, id) => linkNeedToHopes(unlinkNeedFromHope(next, id, topic), id, [said.hope.id]), d));
  const joined = said.rest ? await joinHopesSaidSame(session, said.rest, false) : undefined;
  const moved = { key: AnswerMovedText.moved, vars: { hope: quoteHopeIn(said.hope.text, session.mode) } };
  const again = { stage: at.stage, step: Step.needsBarrier, topic };
  // "for friends its that i dont know how to start talking to people": this hope's own hard thing, kept.
  const here = !joined && said.rest ? hereHope(topic, said.rest, (await session.draft())?.aspirations ?? []) : undefined;
  if (here) {
    const kept = await keepNeed(session, { stage: at.stage, step: Step.needsBarrier, topic }, here);
    await sayAll(inner.context, session.t, [moved, ...(kept.say ?? [])]);
    return host.openAt(inner, kept.goTo ? { stage: at.stage, ...kept.goTo } : again);
  }
  await sayAll(inner.context, session.t, [moved, ...(joined ? [joined.say] : [])]);
  return host.openAt(inner, joined ? aboutKeptHope(again, joined) : again);
}
