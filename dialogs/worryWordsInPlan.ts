import type { Draft } from '../src/domain/draft';
import { ABOUT_ME_SECTIONS, type AboutMeSection } from '../src/domain/vocabulary';
import type { Translate } from '../src/i18n';
import { detectConcern } from '../src/language/concern';
import { cardWords } from './reviewCard';
import { ReviewText as T } from './reviewText';

/*
 * After a worry was told, "who will see the bit about his mum" must be answered truly: the note
 * the key worker sees has no words, but words kept as an answer of the plan show wherever the plan
 * does (shared, or the copy downloaded). So the answer names the headings whose answers read as a
 * worry themselves, in the words the plan is read back in ("What matters to Reece").
 */

const ABOUT_ME_HEADING: Record<AboutMeSection, string> = { strengths: T.cardStrengths, important: T.cardImportant, support: T.cardSupport };

/**
 * A kept answer that reads as a worry (or as one worth a gentle check): the words a note leaves out.
 * A faint reading counts only where a worry was told (the part of the plan the flag's question
 * fills): "I will cook my own tea every day" elsewhere is a goal, not the worry.
 */
const readsAsWorry = (text: string, whereTold: boolean): boolean => {
  const read = detectConcern(text);
  return (read.concern && (whereTold || !read.faint)) || Boolean(read.unclear);
};

/** The part of the plan a question's answers go to ("aboutMe.important" to "important", "outcome.measure" to "outcomes"). */
const partOfStep = (step: string): string => {
  const [stage, field] = step.split('.');
  return stage === 'aboutMe' ? (field ?? '') : stage === 'hopes' ? 'hopes' : stage === 'needs' ? 'needs' : stage === 'outcome' ? 'outcomes' : '';
};

let list: Intl.ListFormat | undefined;
const listed = (items: string[]): string => (list ??= new Intl.ListFormat('en-GB', { type: 'conjunction' })).format(items);

/** The plan's headings whose answers hold words that read as a worry, joined for a sentence ("What matters to Reece"), or undefined. */
export function worryWordsInPlan(draft: Draft | undefined, plainT: Translate): string | undefined {
  if (!draft) return undefined;
  const { t } = cardWords(draft, plainT);
  const told = new Set(draft.flags.map((f) => partOfStep(f.step)));
  const worrying = (part: string) => (text: string) => readsAsWorry(text, told.has(part));
  const headings: string[] = [];
  for (const section of ABOUT_ME_SECTIONS) if (draft.aboutMe[section].some(worrying(section))) headings.push(t(ABOUT_ME_HEADING[section]));
  if (draft.aspirations.some((a) => worrying('hopes')(a.text))) headings.push(t(T.cardHopes));
  if (draft.needs.some((n) => worrying('needs')(n.text))) headings.push(t(T.cardNeeds));
  const outcomeWords = (o: Draft['outcomes'][number]) => [o.statement, o.doesForMe, o.makesPossible, o.measure].filter((w): w is string => typeof w === 'string');
  if (draft.outcomes.some((o) => outcomeWords(o).some(worrying('outcomes')))) headings.push(t(T.cardOutcomes));
  return headings.length > 0 ? listed(headings.map((h) => `"${h}"`)) : undefined;
}

/**
 * Whether the plan may hold words of a message that was checked or noted: a message read as a worry
 * can be kept as the answer to the question it interrupted, and re-reading it alone ("i just have
 * crisps") no longer shows it was a worry. So any answer in the part of the plan a noted question
 * fills counts, and "you can show the copy to anyone" is never said then.
 */
export function mayHoldWorryWords(draft: Draft | undefined): boolean {
  if (!draft) return false;
  const parts = new Set(draft.flags.map((f) => partOfStep(f.step)));
  const filled = (part: string): boolean => {
    if ((ABOUT_ME_SECTIONS as readonly string[]).includes(part)) return draft.aboutMe[part as AboutMeSection].length > 0;
    if (part === 'hopes') return draft.aspirations.length > 0;
    if (part === 'needs') return draft.needs.length > 0;
    if (part === 'outcomes') return draft.outcomes.length > 0;
    return false;
  };
  return [...parts].some(filled);
}

/** What a safety answer needs to know of the plan's kept words: the headings that read as a worry, or that some may. */
export function planWordsOf(draft: Draft | undefined, t: Translate): { answers?: string; mayHold?: boolean } {
  const answers = worryWordsInPlan(draft, t);
  if (answers) return { answers };
  return mayHoldWorryWords(draft) ? { mayHold: true } : {};
}
