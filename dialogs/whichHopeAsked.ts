import { quoteOf } from '../src/language';
import { asksWhichHope } from '../src/language/whichHopeAsked';
import type { Position } from './journey';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/** Content key: which hope the question is about, named. */
export const WHICH_HOPE = 'needs:whichHope';

/** "which one tho. the mechanic one?" at a needs question: the hope being talked about is named, and the question asked again; nothing is kept. */
export async function whichHopeAsked(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  if (!asksWhichHope(text)) return undefined;
  const hope = (await session.draft())?.aspirations.find((a) => a.id === position.topic);
  if (!hope) return undefined;
  const { stage: _stage, ...again } = position;
  return { say: [{ key: WHICH_HOPE, vars: { hope: quoteOf(hope.text) } }], goTo: again };
}
