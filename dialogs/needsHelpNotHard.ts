import { removeNeedKeepingHelp } from '../src/domain/removeItems';
import { quoteOf } from '../src/language';
import { readHelpNotHard } from '../src/language/helpNotHard';
import { hardNamedBy, hardThingsAsked } from './hardThingsAsked';
import { Step } from './ids';
import type { Position } from './journey';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "i just said like the laptop n mr okafor?? those were things that would help not hard things" at
 * "what already helps?": the hard thing just kept moves to what helps (beside another hard thing of
 * the same hope, else how best to support them), and "what makes it hard?" is asked again. The
 * complaint is never kept.
 */

export const HelpNotHardText = { moved: 'needs:helpNotHard.moved' } as const;

/** The hard thing moved to what helps; undefined when the message does not say it was help. */
export async function hardWasHelp(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  if (position.step !== Step.needsHelps) return undefined;
  const read = readHelpNotHard(text);
  if (!read) return undefined;
  const asked = hardThingsAsked(await session.draft(), position);
  const need = hardNamedBy(read.said, asked) ?? asked.at(-1);
  if (!need) return undefined;
  await session.updateDraft('hard thing kept as what helps', (d) => {
    const withHelp = { ...d, needs: d.needs.map((n) => (n.id === need.id ? { ...n, helps: [...(n.helps ?? []), need.text] } : n)) };
    return removeNeedKeepingHelp(withHelp, need.id).draft;
  });
  return { say: [{ key: HelpNotHardText.moved, vars: { help: quoteOf(need.text) } }], goTo: { step: Step.needsBarrier, ...(position.topic ? { topic: position.topic } : {}) } };
}
