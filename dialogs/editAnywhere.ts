import type { DialogContext } from './dialogKit';
import { markItemChanged, removeItems, replaceItemText, type Draft } from '../src/domain/draft';
import { forgetAnswered } from './removeParts';
import { keepHopeDropOutcome, unfinishedOf } from './hopeOnlyKept';
import { answerWrongKept } from './wrongKept';
import { answerJoinOffer } from './sameHopesOffer';
import { listSeen } from './listSeen';
import { agreesToTakeOut } from '../src/language/takeOutRequest';
import { HOPE_PARTS_CHOICES, HopePartsText, hopePartsQuestion, partsOfHope, understandHopeParts } from './hopeWithParts';
import { withDependents } from '../src/domain/removeItems';
import { askOutcomesGoToo, HopeOutcomesTooText, outcomesOfHope } from './hopeOutcomesToo';
import { hopeCutTo } from '../src/language/hopePartKept';
import { changeDate } from './dateChange';
import { askEditAgain } from './editAskedAgain';
import { afterHope } from './afterHopeGone';
import { SUMMARY_LABEL_KEYS, summaryItems, type SummaryItem } from '../src/domain/draftSummary';
import { quoteOf, type EditRequest, type PartKind, type PartNamed } from '../src/language';
import { YES_NO, type AfterCommand } from './commands';
import { understandYesNo } from './closedReplies';
import { Stage, Step } from './ids';
import { questionKey, steppedBack, type Position } from './journey';
import { byListNumber, everyOf, findPart, LABEL_OF, onlyOneLeft } from './editPartFound';
import { questionActivity, sayAll, type Words } from './say';
import type { JourneySession } from './session';

/*
 * "remove the first hope please", "delete the hope about Makaton", "change this dream to: ..." at
 * any question: the part is found, read back, and taken out or reworded after a yes. The open
 * question is asked again afterwards. The review has its own change and remove steps.
 */

export const EditText = {
  removeQuestion: 'common:chatTalk.removeQuestion',
  removeHopeAndOutcomeQuestion: 'common:chatTalk.removeHopeAndOutcomeQuestion',
  removedHopeAndOutcome: 'common:chatTalk.removedHopeAndOutcome',
  changeQuestion: 'common:chatTalk.changeQuestion',
  removed: 'common:chatTalk.removed',
  changed: 'common:chatTalk.changed',
  keptAsItWas: 'common:chatTalk.keptAsItWas',
  removeEveryQuestion: 'common:chatTalk.removeEveryQuestion',
  removedEvery: 'common:chatTalk.removedEvery',
  removeEveryKeepQuestion: 'common:chatTalk.removeEveryKeepQuestion',
  replacedEvery: 'common:chatTalk.replacedEvery',
  notFound: 'common:chatTalk.notFound',
  onlyOneLeft: 'common:chatTalk.onlyOneLeft',
  howToChange: 'common:chatTalk.howToChange',
  removeMeant: 'common:chatTalk.removeMeant',
  removeYesOrNoFirst: 'common:chatTalk.removeYesOrNoFirst',
} as const;

/** The review's notes that its change step is taking a part out (reviewDialog.ts), and that the part was named in the chat by its place or words, not by its number in the change list. */
const [REVIEW_REMOVING, REVIEW_NAMED_IN_CHAT] = ['yes', 'namedInChat'] as const;

/** "delete both hard things": all of them read back in one question, and taken out after one yes. */
async function askEvery(dc: DialogContext, session: JourneySession, draft: Draft, part: PartNamed): Promise<AfterCommand> {
  return askToTakeOutAll(dc, session, everyOf(draft, summaryItems(draft).filter((item) => item.labelKey === LABEL_OF[part.kind]), session.journey.position));
}

