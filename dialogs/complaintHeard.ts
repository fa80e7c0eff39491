import { quoteOf } from '../src/language';
import { COMPLAINT_HEARD } from './chatTalkKeys';
import { keptAt } from './correction';
import { Step } from './ids';
import { steppedBack } from './journey';
import type { Words } from './say';
import type { JourneySession } from './session';

/*
 * "Sorry about that. I haven't kept that as an answer." said just after an answer was kept reads as
 * if that answer was lost. When the question before kept something, the sorry says what is kept
 * and that only this message was not.
 */

export const COMPLAINT_HEARD_KEPT = 'common:complaintHeardKept';
export const COMPLAINT_HEARD_HOPES = 'common:complaintHeardHopes';

/** Where "i already told you" is about the hopes as a whole: the sorry names every hope kept. */
const HOPES_ASKED_FOR_MORE: readonly string[] = [Step.hopesMore, Step.hopesTheme];

/** The sorry for a complaint, true to what the last answer kept. */
export async function complaintHeardWords(session: JourneySession): Promise<Words> {
  // "why. i already said what i want" at "another hope?": which hopes are kept, so they see nothing was lost.
  const at = session.journey.position?.step;
  const hopes = at && HOPES_ASKED_FOR_MORE.includes(at) ? ((await session.draft())?.aspirations ?? []).map((a) => a.text) : [];
  if (hopes.length > 0) return { key: COMPLAINT_HEARD_HOPES, vars: { kept: quoteOf(hopes.join('; ')) } };
  const before = steppedBack(session.journey)?.position;
  const kept = before ? (await keptAt(session, before)).flatMap((k) => (k.text ? [k.text] : [])) : [];
  return kept.length > 0 ? { key: COMPLAINT_HEARD_KEPT, vars: { kept: quoteOf(kept.join('; ')) } } : { key: COMPLAINT_HEARD };
}
