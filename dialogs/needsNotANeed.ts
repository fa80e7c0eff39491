import { addAboutMe, removeItems } from '../src/domain/draft';
import { quoteNeed, quoteOf } from '../src/language';
import { saysWhatTheyDoNow } from '../src/language/doingNow';
import { saysNotHard } from '../src/language/notHard';
import { wordsFor, type WhomKeys } from './aboutWhom';
import { Step } from './ids';
import type { Position } from './journey';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import { readHelpNotHard } from '../src/language/helpNotHard';

/*
 * Two answers in the needs stage that are no hard thing, though they sit where one is asked for:
 * - "im on internship at hospital kitchen" at "what makes it hard?": what they do now. It is kept
 *   with their strengths, said so kindly, and what is hard is asked again (once: said again, it is
 *   read as usual, so nobody is stuck).
 * - "thats not hard its good lol" at "what helps?": the hard thing just kept is not hard. It is
 *   taken off, and what is hard is asked again.
 */

export const NotANeedText = {
  doingNow: 'needs:notANeed.doingNow',
  doingNowChild: 'needs:notANeed.doingNowChild',
  doingNowYourChild: 'needs:notANeed.doingNowYourChild',
  notHardTakenOff: 'needs:notANeed.notHardTakenOff',
} as const;

const DOING_NOW: WhomKeys = { self: NotANeedText.doingNow, child: NotANeedText.doingNowChild, yourChild: NotANeedText.doingNowYourChild };
/** Position note: what they do now was said already at this question. */
const NOW_SAID = 'doingNow';

/** The reply when the answer is no hard thing after all; undefined for anything else. */
export async function notANeedAtNeeds(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  const hopeId = position.topic;
  if (!hopeId) return undefined;
  if ((position.step === Step.needsBarrier || position.step === Step.needsMore) && !position.data?.[NOW_SAID] && saysWhatTheyDoNow(text)) {
    const strength = quoteOf(text);
    const draft = await session.updateDraft('about me: strengths (what they do now, said at needs)', (d) =>
      d.aboutMe.strengths.includes(strength) ? d : addAboutMe(d, 'strengths', strength),
    );
    return { say: [wordsFor(draft, DOING_NOW, { now: strength })], goTo: { step: Step.needsBarrier, topic: hopeId, data: { [NOW_SAID]: 'yes' } } };
  }
  // "thats what he needs not what is hard": not hard, but help; moved to what helps (needsHelpNotHard.ts), never dropped.
  if (position.step !== Step.needsHelps || !saysNotHard(text) || readHelpNotHard(text)) return undefined;
  // "that" is the hard thing asked about: the newest one when several were kept at once.
  const draft = await session.draft();
  const asked = (position.data?.need ?? '').split(' ').filter((id) => draft?.needs.some((n) => n.id === id));
  const last = draft?.needs.find((n) => n.id === asked.at(-1));
  if (!last) return undefined;
  await session.updateDraft('a need said not to be hard', (d) => removeItems(d, [last.id]));
  return { say: [{ key: NotANeedText.notHardTakenOff, vars: { need: quoteNeed(last.text) } }], goTo: { step: Step.needsBarrier, topic: hopeId } };
}
