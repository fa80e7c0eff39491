import { hopeStuckOn } from '../src/language/hopeStuckOn';
import { hopeSaidAgain } from '../src/language/hopeSaidAgain';
import { addAboutMe, addAspiration, addNeed, removeItem, replaceItemText, type Draft, type ThemeId } from '../src/domain/draft';
import { withoutHopeFrame } from '../src/language/hopeFrame';
import { jobAlternatives } from '../src/language/jobAlternatives';
import { coachHope, namesAJob, stepWithCondition, needSection, quoteOf, sameHope, themeOfHope, placeOfDays } from '../src/language';
import { goesOutWithFriends } from '../src/language/themeOfHope';
import { repeatsPartOf, saysMoreOf } from '../src/language/thread';
import { quoteHopeIn } from '../src/language/hopeItself';
import { withMeantWords } from '../src/language/textSpeak';
import { withPlaceCapitals } from '../src/language/ukPlaces';
import { analysisContext, wordsFor, type WhomKeys } from './aboutWhom';
import { HopesText } from './hopesText';
import type { Words } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import { Stage, Step } from './ids';
import { hopesInDepth } from './hopesInDepth';
import { partsNamed } from '../src/language/partsNamed';
import { quotedList } from './quotedList';

/*
 * Keeping hopes: each hope of a message in the person's words, read back so they can put it right.
 * When one message was cut into several hopes, the question after the read-back remembers which,
 * so "thats one hope" puts them back together.
 */

const READ_BACK: WhomKeys = { self: HopesText.readBack, child: HopesText.readBackChild, yourChild: HopesText.readBackYourChild };
const READ_BACK_MANY: WhomKeys = { self: HopesText.readBackMany, child: HopesText.readBackManyChild, yourChild: HopesText.readBackManyYourChild };
const KEPT_AS_ONE: WhomKeys = { self: HopesText.keptAsOne, child: HopesText.keptAsOneChild, yourChild: HopesText.keptAsOneYourChild };

/** The last hope kept, read back again as it was: "So one of your hopes is: I want to be a footballer". */
export function lastHopeReadBack(draft: Draft, mode: JourneySession['mode']): Words | undefined {
  const last = draft.aspirations.at(-1);
  return last ? hopeReadBack(draft, last.text, mode) : undefined;
}

/** One hope read back: "So one of your hopes is: I want to be a footballer". */
export function hopeReadBack(draft: Draft, hope: string, mode: JourneySession['mode']): Words {
  return wordsFor(draft, READ_BACK, { hope: quoteHopeIn(hope, mode) });
}

/** Position notes after a message was cut into hopes: their ids, and the words as one hope. */
export const SPLIT = { ids: 'splitIds', whole: 'splitWhole' } as const;

export interface KeptHopes {
  draft: Draft;
  readBack: Words[];
  /** The message was cut into several hopes: the read-back says how to put it right. */
  many: boolean;
  /** Notes for the next question, when one message became several hopes. */
  split?: Record<string, string>;
}

/**
 * Stores the hopes of one message; a hope given again is not kept twice. An answer to a question
 * about one part of life belongs to that part; an open hope takes its theme from the analysis,
 * and one the analysis cannot place stays unthemed (null) for the key worker to place. Beside
 * other hopes, support ("and more help in class") is kept as how best to support them. `whole` is
 * the message without its chatter, kept as one hope if the person says the hopes are one.
 */
