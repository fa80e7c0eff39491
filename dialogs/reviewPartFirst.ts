import type { Draft } from '../src/domain/draft';
import { SUMMARY_LABEL_KEYS, type SummaryItem } from '../src/domain/draftSummary';
import type { Translate } from '../src/i18n';
import { readPartAsked } from '../src/language/reviewPartAsked';
import { normaliseReply } from '../src/language/polarity';
import type { Position } from './journey';
import { changeableItems } from './reviewItems';
import { hasPages } from './reviewPages';
import { RequestData as D, ReviewSummaryText as S } from './reviewText';
import type { Choice, Question } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import { Step } from './ids';

/*
 * In easy read, a long plan is never one long list to pick from. "Change something" first asks
 * which part (my dreams, what is hard, what helps, my goals), then lists only that part's items,
 * numbered from 1, one short line each. The numbers, buttons and words then mean those items only.
 */

export type PartGroup = 'aboutMe' | 'hopes' | 'needs' | 'help' | 'outcomes';
const GROUPS: readonly PartGroup[] = ['hopes', 'needs', 'help', 'outcomes', 'aboutMe'];

export const PartFirstText = {
  question: 'review:change.whichPart',
  pickIn: 'review:change.pickInPart',
  help: 'review:change.partHelp',
} as const;

const LABEL: Record<PartGroup, string> = { aboutMe: S.partAboutMe, hopes: S.partHopes, needs: S.partNeeds, help: PartFirstText.help, outcomes: S.partOutcomes };

const GROUP_OF: Readonly<Record<string, PartGroup>> = {
  [SUMMARY_LABEL_KEYS.strengths]: 'aboutMe',
  [SUMMARY_LABEL_KEYS.important]: 'aboutMe',
  [SUMMARY_LABEL_KEYS.support]: 'aboutMe',
  [SUMMARY_LABEL_KEYS.aspiration]: 'hopes',
  [SUMMARY_LABEL_KEYS.need]: 'needs',
  [SUMMARY_LABEL_KEYS.needHelp]: 'help',
  [SUMMARY_LABEL_KEYS.provision]: 'help',
  [SUMMARY_LABEL_KEYS.outcome]: 'outcomes',
};

/** Position note at review.change: the part picked first (its items are the ones to choose from). */
export const PART = 'part';
const isGroup = (value: string | undefined): value is PartGroup => value !== undefined && (GROUPS as readonly string[]).includes(value);

/** The items of one part, in the plan's order. */
function itemsOf(draft: Draft, group: PartGroup): SummaryItem[] {
  return changeableItems(draft).filter((i) => GROUP_OF[i.labelKey] === group);
}

/** Easy read, nothing picked or asked yet, and more parts than fit on one page: the part is asked first. */
export function asksPartFirst(session: JourneySession, draft: Draft | undefined, position: Position): boolean {
  const data = position.data ?? {};
  if (session.mode !== 'easy_read' || !draft || position.step !== Step.reviewChange) return false;
  if (Object.keys(data).some((k) => k !== 'page')) return false;
  return hasPages(changeableItems(draft).length);
}

/** "Which part do you want to change?", with a button for each part that has items. */
export function partFirstQuestion(draft: Draft): Question {
  const choices: Choice[] = GROUPS.filter((g) => itemsOf(draft, g).length > 0).map((g) => ({ value: g, labelKey: LABEL[g] }));
  return { step: Step.reviewChange, words: { key: PartFirstText.question }, choices, understand: readGroup };
}

/** "the goals", "what is hard", "help", "my dreams": the part named; undefined for anything else. */
function readGroup(text: string): PartGroup | undefined {
  if (isGroup(text)) return text;
  const said = normaliseReply(text).replace(/[.!?]+$/, '').trim();
  if (/^(?:the\s+|my\s+)?(?:help|what\s+helps|helps|the\s+help\s+i\s+get|help\s+i\s+get|support)$/.test(said)) return 'help';
  const part = readPartAsked(said);
  return part && part !== 'all' ? part : undefined;
}

/** The part named at "Which part?": its items to choose from; undefined when no part is named. */
export function partPickedFirst(draft: Draft, text: string): Next | undefined {
  const group = readGroup(text);
  const items = group ? itemsOf(draft, group) : [];
  if (!group || items.length === 0) return undefined;
  return { goTo: { step: Step.reviewChange, data: { [D.choose]: items.map((i) => i.id).join(' '), [PART]: group } } };
}

/** At the part's own list: "Which one do you want to change?"; undefined anywhere else. */
export function pickInPartQuestion(position: Position): Question | undefined {
  const data = position.data ?? {};
  return isGroup(data[PART]) && data[D.choose] && !data.itemId ? { step: Step.reviewChange, words: { key: PartFirstText.pickIn } } : undefined;
}

/** The part's items as one short numbered list under its heading, numbered as the buttons are. */
export function partListTexts(t: Translate, position: Position, items: readonly SummaryItem[], line: (item: SummaryItem) => string): string[] {
  const group = position.data?.[PART];
  if (!isGroup(group) || !position.data?.[D.choose] || position.data.itemId) return [];
  return [[t(LABEL[group]), ...items.map((item, i) => `${i + 1}. ${line(item)}`)].join('\n')];
}
