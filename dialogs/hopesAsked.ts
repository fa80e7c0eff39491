import { quoteOf } from '../src/language';
import { readHopesAsked } from '../src/language/hopesAsked';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import type { ChatHost } from './chatTalk';
import { sayAll, type Words } from './say';
import { sessionOf } from './session';
import { SPLIT } from './hopesKept';

/*
 * "what hopes have you kept. list them", "delete both of those hopes. they are wrong", "4 of my
 * hopes are wrong", typed at the hopes or needs questions ("show my hopes" at an outcome's too): the hopes kept are listed by number,
 * and when some are wrong the person is shown how to take one out ("remove hope 2"). Never kept.
 */

export const HopesAskedText = {
  list: 'hopes:asked.list',
  none: 'hopes:asked.none',
  whichOut: 'hopes:asked.whichOut',
  whichChange: 'hopes:asked.whichChange',
} as const;

/** The turn's result when the message asked about the hopes kept; undefined when it is for the question. */
export async function answerHopesAsked(inner: DialogContext, host: ChatHost, text: string, understood: boolean): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  if (understood || !at || (at.stage !== 'hopes' && at.stage !== 'needs' && at.stage !== 'outcomes')) return undefined;
  const asked = readHopesAsked(text);
  // At an outcome's questions only "show my hopes" is read here; the other kinds of talk have their own readers there.
  if (!asked || (at.stage === 'outcomes' && asked !== 'list')) return undefined;
  const hopes = (await session.draft())?.aspirations.map((a) => a.text) ?? [];
  const said: Words[] = hopes.length
    ? [{ key: HopesAskedText.list, vars: { hopes: hopes.map((h, i) => `${i + 1}: "${quoteOf(h)}"`).join('\n\n') } }]
    : [{ key: HopesAskedText.none }];
  if (asked === 'whichOut' && hopes.length) said.push({ key: HopesAskedText.whichOut });
  // "no thats wrong the bus one is seperate", "you wrote my hopes wrong": which one to change, never a hope.
  if (asked === 'whichChange' && hopes.length) said.push({ key: HopesAskedText.whichChange });
  await sayAll(inner.context, session.t, said);
  // Every hope is now the list on show: "delete number 3" counts in it, not in the hopes last read back from one message.
  if (at.data?.[SPLIT.ids]) {
    const { [SPLIT.ids]: _shown, [SPLIT.whole]: _whole, ...rest } = at.data;
    await session.updateJourney((j) => ({ ...j, position: { ...at, data: rest } }));
  }
  return host.reprompt(inner);
}
