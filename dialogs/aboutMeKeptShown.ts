import { quoteOf } from '../src/language';
import { aboutMeKeptAsked } from '../src/language/aboutMeKeptAsked';
import { aboutMeItemId } from '../src/domain/itemIds';
import type { AboutMeSection } from '../src/domain/draft';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import type { ChatHost } from './chatTalk';
import { YES_NO } from './commands';
import { EditText } from './editAnywhere';
import { Stage } from './ids';
import { questionActivity, sayAll } from './say';
import { sessionOf } from './session';

/*
 * "go back. wat did u put for the important one" at an about-me question: what was kept for that
 * question is shown in their words, and taking it out is offered (a yes takes it out). Never read as
 * "go back" with new words, which would put the question in place of the answer.
 */

const KeptForText: Record<AboutMeSection, string> = {
  strengths: 'aboutMe:keptFor.strengths',
  important: 'aboutMe:keptFor.important',
  support: 'aboutMe:keptFor.support',
};
const NOTHING_KEPT_FOR = 'aboutMe:keptFor.nothing';

/** The turn's result when the message asks what was kept for an about-me question; undefined otherwise. */
export async function showAboutMeKept(inner: DialogContext, host: ChatHost, text: string): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  if (!at || at.stage !== Stage.aboutMe) return undefined;
  const section = aboutMeKeptAsked(text);
  if (!section) return undefined;
  const kept = (await session.draft())?.aboutMe[section] ?? [];
  if (kept.length === 0) {
    await sayAll(inner.context, session.t, [{ key: NOTHING_KEPT_FOR }]);
    return host.reprompt(inner);
  }
  const last = kept.length - 1;
  const answer = quoteOf(kept[last]!);
  await sayAll(inner.context, session.t, [{ key: KeptForText[section], vars: { answer } }]);
  await session.updateJourney((j) => ({ ...j, pendingEdit: { itemId: aboutMeItemId(section, last) } }));
  const words = { key: EditText.removeQuestion, vars: { item: answer } };
  await inner.context.sendActivity(questionActivity({ step: at.step, topic: at.topic, words, choices: YES_NO }, session.t, { mode: session.mode, stage: at.stage }));
  return host.after(inner, { then: 'wait' });
}
