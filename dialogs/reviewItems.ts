import type { Draft } from '../src/domain/draft';
import { SUMMARY_LABEL_KEYS, summaryItems, type SummaryItem, type SummaryLabelKey } from '../src/domain/draftSummary';
import { stem } from '../src/language/features';
import { aboutMeSectionNamed } from '../src/language/aboutMeSectionNamed';
import { quotedStartOf } from '../src/language/quotedStart';
import { atPlace, placeNamed } from '../src/language/partByPlace';

/*
 * Which part of the draft a person means when they name it in their own words at the review:
 * "the laptop", "the help for reading", "the worry one", "number 3", "my dream".
 */

/** The items a person can reword or take out from the chat: their own sentences and the help under them. */
const CHANGEABLE = new Set<string>([
  SUMMARY_LABEL_KEYS.strengths,
  SUMMARY_LABEL_KEYS.important,
  SUMMARY_LABEL_KEYS.support,
  SUMMARY_LABEL_KEYS.aspiration,
  SUMMARY_LABEL_KEYS.need,
  SUMMARY_LABEL_KEYS.needHelp,
  SUMMARY_LABEL_KEYS.outcome,
  SUMMARY_LABEL_KEYS.provision,
]);

/**
 * Every item the person can change: their own sentences, what helps and the help they asked for,
 * and any item the key worker commented on. Commented items come first, so they are always on a button.
 */
export function changeableItems(draft: Draft): SummaryItem[] {
  const commented = new Set(draft.comments.filter((c) => !c.resolved && c.itemId).map((c) => c.itemId));
  const items = summaryItems(draft).filter((item) => CHANGEABLE.has(item.labelKey) || commented.has(item.id));
  return [...items.filter((i) => commented.has(i.id)), ...items.filter((i) => !commented.has(i.id))];
}

/** A goal's own answers that can be taken out alone once named by their words ("so many questions man"). */
const GOAL_ANSWERS = new Set<string>([SUMMARY_LABEL_KEYS.outcomeMeasure, SUMMARY_LABEL_KEYS.outcomeDoesForMe, SUMMARY_LABEL_KEYS.outcomeMakesPossible]);

/** The items that can be taken out: the changeable ones and a goal's own answers. */
export function removableItems(draft: Draft): SummaryItem[] {
  return [...changeableItems(draft), ...summaryItems(draft).filter((item) => GOAL_ANSWERS.has(item.labelKey))];
}

/** The needs, in the order given: what a "put it under health" is about. */
export function needItems(draft: Draft): SummaryItem[] {
  return summaryItems(draft).filter((item) => item.labelKey === SUMMARY_LABEL_KEYS.need);
}

type Kind = 'hope' | 'need' | 'help' | 'outcome' | 'about';

const KIND_OF: Partial<Record<SummaryLabelKey, Kind>> = {
  [SUMMARY_LABEL_KEYS.strengths]: 'about',
  [SUMMARY_LABEL_KEYS.important]: 'about',
  [SUMMARY_LABEL_KEYS.support]: 'about',
  [SUMMARY_LABEL_KEYS.aspiration]: 'hope',
  [SUMMARY_LABEL_KEYS.need]: 'need',
  [SUMMARY_LABEL_KEYS.needHelp]: 'help',
  [SUMMARY_LABEL_KEYS.provision]: 'help',
  [SUMMARY_LABEL_KEYS.outcome]: 'outcome',
};

/** Words that say which kind of part is meant, not which one. */
const KIND_WORDS: Record<string, Kind> = {
  help: 'help', helps: 'help', support: 'help', provision: 'help', helping: 'help',
  hope: 'hope', hopes: 'hope', dream: 'hope', dreams: 'hope', wish: 'hope', aspiration: 'hope', ambition: 'hope',
  outcome: 'outcome', outcomes: 'outcome', goal: 'outcome', goals: 'outcome', target: 'outcome',
  need: 'need', needs: 'need', hard: 'need', problem: 'need', difficulty: 'need', barrier: 'need',
};

const FILLER = new Set(
  'the a an my his her their our your one ones bit bits part parts about for with on in of to thing things line that this it its is was were wrong says said say where which i me and at number item stuff saying what what s bout bout re thats'.split(' '),
);

/** "the job hope", "my football dream": a hope named by its kind and a word of it. */
const NAMED_HOPE = /^(?:the|my|his|her|their)\s+\S.{0,40}\s+(?:hope|dream)$/i;

export const namesAHope = (named: string): boolean => NAMED_HOPE.test(named.trim());

