import { saysNoMore } from '../src/language/hopesInMessage';
import { aboutWhom, speaksForThem } from './aboutWhom';
import { Step } from './ids';
import type { Position } from './journey';
import { afterOutcome } from './outcomeAfter';
import { exampleKeyFor } from './outcomeExamples';
import { OutcomeText as T } from './outcomeText';
import { readOpenReply } from './readReply';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "no thats all", "nothing" at "what is one step towards this hope?": no step is wanted from the
 * person yet, or they think they are done. The bot says kindly what it is looking for, with an
 * idea that fits the hope, and that "skip" leaves this hope for now. Said again, the hope is left.
 */

const NOTHING = 'nothing';
const SAY_WHAT: Record<'self' | 'child', string> = { self: 'outcome:step.whatIsWanted', child: 'outcome:step.whatIsWantedChild' };

export async function nothingAtStep(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  const reply = readOpenReply(text, session.words);
  if (reply.kind !== 'no' && !(reply.kind === 'content' && saysNoMore(reply.text))) return undefined;
  if (position.data?.[NOTHING]) return afterOutcome(session, position.topic, [{ key: T.leaveForNow }]);
  const draft = await session.draft();
  const example = session.t(exampleKeyFor(draft, position.topic));
  const key = speaksForThem(draft) ? SAY_WHAT.child : SAY_WHAT.self;
  return {
    say: [{ key, vars: { example, name: aboutWhom(draft).name } }],
    goTo: { step: Step.outcomeStep, ...(position.topic ? { topic: position.topic } : {}), data: { ...position.data, [NOTHING]: '1' } },
  };
}
