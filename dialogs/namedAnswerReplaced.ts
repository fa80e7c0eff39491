import { quoteOf, type ChatTalk } from '../src/language';
import { questionNamedByLead } from '../src/language/aboutTheChat';
import { withoutAnswerLead } from '../src/language/answerLead';
import { undoLastAnswer } from './correction';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import { Step, type StepId } from './ids';
import { steppedBack } from './journey';
import { sayAll } from './say';
import { sessionOf } from './session';
import type { ChatHost } from './chatTalk';

/*
 * "lol that wasnt an answer... what helps is having a card to leave the room" just after a help was
 * kept: a complaint about the last answer, with the right one beside it named by its question. The
 * answer kept last is replaced by these words, never kept as an answer to the question open now.
 */

const NAMED_AT: Readonly<Record<'help' | 'step' | 'measure', ReadonlySet<StepId>>> = {
  help: new Set([Step.needsHelps, Step.outcomeProvides]),
  step: new Set([Step.outcomeStep]),
  measure: new Set([Step.outcomeMeasure]),
};

/** Said when the last answer was replaced: what was kept, and what it became. */
const REPLACED = 'common:correctionReplaced';

/** The turn's result when the last answer was replaced; undefined when this talk names no earlier question. */
export async function replaceNamedAnswer(inner: DialogContext, host: ChatHost, talk: ChatTalk): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  const named = talk.complaint && talk.answer ? questionNamedByLead(talk.answer) : null;
  const before = named ? steppedBack(session.journey)?.position : undefined;
  if (!named || !at || !before || NAMED_AT[named].has(at.step) || !NAMED_AT[named].has(before.step) || !host.hasStage(before.stage)) return undefined;
  const undone = await undoLastAnswer(session);
  const item = undone?.removed[0];
  if (!undone || !item) return undefined;
  const answer = withoutAnswerLead(talk.answer);
  await sayAll(inner.context, session.t, [{ key: REPLACED, vars: { item: quoteOf(item), answer: quoteOf(answer) } }]);
  return host.answerWith(inner, undone.position, answer);
}