/** "delete 1 and 2": those of the list the person last saw, read back in one question and taken out after one yes. */
async function askByPlaces(dc: DialogContext, session: JourneySession, draft: Draft, places: readonly number[]): Promise<AfterCommand> {
  const position = session.journey.position;
  const all = summaryItems(draft);
  const seen = listSeen(all, position) ?? all.filter((item) => item.labelKey === SUMMARY_LABEL_KEYS.aspiration);
  const items = places.map((place) => seen[place - 1]);
  if (items.length === 0 || items.some((item) => !item)) {
    await sayAll(dc.context, session.t, [{ key: EditText.notFound }]);
    return { then: 'reprompt' };
  }
  return askToTakeOutAll(dc, session, items as SummaryItem[]);
}

/** Several parts read back in one question, taken out together after one yes; with `put`, those words are kept in their place. */
async function askToTakeOutAll(dc: DialogContext, session: JourneySession, items: readonly SummaryItem[], put?: string): Promise<AfterCommand> {
  const position = session.journey.position;
  const [first, ...also] = items;
  if (!first) {
    await sayAll(dc.context, session.t, [{ key: EditText.notFound }]);
    return { then: 'reprompt' };
  }
  await session.updateJourney((j) => ({ ...j, pendingEdit: { itemId: first.id, ...(also.length ? { alsoIds: also.map((i) => i.id) } : {}), ...(put ? { text: put } : {}) } }));
  const listed = items.map((i) => `"${quoteOf(i.text)}"`).join(', ');
  const words: Words = put
    ? also.length
      ? { key: EditText.removeEveryKeepQuestion, vars: { items: listed, text: quoteOf(put) } }
      : { key: EditText.changeQuestion, vars: { item: quoteOf(first.text), text: quoteOf(put) } }
    : also.length
      ? { key: EditText.removeEveryQuestion, vars: { items: listed } }
      : { key: EditText.removeQuestion, vars: { item: quoteOf(first.text) } };
  await dc.context.sendActivity(
    questionActivity({ step: position?.step ?? Step.reviewSummary, topic: position?.topic, words, choices: YES_NO }, session.t, { mode: session.mode, stage: position?.stage ?? Stage.review }),
  );
  return { then: 'wait' };
}

/**
 * "Please delete them both": the last things said here, read back and taken out after a yes, so the
 * person sees which two are meant before anything goes. At the needs questions, the hard things and
 * their help for the hope in hand, in the order said; at the hopes questions, the hopes; elsewhere,
 * the last thing the open question (or the one before) kept and the one of its kind before it.
 */
async function askLastKept(dc: DialogContext, session: JourneySession, draft: Draft, count: number, kind?: PartKind, put?: string): Promise<AfterCommand> {
  const { journey } = session;
  const position = journey.position;
  const all = summaryItems(draft);
  // "delete the last two hopes": the newest of that kind, wherever it is asked (each kind is kept in the order said).
  if (kind) return askToTakeOutAll(dc, session, all.filter((item) => item.labelKey === LABEL_OF[kind]).slice(-count), put);
  const needOf = (id: string): string => /^(.+)\/helps\/\d+$/.exec(id)?.[1] ?? id;
  if (position?.stage === Stage.needs && position.topic) {
    const ofHope = new Set(draft.needs.filter((n) => n.aspirationIds.includes(position.topic!)).map((n) => n.id));
    return askToTakeOutAll(dc, session, all.filter((item) => ofHope.has(needOf(item.id))).slice(-count), put);
  }
  if (position?.stage === Stage.hopes) return askToTakeOutAll(dc, session, all.filter((item) => item.labelKey === SUMMARY_LABEL_KEYS.aspiration).slice(-count), put);
  const at = [position, steppedBack(journey)?.position].filter((p): p is Position => Boolean(p));
  const lastId = at.map((p) => (journey.answered[questionKey(p)] ?? []).filter((id) => all.some((i) => i.id === id)).at(-1)).find(Boolean);
  const last = all.find((item) => item.id === lastId);
  // The draft keeps each kind in the order it was said: the ones before the last are the ones said before it.
  const alike = last ? all.filter((item) => item.labelKey === last.labelKey) : [];
  return askToTakeOutAll(dc, session, last ? alike.slice(0, alike.indexOf(last) + 1).slice(-count) : [], put);
}

