import { whenAside, labelledWhen, whenLine } from '../src/domain/whenLine';
import { personForReadBack } from '../src/domain/childPronoun';
import { doesForMeShown } from '../src/language/feelingAnswer';
import { withTwins } from '../src/i18n/twins';
import { speaksForThem } from './aboutWhom';
import { CardFactory, type Attachment, type TurnContext } from 'botbuilder';
import type { JourneySession } from './session';
import type { Draft, DraftComment, Outcome } from '../src/domain/draft';
import { needArea, type NeedArea } from '../src/language/needArea';
import { aboutMeItemId } from '../src/domain/itemIds';
import { ABOUT_ME_SECTIONS, type AboutMeSection } from '../src/domain/vocabulary';
import type { Translate } from '../src/i18n';
import { escapeMarkdown } from '../src/security/escape';
import { ReviewText as T } from './reviewText';

export type Element = Record<string, unknown>;


/*
 * TextBlocks and FactSet values render Markdown in Web Chat and Teams, so everything the young
 * person or their key worker wrote is escaped before it goes into the card: it shows as typed.
 */
export const plain = escapeMarkdown;

export const heading = (text: string): Element => ({ type: 'TextBlock', text, weight: 'Bolder', size: 'Medium', wrap: true, separator: true, spacing: 'Medium' });
export const line = (text: string, extra: Element = {}): Element => ({ type: 'TextBlock', text, wrap: true, ...extra });

/** Open key worker comments, found by the item they are about; each is shown once. */
export class CommentPlacer {
  private readonly open: DraftComment[];
  private readonly placed = new Set<string>();

  constructor(
    draft: Draft,
    private readonly t: Translate,
  ) {
    this.open = draft.comments.filter((c) => !c.resolved);
  }

  /** "Your key worker said: …" lines for the comments on any of these items. */
  under(...itemIds: string[]): Element[] {
    const about = this.open.filter((c) => c.itemId !== undefined && itemIds.includes(c.itemId) && !this.placed.has(c.id));
    return about.map((c) => this.said(c));
  }

  /** Comments on one of an outcome's parts ("<outcomeId>/when") or its provision. */
  underOutcome(outcome: Outcome): Element[] {
    const ids = new Set([outcome.id, ...outcome.provision.map((p) => p.id)]);
    const about = this.open.filter((c) => c.itemId !== undefined && !this.placed.has(c.id) && (ids.has(c.itemId) || c.itemId.startsWith(`${outcome.id}/`)));
    return about.map((c) => this.said(c));
  }

  /** Comments on a need or on what helps with it ("<needId>/helps/0"). */
  underNeed(needId: string): Element[] {
    const about = this.open.filter((c) => c.itemId !== undefined && !this.placed.has(c.id) && (c.itemId === needId || c.itemId.startsWith(`${needId}/`)));
    return about.map((c) => this.said(c));
  }

  /** Comments on the whole draft, and on items no longer in it, so none is hidden. */
  rest(): Element[] {
    return this.open.filter((c) => !this.placed.has(c.id)).map((c) => this.said(c));
  }

  private said(comment: DraftComment): Element {
    this.placed.add(comment.id);
    return {
      type: 'Container',
      style: 'emphasis',
      spacing: 'Small',
      // The chat's own text colour: an accent colour on the emphasis background was about 3.3:1.
      items: [line(this.t(T.cardKeyWorkerSaid, { text: plain(comment.proposal?.text ?? comment.text) }), { weight: 'Bolder' })],
    };
  }
}

/** Headings in the young person's voice, and their twins about the child. */
const CARD_CHILD_TWINS: Readonly<Record<string, string>> = {
  [T.cardStrengths]: 'review:card.strengthsChild',
  [T.cardImportant]: 'review:card.importantChild',
  [T.cardSupport]: 'review:card.supportChild',
  [T.cardDoesForMe]: 'review:card.doesForMeChild',
  [T.cardMakesPossible]: 'review:card.makesPossibleChild',
  [T.cardHelp]: 'review:card.helpChild',
};

const ABOUT_ME_TITLE: Record<AboutMeSection, string> = { strengths: T.cardStrengths, important: T.cardImportant, support: T.cardSupport };

