import type { DialogContext, DialogTurnResult } from './dialogKit';
import { markItemChanged, removeItems, replaceItemText, type Draft } from '../src/domain/draft';
import { SUMMARY_LABEL_KEYS, summaryItems } from '../src/domain/draftSummary';
import { asksWhatWasKept, quoteHopeIn, quoteWhole, readChatTalk, saysHardThing } from '../src/language';
import { normaliseMessage, sentencesOf } from '../src/language/text';
import { hopesIn } from '../src/language/hopesInMessage';
import { saysAHope } from '../src/language/hopeWording';
import { readEditRequest } from '../src/language/editRequest';
import { readHopeCorrection, type HopeCorrection } from '../src/language/hopeCorrection';
import { saysLastHopeIsHard } from '../src/language/notAHope';
import { saysItIsOneHope } from '../src/language/hopesRepliedTo';
import { SPLIT } from './hopesKept';
import { onlyExplainsAsking, readQuestionOnly } from '../src/language/questionOnly';
import { HopesAskedText } from './hopesAsked';
import { quotedList } from './quotedList';
import type { ChatHost } from './chatTalk';
import { askEdit } from './editAnywhere';
import { Stage } from './ids';
import type { Position } from './journey';
import { forgetAnswered } from './removeParts';
import { matchItems } from './reviewItems';
import { sayAll, type Words } from './say';
import { sessionOf } from './session';

/*
 * "thats not a hope… can u change it to living on my own in a flat", "change that one to getting
 * the bus to 5 a side", "no i mean the hope is wrong" at any question after the hopes: the hope
 * they mean is put right there and then, the bot says so, and the open question is asked again.
 * None of it is ever kept as an answer to that question.
 */

export const HopeCorrectedText = {
  changed: 'common:hopeCorrected.changed',
  takenOut: 'common:hopeCorrected.takenOut',
  whatInstead: 'common:hopeCorrected.whatInstead',
  notFound: 'common:hopeCorrected.notFound',
  changedAsked: 'common:hopeCorrected.changedAsked',
  goneAlready: 'common:hopeCorrected.goneAlready',
} as const;

/** A kept "hope" that is really a question to the bot ("wait did u get the flat bit too"). */
function readsAsTalkToTheBot(text: string): boolean {
  return asksWhatWasKept(text) !== null || (readChatTalk(text)?.topics.length ?? 0) > 0 || readQuestionOnly(text) !== null;
}

/** "change it to", "it should say", "make it": the hope just kept is meant, whatever words it shares. */
const SAYS_IT = /\b(?:change|make|put|turn)\s+it\b|\bit\s+(?:should|shud|must|needs\s+to)\s+(?:say|be|read)\b/i;

/** The hope meant: named by its words; else one that is no hope at all; else the one asked about now; else the last. */
function hopeMeant(draft: Draft, at: Position, said: HopeCorrection, saysIt: boolean, justChanged?: string): Draft['aspirations'][number] | undefined {
  // "the first one should be ...": by its place in the list.
  if (said.place !== null) return said.place < 0 ? draft.aspirations.at(said.place) : draft.aspirations[said.place - 1];
  if (said.about) {
    const hopes = summaryItems(draft).filter((i) => i.labelKey === SUMMARY_LABEL_KEYS.aspiration);
    const found = matchItems(draft, hopes, said.about);
    return found.length === 1 ? draft.aspirations.find((a) => a.id === found[0]!.id) : undefined;
  }
  // "my hope isnt "it isnt help". my hope is less noise": the kept hope with those words, when one has them.
  if (said.notThis) {
    const hopes = summaryItems(draft).filter((i) => i.labelKey === SUMMARY_LABEL_KEYS.aspiration);
    const found = matchItems(draft, hopes, said.notThis);
    if (found.length === 1) return draft.aspirations.find((a) => a.id === found[0]!.id);
  }
  const notAHope = said.notAHope ? draft.aspirations.find((a) => readsAsTalkToTheBot(a.text)) : undefined;
  // "change it to: ..." while the hopes are asked: "it" is what was just kept, the newest hope, never an older one sharing words.
  // With no "it" ("no thats still not right, just put: be a mechanic") the hope whose words it shares is meant, as below.
  if (at.stage === Stage.hopes && !notAHope && (saysIt || !sharingWords(draft, said.text))) {
    const justKept = (at.data?.[SPLIT.ids] ?? '').split(',').filter(Boolean);
    const kept = draft.aspirations.filter((a) => justKept.includes(a.id));
    return (kept.length > 1 ? sharingWords({ ...draft, aspirations: kept }, said.text) : kept[0]) ?? draft.aspirations.at(-1);
  }
  // "just put: have a proper mate" while another hope is asked about: the hope whose words it shares.
  const current = draft.aspirations.find((a) => a.id === at.topic);
  const shared = sharingWords(draft, said.text);
  const currentShares = current && said.text ? sharingWords({ ...draft, aspirations: [current] }, said.text) : undefined;
  // "no thats worse. just write: less noise" just after a hope was put right: that hope, never the one asked about.
  const changedJustNow = draft.aspirations.find((a) => a.id === justChanged);
  return notAHope ?? (currentShares ? current : (shared ?? changedJustNow ?? current)) ?? draft.aspirations.at(-1);
}

