import { addAboutMe, type Draft } from '../src/domain/draft';
import { quoteOf } from '../src/language';
import { readsAsHope, readsAsStrength, saysWhatTheyDo, saysWhereTheyLive } from '../src/language/aboutMeMisplaced';
import { hopeItself } from '../src/language/hopeItself';
import { saysHardThing } from '../src/language/hardThing';
import { saysOnlyHardAtSupport } from '../src/language/hardAtSupport';
import { onlyCarersOwnYears } from '../src/language/carerOwnYears';
import { hopesIn } from '../src/language/hopesInMessage';
import { hopeWords } from '../src/language/hopeWords';
import { wordsFor, type WhomKeys } from './aboutWhom';
import { keepHardThings } from './hardSaidAtHopes';
import { keepHopes } from './hopesKept';
import { Step, type StepId } from './ids';
import type { Position } from './journey';
import type { Choice, Question, Words } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * An answer typed at the wrong "about me" question: a hope said where strengths (or what is
 * important) were asked is kept as a hope for the hopes stage; a strength said where support was
 * asked is kept as a strength; hard things said where what is important (or how to support them)
 * was asked are kept for the needs stage. The person is told where it went, and the question is asked again
 * with an example.
 */

/** The content keys of this module, for each of whom the answers are about. */
export const AboutMeMisplacedText = {
  hopeKept: 'aboutMe:misplaced.hopeKept', hopeKeptChild: 'aboutMe:misplaced.hopeKeptChild', hopeKeptYourChild: 'aboutMe:misplaced.hopeKeptYourChild',
  strengthKept: 'aboutMe:misplaced.strengthKept', strengthKeptChild: 'aboutMe:misplaced.strengthKeptChild', strengthKeptYourChild: 'aboutMe:misplaced.strengthKeptYourChild',
  hardKept: 'aboutMe:misplaced.hardKept', hardKeptChild: 'aboutMe:misplaced.hardKeptChild', hardKeptYourChild: 'aboutMe:misplaced.hardKeptYourChild',
  livingHeard: 'aboutMe:misplaced.livingHeard', livingHeardChild: 'aboutMe:misplaced.livingHeardChild', livingHeardYourChild: 'aboutMe:misplaced.livingHeardYourChild',
  importantKept: 'aboutMe:misplaced.importantKept', importantKeptChild: 'aboutMe:misplaced.importantKeptChild', importantKeptYourChild: 'aboutMe:misplaced.importantKeptYourChild',
  futureWorry: 'aboutMe:misplaced.futureWorry', futureWorryChild: 'aboutMe:misplaced.futureWorryChild', futureWorryYourChild: 'aboutMe:misplaced.futureWorryYourChild',
  strengthsAgain: 'aboutMe:misplaced.strengthsAgain', strengthsAgainChild: 'aboutMe:misplaced.strengthsAgainChild', strengthsAgainYourChild: 'aboutMe:misplaced.strengthsAgainYourChild',
  importantAgain: 'aboutMe:misplaced.importantAgain', importantAgainChild: 'aboutMe:misplaced.importantAgainChild', importantAgainYourChild: 'aboutMe:misplaced.importantAgainYourChild',
  supportAgain: 'aboutMe:misplaced.supportAgain', supportAgainChild: 'aboutMe:misplaced.supportAgainChild', supportAgainYourChild: 'aboutMe:misplaced.supportAgainYourChild',
  earlyHope: 'hopes:earlyHope.self', earlyHopeChild: 'hopes:earlyHope.child', earlyHopeYourChild: 'hopes:earlyHope.yourChild',
} as const;
const T = AboutMeMisplacedText;
const HOPE_KEPT: WhomKeys = { self: T.hopeKept, child: T.hopeKeptChild, yourChild: T.hopeKeptYourChild };
const STRENGTH_KEPT: WhomKeys = { self: T.strengthKept, child: T.strengthKeptChild, yourChild: T.strengthKeptYourChild };
/** "he struggles with his speech", said where what is important was asked: kept as what is hard, for the needs stage. */
const HARD_KEPT: WhomKeys = { self: T.hardKept, child: T.hardKeptChild, yourChild: T.hardKeptYourChild };
/** "i live in a supported flat" where strengths were asked: a fact about their life, never kept as a strength. */
const LIVING_HEARD: WhomKeys = { self: T.livingHeard, child: T.livingHeardChild, yourChild: T.livingHeardYourChild };
/** "the 42 bus i go to town on it" where support was asked: a thing they like or do, kept with what is important. */
const IMPORTANT_KEPT: WhomKeys = { self: T.importantKept, child: T.importantKeptChild, yourChild: T.importantKeptYourChild };
/** "I won't be here forever and I worry who will look after him": an important worry, for the hopes later, never kept as support. */
const FUTURE_WORRY: WhomKeys = { self: T.futureWorry, child: T.futureWorryChild, yourChild: T.futureWorryYourChild };
/** The question asked again after a misplaced answer, with an example. */
const AGAIN: Partial<Record<StepId, WhomKeys>> = {
  [Step.aboutMeStrengths]: { self: T.strengthsAgain, child: T.strengthsAgainChild, yourChild: T.strengthsAgainYourChild },
  [Step.aboutMeImportant]: { self: T.importantAgain, child: T.importantAgainChild, yourChild: T.importantAgainYourChild },
  [Step.aboutMeSupport]: { self: T.supportAgain, child: T.supportAgainChild, yourChild: T.supportAgainYourChild },
};
/** Position note: the question is asked again after a misplaced answer. */
export const MISPLACED = 'misplaced';

