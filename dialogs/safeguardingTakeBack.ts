import { detectConcern } from '../src/language';
import { couldBeMisread, takesBackMisreadAnswer } from '../src/language/misreadAnswer';
import { takeBackFlag } from '../src/domain/commentOperations';
import { Step } from './ids';
import type { Position } from './journey';
import type { Data } from './safeguardingQuestions';
import { sayAll } from './say';
import type { JourneySession } from './session';
import type { TurnContext } from 'botbuilder';
import { ANSWERED } from './stageDialog';

/*
 * "no. delete that. go back to the help question" at "Do you feel safe?" was read as "not always",
 * and the safety words followed. When the young person then says it was misread ("i didnt mean
 * that", "that was about the last question"), the bot says sorry plainly and asks the safety
 * question again. The flag stays, marked "taken back by the young person", for the key worker and
 * the lead to see; what they said is kept beside the concern as ever. Only a flag that rests on
 * the answer alone can be taken back: words the detector reads as a worry never can.
 */

export const TakeBackText = { sorry: 'safeguarding:misread.sorry' } as const;

/** Marks the safeguarding answer's data when its flag rests only on an answer read at "Do you feel safe?". */
export function restsOnTheAnswerOnly(interrupted: Position | undefined, category: string, message: string): boolean {
  return interrupted?.step === Step.aboutMeSafe && category === 'other' && couldBeMisread(message) && !detectConcern(message).concern;
}

/**
 * When the answer was misread: sorry, the flag marked taken back, and the safety question to ask
 * again (its position, no longer answered). Undefined otherwise, and nothing said.
 */
export async function takeBackMisread(context: TurnContext, session: JourneySession, data: Data, text: string): Promise<Position | undefined> {
  const interrupted = session.journey.interrupted;
  if (data.answerOnly !== '1' || interrupted?.step !== Step.aboutMeSafe || !takesBackMisreadAnswer(text)) return undefined;
  await session.updateDraft('safeguarding flag taken back', (d) => takeBackFlag(d, Step.aboutMeSafe, session.today));
  await sayAll(context, session.t, [{ key: TakeBackText.sorry }]);
  const { [ANSWERED]: _answered, ...rest } = interrupted.data ?? {};
  return { ...interrupted, data: rest };
}
