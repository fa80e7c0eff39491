import type { Draft } from '../src/domain/draft';
import { SUMMARY_LABEL_KEYS, type SummaryItem } from '../src/domain/draftSummary';
import type { Translate } from '../src/i18n';
import { readPartAsked } from '../src/language/reviewPartAsked';
import { willFirst } from '../src/language/willFirst';
import type { Position } from './journey';
import { hasPages, PAGE, pageOf } from './reviewPages';
import { ReviewSummaryText as S } from './reviewText';
import type { Next } from './stageDialog';

/*
 * A long plan's parts as typed lists a phone can read. Every part keeps its number in the whole
 * plan, so "change 8" means the same part in any list. Up to 16 parts come as one short numbered
 * list; more come first as an index (which numbers are the hopes, which the outcomes ...), and
 * "show outcomes" or "show all" lists them, grouped under their headings, a short message a group.
 */

type Group = 'aboutMe' | 'hopes' | 'needs' | 'outcomes';
const GROUPS: readonly Group[] = ['aboutMe', 'hopes', 'needs', 'outcomes'];
const HEADING: Record<Group, string> = { aboutMe: S.partAboutMe, hopes: S.partHopes, needs: S.partNeeds, outcomes: S.partOutcomes };
const GROUP_OF: Readonly<Record<string, Group>> = {
  [SUMMARY_LABEL_KEYS.strengths]: 'aboutMe',
  [SUMMARY_LABEL_KEYS.important]: 'aboutMe',
  [SUMMARY_LABEL_KEYS.support]: 'aboutMe',
  [SUMMARY_LABEL_KEYS.aspiration]: 'hopes',
  [SUMMARY_LABEL_KEYS.need]: 'needs',
  [SUMMARY_LABEL_KEYS.needHelp]: 'needs',
  [SUMMARY_LABEL_KEYS.outcome]: 'outcomes',
  [SUMMARY_LABEL_KEYS.provision]: 'outcomes',
};
const isGroup = (value: string | undefined): value is Group => value !== undefined && (GROUPS as readonly string[]).includes(value);

export const ListText = {
  index: 'review:change.listIndex',
  range: 'review:change.listRange',
  hint: 'review:change.listHint',
  hopeHeading: 'review:change.listHopeHeading',
} as const;

/** Position note at review.change: the list asked for ('all', a group, or 'hope:<number>'). */
export const LIST = 'list';
/** Parts listed in one message with no index first. */
const SHORT_LIST = 16;
/** Lines in one message of a group's list. */
const GROUP_LINES = 12;
/** Words of a part shown in a list: enough to know it by. */
const LIST_WORDS = 8;

interface Line {
  number: number;
  group: Group;
  text: string;
}

/** A part in a list: its first few words, in quotes, enough to know it by. */
export function listLine(item: SummaryItem): string {
  // Goals all start with their time: "I will ..." first and the time after, so the list can be scanned.
  const { will, time } = item.labelKey === SUMMARY_LABEL_KEYS.outcome ? willFirst(item.text) : { will: item.text, time: undefined };
  const words = will.trim().replace(/[.!]+$/, '').split(/\s+/);
  const quoted = `"${words.slice(0, LIST_WORDS).join(' ')}${words.length > LIST_WORDS ? '…' : ''}"`;
  return time ? `${quoted} (${time})` : quoted;
}

function linesOf(items: readonly SummaryItem[]): Line[] {
  return items.map((item, i) => ({ number: i + 1, group: GROUP_OF[item.labelKey] ?? 'outcomes', text: `${i + 1}. ${listLine(item)}` }));
}

