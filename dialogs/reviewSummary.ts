import { doesForMeShown } from '../src/language/feelingAnswer';
import { personForReadBack } from '../src/domain/childPronoun';
import type { Attachment } from 'botbuilder';
import type { Aspiration, Draft, Outcome } from '../src/domain/draft';
import { labelledWhen, whenAside, whenLine } from '../src/domain/whenLine';
import { summaryItems } from '../src/domain/draftSummary';
import type { Translate } from '../src/i18n';
import { quoteOf } from '../src/language';
import { readPartAsked, type ReviewPartAsked } from '../src/language/reviewPartAsked';
import { ReadingMode } from '../src/domain/readingMode';
import { understandSummary } from './closedReplies';
import { Step } from './ids';
import type { Position } from './journey';
import { cardOf, cardWords, CARD_PARTS, CommentPlacer, line, plain, reviewCards, type CardPart, type Element } from './reviewCard';
import { ReviewSummaryText as S, ReviewText as T, SUMMARY_CHOICES, SUMMARY_CHOICES_CHANGES_REQUESTED } from './reviewText';
import type { Choice, Question } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * The read-back starts short: how many hopes, needs and outcomes there are, and what is still
 * missing, then "what would you like to change?" with the parts to pick from. A part is shown in
 * full when asked ("show me the goals", "see it all"). In easy read, each hope is read back on its
 * own with its goals, and "Is this right?" is asked after each one.
 */

/** Position notes at review.summary: the part shown in full, or (easy read) which hope is read back. */
/**
 * `again`: asked after a message not understood; `brief`: asked after a question answered. Neither prints the plan again.
 * `finishAsked`: "looks good, well it doesn't" was met with finish or change; a second one finishes.
 */
export const SummaryData = { show: 'show', part: 'part', again: 'again', brief: 'brief', finishAsked: 'finishAsked' } as const;

const SHOW_CHOICES: readonly Choice[] = [
  { value: 'show:aboutMe', labelKey: S.partAboutMe },
  { value: 'show:hopes', labelKey: S.partHopes },
  { value: 'show:needs', labelKey: S.partNeeds },
  { value: 'show:outcomes', labelKey: S.partOutcomes },
];

const PART_CHOICES: readonly Choice[] = [
  { value: 'good', labelKey: T.yes },
  { value: 'change', labelKey: T.changeSomething },
];

/** The read-back's choices: sending it back too, while the key worker has asked for changes. */
export function summaryChoices(draft: Draft | undefined): readonly Choice[] {
  return draft?.status === 'changes_requested' ? SUMMARY_CHOICES_CHANGES_REQUESTED : SUMMARY_CHOICES;
}

/** A part asked for by its button or in words ("show me the goals"): 'show:<part>'. */
export function showAsked(text: string): string | undefined {
  const part = readPartAsked(text);
  return part ? `show:${part}` : undefined;
}

const MAX_MISSING = 5;

function counted(t: Translate, count: number, one: string, many: string): string {
  return count === 1 ? t(one) : t(many, { count });
}

/** What is still missing: outcomes with no measure or no date, hopes with no outcome, outcomes not agreed. */
function missingLines(draft: Draft, t: Translate): string[] {
  const quote = (text: string) => plain(quoteOf(text));
  const withOutcome = new Set(draft.outcomes.map((o) => o.aspirationId));
  const lines = [
    ...draft.outcomes.filter((o) => !o.measure).map((o) => t(S.noMeasure, { text: quote(o.statement) })),
    ...draft.outcomes.filter((o) => !o.timeframe).map((o) => t(S.noWhen, { text: quote(o.statement) })),
    ...draft.aspirations.filter((a) => !withOutcome.has(a.id)).map((a) => t(S.noOutcome, { text: quote(a.text) })),
    ...draft.outcomes.filter((o) => !o.confirmed).map((o) => t(S.notAgreed, { text: quote(o.statement) })),
  ];
  if (lines.length <= MAX_MISSING) return lines;
  return [...lines.slice(0, MAX_MISSING), t(S.missingMore, { count: lines.length - MAX_MISSING })];
}

