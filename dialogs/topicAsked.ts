import { quoteOf } from '../src/language';
import { asksWhatItIsAbout } from '../src/language/topicAsked';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import type { ChatHost } from './chatTalk';
import { Stage, Step } from './ids';
import { unfinishedOutcome } from './outcomeThread';
import { sayAll, type Words } from './say';
import { sessionOf } from './session';

/*
 * "with what sorry? the toilet thing?", "by when what?? you just said you left it out": the person
 * lost track of what the open question is about. The thing is named in their own words (the hard
 * thing at "what helps?", the outcome being made, or else the hope), and the question asked again.
 */

export const TopicAskedText = {
  hard: 'common:puzzled.aboutHard',
  hope: 'common:puzzled.aboutHope',
  outcome: 'common:puzzled.aboutOutcome',
} as const;

/** The turn's result when the message asks what the question is about; undefined otherwise. */
export async function answerTopicAsked(inner: DialogContext, host: ChatHost, text: string): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  if (!at?.topic || (at.stage !== Stage.needs && at.stage !== Stage.outcomes) || !asksWhatItIsAbout(text)) return undefined;
  const draft = await session.draft();
  const hope = draft?.aspirations.find((a) => a.id === at.topic);
  if (!draft || !hope) return undefined;
  let said: Words = { key: TopicAskedText.hope, vars: { hope: quoteOf(hope.text) } };
  // "What already helps?" asks about one hard thing: the one just told.
  const need = at.step === Step.needsHelps && typeof at.data?.need === 'string' ? draft.needs.find((n) => n.id === at.data?.need) : undefined;
  if (need) said = { key: TopicAskedText.hard, vars: { need: quoteOf(need.text), hope: quoteOf(hope.text) } };
  const outcome = at.stage === Stage.outcomes ? unfinishedOutcome(draft, at.topic, typeof at.data?.outcomeId === 'string' ? at.data.outcomeId : undefined) : undefined;
  if (outcome?.statement.trim()) said = { key: TopicAskedText.outcome, vars: { outcome: quoteOf(outcome.statement), hope: quoteOf(hope.text) } };
  await sayAll(inner.context, session.t, [said]);
  return host.reprompt(inner);
}
