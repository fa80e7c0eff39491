import type { Aspiration, Draft } from '../src/domain/draft';
import { quoteOf } from '../src/language';
import { namesNeed } from '../src/language/sameAsBefore';
import { readSkippedHope } from '../src/language/skippedHope';
import { namesMissingHope, readMissingHope } from '../src/language/missingHope';
import { quotedList } from './quotedList';
import { hopesInDepth } from './hopesInDepth';
import { Step } from './ids';
import type { Position } from './journey';
import type { JourneySession } from './session';
import { ADD_OFFERED } from './hopeAddedLater';
import type { Next } from './stageDialog';

/*
 * "u skipped my english resit hope. u didnt ask wats hard about it" during the needs questions:
 * sorry, and that hope is asked about now (when it was passed over) or she is told when it comes.
 * Nothing of the complaint is kept.
 */

export const SkippedHopeText = {
  now: 'needs:skippedHope.now',
  later: 'needs:skippedHope.later',
  thisOne: 'needs:skippedHope.thisOne',
  noRoom: 'needs:skippedHope.noRoom',
  unknown: 'needs:skippedHope.unknown',
  stillKept: 'needs:skippedHope.stillKept',
  notKept: 'needs:skippedHope.notKept',
} as const;

/** The hope whose words the complaint names most. */
function namedHope(draft: Draft, named: readonly string[]): Aspiration | undefined {
  const score = (hope: Aspiration) => named.filter((w) => namesNeed([w], hope.text)).length;
  return [...draft.aspirations].sort((a, b) => score(b) - score(a)).find((hope) => score(hope) > 0);
}

/** "Where is my money hope?": the hopes kept are shown, with the one asked after, or how to add it. */
async function missingHope(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  const words = readMissingHope(text);
  const draft = words ? await session.draft() : undefined;
  if (!words || !draft) return undefined;
  const hope = draft.aspirations.find((a) => namesMissingHope(words, a.text));
  const hopes = draft.aspirations.map((a) => `\n${quotedList([quoteOf(a.text)])}`).join('');
  const again = { ...position, data: {} };
  if (hope) return { say: [{ key: SkippedHopeText.stillKept, vars: { hope: `"${quoteOf(hope.text)}"`, hopes } }], goTo: again };
  return { say: [{ key: SkippedHopeText.notKept, vars: { about: `"${quoteOf(words)}"`, hopes } }], goTo: { ...position, data: { [ADD_OFFERED]: '1' } } };
}

export async function skippedHope(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  const missing = readSkippedHope(text) ? undefined : await missingHope(session, position, text);
  if (missing) return missing;
  const said = readSkippedHope(text);
  const draft = said ? await session.draft() : undefined;
  if (!said || !draft) return undefined;
  const hope = namedHope(draft, said.named);
  const again = { ...position, data: {} };
  // "add it now" or "add at the end" after this asks for the hope (see hopeAddedLater).
  if (!hope) return { say: [{ key: SkippedHopeText.unknown }], goTo: { ...position, data: { [ADD_OFFERED]: '1' } } };
  const quote = `"${quoteOf(hope.text)}"`;
  const order = hopesInDepth(draft);
  if (!order.includes(hope)) return { say: [{ key: SkippedHopeText.noRoom, vars: { hope: quote } }], goTo: again };
  if (hope.id === position.topic) return { say: [{ key: SkippedHopeText.thisOne, vars: { hope: quote } }], goTo: again };
  const here = order.findIndex((h) => h.id === position.topic);
  if (order.indexOf(hope) > here) return { say: [{ key: SkippedHopeText.later, vars: { hope: quote } }], goTo: again };
  // Passed over: asked about now; the hopes after it that already have their answers are not asked again.
  return { say: [{ key: SkippedHopeText.now, vars: { hope: quote } }], goTo: { step: Step.needsBarrier, topic: hope.id } };
}

/** Hopes whose hard things were answered already (their "what helps" or "anything else" was asked). */
export function askedHopes(session: JourneySession): ReadonlySet<string> {
  const answered = session.journey.history.filter((p) => (p.step === Step.needsHelps || p.step === Step.needsMore) && p.topic);
  return new Set(answered.map((p) => p.topic!));
}
