import { addNeed, removeItem } from '../src/domain/draft';
import { needSection, quoteOf } from '../src/language';
import { saysLastHopeIsHard } from '../src/language/notAHope';
import { wordsFor, type WhomKeys } from './aboutWhom';
import { Step } from './ids';
import type { Position } from './journey';
import { SPLIT } from './hopesKept';
import { HARD_KEPT_NOTE, hardKeptWords } from './hardSaidAtHopes';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "no thats wrong, thats not a hope thats what he struggles with": the hope the last answer kept is
 * taken out of the hopes and kept, in the same words, as something hard (a need not yet linked to
 * a hope); the bot says so, and asks for another hope (or the first, when none is left).
 */

const MOVED: WhomKeys = { self: 'hopes:hopeWasHard.self', child: 'hopes:hopeWasHard.child', yourChild: 'hopes:hopeWasHard.yourChild' };

export async function hopeWasHard(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  if (!saysLastHopeIsHard(text)) return undefined;
  // The last answer was already kept as something hard: said so again, no hope is taken.
  if (position.data?.[HARD_KEPT_NOTE]) return { say: [hardKeptWords(await session.draft())], goTo: { step: position.step, data: position.data } };
  const before = await session.draft();
  const hopes = before?.aspirations ?? [];
  // The hopes one message was just cut into; else the newest hope (hopes are kept in the order said).
  const split = (position.data?.[SPLIT.ids] ?? '').split(',');
  const last = hopes.filter((a) => split.includes(a.id));
  const moving = last.length > 0 ? last : hopes.slice(-1);
  if (moving.length === 0) return undefined;
  const draft = await session.updateDraft('a hope kept as something hard', (d) =>
    moving.reduce((next, hope) => addNeed(removeItem(next, hope.id), hope.text, [], needSection(hope.text)).draft, d),
  );
  const said = wordsFor(draft, MOVED, { hope: quoteOf(moving.map((h) => h.text).join('; ')) });
  // A question about one part of life is asked again; otherwise another hope, or the first.
  const { stage: _stage, ...here } = position;
  const goTo = position.step === Step.hopesTheme ? here : { step: draft.aspirations.length > 0 ? Step.hopesMore : Step.hopesDream };
  return { say: [said], goTo };
}
