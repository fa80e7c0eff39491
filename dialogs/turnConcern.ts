import { isAdult } from '../src/domain/lifeStage';
import { saysNotAnswered, saysOnlyTheyAreMates } from '../src/language/mateCrime';
import { SafeguardingText } from './safeguardingText';
import { tellsOfPhoneTakenOnceByName } from '../src/language/phoneTaken';
import { concernByRules, describesHarmByOthers, detectConcern, readNoteAsked, recogniseCommand, safeguardingInChat, withoutTheNoteQuestion } from '../src/language';
import { speaksForThem } from './aboutWhom';
import type { DialogContext } from './dialogKit';
import type { GentleCheckOptions } from './gentleCheckDialog';
import { saidOkayAbout } from './okayAbout';
import { isSafeguardingStep, Step } from './ids';
import { asksToTakeOut } from '../src/language/takeOutRequest';
import { readSafeButHard } from '../src/language/safeButHard';
import { clearedConcernText } from '../src/language/concern';
import { tellsOfGentleSign } from '../src/language/gentleSigns';
import { describesChildHittingCarer } from '../src/language/childsOwnWays';
import { childNamedAsMine } from '../src/language/childByName';
import { describesChildRoughWithSibling } from '../src/language/childRoughWithSibling';
import { tellsOfChildLeftOut } from '../src/language/childsOwnWays';
import { readHopesAsked } from '../src/language/hopesAsked';
import { withoutNoTouchPreference } from '../src/language/careLookAlikes';
import { withoutCardKeptSafe } from '../src/language/cardKeptSafe';
import { withoutOwnTravel } from '../src/language/ownTravel';
import { tellsOfFriendNotPayingBack } from '../src/language/friendMoney';
import { SafeAnswer, safeAnswerOf } from './safeAnswerRead';
import { takesTheirWords } from './offerBack';
import { openQuestion } from './openQuestion';
import type { Words } from './say';
import { sameWorryAtCheck, toldAgain } from './safeguardingRepeat';
import { sessionOf } from './session';
import { objectionOfTurn } from './flagObjection';
import { whoMayBeSaid } from './whoIsChatting';
import { ChecksStoppedText, noteStopChecking } from './checksStopped';
import { withoutNoCodeTalk } from '../src/language/inviteAnswer';
import { factPutRightOf } from './factPutRight';
import { putRightToOnlyMe } from '../src/language/factPutRight';
import { queriesPraise } from '../src/language/praiseQueried';
import { AboutMeText } from './aboutMeDialog';
import { isCookingMishap } from '../src/language/cookingMishap';
import { asksIfTheNoteSaysSelfHarm } from '../src/language/noteSaysAsked';
import { namesOnlyKindsNotMade } from '../src/language/noteNamed';
import { readAnswerQueried } from '../src/language/answerQueried';
import { tellsOfSoftExploitationSign } from '../src/language/softExploitationSigns';
import { onlineMeetingTurn } from './onlineMeetingTurn';
import { partnerControlOfTurn } from './partnerControlTurn';
import { partnerHarmInChat } from '../src/language/partnerHarm';
import { tellsOfAdultWithChild } from '../src/language/olderPartner';
import { cuckooSignsOf, signsAddUpToCuckooing } from '../src/language/cuckooSigns';
import { keepToldAgain } from './safeguardingSaidAfter';
import { sentencesOf } from '../src/language/text';
import { tellsOfControlAside } from '../src/language/controlAside';
import { HOME_NOTE_KINDS } from './secrecyJoinsNote';
import { tellsOfOwing, withoutOwing } from '../src/language/owingWords';
import { worryBesideMoney } from './worryBesideMoney';
import { tellsOfMoneyFromOlderOnes } from '../src/language/moneyFromOlderOnes';

/**
 * What a message asks of safeguarding before anything else reads it: the full answer, "Are you OK?", or
 * (`familySupport`) a kind line before the question reads their answer as it is (or, `reask`, is asked again).
 */
export type TurnConcern = { disclose: string; noNoteBefore?: boolean; noNoteOfKind?: boolean } | { check: GentleCheckOptions } | { familySupport: Words; reask?: boolean } | undefined;

