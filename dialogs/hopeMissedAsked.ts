import { quoteHopeIn } from '../src/language/hopeItself';
import { saysAHopeWasMissed } from '../src/language/hopeMissed';
import { readMissing } from '../src/language/goalForHope';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import type { ChatHost } from './chatTalk';
import { Stage } from './ids';
import { sayAll } from './say';
import { sessionOf } from './session';

/*
 * "You forget the first one, the most important!" at the hopes: a complaint that a hope was missed,
 * never help nor a hope. The hopes kept are read back and the person is asked which one was missed;
 * the hope they type next is kept as the open question keeps any hope.
 */

export const HopeMissedText = { asked: 'hopes:hopeMissedAsked' } as const;

/** The turn's result when the message says a hope was missed; undefined otherwise. */
export async function askWhichHopeMissed(inner: DialogContext, host: ChatHost, text: string): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  if (at?.stage !== Stage.hopes || !saysAHopeWasMissed(text)) return undefined;
  // "You have left out the most important one": the hopes questions' own reader asks for that hope plainly.
  if (readMissing(text)) return undefined;
  const hopes = (await session.draft())?.aspirations ?? [];
  if (hopes.length === 0) return undefined;
  const list = hopes.map((h, i) => `${i + 1}: "${quoteHopeIn(h.text, session.mode)}"`).join('\n');
  await sayAll(inner.context, session.t, [{ key: HopeMissedText.asked, vars: { hopes: list } }]);
  return host.reprompt(inner);
}
