import { addNeedHelp, type Draft } from '../src/domain/draft';
import { wordsFor, type WhomKeys } from './aboutWhom';
import type { Position } from './journey';
import type { Words } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "an app that tells me when to get off maybe" at "What already helps you with this?" is help
 * wished for, not help had. It is kept with the need, worded as a wish ("It would help to have an
 * app ..."), the person hears it was noted as an idea, and is asked once whether anything helps
 * already. A second wish is kept the same way, and the chat moves on.
 */

export const WishedHelpText: { wished: WhomKeys; already: WhomKeys } = {
  wished: { self: 'needs:helps.wished', child: 'needs:helps.wishedChild', yourChild: 'needs:helps.wishedYourChild' },
  already: { self: 'needs:helps.already', child: 'needs:helps.alreadyChild', yourChild: 'needs:helps.alreadyYourChild' },
};

/** Position note: the helps question is asked again after a wish. */
export const WISHED = 'wished';

/** Position note: the helps question is asked again after what makes it worse. */
export const WORSE = 'worse';

/** The helps question after a wish or what makes it worse: "Does anything help you with this already, even a little?" */
export function alreadyQuestion(draft: Draft | undefined, position: Position): Words | undefined {
  return position.data?.[WISHED] || position.data?.[WORSE] ? wordsFor(draft, WishedHelpText.already) : undefined;
}

/**
 * A wish at the helps question, as the needs reader words it: kept with the needs asked about, and
 * the question asked again once; `onward` is where the chat goes after a second wish.
 */
export async function wishedAtHelps(session: JourneySession, position: Position, wish: string, needIds: readonly string[], onward: () => Next): Promise<Next> {
  const draft = await session.updateDraft('help wished for a need', (d) => needIds.reduce((next, id) => addNeedHelp(next, id, wish), d));
  const said = wordsFor(draft, WishedHelpText.wished);
  if (position.data?.[WISHED]) {
    const next = onward();
    return { ...next, say: [said, ...(next.say ?? [])] };
  }
  return { say: [said], goTo: { ...position, data: { ...position.data, [WISHED]: 'yes' } } };
}
