import type { DialogContext } from './dialogKit';
import { laughedStoryBeside } from '../src/language/laughedStory';
import { STORY_LAUGHED_AT } from './chatTalkKeys';
import { Stage, Step } from './ids';
import { openQuestion } from './openQuestion';
import { unfinishedOutcome } from './outcomeThread';
import { sayAll } from './say';
import { sessionOf } from './session';

/*
 * "biscuit ate mi sok yesterday lol" at "What would it do for you?": a funny story that shares
 * nothing with the hope being talked about. Smiled at and never kept (true: the caller asks the
 * same question again); false when it may be the answer.
 */
export async function laughedStoryHeard(inner: DialogContext, text: string): Promise<boolean> {
  const session = sessionOf(inner.context);
  const position = session.journey.position;
  const atHelps = position?.step === Step.needsHelps;
  if (!position || (position.stage !== Stage.outcomes && !atHelps)) return false;
  const question = await openQuestion(inner);
  // Only a question wanting their own words ("what helps?" offers a "nothing" button beside them).
  if (!question || (question.choices?.length && !atHelps) || question.understand) return false;
  const draft = await session.draft();
  const outcome = draft && !atHelps ? unfinishedOutcome(draft, position.topic, position.data?.outcomeId) : undefined;
  const hopeId = outcome?.aspirationId ?? position.topic;
  const hope = draft?.aspirations.find((a) => a.id === hopeId);
  const hardThings = draft?.needs.filter((n) => hopeId && n.aspirationIds.includes(hopeId)).map((n) => n.text) ?? [];
  const asked = Object.values(question.words.vars ?? {}).map(String);
  const topic = [outcome?.statement, outcome?.doesForMe, hope?.text, ...hardThings, ...asked].filter(Boolean).join(' ');
  if (!laughedStoryBeside(text, topic)) return false;
  await sayAll(inner.context, session.t, [{ key: STORY_LAUGHED_AT }]);
  return true;
}
