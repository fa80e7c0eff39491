import { addNeed, markItemChanged, replaceItemText } from '../src/domain/draft';
import { needSection, placeOfDays, quoteOf } from '../src/language';
import { readHopeOnlyBe } from '../src/language/hopeOnlyBe';
import { overlap } from '../src/language/thread';
import { HopeCorrectedText } from './hopeCorrected';
import type { Position } from './journey';
import type { Words } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "The hope should only be to live in my own flat. Mum does it now is a fact not a hope. For the
 * flat: I need to learn to cook and pay bills.": the hope gets only the words said for it, the fact
 * is no longer in it (and is never moved to the hard things), and the answer for the flat is kept
 * with that hope as something to work on. Then the same question is asked again.
 */

export const HopeOnlyBeText = { answerKept: 'hopes:onlyBe.answerKept' } as const;

export async function hopeOnlyBe(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  const said = readHopeOnlyBe(text);
  const hopes = (await session.draft())?.aspirations ?? [];
  if (!said || hopes.length === 0) return undefined;
  // The hope that holds the words it should be (or the fact said to be no hope); else the newest.
  const score = (hope: string) => overlap(said.hope, hope) + (said.notHope ? overlap(said.notHope, hope) : 0);
  const hope = [...hopes].reverse().reduce((best, h) => (score(h.text) > score(best.text) ? h : best), hopes.at(-1)!);
  const answer = said.forHope && overlap(said.forHope.named, said.hope) > 0 ? said.forHope.answer : undefined;
  await session.updateDraft('a hope put right with an answer for it', (d) => {
    const changed = markItemChanged(replaceItemText(d, hope.id, said.hope), hope.id, session.today);
    return answer ? addNeed(changed, answer, [hope.id], needSection(answer, placeOfDays(changed))).draft : changed;
  });
  const say: Words[] = [{ key: HopeCorrectedText.changed, vars: { hope: quoteOf(said.hope) } }];
  if (answer) say.push({ key: HopeOnlyBeText.answerKept, vars: { answer: quoteOf(answer), hope: quoteOf(said.hope) } });
  const { stage: _stage, ...again } = position;
  return { say, goTo: again };
}
