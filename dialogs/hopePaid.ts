import { markItemChanged, replaceItemText } from '../src/domain/draft';
import { quoteHopeIn } from '../src/language';
import { withPaid, yesButPaid } from '../src/language/yesButPaid';
import { HopeCorrectedText } from './hopeCorrected';
import type { Position } from './journey';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "yeh but paid" at the hopes questions: yes, and the work is to be paid. The work hope just kept
 * (or the last one about work) gets "paid" in its own words and is said back; with no work hope
 * yet, a paid job is the hope ("a paid job"), as if typed.
 */

/** A paid job, as the hope kept when "yeh but paid" answers a question with no work hope yet. */
export const PAID_JOB = 'a paid job';

/** "paid" put into the work hope, said back, and the same question asked again; undefined when it is not "yeh but paid" or there is no work hope. */
export async function paidIntoWorkHope(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  if (!yesButPaid(text)) return undefined;
  const hopes = (await session.draft())?.aspirations ?? [];
  const last = hopes[hopes.length - 1];
  const work = last && withPaid(last.text) ? last : [...hopes].reverse().find((h) => h.theme === 'learning_and_work' && withPaid(h.text));
  const words = work ? withPaid(work.text) : null;
  if (!work || !words) return undefined;
  await session.updateDraft('paid added to a work hope', (d) => markItemChanged(replaceItemText(d, work.id, words), work.id, session.today));
  const { stage: _stage, ...again } = position;
  return { say: [{ key: HopeCorrectedText.changedAsked, vars: { hope: quoteHopeIn(words, session.mode) } }], goTo: again };
}
