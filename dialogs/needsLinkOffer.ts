import { quoteHope } from '../src/language/hopeItself';
import { linkNeedToHopes } from '../src/domain/linkNeed';
import { removeItem } from '../src/domain/itemEdits';
import { addAboutMe, type Draft, type Need } from '../src/domain/draft';
import { saysGoodNotHard } from '../src/language/goodNotHard';
import { hopePointedAt, quoteNeed, quoteOf, sameHope } from '../src/language';
import { readPolarity } from '../src/language/polarity';
import { foldCase } from '../src/language/text';
import { placePicked } from '../src/language/listPick';
import { hopesPickedByWords } from '../src/language/hopePicked';
import { aboutWhom, wordsFor, type WhomKeys } from './aboutWhom';
import { Step } from './ids';
import type { Position } from './journey';
import type { Choice, Question, Words } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * A hard thing said at a hopes question for a part of life with no hope yet ("i cant count money"
 * at the independence question) is kept as a need of no hope. The needs stage never asks about it,
 * so at its end it is offered once: "Which hope does it get in the way of?", with the hopes to tap
 * and "None of them". The answer links it; either way it stays in the plan.
 */

export const LinkText = {
  question: { self: 'needs:link.question', child: 'needs:link.questionChild', yourChild: 'needs:link.questionYourChild' } satisfies WhomKeys,
  hope: 'needs:link.hope',
  none: 'needs:link.none',
  linked: 'needs:link.linked',
  kept: { self: 'needs:link.kept', child: 'needs:link.keptChild', yourChild: 'needs:link.keptYourChild' } satisfies WhomKeys,
  notUnderstood: 'needs:link.notUnderstood',
  which: 'needs:link.which',
  removed: { self: 'needs:link.removed', child: 'needs:link.removedChild', yourChild: 'needs:link.removedYourChild' } satisfies WhomKeys,
  strength: { self: 'needs:link.strength', child: 'needs:link.strengthChild', yourChild: 'needs:link.strengthYourChild' } satisfies WhomKeys,
} as const;

/** Position data: the id of the need offered for linking. */
export const LINK = 'link';
const NONE = 'none';
const REMOVE = 'remove';
const STRENGTH = 'strength';

/** "its not a real thing i got confused", "take it out": the hard thing was never meant, so it goes. */
const REMOVE_WORDS =
  /\b(?:not\s+(?:a\s+)?real(?:\s+thing)?|not\s+true|(?:i\s+)?got\s+(?:it\s+)?(?:confused|mixed\s+up|muddled)|(?:a\s+)?mistake|wrong|take\s+(?:it|that)\s+(?:out|off|away)|remove\s+(?:it|that)|delete\s+(?:it|that)|get\s+rid\s+of\s+(?:it|that)|(?:i\s+)?(?:dont|do\s+not)\s+(?:want|need)\s+(?:it|that))\b/;
const ALL = 'all';
/** "yes the school one" with two school hopes: which one is asked, nothing linked yet. */
const WHICH = 'which';

const NONE_WORDS = /\b(?:none|neither|nothing|no\s+one|not\s+(?:really|any|those|them)|doesnt|it\s+doesnt|n\/a)\b/;
const ALL_WORDS = /\b(?:both|all(?:\s+of\s+them)?|every(?:\s*one|\s+one\s+of\s+them)|them\s+all)\b/;

/** The next need of no hope after `afterId` (in the order kept), unless it was said again for a hope. */
function unlinkedNeedAfter(draft: Draft, afterId?: string): Need | undefined {
  const from = afterId ? draft.needs.findIndex((n) => n.id === afterId) + 1 : 0;
  const linked = draft.needs.filter((n) => n.aspirationIds.length > 0);
  return draft.needs.slice(from).find((n) => n.aspirationIds.length === 0 && !linked.some((l) => sameHope(l.text, n.text)));
}

/** Where the needs stage goes at its end: the offer of a need of no hope, or undefined. */
export function linkOfferAfter(draft: Draft | undefined, afterNeedId?: string): Omit<Position, 'stage'> | undefined {
  const hope = draft?.aspirations[0];
  const need = draft ? unlinkedNeedAfter(draft, afterNeedId) : undefined;
  return hope && need ? { step: Step.needsBarrier, topic: hope.id, data: { [LINK]: need.id } } : undefined;
}

export function linkQuestion(draft: Draft | undefined, position: Position): Question {
  const need = draft?.needs.find((n) => n.id === position.data?.[LINK]);
  const hopes: Choice[] = (draft?.aspirations ?? []).map((a) => ({ value: a.id, labelKey: LinkText.hope, label: quoteOf(a.text) }));
  return {
    step: Step.needsBarrier,
    ...(position.topic ? { topic: position.topic } : {}),
    words: wordsFor(draft, LinkText.question, { need: quoteNeed(need?.text ?? '') }),
    choices: [...hopes, { value: NONE, labelKey: LinkText.none }],
    understand: (text) => (draft ? readLink(text, draft) : undefined),
  };
}

