import type { TurnContext } from 'botbuilder';
import { quoteOf } from '../src/language';
import { quotedList } from './quotedList';
import { sayAll } from './say';
import type { JourneySession } from './session';

export const HopesSoFarText = {
  list: 'common:correctionTalk.hopesSoFar',
  none: 'common:correctionTalk.noHopesYet',
} as const;

/** "can i see my hopes": the hopes kept so far, each in the words it was kept in. */
export async function sayHopesSoFar(context: TurnContext, session: JourneySession): Promise<void> {
  const list = quotedList(((await session.draft())?.aspirations ?? []).map((a) => quoteOf(a.text)));
  await sayAll(context, session.t, [list ? { key: HopesSoFarText.list, vars: { list } } : { key: HopesSoFarText.none }]);
}