/** Said to a parent whose child hits out at them in distress: the plan can help, and so can support for the family. */
export const FamilySupportText = { childHitsOut: 'needs:childHitsOut', childRoughWithSibling: 'needs:childRoughWithSibling', childLeftOut: 'needs:childLeftOut' } as const;

/**
 * Reads the message for a possible disclosure, before commands or the open question see it: the
 * full answer and a flag (`disclose`), "Are you OK?" first (`check`), or nothing. `quiet` is true
 * while someone who said they are OK is not asked after worries again.
 */
export async function concernOfTurn(inner: DialogContext, text: string, tapped: boolean, quiet: boolean): Promise<TurnConcern> {
  const session = sessionOf(inner.context);
  // While the safeguarding answer or a gentle check is open, only a rule-backed disclosure starts
  // another: a follow-up like "please dont tell anyone" is about the same worry.
  const inSafeguarding = isSafeguardingStep(session.journey.position?.step);
  // "does my plan say someone is hurting me?": a question about the note, answered plainly; only what is said beside it is read for a worry.
  const draft = await session.draft();
  const notesMade = draft?.flags.length ?? 0;
  const noteAsked = readNoteAsked(text);
  // "the bit about hurting myself was not true pls remove it, he made me say it" when the only note is about an uncle who hits.
  const noneOfKind = Boolean(noteAsked?.off) && notesMade > 0 && namesOnlyKindsNotMade(text, draft?.flags.filter((f) => !f.takenBackAt).map((f) => f.category) ?? []);
  // With no note made, or none of the kind named, asking one off takes nothing back: the whole message is read ("delete the self harm one, i still do it").
  const asked = noteAsked && ((notesMade > 0 && !noneOfKind) || !noteAsked.off || noteAsked.whether) ? withoutTheNoteQuestion(text) : text;
  // "Please remove that note. Nobody hurt him", "Bullying?? It is not bullying": a protest at the note, answered
  // with an apology by the objection's reader, never a new disclosure nor "Are you OK?".
  if ((draft?.flags.length ?? 0) > 0 && objectionOfTurn(inner.context, text, !inSafeguarding)) return undefined;
  const parent = speaksForThem(draft);
  // "stop asking if im ok", "im fine stop": heard with a short kind line, then the open question again; never checked.
  if (!inSafeguarding && !tapped && (await noteStopChecking(session, text))) return { familySupport: { key: ChecksStoppedText.heard }, reask: true };
  // "u didnt anser me. about dazza and the 50" after a worry about "mates" and money was noted: the answer again, then the
  // open question again; the complaint is never kept as a hope or a hard thing (mateCrime.ts).
  const usedNoted = draft?.flags.some((f) => f.category === 'exploitation' && !f.takenBackAt) ?? false;
  if (!inSafeguarding && !tapped && saysNotAnswered(text) && usedNoted) return { familySupport: { key: SafeguardingText.mateNotAnswered }, reask: true };
  // "dazza says im his best mate" then: his word, kindly met, and never kept as a hope, a hard thing or what helps.
  if (!inSafeguarding && !tapped && saysOnlyTheyAreMates(text) && usedNoted) return { familySupport: { key: SafeguardingText.mateSaysBestMate }, reask: true };
  // "get my own money. then i dont owe no one" after such a note: owing is a further sign, added to that note with a kind
  // line, and the question asked again; never kept as what the plan would do for them. A new worry in it is read as ever.
  // "i got a bit saved from the lads in town" after such a note: money from them is more of it, added the same way;
  // never kept as what helps, never a second check. A rule's reading is left to the note's own repeat below.
  // "got a few quid off the olders, theres never any food in": a worry beside the money is read as ever (worryBesideMoney.ts).
  const moneyFromThem = usedNoted && tellsOfMoneyFromOlderOnes(text) && !concernByRules(text) && !worryBesideMoney(text, parent);
  if (!inSafeguarding && !tapped && usedNoted && (moneyFromThem || (tellsOfOwing(text) && !concernByRules(withoutOwing(text))))) {
    await keepToldAgain(session, 'exploitation', text);
    return { familySupport: { key: SafeguardingText.toldMoreAdded }, reask: true };
  }
  // A parent's "Sam hits me when he gets angry", Sam being their child: read as "my child hits me ...".
  const named = parent && asked ? childNamedAsMine(asked, draft?.youngPerson.name) : asked;
  // "No I don't have any code. Nobody give me a code.": at the code question, talk of the code is its answer, never a worry.
  // "please dont hug me or crowd me, i get overwhelmed" at how to help me: a preference, the whole message, with nobody named.
  const step = session.journey.position?.step;
  // "nan keeps my card sumtimes" at what helps: a young adult's family or carer keeping their money safe is help, the whole message (cardKeptSafe.ts).
  let read =
    step === Step.welcomeInvite ? withoutNoCodeTalk(named) : step === Step.aboutMeSupport ? withoutNoTouchPreference(named) : (step === Step.needsHelps || step === Step.outcomeProvides) && isAdult(draft?.youngPerson) ? withoutCardKeptSafe(named) : named;
  // "does it say i hurt myself or something? cos i didnt" after a note: a question about the note (answered by its
  // reader), the whole message from an allow-list; never the crisis answer again nor a new note.
  if (!inSafeguarding && (draft?.flags.length ?? 0) > 0 && asksIfTheNoteSaysSelfHarm(text)) return undefined;
  // "why did you give me samaritans number i dont want to kill myself" after the answer: a question about it and a plain
  // denial, the whole message from an allow-list (answerQueried.ts); answered kindly, never the crisis answer again.
  if ((draft?.flags.length ?? 0) > 0 && !tapped && readAnswerQueried(text)?.whole) return undefined;
  // "cutting stuff is hard i nearly cut myself once. and pouring hot stuff" about a cooking hope: a kitchen mishap, the
  // whole message from an allow-list of kitchen words, kept as a hard thing; never the crisis answer.
  if (!inSafeguarding && read && isCookingMishap(read, draft?.aspirations.find((a) => a.id === session.journey.position?.topic)?.text)) return undefined;
  // "i get the bus to centre on my own and nan dont have to take me": a young adult travelling alone, the whole message (ownTravel.ts).
  let ownWay = isAdult(draft?.youngPerson) ? withoutOwnTravel(read) : read;
  let detected = tapped || !ownWay || (inSafeguarding && !concernByRules(ownWay)) ? undefined : detectConcern(ownWay);
  // Signs of cuckooing ("hes bin stayin at mine for weeks", "i sleep on the sofa", "he eats all my food tho") add up
  // across the chat, kinds only: two kinds, one of them someone staying or the bed lost, get the full answer and a note
  // (cuckooSigns.ts), also when told as "ye its ok, but ..." at "Are you OK?".
  const cuckoo = tapped || ownWay === undefined ? [] : cuckooSignsOf(ownWay);
  if (cuckoo.length > 0) {
    // Only a note about their home itself (the signs had added up before) makes more home signs "the same worry": a
    // note about being made to carry things says nothing about "i have no money left".
    const homeNoted = usedNoted && signsAddUpToCuckooing(session.journey.cuckooSigns ?? []);
    const told = [...new Set([...(session.journey.cuckooSigns ?? []), ...cuckoo])];
    await session.updateJourney((j) => ({ ...j, cuckooSigns: told }));
    if (signsAddUpToCuckooing(told) && !usedNoted && !detected?.sure) return { disclose: 'exploitation' };
    // After the note, more of it is the same worry, never "Are you OK?" again: at "Are you safe now?" ("ye its ok. he eats
    // all my food tho") it is added to the note and the question asked again; at a plan question homeWorryMore.ts adds it.
    if (homeNoted && !detected?.sure && inSafeguarding) {
      await keepToldAgain(session, 'exploitation', text);
      return { familySupport: { key: SafeguardingText.toldMoreAdded }, reask: true };
    }
    // At a plan question, every other sentence ("i have no money left. i hate myself") is still read as ever.
    if (homeNoted && !detected?.sure && ownWay !== undefined) {
      const others = sentencesOf(ownWay).filter((s) => cuckooSignsOf(s).length === 0).join(' ').trim();
      if (!others) return undefined;
      read = ownWay = others;
      detected = detectConcern(others);
    }
  }
  // Soft signs of exploitation add up across the chat (a count only, never the words): the second is asked after gently,
  // the third gets the full answer and a note. A sure disclosure among them is answered as ever.
  const soft = !inSafeguarding && !tapped && ownWay !== undefined && tellsOfSoftExploitationSign(ownWay);
  const signs = soft ? (session.journey.softExploitationSigns ?? 0) + 1 : 0;
  if (soft) await session.updateJourney((j) => ({ ...j, softExploitationSigns: signs }));
  // Never lowered: a reading the chat answers in full keeps that answer below, and its own category is kept
  // ("i meet a man in his car late and he wants photos" is noted as sexual abuse, not only exploitation).
  const goal = session.journey.position?.step === Step.outcomeStep;
  // "no im his mum not alfie. hes 4": who is chatting, said or put right, is read apart only where it may be.
  const whoMayBePutRight = whoMayBeSaid(session.journey.position);
  const answeredInFull = soft && read !== undefined && detected?.concern === true && safeguardingInChat(read, { parent, goal, whoMayBePutRight }).action === 'answer';
  const softCategory = detected?.category ?? 'exploitation';
  if (soft && !detected?.sure && !answeredInFull && signs === 3) return { disclose: softCategory };
  if (soft && !detected?.sure && !answeredInFull && signs === 2) return { check: { message: text, category: softCategory, keep: takesTheirWords(await openQuestion(inner)), ...(detected ? { reading: detected } : {}) } };
  // "jay checks my fone every nite", Jay being her boyfriend: control in their own relationship, added up across the chat.
  const control =
    !tapped && ownWay !== undefined && read !== undefined
      ? await partnerControlOfTurn(session, ownWay, () => safeguardingInChat(read, { parent, goal, whoMayBePutRight }), draft?.flags.some((f) => f.category === 'domestic_abuse' && !f.takenBackAt) ?? false)
      : undefined;
  if (control && 'disclose' in control) return { disclose: control.disclose };
  if (control && 'answer' in control && !inSafeguarding) return { disclose: control.answer };
  if (control && 'check' in control && !inSafeguarding && !parent) return { check: { message: text, category: control.check, keep: takesTheirWords(await openQuestion(inner)), ...(detected ? { reading: detected } : {}) } };
  // "he wants to meet me. what should i do", someone met online: answered plainly, never passed over (onlineMeetingTurn.ts).
  const meeting = inSafeguarding || tapped || parent || read === undefined ? undefined : await onlineMeetingTurn(session, read, text, () => safeguardingInChat(read, { parent, goal, whoMayBePutRight }));
  if (meeting) return meeting;
  // Told again after it was passed on: a short reminder at most, and the message answers the open question.
  // Said again at the safety check just after it was flagged: the check's to read, never a second flag.
  const again = inSafeguarding ? sameWorryAtCheck(session.journey.position, detected, text, isAdult((await session.draft())?.youngPerson)) : await toldAgain(inner.context, session, detected, text);
  if (again || tapped) return undefined;
  // Outside the safeguarding steps: the full answer at once, "Are you OK?" first, or nothing (see
  // safeguardingInChat); inside them, only a sure disclosure starts another.
  // "yes he's safe with us now ... there was neglect before he came to us" at "do you feel safe?": the question's own reader answers it.
  if (detected && session.journey.position?.step === Step.aboutMeSafe && readSafeButHard(text, parent) === 'pastKnown') return undefined;
  // "jay hurts me", Jay being the boyfriend she named: read as the partner too, and the stronger reading kept (partnerHarm.ts).
  // A parent's "he" is their child, so only a young person's is read as the partner.
  const partnerNames = session.journey.partnerNames ?? [];
  const readInChat =
    detected && !inSafeguarding
      ? partnerHarmInChat(read, safeguardingInChat(read, { parent, goal, whoMayBePutRight }), partnerNames, !parent && Boolean(session.journey.partnerSaid), { parent, goal, whoMayBePutRight })
      : undefined;
  // "work in a cafe though idk if liam will let me work": someone's leave to work or go out, said beside an answer, is
  // asked after gently (controlAside.ts); a partner's is counted with the partner's other signs above.
  // After a note about home it joins that note instead, with a short word (secrecyJoinsNote.ts): never a second check.
  const homeNoted = isAdult(draft?.youngPerson) && Boolean(draft?.flags.some((f) => HOME_NOTE_KINDS.has(f.category)));
  const leaveAside = readInChat?.action === 'none' && !parent && read !== undefined && !homeNoted && tellsOfControlAside(read, isAdult(draft?.youngPerson));
  const inChat: ReturnType<typeof safeguardingInChat> | undefined = leaveAside ? { action: 'check', concern: { concern: false, category: null, unclear: true, likely: 'domestic_abuse' } } : readInChat;
  // A young adult's friend who borrows money and never pays it back: maybe mate crime, maybe not; asked about gently.
  if (detected?.concern && !inSafeguarding && !parent && isAdult(draft?.youngPerson) && tellsOfFriendNotPayingBack(read)) {
    return { check: { message: text, category: 'exploitation', keep: takesTheirWords(await openQuestion(inner)), friendMoney: true, reading: detected } };
  }
  // "remove that note please, the boys at school are bullying him" with no note yet: told kindly there was none, then the answer.
  const noNoteBefore = notesMade === 0 && noteAsked?.off ? { noNoteBefore: true } : noneOfKind ? { noNoteOfKind: true } : {};
  // "my boyfriend is 19 he says im mature for my age" from a 14-year-old: an adult with a child under 16, told as ordinary (olderPartner.ts).
  if (!parent && !inSafeguarding && tellsOfAdultWithChild(read, draft?.youngPerson.age)) return { disclose: 'sexual_abuse', ...noNoteBefore };
  // Domestic abuse is abuse between partners aged 13 or over: a 12-year-old's "my girlfriend bullies me" is harm from others.
  const underThirteen = typeof draft?.youngPerson.age === 'number' && draft.youngPerson.age < 13;
  if (inChat?.action === 'answer') return { disclose: underThirteen && inChat.category === 'domestic_abuse' && !parent ? 'harm_from_others' : inChat.category, ...noNoteBefore };
  // "he hits me when he has a meltdown", from a parent: the child's behaviour, read by the question as a need, never the crisis answer.
  if (parent && !inSafeguarding && describesChildHittingCarer(read)) return { familySupport: { key: FamilySupportText.childHitsOut } };
  // "he can be rough with his baby sister when overwhelmed ... I'd like some help with it": the same, for the whole family.
  if (parent && !inSafeguarding && describesChildRoughWithSibling(read)) return { familySupport: { key: FamilySupportText.childRoughWithSibling } };
  // "other children leave Tia out and they say she is a baby": friendships, a need for the plan, never the crisis answer.
  if (parent && !inSafeguarding && !detected?.sure && tellsOfChildLeftOut(read)) {
    // Kept as a need where hard things are asked; at any other question (what people admire...) it is asked again, not kept.
    return { familySupport: { key: FamilySupportText.childLeftOut }, reask: !session.journey.position?.step.startsWith('needs.') };
  }
  // "Zain took my phone off me", once, Zain not known: the gentle check the chat reading chose, never bullying filed on a guess.
  const phoneOnce = !parent && read !== undefined && inChat?.action === 'check' && tellsOfPhoneTakenOnceByName(read);
  if (detected?.concern && detected.sure && !phoneOnce) return { disclose: detected.category ?? 'unspecified', ...noNoteBefore };
  if (inChat?.action !== 'check') return undefined;
  // "No. That is wrong. Mum does not do my money now. I do it myself.": a kept fact put right, with no word of harm or fear
  // and no one else in it now; never checked. "... my step dad does it in the bathroom" names someone new: asked after.
  const putRight = inSafeguarding ? undefined : factPutRightOf(text, draft);
  if (putRight && putRightToOnlyMe(putRight.facts)) return undefined;
  // "is there a note that says i am not safe": a question about the plan's note, answered plainly; only
  // what else they said beside it ("... i am safe") is read for a worry to ask after.
  if (noteAsked && (!asked || safeguardingInChat(asked, { parent, goal, whoMayBePutRight }).action === 'none')) return undefined;
  const concern = inChat.concern;
  // At "do you feel safe?", the question's own reader answers what it can read, not "Are you OK?" on the classifier's
  // word: a yes beside rudeness or noise with no word of harm or fear ("mostly yes. the bus drivers are rude sometimes"),
  // or a "not always" ("yeah mostly, but one pushed my chair hard"), which gets the safeguarding answer and a flag at once.
  // Late transport is never reason to skip this check: its reader only says so when no worry is read at all.
  const safeButHard = session.journey.position?.step === Step.aboutMeSafe ? readSafeButHard(text, parent) : undefined;
  if (session.journey.position?.step === Step.aboutMeSafe && ((safeButHard !== undefined && safeButHard !== 'transport') || safeAnswerOf(text, session.words) === SafeAnswer.notAlways))
    return undefined;
  // Someone who said they were OK a moment ago is not asked after every worry; a message the classifier
  // reads as a concern ("I have bruises on my arms") or harm by others told plainly is asked after all the same.
  // So is a new sign a parent tells of (bruises nobody explains, a child who cries when one person comes).
  const newSign = tellsOfGentleSign(clearedConcernText(text));
  const clear = Boolean(concern.concern && !concern.faint) || describesHarmByOthers(text) || newSign;
  // "yes im safe" said to one worry quietens only that kind: a faint reading of a kind never asked about in this chat
  // ("they buy me food and stuff lol" after a check about school) is asked after all the same.
  const quietHere = quiet && !newKindOfWorry(concern, [...(session.journey.okayAbout ?? []), ...(session.journey.checkedAbout ?? [])], draft?.flags ?? [], session.journey.flaggedMatters ?? []);
  // After "stop asking if im ok", only a new and clear worry is asked after, for the rest of the chat.
  if ((quietHere || session.journey.checksStopped) && !clear) return undefined;
  // "I'm fine" said to this kind of worry: the same kind is not asked again in this chat; a sign of
  // self-harm, or a new sign a parent tells of, is always asked after (a sure disclosure is answered above).
  const kind = concern.category ?? concern.likely;
  if (kind !== 'self_harm_or_suicide' && saidOkayAbout(session.journey.okayAbout, kind) && !describesHarmByOthers(text) && !newSign) return undefined;
  // A command or a request to take something out ("I want it gone. Delete.", "delete all of my hopes. none of them are real") is never
  // checked; asking for the note off is no such request when a worry is told beside it ("remove the note, my dad, when hes drunk, hits us").
  if (session.journey.pendingConfirm || recogniseCommand(text) !== null || (asksToTakeOut(text) && !noteAsked?.off) || readHopesAsked(text) !== null) return undefined;
  // "lovely?? i said i hate myself": the kind word did not fit. Sorry for it first, then the check.
  const before = queriesPraise(text) ? { before: { key: AboutMeText.praiseQueried } } : {};
  return { check: { message: text, category: concern.category ?? concern.likely ?? 'other', keep: takesTheirWords(await openQuestion(inner)), reading: concern, ...before } };
}

/**
 * A reading of a kind of worry this chat has not asked about, noted or heard "I'm OK" to: "other" says too little to
 * count, and an unclear reading names no kind of its own.
 */
function newKindOfWorry(concern: { concern: boolean; category: string | null }, okay: readonly string[] | undefined, flags: readonly { category: string }[], matters: readonly { category: string }[]): boolean {
  if (!concern.concern || !concern.category || concern.category === 'other') return false;
  const known = new Set([...(okay ?? []), ...flags.map((f) => f.category), ...matters.map((m) => m.category)]);
  return !known.has(concern.category);
}