export async function answerMisplaced(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  const again = { step: position.step, data: { [MISPLACED]: 'yes' } };
  if ((position.step === Step.aboutMeStrengths || position.step === Step.aboutMeImportant) && readsAsHope(text)) {
    return { say: [await keepHopeSaidEarly(session, text)], goTo: again };
  }
  if (position.step === Step.aboutMeImportant && saysHardThing(text)) {
    // Kept as needs of no hope: the needs stage offers them back to link to a hope.
    const draft = await keepHardThings(session, [text], []);
    return { say: [wordsFor(draft, HARD_KEPT)], goTo: again };
  }
  if (position.step === Step.aboutMeStrengths && saysWhereTheyLive(text)) {
    return { say: [wordsFor(await session.draft(), LIVING_HEARD)], goTo: again };
  }
  if (position.step === Step.aboutMeSupport && onlyCarersOwnYears(text)) {
    return { say: [wordsFor(await session.draft(), FUTURE_WORRY)], goTo: again };
  }
  if (position.step === Step.aboutMeSupport && saysOnlyHardAtSupport(text)) {
    // "writing takes ages and my hand hurts": hard things, not help; kept for the needs stage, and what helps is asked again.
    const draft = await keepHardThings(session, [text], []);
    return { say: [wordsFor(draft, HARD_KEPT)], goTo: again };
  }
  if (position.step === Step.aboutMeSupport && saysWhatTheyDo(text)) {
    const draft = await session.updateDraft('about me: important (said at support)', (d) => addAboutMe(d, 'important', text.trim()));
    return { say: [wordsFor(draft, IMPORTANT_KEPT)], goTo: again };
  }
  if (position.step === Step.aboutMeSupport && readsAsStrength(text)) {
    const draft = await session.updateDraft('about me: strengths (said at support)', (d) => addAboutMe(d, 'strengths', text.trim()));
    return { say: [wordsFor(draft, STRENGTH_KEPT)], goTo: again };
  }
  return undefined;
}

/** A hope said before the hopes were asked for, kept for the hopes stage; what to say back. */
export async function keepHopeSaidEarly(session: JourneySession, text: string): Promise<Words> {
  const hopes = hopesIn(text);
  const kept = await keepHopes(session, hopes.length ? hopes : [text], null, undefined, hopeWords(text));
  return wordsFor(kept.draft, HOPE_KEPT, { hope: quoteOf(hopeItself(text), 20) });
}

/** The question asked again after a misplaced answer; undefined when it was not. */
export function askedAgain(draft: Draft | undefined, position: Position): Words | undefined {
  const keys = position.data?.[MISPLACED] ? AGAIN[position.step] : undefined;
  return keys ? wordsFor(draft, keys) : undefined;
}

const EARLY: WhomKeys = { self: T.earlyHope, child: T.earlyHopeChild, yourChild: T.earlyHopeYourChild };
/** Position note at "another hope?": hopes were kept before the hopes stage began. */
export const EARLY_HOPES = 'early';

/** The hopes stage opens on "another hope?" when hopes were said at "about me". */
export function earlyHopesFirst(draft: Draft | undefined): { step: StepId; data: Record<string, string> } | undefined {
  return draft?.aspirations.length ? { step: Step.hopesMore, data: { [EARLY_HOPES]: 'yes' } } : undefined;
}

/** "You told me a hope earlier: ... Do you have another hope?" */
export function earlyHopesQuestion(draft: Draft | undefined, choices: readonly Choice[], understand: Question['understand']): Question {
  const hope = quoteOf((draft?.aspirations ?? []).map((a) => hopeItself(a.text)).join('; '), 20);
  return { step: Step.hopesMore, words: wordsFor(draft, EARLY, { hope }), choices, ...(understand ? { understand } : {}) };
}