function words(text: string): string[] {
  return text.toLowerCase().replace(/[\u2018\u2019']/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Whether a part's words start with these ("By July 2027, Ben will ..." also starts where its date ends). */
function startsWith(text: string, start: string): boolean {
  const opening = (part: string) => `${words(part).join(' ')} `.startsWith(`${start} `);
  const comma = text.indexOf(',');
  return opening(text) || (comma > 0 && comma < 40 && opening(text.slice(comma + 1)));
}

/** "cookin", "drivin": the g dropped as people say it; the word is read both ways, so "the cookin one" finds cooking. */
function stems(text: string): Set<string> {
  return new Set(words(text).filter((w) => !FILLER.has(w)).flatMap((w) => (/^[a-z]{3,}[^aeiou]in$/.test(w) ? [stem(w), stem(`${w}g`)] : [stem(w)])));
}

export function kindOf(item: SummaryItem): Kind | undefined {
  return KIND_OF[item.labelKey];
}

/** The help under a need or an outcome: what already helps, and the help asked for towards it. */
function helpUnder(draft: Draft, items: readonly SummaryItem[], item: SummaryItem): SummaryItem[] {
  const outcomeIds = new Set(item.labelKey === SUMMARY_LABEL_KEYS.need ? draft.outcomes.filter((o) => o.needIds.includes(item.id)).map((o) => o.id) : [item.id]);
  return items.filter((i) => kindOf(i) === 'help' && (i.parentId === item.id || (i.parentId !== undefined && outcomeIds.has(i.parentId))));
}

/**
 * The items that fit what was named: by its number in the list, by the words it shares with what
 * was said ("the laptop", "the worry one"), or by its kind alone ("my dream"). One item when it is
 * clear; several when they fit equally; none when nothing does.
 */
export function matchItems(draft: Draft, items: readonly SummaryItem[], named: string): SummaryItem[] {
  // "3", "number 3", "hope 5", "the goal no. 6": the number shown in the list, when that number is of the kind said;
  // "hope 1" when number 1 of the list is no hope is the first hope; "the number 4 one" is number 4.
  const number = /^\s*(?:the\s+)?(?:(hopes?|dreams?|wish|needs?|hard\s+things?|goals?|outcomes?|targets?|help|parts?|items?)\s+)?(?:number\s+|no\.?\s+|#)?(\d{1,2})\b/i.exec(named);
  if (number) {
    const at = Number(number[2]);
    const shown = items.slice(at - 1, at);
    const said = number[1] ? KIND_WORDS[number[1].toLowerCase().split(/\s+/)[0]!] : undefined;
    if (!said || shown.some((i) => kindOf(i) === said)) return shown;
    const ofKind = items.filter((i) => kindOf(i) === said);
    return ofKind.slice(at - 1, at);
  }
  // "the first outcome", "the last hope": the part at that place among the parts of its kind.
  const place = placeNamed(named);
  const placeKind = place ? KIND_WORDS[place.kindWord] : undefined;
  if (place && placeKind) return atPlace(items.filter((i) => kindOf(i) === placeKind), place.place);
  // "the one that starts 'he is only seven'": the parts that start with those words, when any does.
  const start = quotedStartOf(named);
  const starting = start ? items.filter((item) => startsWith(item.text, words(start).join(' '))) : [];
  if (starting.length > 0) return starting;
  const exact = items.filter((item) => words(item.text).join(' ') === words(named).join(' ').replace(/\s*…$/, ''));
  if (exact.length > 0) return exact.slice(0, 1);
  // "what people like about me": the answers under that heading, never a need that says "like".
  const section = aboutMeSectionNamed(named);
  if (section) return items.filter((i) => i.labelKey === SUMMARY_LABEL_KEYS[section]);
  const said = words(named);
  const kind = said.map((w) => KIND_WORDS[w]).find(Boolean);
  const wanted = new Set([...stems(named)].filter((s) => !Object.keys(KIND_WORDS).some((k) => stem(k) === s)));
  if (wanted.size === 0) {
    return kind ? items.filter((i) => kindOf(i) === kind) : [];
  }
  // "the meltdown outcome. it say Kuba will two times": a word every item holds ("Kuba", "will") names
  // none of them, a rare one names one; the words of the first sentence name the part, the rest describe it.
  const itemStems = items.map((item) => stems(item.text));
  const first = stems(named.split(/[.!?;,]+/)[0] ?? '');
  const weight = (s: string) => (first.has(s) && first.size < wanted.size ? 2 : 1) / Math.max(1, itemStems.filter((has) => has.has(s)).length);
  const scored = items
    .map((item, i) => {
      const has = itemStems[i]!;
      return { item, score: [...wanted].filter((s) => has.has(s)).reduce((sum, s) => sum + weight(s), 0) };
    })
    .filter((s) => s.score > 0);
  if (scored.length === 0) return [];
  const best = Math.max(...scored.map((s) => s.score));
  let top = scored.filter((s) => s.score === best).map((s) => s.item);
  // "the hope about customers", "the customers one isnt a hope": the kind said picks among the parts its words fit.
  const ofKind = kind && kind !== 'help' ? scored.filter((s) => kindOf(s.item) === kind) : [];
  // "the job hope" when no hope says "job": one of the hopes is meant, never a goal that says it.
  if (kind === 'hope' && ofKind.length === 0 && namesAHope(named)) return items.filter((i) => kindOf(i) === 'hope');
  // "the money outcome" when only the hope says "money": the one outcome towards that hope.
  const towards = kind === 'outcome' && ofKind.length === 0 ? outcomesTowards(draft, items, top) : [];
  if (towards.length === 1) return towards;
  if (ofKind.length > 0) {
    const bestOfKind = Math.max(...ofKind.map((s) => s.score));
    top = ofKind.filter((s) => s.score === bestOfKind).map((s) => s.item);
  } else if (kind && top.some((i) => kindOf(i) === kind)) top = top.filter((i) => kindOf(i) === kind);
  else if (kind === 'help') {
    // "the help for reading": the help under the need or outcome about reading.
    const under = top.flatMap((i) => helpUnder(draft, items, i));
    if (under.length > 0) top = [...new Set(under)];
  }
  return top;
}

/** The outcome items towards the hopes among these items. */
function outcomesTowards(draft: Draft, items: readonly SummaryItem[], named: readonly SummaryItem[]): SummaryItem[] {
  const hopeIds = new Set(named.filter((i) => kindOf(i) === 'hope').map((i) => i.id));
  const outcomeIds = new Set(draft.outcomes.filter((o) => o.aspirationId !== null && hopeIds.has(o.aspirationId)).map((o) => o.id));
  return items.filter((i) => kindOf(i) === 'outcome' && outcomeIds.has(i.id));
}