function aboutMe(draft: Draft, t: Translate, comments: CommentPlacer): Element[] {
  const filled = ABOUT_ME_SECTIONS.filter((section) => draft.aboutMe[section].length > 0);
  if (filled.length === 0) return [line(t(T.cardNothing), { isSubtle: true })];
  // One fact a line, so a comment can sit right under the answer it is about.
  return filled.flatMap((section) =>
    draft.aboutMe[section].flatMap((text, index) => [
      { type: 'FactSet', facts: [{ title: index === 0 ? t(ABOUT_ME_TITLE[section]) : '', value: plain(text) }] },
      ...comments.under(aboutMeItemId(section, index)),
    ]),
  );
}

/** The label beside a need: its area in everyday words ("talking and understanding", "feelings and getting on with others"). */
const AREA_KEY: Record<NeedArea, string> = {
  communication: T.areaCommunication,
  learning: T.areaLearning,
  feelings: T.areaFeelings,
  senses_body: T.areaSensesBody,
  health: T.areaHealth,
  social_care: T.areaSocialCare,
};

/** Each need with the part of the plan it is under (so the person can say it belongs elsewhere) and what helps. */
function needs(draft: Draft, t: Translate, comments: CommentPlacer): Element[] {
  if (draft.needs.length === 0) return [line(t(T.cardNothing), { isSubtle: true })];
  return draft.needs.flatMap((need) => [
    line(`• ${need.suggestedSection ? t(T.cardNeedPart, { text: plain(need.text), part: t(AREA_KEY[needArea(need.text, need.suggestedSection, need.area)]) }) : plain(need.text)}`),
    ...(need.helps?.length ? [line(t(T.cardNeedHelps, { text: need.helps.map(plain).join('; ') }), { isSubtle: true, spacing: 'None' })] : []),
    ...comments.underNeed(need.id),
  ]);
}

/** Each hope; one with no outcome yet (added at the review, or left for later) says so. */
function hopes(draft: Draft, t: Translate, comments: CommentPlacer): Element[] {
  if (draft.aspirations.length === 0) return [line(t(T.cardNothing), { isSubtle: true })];
  const withOutcome = new Set(draft.outcomes.map((o) => o.aspirationId));
  return draft.aspirations.flatMap((hope) => [
    line(`• ${plain(hope.text)}`),
    // The hope they said matters most says so (it is listed first).
    ...(hope.priority === 1 ? [line(t(T.cardMattersMost), { isSubtle: true, spacing: 'None' })] : []),
    // The key worker's comment sits right under the hope it is about.
    ...comments.under(hope.id),
    ...(draft.outcomes.length > 0 && !withOutcome.has(hope.id) ? [line(t(T.cardNoOutcomeYet), { isSubtle: true, spacing: 'None' })] : []),
  ]);
}

export function outcome(o: Outcome, t: Translate, comments: CommentPlacer, hope: string | undefined, person?: Draft['youngPerson']): Element {
  const facts: { title: string; value: string }[] = [];
  // The golden thread: which hope the outcome is for, so a move to another hope shows.
  if (hope) facts.push({ title: t(T.cardForHope), value: plain(hope) });
  if (o.timeframe) facts.push(labelledWhen(t(T.cardWhen), whenLine(plain(o.timeframe.phrase), o.timeframe.date)));
  if (o.measure) facts.push({ title: t(T.cardMeasure), value: plain(o.measure) });
  if (o.doesForMe) facts.push({ title: t(T.cardDoesForMe), value: plain(doesForMeShown(o.doesForMe, person)) });
  if (o.makesPossible) facts.push({ title: t(T.cardMakesPossible), value: plain(o.makesPossible) });
  if (o.provision.length > 0) facts.push({ title: t(T.cardHelp), value: o.provision.map((p) => plain(p.text)).join('; ') });
  // A short step kept on the way ("A step to something bigger") shows under its outcome, so it is never thought lost.
  (o.steps ?? []).forEach((step, index) => {
    const value = step.timeframe?.date ? t(T.cardStepValue, { text: plain(step.text), when: plain(whenAside(step.timeframe.phrase, step.timeframe.date)) }) : plain(step.text);
    facts.push({ title: index === 0 ? t(T.cardFirstStep) : '', value });
  });
  return {
    type: 'Container',
    separator: true,
    items: [
      line(plain(o.statement), { weight: 'Bolder' }),
      ...(o.confirmed ? [] : [line(t(T.cardNotConfirmed), { isSubtle: true })]),
      ...(facts.length > 0 ? [{ type: 'FactSet', facts }] : []),
      ...comments.underOutcome(o),
    ],
  };
}