/** "just put: be a mechanic" with no hope named: the one kept hope whose words it shares most, if one does. */
function sharingWords(draft: Draft, newWords: string | null): Draft['aspirations'][number] | undefined {
  if (!newWords) return undefined;
  const words = (t: string) => new Set(t.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 3));
  const wanted = words(newWords);
  const scored = draft.aspirations.map((a) => ({ a, n: [...words(a.text)].filter((w) => wanted.has(w)).length }));
  const best = Math.max(0, ...scored.map((x) => x.n));
  const top = scored.filter((x) => x.n === best);
  return best > 0 && top.length === 1 ? top[0]!.a : undefined;
}

/**
 * "i said maybe a vet nurse" about "i want to work with animals. a vet nurse": the words said put back where the
 * hope ends with part of them; with no such part, the hope is what they said.
 */
function putBack(kept: string, said: string): string {
  const words = said.split(/\s+/);
  for (let from = 0; from <= words.length - 2; from++) {
    const tail = words.slice(from).join(' ').replace(/[.!?]+$/, '');
    const at = kept.toLowerCase().lastIndexOf(tail.toLowerCase());
    // Already there as said: the hope stays as it is.
    if (at >= 0 && from === 0) return kept;
    if (at >= 0) return `${kept.slice(0, at)}${said.replace(/[.!?]+$/, '')}${kept.slice(at + tail.length)}`.replace(/[.!?]+$/, '');
  }
  return said;
}

/** "delete were fine its not a hope", "remove it, thats not a hope": the words naming it ('' for "it"); undefined without a delete. */
const DELETES = /^(?:(?:please|pls|just|can\s+(?:you|u)|could\s+(?:you|u))\s+)*(?:delete|remove|take\s+out|get\s+rid\s+of|bin|scrap)\b\s*(.*?)[\s,.!-]*(?:\b(?:its|it s|thats|that s|that|it|cos|coz|because|as)\s+(?:is\s+)?(?:not|isnt|isn t|wasnt|wasn t|never)\b.*)?$/;
function deletedNamed(text: string): string | undefined {
  const named = DELETES.exec(normaliseMessage(text))?.[1]?.trim();
  if (named === undefined) return undefined;
  return /^(?:it|that|this|that one|this one|the hope|that hope|the last one)?$/.test(named) ? '' : named;
}

/** "i want it now", "i want that too": a want that names nothing, so it says no hope of its own. */
const NAMES_NOTHING = /^(?:i|we|he|she|they)\s+(?:just\s+|really\s+)?(?:want|wants|wanna|need|needs|would like)\s+(?:it|that|this|them|one)(?:\s+(?:now|right now|today|too|as well|already|please|pls|thanks|lol))*$/;

/** The words beside "not a hope" say hopes of their own (never something hard, which is kept as hard). */
function hopesInstead(rest: string | null | undefined): rest is string {
  if (!rest || !sentencesOf(rest).some(saysAHope) || saysHardThing(rest)) return false;
  const hopes = hopesIn(rest).filter((hope) => !NAMES_NOTHING.test(normaliseMessage(hope)));
  return hopes.length > 0;
}