export async function keepHopes(session: JourneySession, parts: readonly string[], askedTheme: ThemeId | null, barrier: string | undefined, whole: string): Promise<KeptHopes> {
  const before = await session.draft();
  const context = analysisContext(before, session.today);
  // "nurse or maybe care work": jobs named either-or are both jobs wanted, never help.
  const support = parts.length > 1 && !jobAlternatives(whole) ? parts.filter((p) => coachHope(p) === 'support_as_hope') : [];
  // "my hope is to be a chef" is kept as "to be a chef": the words announcing it are not the hope.
  // "go to collage": a word typed as another real word is kept as meant, as it is shown.
  // "go to college in leeds" is kept as "go to college in Leeds": a town keeps its capital letter.
  const hopes = parts.filter((p) => !support.includes(p)).map((p) => withPlaceCapitals(withMeantWords(withoutHopeFrame(p))));
  // A job named ("be a mechanic") is about work, whichever part of life the question asked about;
  // going to matches or gigs with friends is about friends and community.
  const themeOf = (part: string) =>
    hopes.length > 1 || namesAJob(part) || goesOutWithFriends(part) ? (themeOfHope(part, context) ?? askedTheme) : (askedTheme ?? themeOfHope(part, context));
  const ids: string[] = [];
  let spelledOut: string | undefined;
  // "i told you. a job": a hope kept already, named again by a few of its words, is that hope.
  const again = hopes.length === 1 && before ? hopeSaidAgain(whole, before.aspirations, { bare: true }) : undefined;
  const draft = await session.updateDraft('hope added', (d) => {
    // "I will pass my maths if I have a tutor": the hope is kept whole, the tutor also as how to support them.
    const conditions = hopes.map((part) => stepWithCondition(part)?.support).filter((s): s is string => Boolean(s));
    const withSupport = [...support, ...conditions].reduce((next, part) => addAboutMe(next, 'support', part), d);
    const withHopes = hopes.reduce((next, part) => {
      // "i want a part time job in a shop" when the job was stuck on the end of the flat hope: its own hope now.
      const stuck = next.aspirations.map((a) => ({ a, cut: hopeStuckOn(a.text, part) })).find((x) => x.cut);
      if (stuck?.cut) {
        const added = addAspiration(replaceItemText(next, stuck.a.id, stuck.cut.rest), part, themeOf(part));
        ids.push(added.aspiration.id);
        return added.draft;
      }
      if (again || next.aspirations.some((a) => sameHope(a.text, part) || repeatsPartOf(a.text, part))) return next;
      // "a job", then "get a job in a shop": one hope, kept in the fuller words.
      // Hopes listed in this same message are each their own ("have friends, ... and live with my mates").
      const fuller = next.aspirations.find((a) => !ids.includes(a.id) && saysMoreOf(a.text, part));
      if (fuller) {
        spelledOut = fuller.id;
        return replaceItemText(next, fuller.id, part);
      }
      const added = addAspiration(next, part, themeOf(part));
      ids.push(added.aspiration.id);
      return added.draft;
    }, withSupport);
    // What made it hard, said before the hope, is a need of that hope (the golden thread).
    const hope = withHopes.aspirations.find((a) => sameHope(a.text, hopes[0] ?? ''));
    return barrier && hope ? addNeed(withHopes, barrier, [hope.id], needSection(barrier, placeOfDays(withHopes))).draft : withHopes;
  });
  // The hope itself, read back as every question quotes it: whole (or to the end of a clause) and
  // text-speak spelled out; easy read keeps its short quote. The draft keeps the words as typed.
  const quote = (text: string) => quoteHopeIn(text, session.mode);
  // A hope given again, or part of one given before, is kept once, and the person hears which.
  const earlier = hopes.length === 1 && ids.length === 0
    ? (again ?? before?.aspirations.find((a) => sameHope(a.text, hopes[0]!) || repeatsPartOf(a.text, hopes[0]!)) ?? draft.aspirations.find((a) => a.id === spelledOut))
    : undefined;
  if (earlier) return { draft, many: false, readBack: [{ key: HopesText.givenAgain, vars: { hope: quote(earlier.text) } }] };
  // One hope from a longer message: the next question remembers the message, so "you missed the
  // college one" or "thats 3 different hopes" can be put right from it.
  const single = ids.length === 1 && whole.split(/\s+/).length > (hopes[0] ?? '').split(/\s+/).length + 3 ? { split: { [SPLIT.ids]: ids[0]!, [SPLIT.whole]: whole } } : {};
  if (hopes.length <= 1) return { draft, many: false, readBack: [wordsFor(draft, READ_BACK, { hope: quote(hopes[0] ?? parts[0] ?? '') })], ...single };
  // One line a hope, so each can be read and put right; the hope itself, without "he wants".
  const list = hopes.map((p) => `\n${quotedList([quote(p)])}`).join('');
  const split = ids.length > 1 ? { [SPLIT.ids]: ids.join(','), [SPLIT.whole]: support.length ? hopes.join('. ') : whole } : undefined;
  return { draft, many: true, readBack: [wordsFor(draft, READ_BACK_MANY, { hopes: list })], ...(split ? { split } : {}) };
}

/**
 * How to put a cut message right: "it's all one hope" where the next question is the hopes' own,
 * or "that's wrong" (the answer is taken back and asked again) when the stage has ended.
 */
export function howToFix(kept: KeptHopes, nextIsAHopesQuestion: boolean): Words[] {
  if (!kept.many) return [];
  return [{ key: kept.split && nextIsAHopesQuestion ? HopesText.readBackFix : HopesText.readBackFixLater }];
}

/** "thats all one hope": the hopes cut from one message are kept as one, in their words. */
export async function keepAsOne(session: JourneySession, notes: Record<string, string>, said = ''): Promise<Words | undefined> {
  const ids = (notes[SPLIT.ids] ?? '').split(',').filter(Boolean);
  const draft = await session.draft();
  const present = ids.filter((id) => draft?.aspirations.some((a) => a.id === id));
  // "pass my course and go onto level 2 is the same thing": only the parts named are joined.
  const texts = present.map((id) => draft?.aspirations.find((a) => a.id === id)?.text ?? '');
  const named = partsNamed(said, texts);
  // "mechanic and fix cars is the same thing" when both are in one hope already: nothing else is joined.
  if (named.length === 1 && present.length > 1) return wordsFor(draft!, KEPT_AS_ONE, { hope: quoteOf(texts[named[0]!]!, 20) });
  const some = named.length >= 2 && named.length < present.length;
  const joining = some ? named.map((i) => present[i]!) : present;
  const whole = some ? named.map((i) => texts[i]!).join(' and ') : notes[SPLIT.whole];
  const [first, ...others] = joining;
  if (!first || !whole || others.length === 0) return undefined;
  const joined = await session.updateDraft('hopes kept as one', (d) => others.reduce((next, id) => removeItem(next, id), replaceItemText(d, first, whole)));
  return wordsFor(joined, KEPT_AS_ONE, { hope: quoteOf(whole, 20) });
}

/** The notes saying which hopes one message was cut into, if the question carries them. */
export function splitOf(data: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!data?.[SPLIT.ids]) return undefined;
  return { [SPLIT.ids]: data[SPLIT.ids]!, ...(data[SPLIT.whole] ? { [SPLIT.whole]: data[SPLIT.whole] } : {}) };
}

/**
 * The next question, remembering which hopes one message was cut into; when the stage ends
 * there, the needs stage's first question remembers them, so "it's all one hope" still works.
 */
export function withSplit(next: Next, split: Record<string, string> | undefined, draft: Draft): Next {
  if (!split) return next;
  if (next.goTo) return { ...next, goTo: { ...next.goTo, data: { ...next.goTo.data, ...split } } };
  const first = hopesInDepth(draft)[0];
  if (next.openAt || !first) return next;
  return { ...next, openAt: { stage: Stage.needs, step: Step.needsBarrier, topic: first.id, data: split } };
}
