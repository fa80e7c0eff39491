import { supportNamed } from '../src/language/provisionFragments';
import { withoutHelpLead } from '../src/language/answerLead';
import { addOutcomeStep, addProvision, replaceItemText, type Draft, type OutcomeStep } from '../src/domain/draft';
import { howOftenOf, botWordsReader, providerFor, familyOrOtherGiverOf, namesHelp, provisionItems, type CoachContext, placeOfDays } from '../src/language';
import type { Words as ContentWords } from '../src/i18n';
import { ReadingMode } from '../src/domain/readingMode';
import { sameNeed, saysNoMoreThan } from '../src/language/sameNeed';
import { withoutHedges } from '../src/language/vagueMeasure';
import { ANOTHER_CHOICES, CONFIRM_CHOICES } from './outcomeText';
import { WhenText } from './outcomeTimeframes';
import { isEarlyYears, timeContextOf } from './outcomeTimeframes';

/*
 * Small pieces the outcome stage shares: what the calendar and the coaching need to know about
 * the person, keeping support as provision, and the bot's own words that must never be stored.
 */

/** The coaching's view of the person on `today`. */
export function coachContextOf(draft: Draft | undefined, today: Date): CoachContext {
  const person = draft?.youngPerson;
  return {
    ...timeContextOf(draft, today),
    earlyYears: isEarlyYears(draft),
    ...(person?.age !== undefined ? { age: person.age } : {}),
  };
}

/** "a quiet room, ear defenders and a visual timetable" said beside a step: each help a row of its own, when each names help. */
function eachHelp(text: string): string[] {
  const items = provisionItems(text);
  // "cookin class. nan can show me": the family member showing them is help of its own (everyday life's), the class another.
  return items.length > 1 && items.every((item) => namesHelp(item) || familyOrOtherGiverOf(item) !== null) ? items : [text];
}

/** Support kept under an outcome, with who usually gives it and how often, when said. */
/** Help kept under an outcome, without its lead-in; the same help said again, in the same or other words, is kept once. */
export function withProvision(draft: Draft, outcomeId: string, texts: readonly string[]): Draft {
  // "He needs speech therapy ... That's the main thing", "the help is X": the support named; a bare "help" names none.
  // "idk someone to help find a club": how sure they are is no part of the help.
  const about = draft.outcomes.find((o) => o.id === outcomeId)?.statement;
  return texts.flatMap(eachHelp).map((text) => supportNamed(withoutHelpLead(hedgesOff(text)))).filter(Boolean).reduce((d, text) => {
    const kept = d.outcomes.find((o) => o.id === outcomeId)?.provision ?? [];
    // "extra time" after "extra time in exams" adds nothing; "extra time in exams" after "extra time" says it better.
    if (kept.some((p) => saysNoMoreThan(text, p.text))) return d;
    // "Speech therapy like I said, maybe every week": the same support again, with how often it is given.
    const head = text.split(/,\s*/)[0] ?? text;
    const again = head !== text ? kept.find((p) => saysNoMoreThan(head, p.text)) : undefined;
    if (again) return withHowOften(d, outcomeId, again.id, text.slice(head.length).replace(/^[,\s]+/, ''));
    const fuller = kept.find((p) => saysNoMoreThan(p.text, text));
    if (fuller) return replaceItemText(d, fuller.id, text.trim());
    // "a laptop" said again in other words: that help is kept once.
    if (kept.some((p) => sameNeed(p.text, text))) return d;
    // Placed for this person: a 22-year-old's cooking lessons with staff at home are social care's, a pupil's lessons school's.
    // Help that names no service goes with what the outcome is about: "my headphones on" for a bus outcome is everyday life's.
    return addProvision(d, outcomeId, text, providerFor(text, placeOfDays(d), about), howOftenOf(text), familyOrOtherGiverOf(text)).draft;
  }, draft);
}

/** The help without "idk", "maybe" or "i guess" around it, in its own case. */
export function hedgesOff(text: string): string {
  const bare = withoutHedges(text);
  return bare !== text.trim() && /^\p{Ll}/u.test(text.trim()) ? bare.charAt(0).toLowerCase() + bare.slice(1) : bare;
}

/** A kept piece of help with how often it is given added to its words (and to how often, when not known). */
function withHowOften(draft: Draft, outcomeId: string, provisionId: string, often: string): Draft {
  return {
    ...draft,
    outcomes: draft.outcomes.map((o) =>
      o.id !== outcomeId
        ? o
        : { ...o, provision: o.provision.map((p) => (p.id !== provisionId ? p : { ...p, text: `${p.text}, ${often}`, ...(p.howOften ? {} : howOftenField(often)) })) },
    ),
  };
}

/** "every week" said after "speech therapy": how often that help is given, its words unchanged. */
export function withHowOftenGiven(draft: Draft, outcomeId: string, provisionId: string, often: string): Draft {
  return { ...draft, outcomes: draft.outcomes.map((o) => (o.id !== outcomeId ? o : { ...o, provision: o.provision.map((p) => (p.id !== provisionId ? p : { ...p, howOften: often })) })) };
}

function howOftenField(text: string): { howOften?: string } {
  const often = howOftenOf(text);
  return often ? { howOften: often } : {};
}

export function withSteps(draft: Draft, outcomeId: string, steps: readonly OutcomeStep[]): Draft {
  return steps.reduce((d, step) => addOutcomeStep(d, outcomeId, step), draft);
}

/** A list kept in a question's data (provision or steps offered before the outcome existed). */
export function listOf<T>(data: Record<string, string> | undefined, key: string): T[] {
  const raw = data?.[key];
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? (parsed as T[]) : [];
  } catch {
    return [];
  }
}

const BUTTON_KEYS = [
  ...ANOTHER_CHOICES.map((c) => c.labelKey),
  ...CONFIRM_CHOICES.map((c) => c.labelKey),
  ...Object.values(WhenText),
  'common:choice.yes',
  'common:choice.no',
  'common:choice.notSure',
];

/** Every button label of the outcome stage, in both registers. */
export function botPhrases(words: ContentWords): string[] {
  const registers = [words.forMode(ReadingMode.standard), words.forMode(ReadingMode.easyRead)];
  return BUTTON_KEYS.flatMap((key) => registers.map((t) => t(key)));
}

const botWordsReaders = new WeakMap<ContentWords, (text: string) => boolean>();

/** Nothing of the person's own in the text: a tapped button, a yes or no, or a shrug. */
export function isBotWords(text: string, words: ContentWords): boolean {
  let reader = botWordsReaders.get(words);
  if (!reader) {
    reader = botWordsReader(botPhrases(words));
    botWordsReaders.set(words, reader);
  }
  return reader(text);
}
