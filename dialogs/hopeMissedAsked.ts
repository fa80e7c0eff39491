import { quoteHopeIn } from '../src/language/hopeItself';
import { saysAHopeWasMissed, saysHopesLost } from '../src/language/hopeMissed';
import { readMissing } from '../src/language/goalForHope';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import type { ChatHost } from './chatTalk';
import { hopeAskedLaterFrom } from './hopeAddedLater';
import { Stage } from './ids';
import { sayAll } from './say';
import { sessionOf } from './session';

/*
 * "You forget the first one, the most important!" at the hopes: a complaint that a hope was missed,
 * never help nor a hope. The hopes kept are read back and the person is asked which one was missed;
 * the hope they type next is kept as the open question keeps any hope. Away from the hopes ("Stop please.
 * You lost my hopes" at the needs), the same: the hope is asked for there, then the chat goes back.
 */

export const HopeMissedText = { asked: 'hopes:hopeMissedAsked', lost: 'hopes:hopesLostAsked' } as const;

/** The hopes kept, numbered, one a line. */
function listOf(hopes: readonly { text: string }[], mode: Parameters<typeof quoteHopeIn>[1]): string {
  return hopes.map((h, i) => `${i + 1}: "${quoteHopeIn(h.text, mode)}"`).join('\n');
}

/** The turn's result when the message says a hope was missed; undefined otherwise. */
export async function askWhichHopeMissed(inner: DialogContext, host: ChatHost, text: string): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  // "Stop please. You lost my hopes" at the needs or the outcomes: the hopes kept read back, and the missing one asked for there.
  if ((at?.stage === Stage.needs || at?.stage === Stage.outcomes) && saysHopesLost(text)) {
    const hopes = (await session.draft())?.aspirations ?? [];
    if (hopes.length === 0) return undefined;
    await sayAll(inner.context, session.t, [{ key: HopeMissedText.lost, vars: { hopes: listOf(hopes, session.mode) } }]);
    return host.openAt(inner, hopeAskedLaterFrom(at));
  }
  if (at?.stage !== Stage.hopes || !saysAHopeWasMissed(text)) return undefined;
  // "You have left out the most important one": the hopes questions' own reader asks for that hope plainly.
  if (readMissing(text)) return undefined;
  const hopes = (await session.draft())?.aspirations ?? [];
  if (hopes.length === 0) return undefined;
  await sayAll(inner.context, session.t, [{ key: HopeMissedText.asked, vars: { hopes: listOf(hopes, session.mode) } }]);
  return host.reprompt(inner);
}
