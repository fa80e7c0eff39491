import type { TurnContext } from 'botbuilder';
import { takeBackFlag } from '../src/domain/commentOperations';
import { isCookingMishap, meantAKitchenAccident } from '../src/language/cookingMishap';
import type { Position } from './journey';
import type { Data } from './safeguardingQuestions';
import type { SafeguardingResult } from './safeguardingContract';
import { sayAll } from './say';
import type { JourneySession } from './session';

/*
 * "i cut myself once" at what makes cooking hard, read as a worry; then, at "Are you safe right now?",
 * "i meant with a knife cutting veg. like by accident". When the message that raised the note would
 * have been a kitchen mishap with "by accident" said (so nothing in it but kitchen words and the cut or
 * burn), that note is marked a mix-up (never removed: the lead still sees it, with his words) and his
 * first message is kept as the hard thing it was. Anything else said at the check is read as ever.
 */

export const KitchenAccidentText = { sorry: 'safeguarding:kitchenAccident.sorry' } as const;

/** The words to remember with the safety answer: the message, when it could be a kitchen accident told at a plan question. */
export function kitchenAccidentData(category: string, message: string, interrupted: Position | undefined, hope: string | undefined): Data {
  if (category !== 'self_harm_or_suicide' || !interrupted || !/^(?:needs|outcome)\./.test(interrupted.step)) return {};
  return isCookingMishap(`${message} by accident`, hope) ? { kitchenSaid: message.slice(0, 2_000) } : {};
}

/** "i meant ... by accident" after such a message: sorry, the note marked a mix-up, and the first message kept as the answer. */
export async function meantKitchenAccident(context: TurnContext, session: JourneySession, data: Data, text: string): Promise<SafeguardingResult | undefined> {
  const interrupted = session.journey.interrupted;
  if (!data.kitchenSaid || !interrupted || !meantAKitchenAccident(text)) return undefined;
  await session.updateDraft('safeguarding flag taken back', (d) => takeBackFlag(d, interrupted.step, session.today));
  await sayAll(context, session.t, [{ key: KitchenAccidentText.sorry }]);
  return { carryOn: interrupted, keepAnswer: data.kitchenSaid };
}
