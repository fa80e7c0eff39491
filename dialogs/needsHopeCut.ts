import { addAspiration, replaceItemText } from '../src/domain/draft';
import { quoteHopeIn, themeOfHope } from '../src/language';
import { hopesHeldIn, saysHopeIsSeveral } from '../src/language/hopeCutAtNeeds';
import { analysisContext } from './aboutWhom';
import type { Position } from './journey';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import { quotedList } from './quotedList';

/*
 * "hang on potty and friends is 2 different things" at a needs question: the hope asked about is cut
 * into the hopes it holds. The first keeps its place (and whatever is kept for it), the others are
 * added, and the same question is asked about the first. Nothing is kept as a hard thing or help.
 */

export const NeedsHopeCutText = {
  cut: 'needs:hopeCut.cut',
  notCut: 'needs:hopeCut.notCut',
} as const;

export async function hopeCutAtNeeds(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  if (!saysHopeIsSeveral(text)) return undefined;
  const before = await session.draft();
  const hope = before?.aspirations.find((a) => a.id === position.topic);
  if (!before || !hope) return undefined;
  const again = { step: position.step, topic: hope.id, ...(position.data ? { data: position.data } : {}) };
  const parts = hopesHeldIn(hope.text);
  if (parts.length < 2) return { say: [{ key: NeedsHopeCutText.notCut, vars: { hope: quoteHopeIn(hope.text, session.mode) } }], goTo: again };
  const context = analysisContext(before, session.today);
  await session.updateDraft('hope cut at the needs questions', (d) =>
    parts.slice(1).reduce((next, part) => addAspiration(next, part, themeOfHope(part, context) ?? hope.theme).draft, replaceItemText(d, hope.id, parts[0]!)),
  );
  const hopes = `\n${quotedList(parts.map((part) => quoteHopeIn(part, session.mode)))}`;
  return { say: [{ key: NeedsHopeCutText.cut, vars: { hopes, first: quoteHopeIn(parts[0]!, session.mode) } }], goTo: again };
}
