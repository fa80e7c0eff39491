import { mixUpRemark, saysNothingHardFor } from '../src/language/mixUpRemark';
import { saysNotHard, saysNothingIsHard } from '../src/language/notHard';
import { isOnlyATime } from '../src/language/onlyATime';
import { quoteNeed, quoteOf } from '../src/language';
import { removeItem } from '../src/domain/draft';
import { unlinkNeedFromHope } from '../src/domain/linkNeed';
import { Step } from './ids';
import type { Position } from './journey';
import { coachContextOf } from './outcomeCoach';
import { nextHope } from './needsOrder';
import { askedHopes } from './skippedHope';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * Answers typed in the wrong place at the needs questions.
 * - "end of the year" at "what makes this hard?": a time alone is never a hard thing; it is
 *   probably for a later question, so this one is asked again.
 * - "wait i got mixed up", "wrong box", "that was for the next one": never kept as content. What
 *   follows it is the answer. "i got mixed up. nothing is hard for the gym one" at "what helps?"
 *   takes off the hard thing just kept, since they now say nothing is hard.
 * - "i got mixed up" alone at "what helps?": the hard thing just kept is said back, with how to put it right.
 */

export const NeedsMixUpText = {
  timeLater: 'needs:mixUp.timeLater',
  heard: 'needs:mixUp.heard',
  lastKept: 'needs:lastWrong.said',
  takenOff: 'needs:notForThisHope.unlinked',
} as const;

/**
 * A time said as a deadline ("by july", "end of the year", "in 6 months"). "exams", "mocks" or
 * "christmas" alone can be what is hard, so they are never turned away here.
 */
function saysWhen(text: string): boolean {
  return /\b(?:by|before|b4|till|til|until|in|end|next|nxt|after|within)\b|\d/i.test(text) && !/\b(?:exams?|mocks?|tests?|gcses?|sats|assessments?|interviews?)\b/i.test(text);
}

/** The reply, or the words left to read as the answer (`text`), or undefined when nothing here applies. */
export async function mixUpAtNeeds(session: JourneySession, position: Position, text: string): Promise<{ next: Next } | { text: string } | undefined> {
  const hard = position.step === Step.needsBarrier || position.step === Step.needsMore;
  const draft = await session.draft();
  if (hard && saysWhen(text) && isOnlyATime(text, coachContextOf(draft, session.today))) return { next: { say: [{ key: NeedsMixUpText.timeLater, vars: { quote: quoteOf(text) } }], goTo: position, miss: true } };
  const remark = mixUpRemark(text);
  if (!remark) return undefined;
  const topic = position.topic;
  const justKept = position.step === Step.needsHelps ? (position.data?.need ?? '').split(' ').filter(Boolean) : [];
  const kept = draft?.needs.filter((n) => justKept.includes(n.id) && topic && n.aspirationIds.includes(topic)) ?? [];
  if (remark.rest && kept.length && topic && (saysNothingHardFor(remark.rest) || saysNotHard(remark.rest) || saysNothingIsHard(remark.rest))) {
    const after = await session.updateDraft('hard thing taken back', (d) => kept.reduce((next, n) => (n.aspirationIds.length > 1 ? unlinkNeedFromHope(next, n.id, topic) : removeItem(next, n.id)), d));
    const left = after.needs.some((n) => n.aspirationIds.includes(topic));
    const said = { key: NeedsMixUpText.takenOff, vars: { needs: kept.map((n) => `"${quoteNeed(n.text)}"`).join(', ') } };
    const next = left ? { goTo: { step: Step.needsMore, topic } } : nextHope(after, topic, askedHopes(session));
    return { next: { ...next, say: [said, ...(next.say ?? [])] } };
  }
  if (remark.rest) return { text: remark.rest };
  const last = kept.at(-1);
  if (last) return { next: { say: [{ key: NeedsMixUpText.lastKept, vars: { need: quoteNeed(last.text) } }], goTo: position } };
  return { next: { say: [{ key: NeedsMixUpText.heard }], goTo: position } };
}
