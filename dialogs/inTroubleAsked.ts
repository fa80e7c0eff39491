import type { DialogContext, DialogTurnResult } from './dialogKit';
import { asksIfTheyAreInTrouble } from '../src/language';
import type { ChatHost } from './chatTalk';
import { SafeguardingText } from './safeguardingText';
import { sayAll } from './say';
import { sessionOf } from './session';

/** "Am I in trouble?" away from the safety answer: a true answer, never kept as an answer; undefined when not asked. */
export async function answerAmIInTrouble(inner: DialogContext, host: ChatHost, text: string, inSafeguarding: boolean): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  if (inSafeguarding || !session.journey.position || text.length > 160 || !asksIfTheyAreInTrouble(text)) return undefined;
  const flagged = ((await session.draft())?.flags.length ?? 0) > 0;
  await sayAll(inner.context, session.t, [{ key: flagged ? SafeguardingText.notInTrouble : SafeguardingText.notInTroubleNobodyTold }]);
  return host.reprompt(inner);
}