/**
 * How much one card holds (its JSON, in characters). A long draft is shown as several cards, one
 * after another, so no chat cuts it off (Teams refuses a message over about 28 KB, and long cards
 * are folded away on phones); a section that does not fit goes on under its heading again.
 */
export const CARD_BUDGET = 9000;

interface Section {
  heading: Element;
  items: Element[];
}

export function cardOf(body: Element[]): Attachment {
  return {
    contentType: CardFactory.contentTypes.adaptiveCard,
    content: { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body },
  };
}

const sizeOf = (element: Element) => JSON.stringify(element).length;

/** Everything the person said, in plan order, with their key worker's open comments under the items, in their reading mode: one card, or several for a long draft. */
/** The card's words: a parent's or carer's card reads about the child, by name, not in the child's own voice. */
export function cardWords(draft: Draft, plainT: Translate): { t: Translate; forChild: boolean; name: string } {
  const name = plain(draft.youngPerson.name ?? '');
  const forChild = speaksForThem(draft) && name !== '';
  return { t: forChild ? withTwins(plainT, CARD_CHILD_TWINS, { name }) : plainT, forChild, name };
}

/** The parts of the plan, in plan order. */
export const CARD_PARTS = ['aboutMe', 'hopes', 'needs', 'outcomes'] as const;
export type CardPart = (typeof CARD_PARTS)[number];

export function reviewCards(draft: Draft, plainT: Translate, budget = CARD_BUDGET, parts: readonly CardPart[] = CARD_PARTS): Attachment[] {
  const { t, forChild, name } = cardWords(draft, plainT);
  const comments = new CommentPlacer(draft, t);
  const all: Record<CardPart, () => Section> = {
    aboutMe: () => ({ heading: heading(t(T.cardAboutMe)), items: aboutMe(draft, t, comments) }),
    hopes: () => ({ heading: heading(t(T.cardHopes)), items: hopes(draft, t, comments) }),
    needs: () => ({ heading: heading(t(T.cardNeeds)), items: needs(draft, t, comments) }),
    outcomes: () => ({
      heading: heading(t(T.cardOutcomes)),
      items: draft.outcomes.length > 0 ? draft.outcomes.map((o) => outcome(o, t, comments, draft.aspirations.find((a) => a.id === o.aspirationId)?.text, personForReadBack(draft))) : [line(t(T.cardNothing), { isSubtle: true })],
    }),
  };
  const sections: Section[] = CARD_PARTS.filter((part) => parts.includes(part)).map((part) => all[part]());
  const whole = parts.length === CARD_PARTS.length;
  // A part shown on its own has no title, and the comments on other parts stay with those parts.
  const cards: Element[][] = [whole ? [line(t(forChild ? T.cardTitleChild : T.cardTitle, { name }), { size: 'Large', weight: 'Bolder' }), ...comments.rest()] : []];
  let size = cards[0]!.reduce((sum, e) => sum + sizeOf(e), 0);
  for (const section of sections) {
    let started = false;
    for (const item of section.items) {
      const needed = sizeOf(item) + (started ? 0 : sizeOf(section.heading));
      // A full card is closed; the next one starts with the section's heading again.
      if (size + needed > budget && cards.at(-1)!.length > 0) {
        cards.push([]);
        size = 0;
        started = false;
      }
      if (!started) {
        cards.at(-1)!.push(section.heading);
        size += sizeOf(section.heading);
        started = true;
      }
      cards.at(-1)!.push(item);
      size += sizeOf(item);
    }
  }
  return cards.map(cardOf);
}

/** Cards sent on their own, before the question, in the person's reading mode. */
export async function sendCards(context: TurnContext, session: JourneySession, cards: readonly Attachment[]): Promise<void> {
  for (const card of cards) await context.sendActivity({ type: 'message', attachments: [card], inputHint: 'ignoringInput', channelData: { outcomes: { mode: session.mode } } });
}