/** "5 to 9, 12": the numbers of a group as runs. */
function runsOf(t: Translate, numbers: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const n of numbers) {
    const last = runs.at(-1);
    if (last && last[1] === n - 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs.map(([from, to]) => (from === to ? String(from) : t(ListText.range, { from, to }))).join(', ');
}

/** The index of a long list: each group with its numbers, then how to pick or see a list. */
function indexText(t: Translate, lines: readonly Line[]): string {
  const groups = GROUPS.map((g) => ({ g, numbers: lines.filter((l) => l.group === g).map((l) => l.number) })).filter((x) => x.numbers.length > 0);
  return [t(ListText.index, { count: lines.length }), ...groups.map(({ g, numbers }) => `${t(HEADING[g])}: ${runsOf(t, numbers)}`), t(ListText.hint)].join('\n');
}

/** Lines under a heading, a few lines a message (a long list in one message is hard to read); the heading opens the first. */
function inMessages(heading: string, listed: readonly string[]): string[] {
  const messages: string[] = [];
  for (let at = 0; at < listed.length; at += GROUP_LINES) messages.push([...(at === 0 ? [heading] : []), ...listed.slice(at, at + GROUP_LINES)].join('\n'));
  return messages;
}

/** One group's lines under its heading, a few lines a message. */
function groupTexts(t: Translate, lines: readonly Line[], group: Group): string[] {
  return inMessages(t(HEADING[group]), lines.filter((l) => l.group === group).map((l) => l.text));
}

/** "list hope 2": that hope, what is hard about it, its outcomes and their help, under the hope's own words. */
function hopeTexts(t: Translate, lines: readonly Line[], items: readonly SummaryItem[], draft: Draft, number: number): string[] {
  const hope = draft.aspirations[number - 1];
  if (!hope) return [];
  const needIds = new Set(draft.needs.filter((n) => n.aspirationIds.includes(hope.id)).map((n) => n.id));
  const outcomeIds = new Set(draft.outcomes.filter((o) => o.aspirationId === hope.id).map((o) => o.id));
  const own = (item: SummaryItem) => item.id === hope.id || needIds.has(item.id) || outcomeIds.has(item.id) || (item.parentId !== undefined && (needIds.has(item.parentId) || outcomeIds.has(item.parentId)));
  return inMessages(t(ListText.hopeHeading, { number, text: hope.text }), lines.filter((_, i) => own(items[i]!)).map((l) => l.text));
}

/** The typed list(s) sent before the pick; empty when the buttons show every part. */
export function partsListTexts(items: readonly SummaryItem[], position: Position, t: Translate, draft?: Draft): string[] {
  if (!hasPages(items.length) || pageOf(position) > 0) return [];
  const lines = linesOf(items);
  const asked = position.data?.[LIST];
  const hope = /^hope:(\d{1,2})$/.exec(asked ?? '');
  if (hope && draft) return hopeTexts(t, lines, items, draft, Number(hope[1]));
  if (asked === 'all' || isGroup(asked)) return (asked === 'all' ? GROUPS : [asked]).flatMap((g) => groupTexts(t, lines, g));
  return lines.length <= SHORT_LIST ? [lines.map((l) => l.text).join('\n')] : [indexText(t, lines)];
}

/** "list outcomes", "show hopes", "list all" at a long pick: that list, numbered as the whole plan; undefined otherwise. */
export function listAsked(position: Position, count: number, text: string): Next | undefined {
  if (!hasPages(count)) return undefined;
  // "list hope 2", "show dream 2": the parts of that hope.
  const hope = /^\s*(?:(?:can\s+(?:you|u|i)\s+)?(?:show|list|see)\s+(?:me\s+)?(?:the\s+)?(?:parts\s+of\s+)?)(?:hope|dream|aspiration)\s+(?:number\s+)?(\d{1,2})[\s.!?]*$/i.exec(text);
  if (hope) return { goTo: { ...position, data: { ...(position.data ?? {}), [LIST]: `hope:${hope[1]}`, [PAGE]: '0' } } };
  // "list all", "list the goals": "show all" alone is the command that shows the whole draft.
  const part = readPartAsked(text.replace(/^\s*(?:can\s+(?:you|u)\s+|please\s+)?list\b/i, 'show'));
  if (!part) return undefined;
  return { goTo: { ...position, data: { ...(position.data ?? {}), [LIST]: part, [PAGE]: '0' } } };
}