/** The key worker's open comments, each under the words it is about, so none is missed in the short read-back. */
function commentLines(draft: Draft, t: Translate): Element[] {
  const open = draft.comments.filter((c) => !c.resolved);
  if (open.length === 0) return [];
  const items = summaryItems(draft);
  return [
    line(t(S.commentsHeading), { weight: 'Bolder' }),
    ...open.flatMap((c) => {
      const item = c.itemId ? items.find((i) => i.id === c.itemId || c.itemId!.startsWith(`${i.id}/`)) : undefined;
      const said = { type: 'Container', style: 'emphasis', spacing: 'Small', items: [line(t(T.cardKeyWorkerSaid, { text: plain(c.proposal?.text ?? c.text) }), { weight: 'Bolder' })] };
      return [...(item ? [line(`• ${plain(item.text)}`)] : []), said];
    }),
  ];
}

/** The short read-back: the counts, and what is missing. */
export function summaryCard(draft: Draft, plainT: Translate): Attachment {
  const { t, forChild, name } = cardWords(draft, plainT);
  const counts = t(S.counts, {
    hopes: counted(t, draft.aspirations.length, S.hopeOne, S.hopeMany),
    needs: counted(t, draft.needs.length, S.needOne, S.needMany),
    outcomes: counted(t, draft.outcomes.length, S.outcomeOne, S.outcomeMany),
  });
  const missing = missingLines(draft, t);
  const body: Element[] = [
    line(t(forChild ? T.cardTitleChild : T.cardTitle, { name }), { size: 'Large', weight: 'Bolder' }),
    line(counts),
    ...(missing.length > 0 ? [line(t(S.missingHeading), { weight: 'Bolder' }), ...missing.map((text) => line(`• ${text}`))] : [line(t(S.nothingMissing))]),
  ];
  return cardOf([...body, ...commentLines(draft, t)]);
}

/** The cards of the part asked for: one part of the plan, or all of it. */
export function partCards(draft: Draft, t: Translate, asked: string): Attachment[] {
  const part = asked as ReviewPartAsked;
  const parts: readonly CardPart[] = (CARD_PARTS as readonly string[]).includes(part) ? [part as CardPart] : CARD_PARTS;
  return reviewCards(draft, t, undefined, parts);
}

/** Easy read: the hopes read back one at a time, and outcomes whose hope is gone as one more part. */
function easyParts(draft: Draft): (Aspiration | null)[] {
  const hopeIds = new Set(draft.aspirations.map((a) => a.id));
  const loose = draft.outcomes.some((o) => !o.aspirationId || !hopeIds.has(o.aspirationId));
  return [...draft.aspirations, ...(loose ? [null] : [])];
}

/** Easy read: one hope, what is hard about it, and its goals with when, how we know, and what each does for them. */
function hopeCard(draft: Draft, plainT: Translate, hope: Aspiration | null, index: number, total: number): Attachment {
  const { t } = cardWords(draft, plainT);
  const comments = new CommentPlacer(draft, t);
  const hopeIds = new Set(draft.aspirations.map((a) => a.id));
  const outcomes = draft.outcomes.filter((o) => (hope ? o.aspirationId === hope.id : !o.aspirationId || !hopeIds.has(o.aspirationId)));
  const needs = hope ? draft.needs.filter((n) => n.aspirationIds.includes(hope.id)) : [];
  const goal = (o: Outcome): Element[] => {
    const first = o.steps?.[0];
    const facts = [
      // The first step on the way ("do work experience in a cafe") shows, so it is never thought lost.
      ...(first ? [{ title: t(T.cardFirstStep), value: first.timeframe?.date ? t(T.cardStepValue, { text: plain(first.text), when: plain(whenAside(first.timeframe.phrase, first.timeframe.date)) }) : plain(first.text) }] : []),
      ...(o.timeframe ? [labelledWhen(t(T.cardWhen), whenLine(plain(o.timeframe.phrase), o.timeframe.date))] : []),
      { title: t(T.cardMeasure), value: o.measure ? plain(o.measure) : t(S.notYet) },
      // Why the goal matters to them is read back too, short, so the goal is never only a target.
      ...(o.doesForMe ? [{ title: t(T.cardDoesForMe), value: `"${plain(quoteOf(doesForMeShown(o.doesForMe, personForReadBack(draft))))}"` }] : []),
      ...(o.makesPossible ? [{ title: t(T.cardMakesPossible), value: `"${plain(quoteOf(o.makesPossible))}"` }] : []),
    ];
    return [line(plain(o.statement), { weight: 'Bolder', separator: true }), { type: 'FactSet', facts }, ...comments.underOutcome(o)];
  };
  const body: Element[] = [
    line(t(S.partOf, { number: index + 1, total }), { isSubtle: true }),
    line(hope ? plain(hope.text) : t(S.otherGoals), { size: 'Medium', weight: 'Bolder' }),
    ...(hope ? comments.under(hope.id) : []),
    ...(needs.length > 0 ? [line(t(S.hardHere, { text: needs.map((n) => plain(n.text)).join('; ') }))] : []),
    ...(outcomes.length > 0 ? outcomes.flatMap(goal) : [line(t(T.cardNoOutcomeYet), { isSubtle: true })]),
  ];
  return cardOf(body);
}

