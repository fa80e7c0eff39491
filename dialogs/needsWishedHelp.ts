import { addNeedHelp, type Draft } from '../src/domain/draft';
import { sameWording } from '../src/domain/sameWording';
import { quoteOf } from '../src/language';
import { withoutEndHedges } from '../src/language/hedges';
import { saysItHelpsAlready } from '../src/language/wishedHelp';
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

/** Position notes: the wish as kept, and the words it was made from, so "that does help already" can put it right. */
const WISH_KEPT = 'wishKept';
const WISH_SAID = 'wishSaid';

/** Said when a help taken for a wish is had now after all. */
export const WISH_HAD_NOW = 'needs:helps.wishHadNow';

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
export async function wishedAtHelps(session: JourneySession, position: Position, wish: string, needIds: readonly string[], onward: () => Next, words = wish): Promise<Next> {
  const draft = await session.updateDraft('help wished for a need', (d) => needIds.reduce((next, id) => addNeedHelp(next, id, wish), d));
  const said = wordsFor(draft, WishedHelpText.wished);
  const typed = withoutEndHedges(words.replace(/[.!]+$/, ''));
  if (position.data?.[WISHED]) {
    const next = onward();
    return { ...next, say: [said, ...(next.say ?? [])] };
  }
  return { say: [said], goTo: { ...position, data: { ...position.data, [WISHED]: 'yes', [WISH_KEPT]: wish, [WISH_SAID]: typed } } };
}

/**
 * "no i mean that DOES help already", just after their help was taken for a wish: the wish becomes
 * help that works now, in their own words, and the chat moves on. The correction is never kept.
 */
export async function wishHadNow(session: JourneySession, position: Position, text: string, onward: (draft: Draft) => Next): Promise<Next | undefined> {
  const wish = position.data?.[WISH_KEPT];
  const had = position.data?.[WISH_SAID];
  if (!position.data?.[WISHED] || !wish || !had || !saysItHelpsAlready(text)) return undefined;
  const draft = await session.updateDraft('wished help is had now', (d) => ({
    ...d,
    needs: d.needs.map((n) => (n.helps?.some((h) => sameWording(h, wish)) ? { ...n, helps: n.helps.map((h) => (sameWording(h, wish) ? had : h)) } : n)),
  }));
  const next = onward(draft);
  return { ...next, say: [{ key: WISH_HAD_NOW, vars: { help: quoteOf(had) } }, ...(next.say ?? [])] };
}
