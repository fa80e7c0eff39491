import { myHopeAgain } from '../src/language/myHopeAgain';
import { hopesIn } from '../src/language/hopesInMessage';
import { Step } from './ids';
import type { Position } from './journey';
import { keepHopes } from './hopesKept';
import { NeedsText } from './needsText';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "ok. my hope: i want be footballer. or bus driver like tata" at "What makes this hard?": the hope
 * said again is a hope (kept, or found kept already), never a hard thing; the question is asked again,
 * with a word on what it asks.
 */
export async function hopeSaidAtNeeds(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  if (position.step !== Step.needsBarrier && position.step !== Step.needsMore) return undefined;
  const words = myHopeAgain(text);
  const parts = words ? hopesIn(words) : [];
  if (!words || parts.length === 0) return undefined;
  const kept = await keepHopes(session, parts, null, undefined, words);
  return { say: [...kept.readBack, { key: NeedsText.hopeSaidAgain }], goTo: position };
}
