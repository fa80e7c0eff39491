import { addNeedHelp, removeItems } from '../src/domain/draft';
import { quoteNeed, quoteOf } from '../src/language';
import { saysLastWasWantedHelp } from '../src/language/wantedHelpCorrection';
import { wishedHelpWords } from '../src/language/wishedHelp';
import { Step } from './ids';
import type { Position } from './journey';
import { HELP_SAID } from './needsHelpSaid';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "that last bit was what I WANT to help" in the needs stage: the last thing kept as hard for this
 * hope is help they would like. It leaves the hard things and is kept as help wished for, with the
 * hard thing before it; with no other hard thing, it waits for the hard thing said next, which is asked.
 */

export const WantedHelpText = {
  moved: 'needs:wantedHelp.moved',
  movedAsk: 'needs:wantedHelp.movedAsk',
} as const;

/** The reply to the correction, or undefined when the message is no such correction (or nothing was kept). */
export async function wantedHelpAtNeeds(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  const hopeId = position.topic;
  if (!hopeId || !saysLastWasWantedHelp(text)) return undefined;
  const draft = await session.draft();
  const here = (draft?.needs ?? []).filter((n) => n.aspirationIds.includes(hopeId));
  const last = here.at(-1);
  if (!last) return undefined;
  const wish = wishedHelpWords(last.text);
  const other = here.at(-2);
  await session.updateDraft('hard thing moved to help wished for', (d) => {
    const without = removeItems(d, [last.id]);
    return other ? [wish, ...(last.helps ?? [])].reduce((next, help) => addNeedHelp(next, other.id, help), without) : without;
  });
  if (other) return { say: [{ key: WantedHelpText.moved, vars: { help: quoteOf(last.text), need: quoteNeed(other.text) } }], goTo: { step: Step.needsMore, topic: hopeId } };
  return { say: [{ key: WantedHelpText.movedAsk, vars: { help: quoteOf(last.text) } }], goTo: { step: Step.needsBarrier, topic: hopeId, data: { [HELP_SAID]: JSON.stringify([wish, ...(last.helps ?? [])]) } } };
}
