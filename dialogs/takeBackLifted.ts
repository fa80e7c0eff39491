import type { TurnContext } from 'botbuilder';
import { liftTakeBacks } from '../src/domain/commentOperations';
import { liftsTakeBack } from '../src/language/takeBackLifted';
import { errorSummary } from '../src/log';
import { sayAll } from './say';
import type { JourneySession } from './session';

/*
 * A note marked as taken back that the person never took back ("what?? i didnt take anything back",
 * "it did happen. dont mark it taken back"): the mark comes off, they are told so plainly, and their
 * words go to the lead with the note, so both are read.
 */

export const TakeBackLiftedText = { lifted: 'safeguarding:takeBackLifted.lifted' } as const;

/** True when a take-back mark was lifted and said; false (nothing said) when no note is marked or the message does not say so. */
export async function answeredTakeBackLifted(context: TurnContext, session: JourneySession, text: string): Promise<boolean> {
  const marked = ((await session.draft())?.flags ?? []).filter((flag) => flag.takenBackAt);
  if (marked.length === 0 || !liftsTakeBack(text)) return false;
  const draft = await session.updateDraft('safeguarding take-back lifted', liftTakeBacks);
  const service = session.services.safeguarding;
  if (service && draft) {
    for (const category of new Set(marked.map((flag) => flag.category))) {
      await service.addToldAgain(draft.id, category, text).catch((error: unknown) => session.services.log?.error({ err: errorSummary(error) }, 'could not add to a safeguarding concern'));
    }
  }
  await sayAll(context, session.t, [{ key: TakeBackLiftedText.lifted }]);
  return true;
}
