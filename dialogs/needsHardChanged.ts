import { replaceItemText } from '../src/domain/draft';
import { quoteNeed } from '../src/language';
import { hardChangedTo } from '../src/language/hardReworded';
import { Step } from './ids';
import type { Position } from './journey';
import { NeedsRemarkText } from './needsRemarks';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "change whats hard to reading. i cant read the questions fast" just after a hard thing was kept:
 * that hard thing gets the new words ("reading: i cant read the questions fast"), its links and
 * help stay, and the same question is asked again. Never kept as help.
 */

/** The turn when the message gives new words for the hard thing just kept; undefined otherwise. */
export async function hardChangedAtNeeds(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  if (position.step !== Step.needsHelps && position.step !== Step.needsMore) return undefined;
  const words = hardChangedTo(text);
  if (!words || !position.topic) return undefined;
  const here = (await session.draft())?.needs.filter((n) => n.aspirationIds.includes(position.topic!)) ?? [];
  const asked = (position.data?.need ?? '').split(' ').filter(Boolean).pop();
  const need = here.find((n) => n.id === asked) ?? here.at(-1);
  if (!need) return undefined;
  await session.updateDraft('need reworded', (d) => replaceItemText(d, need.id, words));
  return { say: [{ key: NeedsRemarkText.reworded, vars: { need: quoteNeed(words) } }], goTo: position };
}
