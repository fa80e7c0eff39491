import { removeNeedKeepingHelp } from '../src/domain/removeItems';
import { quoteOf } from '../src/language';
import { readHelpNotHard } from '../src/language/helpNotHard';
import { normaliseMessage } from '../src/language/text';
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

const plainWords = (text: string): string[] => normaliseMessage(text).split(' ').filter((w) => w.length > 2);

/** The hard thing moved to what helps; undefined when the message does not say it was help. */
export async function hardWasHelp(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  if (position.step !== Step.needsHelps) return undefined;
  const read = readHelpNotHard(text);
  if (!read) return undefined;
  const draft = await session.draft();
  const ids = (position.data?.need ?? '').split(' ').filter(Boolean);
  const asked = (draft?.needs ?? []).filter((n) => ids.includes(n.id));
  const said = read.said ? plainWords(read.said) : [];
  const need = asked.find((n) => said.length > 0 && said.every((w) => plainWords(n.text).includes(w))) ?? asked.at(-1);
  if (!need) return undefined;
  await session.updateDraft('hard thing kept as what helps', (d) => {
    const withHelp = { ...d, needs: d.needs.map((n) => (n.id === need.id ? { ...n, helps: [...(n.helps ?? []), need.text] } : n)) };
    return removeNeedKeepingHelp(withHelp, need.id).draft;
  });
  return { say: [{ key: HelpNotHardText.moved, vars: { help: quoteOf(need.text) } }], goTo: { step: Step.needsBarrier, ...(position.topic ? { topic: position.topic } : {}) } };
}