const isEasy = (session: JourneySession) => session.mode === ReadingMode.easyRead;

/** Where the read-back starts: in easy read, the first hope (when there is one). */
export function readBackStart(session: JourneySession, draft: Draft | undefined): Position['data'] {
  return isEasy(session) && draft && easyParts(draft).length > 0 ? { [SummaryData.part]: '0' } : undefined;
}

/** The read-back's question: a hope read back (easy read), or the short summary with a part shown in full when asked. */
export function summaryQuestion(session: JourneySession, draft: Draft | undefined, position: Position, choices: readonly Choice[], understand: (text: string) => string | undefined): Question {
  const part = position.data?.[SummaryData.part];
  const parts = draft ? easyParts(draft) : [];
  const index = Number(part);
  if (draft && part !== undefined && isEasy(session) && index < parts.length) {
    return {
      step: Step.reviewSummary,
      ...(parts[index] ? { topic: parts[index]!.id } : {}),
      words: { key: S.partQuestion },
      choices: PART_CHOICES,
      understand: (text) => showAsked(text) ?? understandSummary(text) ?? understand(text),
      attachments: [hopeCard(draft, session.t, parts[index]!, index, parts.length)],
    };
  }
  const show = position.data?.[SummaryData.show];
  // After a message not understood: which part, briefly. The whole plan (or the part shown) is never printed again for a miss.
  const brief = position.data?.[SummaryData.again] === '1' ? S.whichPart : !show && position.data?.[SummaryData.brief] === '1' ? S.question : undefined;
  if (brief) return { step: Step.reviewSummary, ...(show ? { topic: show } : {}), words: { key: brief }, choices: [...choices, ...SHOW_CHOICES], understand: (text) => showAsked(text) ?? understand(text) };
  const cards = draft ? (show ? partCards(draft, session.t, show) : [summaryCard(draft, session.t)]) : [];
  return {
    step: Step.reviewSummary,
    // The part shown in full is what the question is about.
    ...(show ? { topic: show } : {}),
    words: { key: S.question },
    choices: [...choices, ...SHOW_CHOICES],
    understand: (text) => showAsked(text) ?? understand(text),
    // A long part's earlier cards are sent just before (ask); the last one comes with the question.
    ...(cards.length > 0 ? { attachments: cards.slice(-1) } : {}),
  };
}

/** Cards sent before the question: the short summary before the first hope (easy read), or a long part's first cards. */
export function cardsBefore(session: JourneySession, draft: Draft | undefined, position: Position): Attachment[] {
  if (!draft) return [];
  if (position.data?.[SummaryData.part] === '0' && isEasy(session)) return [summaryCard(draft, session.t)];
  const show = position.data?.[SummaryData.show];
  return show && position.data?.[SummaryData.part] === undefined ? partCards(draft, session.t, show).slice(0, -1) : [];
}

/** "see it all", "show me the goals": the read-back with that part in full. */
export function showPart(text: string): Next | undefined {
  const show = showAsked(text);
  return show ? { goTo: { step: Step.reviewSummary, data: { [SummaryData.show]: show.slice('show:'.length) } } } : undefined;
}

/**
 * At the read-back: a part asked for is shown in full; in easy read, "yes" reads back the next
 * hope, and after the last one the plan is agreed (`done`). Undefined for any other answer.
 */
export function answerSummaryPart(session: JourneySession, draft: Draft | undefined, position: Position, text: string, done: () => Next): Next | undefined {
  const shown = showPart(text);
  if (shown) return shown;
  const part = position.data?.[SummaryData.part];
  if (part === undefined || !isEasy(session) || !draft) return undefined;
  if (understandSummary(text) !== 'good') return undefined;
  const next = Number(part) + 1;
  return next < easyParts(draft).length ? { goTo: { step: Step.reviewSummary, data: { [SummaryData.part]: String(next) } } } : done();
}