/** "delete all three and put: ...": the last things kept (all of them for null), read back with the words to keep instead. */
export async function askReplaceLast(dc: DialogContext, session: JourneySession, count: number | null, put: string): Promise<AfterCommand> {
  const draft = await session.draft();
  if (!draft) return { then: 'reprompt' };
  return askLastKept(dc, session, draft, count ?? 20, undefined, put);
}

/** Reads the part back and asks for a yes; nothing changes until then. */
/** `nothingMore`: "... and nuffin is hard" was said with it, so after the yes the open question is answered, never asked again. */
export async function askEdit(dc: DialogContext, session: JourneySession, request: EditRequest, { nothingMore = false } = {}): Promise<AfterCommand> {
  const after = await askEditOnce(dc, session, request);
  if (nothingMore && after.then === 'wait' && session.journey.pendingEdit) await session.updateJourney((j) => ({ ...j, pendingEdit: j.pendingEdit && { ...j.pendingEdit, nothingMore: true } }));
  return after;
}

async function askEditOnce(dc: DialogContext, session: JourneySession, request: EditRequest): Promise<AfterCommand> {
  const draft = await session.draft();
  const position = session.journey.position;
  if (draft && request.action === 'remove' && request.part.every && position?.stage !== Stage.review) return askEvery(dc, session, draft, request.part);
  if (draft && request.action === 'remove' && request.part.places && position?.stage !== Stage.review) return askByPlaces(dc, session, draft, request.part.places);
  if (draft && request.action === 'remove' && request.part.lastKept && position?.stage !== Stage.review) return askLastKept(dc, session, draft, request.part.lastKept, request.part.loose ? undefined : request.part.kind);
  const item = draft ? findPart(draft, request.part, position) : undefined;
  const onlyOne = !item && draft ? onlyOneLeft(draft, request.part) : undefined;
  if (onlyOne) {
    await sayAll(dc.context, session.t, [{ key: EditText.onlyOneLeft, vars: { item: quoteOf(onlyOne.text) } }]);
    return { then: 'reprompt' };
  }
  if (!item) {
    await sayAll(dc.context, session.t, [{ key: EditText.notFound }]);
    return { then: 'reprompt' };
  }
  // At the read-back, taking a part out is the review's own question.
  if (request.action === 'remove' && position?.stage === Stage.review) {
    // Named by its number, it is read back with that number; by its place or words, by its words alone.
    const named: Record<string, string> = request.part.numbered && byListNumber(position) ? {} : { [REVIEW_NAMED_IN_CHAT]: 'yes' };
    return { then: 'openAt', position: { stage: Stage.review, step: Step.reviewChange, data: { itemId: item.id, remove: REVIEW_REMOVING, ...named } } };
  }
  // "delete the 1 but just the artist bit": the part cut down to the words named, asked as a change.
  const cut = request.action === 'change' && request.keepOnly ? hopeCutTo(item.text, request.keepOnly) : undefined;
  const kind = (Object.keys(LABEL_OF) as PartKind[]).find((k) => LABEL_OF[k] === item.labelKey);
  if (cut && kind) return askEdit(dc, session, { action: 'change', part: { kind, place: null, about: null, current: false, id: item.id }, text: cut });
  // "can i change the swimming one": an outcome is reworded at its own read-back; for other parts the bot says how.
  if (request.action === 'change' && !request.text) {
    const outcome = draft?.outcomes.find((o) => o.id === item.id);
    if (outcome && position?.stage === Stage.outcomes) {
      return { then: 'openAt', position: { stage: Stage.outcomes, step: Step.outcomeConfirm, ...(outcome.aspirationId ? { topic: outcome.aspirationId } : {}), data: { outcomeId: outcome.id, rewording: '1' } } };
    }
    await sayAll(dc.context, session.t, [{ key: EditText.howToChange }]);
    return { then: 'reprompt' };
  }
  const text = request.action === 'change' ? request.text : undefined;
  // A hope's own hard things and outcomes: the question says so, and the person picks what goes.
  const parts = !text && draft ? partsOfHope(draft, item.id) : { needs: [], outcomes: [] };
  const withParts = parts.needs.length + parts.outcomes.length > 0;
  await session.updateJourney((j) => ({ ...j, pendingEdit: { itemId: item.id, ...(text ? { text } : {}), ...(withParts ? { parts: 'ask' as const } : {}) } }));
  // The outcome being made for this hope would go with it: it is said before the yes, never lost unseen.
  const going = !text && draft ? unfinishedOf(draft, item.id, position)[0] : undefined;
  const words: Words = text
    ? { key: EditText.changeQuestion, vars: { item: quoteOf(item.text), text: quoteOf(text) } }
    : withParts
      ? hopePartsQuestion(session.t, quoteOf(item.text), parts, going && quoteOf(going.statement))
      : going
      ? { key: EditText.removeHopeAndOutcomeQuestion, vars: { item: quoteOf(item.text), outcome: quoteOf(going.statement) } }
      : { key: EditText.removeQuestion, vars: { item: quoteOf(item.text) } };
  await dc.context.sendActivity(
    questionActivity({ step: position?.step ?? Step.reviewSummary, topic: position?.topic, words, choices: withParts ? HOPE_PARTS_CHOICES : YES_NO }, session.t, { mode: session.mode, stage: position?.stage ?? Stage.review }),
  );
  return { then: 'wait' };
}