/** Which hope the answer names: by its button, its number, its words; "none of them"; "both". */
function readLink(text: string, draft: Draft): string | undefined {
  const said = foldCase(text).replace(/'/g, '').replace(/[^\p{L}\p{N}\s/]+/gu, ' ').replace(/\s+/g, ' ').trim();
  const hopes = draft.aspirations;
  const tapped = hopes.find((h) => foldCase(quoteOf(h.text)).replace(/'/g, '').replace(/[^\p{L}\p{N}\s]+/gu, ' ').replace(/\s+/g, ' ').trim() === said);
  if (tapped) return tapped.id;
  if (saysGoodNotHard(text)) return STRENGTH;
  if (REMOVE_WORDS.test(said)) return REMOVE;
  const index = placePicked(text, hopes.length);
  if (index) return hopes[index - 1]!.id;
  if (NONE_WORDS.test(said) || (readPolarity(text).answer === 'no' && !readPolarity(text).rest)) return NONE;
  if (ALL_WORDS.test(said)) return ALL;
  const picked = hopesPickedByWords(text, hopes);
  if (picked.length === 1) return picked[0]!.id;
  if (picked.length > 1) return WHICH;
  const needsOf = (id: string) => draft.needs.filter((n) => n.aspirationIds.includes(id)).map((n) => n.text);
  return hopePointedAt(text, hopes, needsOf)?.id;
}

/** Links the need as answered (or keeps it of no hope), then offers the next one, or ends the stage with `done`. */
export async function answerLink(session: JourneySession, position: Position, text: string, done: Words): Promise<Next> {
  const draft = await session.draft();
  const need = draft?.needs.find((n) => n.id === position.data?.[LINK]);
  if (!draft || !need) return { say: [done] };
  const meant = readLink(text, draft);
  // "thats not hard!! thats a good thing about him": moved to what people like about them.
  if (meant === STRENGTH) return keptAsStrength(session, draft, need, done);
  if (!meant) return { say: [{ key: LinkText.notUnderstood }], goTo: position, miss: true };
  if (meant === WHICH) {
    const alike = hopesPickedByWords(text, draft.aspirations).map((a) => `"${quoteHope(a.text)}"`);
    return { say: [{ key: LinkText.which, vars: { hopes: alike.join(', ') } }], goTo: position };
  }
  return linkAs(session, draft, need, meant, done);
}

/** A part kept as hard that is a good thing about them: out of the hard things, into what people like about them. */
async function keptAsStrength(session: JourneySession, draft: Draft, need: Need, done: Words): Promise<Next> {
  const after = await session.updateDraft('hard thing moved to strengths', (d) => addAboutMe(removeItem(d, need.id), 'strengths', need.text));
  const said = wordsFor(draft, LinkText.strength, { need: quoteNeed(need.text) });
  const next = linkOfferAfter(after, draft.needs[draft.needs.findIndex((n) => n.id === need.id) - 1]?.id);
  return next ? { say: [said], goTo: next } : { say: [said, done] };
}

/** "skip", or two replies not understood: the need stays, of no hope, and the stage goes on. */
export async function keepUnlinked(session: JourneySession, position: Position, done: Words): Promise<Next> {
  const draft = await session.draft();
  const need = draft?.needs.find((n) => n.id === position.data?.[LINK]);
  return draft && need ? linkAs(session, draft, need, NONE, done) : { say: [done] };
}

async function linkAs(session: JourneySession, draft: Draft, need: Need, meant: string, done: Words): Promise<Next> {
  if (meant === REMOVE) {
    const after = await session.updateDraft('need taken out, never meant', (d) => removeItem(d, need.id));
    const said = wordsFor(draft, LinkText.removed, { need: quoteNeed(need.text) });
    // Needs offered before this one were answered already: the offer goes on after its place.
    const next = linkOfferAfter(after, draft.needs[draft.needs.findIndex((n) => n.id === need.id) - 1]?.id);
    return next ? { say: [said], goTo: next } : { say: [said, done] };
  }
  const ids = meant === ALL ? draft.aspirations.map((a) => a.id) : meant === NONE ? [] : [meant];
  const after = ids.length ? await session.updateDraft('need linked to a hope', (d) => linkNeedToHopes(d, need.id, ids)) : draft;
  const hopes = draft.aspirations.filter((a) => ids.includes(a.id)).map((a) => `"${quoteHope(a.text)}"`);
  const said: Words = ids.length
    ? { key: LinkText.linked, vars: { need: quoteNeed(need.text), hopes: hopes.join(', '), name: aboutWhom(draft).name } }
    : wordsFor(draft, LinkText.kept, { need: quoteNeed(need.text) });
  const next = linkOfferAfter(after, need.id);
  return next ? { say: [said], goTo: next } : { say: [said, done] };
}