/** The turn's result when the message put a hope right; undefined when it did not. */
export async function correctHope(inner: DialogContext, host: ChatHost, text: string): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  // The review changes any part at its own questions; before the hopes there is none to put right.
  if (!at || at.stage === Stage.welcome || at.stage === Stage.aboutMe || at.stage === Stage.review) return undefined;
  // "thats not a hope, its what he struggles with": the hope is moved to the hard things (hopeWasHard.ts).
  if (saysLastHopeIsHard(text)) return undefined;
  // "no thats not a hope. i meant drummer in a band and go on tour should be one hope not two", just
  // after a message was cut: the hopes named are joined where the hopes are asked (keepAsOne), never new words.
  if (at.stage === Stage.hopes && at.data?.[SPLIT.ids] && saysItIsOneHope(text)) return undefined;
  const said = readHopeCorrection(text);
  if (!said) return undefined;
  // "that's not what i said. i said maybe a vet nurse": about the hope just kept only while the hopes are asked.
  if (said.saidBefore && at.stage !== Stage.hopes) return undefined;
  // At the hopes questions "my hope is to be a vet" is the answer itself.
  if (at.stage === Stage.hopes && !said.notAHope && !said.changeAsked && said.dropped === null) return undefined;
  // "my hope is for him to be more independant", said at a later question: a hope of its own, added (hopeAddedLater.ts), never a change.
  if (said.added) return undefined;
  const draft = await session.draft();
  // "no thats not a hope. i want him to talk" with no hope kept: the hopes said are the answer.
  if (at.stage === Stage.hopes && !draft?.aspirations.length && said.notAHope && !said.text && hopesInstead(said.rest)) return host.answerWith(inner, at, said.rest);
  if (!draft || draft.aspirations.length === 0) return undefined;
  const here = `${at.step}|${at.topic ?? ''}`;
  const justChanged = session.journey.hopeJustChanged?.at === here ? session.journey.hopeJustChanged.id : undefined;
  // "delete were fine its not a hope": taken out after a yes, as "remove it" is; never asked what it should say.
  const deleted = said.notAHope && !said.text && said.dropped === null ? deletedNamed(text) : undefined;
  const dropped = said.dropped ?? (deleted === undefined ? null : deleted);
  const hope = hopeMeant(draft, at, dropped ? { ...said, about: dropped } : said, SAYS_IT.test(text), justChanged);
  // Quoted as every question quotes a hope: text-speak spelled out, easy read kept short.
  const quote = (hopeText: string) => quoteHopeIn(hopeText, session.mode);
  const words: Words[] = [];
  let askedWhat = false;
  // "no thats not a hope lol. i want him to talk ...": at the hopes questions it goes, and the hopes said instead are kept.
  if (hope && at.stage === Stage.hopes && said.notAHope && !said.text && deleted === undefined && hopesInstead(said.rest)) {
    await session.updateDraft('not a hope, taken out in the chat', (d) => removeItems(d, [hope.id]));
    await forgetAnswered(session, [hope.id]);
    await sayAll(inner.context, session.t, [{ key: HopeCorrectedText.takenOut, vars: { hope: quoteWhole(hope.text) } }]);
    return host.answerWith(inner, at, said.rest);
  }
  if ((said.dropped !== null || deleted !== undefined) && !said.text) {
    // "i dont want the arsenal one anymore": taken out after a yes; one already changed is said as it is now.
    if (hope) return host.after(inner, await askEdit(inner, session, { action: 'remove', part: { kind: 'hope', place: null, about: null, current: false, id: hope.id } }));
    const now = draft.aspirations.find((a) => a.id === at.topic);
    words.push(now ? { key: HopeCorrectedText.goneAlready, vars: { hope: quote(now.text) } } : { key: HopeCorrectedText.notFound });
  } else if (!hope && said.loose) return undefined;
  else if (!hope) words.push({ key: HopeCorrectedText.notFound });
  else if (said.text) {
    const newWords = said.saidBefore ? putBack(hope.text, said.text) : said.text;
    await session.updateDraft('hope put right in the chat', (d) => markItemChanged(replaceItemText(d, hope.id, newWords), hope.id, session.today));
    await session.updateJourney((j) => ({ ...j, hopeJustChanged: { id: hope.id, at: here } }));
    words.push({ key: said.notAHope ? HopeCorrectedText.changed : HopeCorrectedText.changedAsked, vars: { hope: quote(newWords) } });
  } else if (readsAsTalkToTheBot(hope.text) && hope.id !== at.topic) {
    // A question to the bot kept as a hope by mistake goes; a real hope waits for its new words.
    await session.updateDraft('not a hope, taken out in the chat', (d) => removeItems(d, [hope.id]));
    await forgetAnswered(session, [hope.id]);
    // What was typed to the bot is no hope: it is quoted as typed, so they know it.
    words.push({ key: HopeCorrectedText.takenOut, vars: { hope: quoteWhole(hope.text) } });
    // The hopes that are left are read back, so someone who forgets sees what they said.
    const left = draft.aspirations.filter((a) => a.id !== hope.id).map((a) => quoteWhole(a.text));
    if (left.length) words.push({ key: HopesAskedText.list, vars: { hopes: quotedList(left, 'numbered') } });
  } else {
    // "I want it gone", "delete" said next: this hope is taken out, and only this one.
    await session.updateJourney((j) => ({ ...j, pendingEdit: { itemId: hope.id, choose: 'wrong' } }));
    words.push({ key: HopeCorrectedText.whatInstead, vars: { hope: quote(hope.text) } });
    askedWhat = true;
  }
  await sayAll(inner.context, session.t, words);
  // "Change hope 1 to ... And delete hope 2.": the edit after it is asked too, never kept as an answer.
  // "i was asking what i said before. i forget stuff": why the question was typed, never a hope.
  if (said.rest && onlyExplainsAsking(said.rest)) return host.reprompt(inner);
  // Asked what the hope should say: what is said beside it waits with that question, never kept as an answer too.
  if (askedWhat) return host.reprompt(inner);
  const nextEdit = said.rest ? readEditRequest(said.rest) : null;
  if (nextEdit) return host.after(inner, await askEdit(inner, session, nextEdit));
  // "anyway the step is sort my own money": the answer beside it answers the open question.
  if (said.rest && host.hasStage(at.stage)) return host.answerWith(inner, at, said.rest);
  return host.reprompt(inner);
}