/** The yes or no to a read-back: done or left as it was. Null when the reply is neither (it is read as usual). */
export async function answerEdit(dc: DialogContext, session: JourneySession, text: string): Promise<AfterCommand | null> {
  const pending = session.journey.pendingEdit;
  await session.updateJourney((j) => ({ ...j, pendingEdit: undefined }));
  if (!pending) return null;
  // "Take it out, or change the words?" after "that's wrong", and the new words after it; "Shall I put them together?".
  if (pending.choose) return answerWrongKept(dc, session, text, { itemId: pending.itemId, choose: pending.choose });
  if (pending.joinInto) return answerJoinOffer(dc, session, text, { copy: pending.itemId, keep: pending.joinInto });
  const parts = pending.parts === 'ask' ? understandHopeParts(text) : undefined;
  const answer = pending.parts === 'ask' ? (parts === 'none' ? 'no' : parts && 'yes') : agreesToTakeOut(text) ? 'yes' : understandYesNo(text);
  // "which one is that?", "the second one" at "Shall I take out ...?": no answer, so the question again with why (see editAskedAgain.ts).
  const again = answer === undefined ? await askEditAgain(dc, session, pending, text) : null;
  if (again) return again;
  if (answer !== 'yes') {
    await sayAll(dc.context, session.t, [{ key: EditText.keptAsItWas }]);
    return answer === 'no' ? { then: 'reprompt' } : null;
  }
  // "change the easter one to the summer": only that outcome's date changes.
  if (pending.when && pending.text) return changeDate(dc, session, pending.itemId, pending.text);
  const draft = await session.draft();
  const item = draft ? summaryItems(draft).find((i) => i.id === pending.itemId) : undefined;
  if (!item) return { then: 'reprompt' };
  if (pending.text) {
    const words = pending.text;
    // "delete all three and put: ...": the first keeps its place with the new words; the others go.
    const others = (pending.alsoIds ?? []).filter((id) => draft && summaryItems(draft).some((i) => i.id === id));
    await session.updateDraft('changed in the chat', (d) => removeItems(markItemChanged(replaceItemText(d, item.id, words), item.id, session.today), others));
    if (others.length) await forgetAnswered(session, others);
    await sayAll(dc.context, session.t, [others.length ? { key: EditText.replacedEvery, vars: { count: String(others.length + 1), text: quoteOf(words) } } : { key: EditText.changed, vars: { text: quoteOf(words) } }]);
    return { then: 'reprompt' };
  }
  const position = session.journey.position;
  // "delete both hard things": every one read back goes, and the question asked again.
  const also = (pending.alsoIds ?? []).filter((id) => draft && summaryItems(draft).some((i) => i.id === id));
  if (also.length > 0) {
    const ids = [item.id, ...also];
    await session.updateDraft('taken out in the chat', (d) => removeItems(d, ids));
    await forgetAnswered(session, ids);
    await sayAll(dc.context, session.t, [{ key: EditText.removedEvery, vars: { count: String(ids.length) } }]);
    // The hope being asked about went too: the journey carries on with a hope still kept.
    const left = position?.topic && ids.includes(position.topic) ? await session.draft() : undefined;
    if (left && position?.topic) return { then: 'openAt', position: afterHope(left, position.topic, position) };
    return { then: 'reprompt' };
  }
  const asking = position?.topic === item.id; // an unfinished outcome for the hope asked about goes with it (the question said so)
  const unfinished = draft ? unfinishedOf(draft, item.id, position) : [];
  // "Just the hope" while its outcome is being made: the hope stays, that outcome goes, never an outcome with no hope.
  if (parts === 'hopeOnly' && asking && draft && position && unfinished.length > 0) return keepHopeDropOutcome(dc, session, item, unfinished, afterHope(draft, item.id, position));
  const ownOutcomes = draft ? outcomesOfHope(draft, item.id) : []; // never left linked to no hope: see hopeOutcomesToo.ts
  if (parts === 'hopeOnly' && ownOutcomes.length > 0) return askOutcomesGoToo(dc, session, item, ownOutcomes.length, position);
  const ids = parts === 'all' && draft ? withDependents(draft, [item.id]) : parts === 'hopeOnly' ? [item.id] : pending.parts === 'outcomesToo' ? [item.id, ...ownOutcomes] : [...unfinished.map((o) => o.id), item.id];
  await session.updateDraft('taken out in the chat', (d) => removeItems(d, ids));
  await forgetAnswered(session, ids);
  const outcome = unfinished[0];
  const chosen = parts === 'all' ? (outcome ? HopePartsText.removedAllStarted : HopePartsText.removedAll) : parts === 'hopeOnly' ? HopePartsText.removedHopeOnly : pending.parts === 'outcomesToo' ? HopeOutcomesTooText.removed : undefined;
  await sayAll(dc.context, session.t, [
    chosen ? { key: chosen, vars: { item: quoteOf(item.text), count: ownOutcomes.length, ...(outcome ? { outcome: quoteOf(outcome.statement) } : {}) } } : outcome ? { key: EditText.removedHopeAndOutcome, vars: { item: quoteOf(item.text), outcome: quoteOf(outcome.statement) } } : { key: EditText.removed, vars: { item: quoteOf(item.text) } },
  ]);
  // "sam is not hard. take it off" at "what helps with this?": that need is gone, so what makes the hope hard is asked again.
  // When the hope itself went with it, the next hope is asked about instead (below): never a question about a hope that is gone.
  const helpsFor = position?.step === Step.needsHelps && !asking ? (position.data?.need ?? '').split(' ').filter(Boolean) : [];
  if (position && helpsFor.length > 0 && helpsFor.every((id) => ids.includes(id))) return { then: 'openAt', position: { stage: Stage.needs, step: Step.needsBarrier, ...(position.topic ? { topic: position.topic } : {}) } };
  // "... and nuffin is hard": taken out, and nothing more is hard, so the needs move on.
  if (!asking || !draft || !position) return pending.nothingMore ? { then: 'skip' } : { then: 'reprompt' };
  // The hope being asked about is gone: the journey carries on with the next hope.
  return { then: 'openAt', position: afterHope(draft, item.id, position) };
}
