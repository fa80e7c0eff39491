import { asksWhoSeesBeside, saysAskedAlready } from '../src/language/askedAlready';
import { carerSpeaksOfOwnStrain } from '../src/language/carerStrain';
import type { TurnContext } from 'botbuilder';
import { asksWhatSoundedWorrying } from '../src/language/worryQuoted';
import { answersAnotherQuestion, asksOnlyWhatNow, deniesTheWorry, recogniseCarryOn, recogniseSafetyAnswer, recogniseYesNo, saysAlreadyAsked, saysTheyAreAParent, saysWhereTheyAre, splitYesWithContent, whereTheyAreIsSafe } from '../src/language';
import { onlyFiller } from '../src/language/unsure';
import { safeguardingInChat } from '../src/language/concernInChat';
import { notSafeBesidePhones } from '../src/language/disclosureFollowUp';
import { shrugsOffCalling } from '../src/language/careByStaff';
import { heardAtSafeguarding } from './checksStopped';
import { ComponentDialog, Dialog, type DialogContext, type DialogTurnResult } from './dialogKit';
import { DialogId, Step } from './ids';
import { questionActivity, sayAll, type Question, type Words } from './say';
import { CARRY_ON_CHOICES, CHECK_CHOICES, CHECK_CHOICES_PARENT, CONTACT_CHOICES, SafeguardingText } from './safeguardingText';
import { Asking, answeredNoMiss, listenerOf, safeguardingQuestion, type Data } from './safeguardingQuestions';
import { keepSaidAfter } from './safeguardingSaidAfter';
import { planWordsOf } from './worryWordsInPlan';
import { takeBackMisread } from './safeguardingTakeBack';
import { meantKitchenAccident } from './kitchenAccidentMeant';
import { EverydayInjuryText } from './everydayInjuryHeard';
import { ChatTalkText } from './chatTalkReply';
import { readChatTalk } from '../src/language';
import { tellsOfEverydayInjury } from '../src/language/everydayInjury';
import { namesNoLines, worriesAnswered } from './safeguardingWorries';
import { HARM_ANSWER_KEYS } from './harmAnswered';
import { keepingSafeHeard, keepSafeNeedAnswer, noteSafeNeedOffered, readSafeNeedAnswer, safeNeedToOffer, saysHowTheyAre } from './safeguardingNeed';
import { answerDisclosure } from './safeguardingOpening';
import { heardMoreOfTheWorry } from './safeguardingMore';
import { objectionAtSafeguarding } from './flagObjection';
import { tookTheWorryBack } from './safeguardingRetraction';
import { sessionOf, type JourneySession } from './session';
import { understandCarryOn, understandSafetyCheck } from './closedReplies';
import { askedOnce, movedTo } from './journey';
import { QUIET_AFTER_OK } from './gentleCheckDialog';
import { okayAbout } from './okayAbout';
import { isExactChoice, understandChoice } from './understand';
import type { SafeguardingOptions, SafeguardingResult } from './safeguardingContract';
import { safeOnlyWhileAway, tellsOfHidingFromSomeone } from '../src/language/hidesFromSomeone';
import { tellsOfArguingAtHome } from '../src/language/arguingAtHome';
import { HomeNoteText } from './homeNoteAdded';
import { tellsMoreOfTheWorry } from '../src/language/worryToldMore';
import { adultTheyWillTell } from '../src/language/willTellSomeone';

export { CARRY_ON_CHOICES, SafeguardingText } from './safeguardingText';

/** A message ending in "?", perhaps with a face after it ("should i send them? 😕"): a question, never an answer to the plan. */
const ENDS_AS_QUESTION = /\?[\s\p{Extended_Pictographic}\p{Emoji_Modifier}\u{FE0F}\u{200D}]*$/u;
export type { SafeguardingOptions, SafeguardingResult } from './safeguardingContract';

/**
 * After a possible disclosure: flag the draft and record the concern for the safeguarding leads
 * before anything is said; acknowledge kindly, say honestly who will know, signpost help; ask
 * whether they are safe; on anonymous web chat offer to give a name and school; then offer to
 * carry on. "Don't tell anyone" and "will they get in trouble?" get true answers at any of these.
 */
export class SafeguardingDialog extends ComponentDialog<SafeguardingOptions> {
  constructor() {
    super(DialogId.safeguarding);
  }

  override async beginDialog(dc: DialogContext, options?: SafeguardingOptions): Promise<DialogTurnResult> {
    const session = sessionOf(dc.context);
    const data = await answerDisclosure(dc.context, session, options);
    // They have just said they are OK: "are you safe right now?" is not asked on top.
    if (options?.okay) {
      await session.updateJourney((j) => ({ ...j, quietChecks: QUIET_AFTER_OK }));
      if (data.offer === '1') return this.next(dc, session, data);
      return this.carryOn(dc, session, [], data);
    }
    // Mocking only, told by a child, or a young child hurting himself when upset, told by a parent: no "are you safe right now?" on top.
    if (data.inProportion === '1') return this.next(dc, session, data);
    await this.ask(dc, session, data);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const session = sessionOf(dc.context);
    const text = dc.context.activity.text ?? '';
    const data: Data = { ...(session.journey.position?.data ?? {}), ...(saysTheyAreAParent(text) ? { parent: '1' } : {}) };
    // Words kept in the plan change the true answer to "who sees it?" (worryWordsInPlan.ts).
    const worries = worriesAnswered(text, { ...listenerOf(data), ...planWordsOf(await session.draft(), session.t) });
    // "i know the numbers" is remembered; "stop asking if im ok" is heard kindly, and the plan goes on.
    if (await heardAtSafeguarding(dc.context, session, text, { category: data.category, contact: data.asking === Asking.contact })) return this.carryOn(dc, session, [], data);
    // Their name and school go with the concern as contact details; anything else they say here, as what they said after.
    if (data.asking !== Asking.contact && !isExactChoice(text, this.currentQuestion(session).choices ?? [], session.words)) await keepSaidAfter(session, data.concern, text);
    // "that was about the last question": sorry, and "Do you feel safe?" again; the flag stays, marked taken back.
    // "i meant with a knife cutting veg. like by accident" after a kitchen cut read as a worry: the note marked a mix-up, his words kept.
    const kitchen = data.asking === Asking.check ? await meantKitchenAccident(dc.context, session, data, text) : undefined;
    if (kitchen) return dc.endDialog(kitchen);
    // "you never answer questions", the whole message: sorry, and the question invited; never "I didn't get that".
    // "u didnt say if its bad" after a note about someone asking for pictures: the answer itself, below, not only sorry.
    const talk = data.asking === Asking.contact || answersPlainly(data, worries) ? null : readChatTalk(text);
    if (talk && !talk.answer && !talk.unclear && talk.topics.length === 1 && talk.topics[0] === 'notAnswered') {
      await sayAll(dc.context, session.t, [{ key: ChatTalkText.notAnswered }]);
      return this.askAgain(dc, session, answeredNoMiss(data));
    }
    // "i cut my finger chopping onions, it was an accident" after the answer to self-harm: thanked, the note kept, the same question.
    if (data.asking !== Asking.contact && data.category === 'self_harm_or_suicide' && tellsOfEverydayInjury(text)) {
      await sayAll(dc.context, session.t, [{ key: EverydayInjuryText.thanks }]);
      return this.askAgain(dc, session, answeredNoMiss(data));
    }
    const askAgain = data.asking === Asking.contact ? undefined : await takeBackMisread(dc.context, session, data, text);
    if (askAgain) return dc.endDialog({ carryOn: askAgain } satisfies SafeguardingResult);
    // "that was upsetting to read. Nobody is being abused": sorry, the truth about the note, and on with the plan.
    const objected = data.asking === Asking.contact ? undefined : await objectionAtSafeguarding(dc.context, session, data, text);
    if (objected) return dc.endDialog(objected);
    if (data.asking !== Asking.contact && data.asking !== Asking.need && (await tookTheWorryBack(dc.context, session, text))) return this.askCarryOn(dc, session, data);
    // "Which thing sounded worrying? Was it my stepbrother?": the words heard as the worry, then the same question.
    if (data.asking !== Asking.contact && data.heard && asksWhatSoundedWorrying(text)) {
      await sayAll(dc.context, session.t, [{ key: SafeguardingText.heardWords, vars: { words: data.heard } }]);
      return this.askAgain(dc, session, answeredNoMiss(data));
    }
    if (data.asking === Asking.contact) return this.answerContact(dc, session, data, text, worries);
    if (data.asking === Asking.carryOn) return this.answerCarryOn(dc, session, data, text, worries);
    if (data.asking === Asking.need) return this.answerNeed(dc, session, data, text, worries);
    return this.answerCheck(dc, session, data, text, worries);
  }

  override async repromptDialog(context: TurnContext): Promise<void> {
    await this.send(context, sessionOf(context));
  }

  /** The open question, so the main dialog can tell an answer ("I'm not sure") from a command. */
  currentQuestion(session: JourneySession): Question {
    return safeguardingQuestion(session.journey.position?.data ?? {});
  }

  private async answerCheck(dc: DialogContext, session: JourneySession, data: Data, text: string, worries: Words[]): Promise<DialogTurnResult> {
    const parent = data.parent === '1';
    // "ok so what happens now?": a question about the answer, not an "ok" to "are you safe?".
    // "hmm", "erm...": the sounds of thinking say nothing either way; asked again with the choices, never the 999 line.
    const read = asksOnlyWhatNow(text) || onlyFiller(text) ? undefined : understandChoice(text, { choices: parent ? CHECK_CHOICES_PARENT : CHECK_CHOICES, understand: understandSafetyCheck }, session.words) ?? recogniseSafetyAnswer(text) ?? undefined;
    // "im at home", "i'm in my room": away from bullies that is safe; where the harm may be at home, it is noted kindly, no "yes".
    const where = !read && saysWhereTheyAre(text) ? (whereTheyAreIsSafe(data.category ?? '') ? 'safe' : 'where') : undefined;
    // "no. i dont want to call 999 he has a knife": not wanting to phone beside danger keeps the 999 line.
    const inDanger = notSafeBesidePhones(text);
    const answer = inDanger ? 'notSafe' : read ?? where;
    // Misread once, asked once more at most: never a third time.
    const again = data.again === '1';
    // "yes. i think. maybe i'll tell mum": getting help from an adult they trust is good news, met warmly; never the 999 line.
    // Only beside a yes or an unsure answer: "hes outside my house. im gonna tell my dad" is asked about again, as ever.
    // With no yes or unsure beside it, only when the message says nothing more ("im going to tell my teacher tomorrow").
    const onlyTelling = answer === undefined && !/[.!?,;]\s*\S/.test(text.trim());
    const telling = parent || inDanger || (answer !== 'safe' && answer !== 'notSure' && !onlyTelling) ? undefined : adultTheyWillTell(text);
    if (telling) {
      await session.updateJourney((j) => ({ ...j, quietChecks: QUIET_AFTER_OK }));
      await sayAll(dc.context, session.t, [...worries, { key: SafeguardingText.tellingGood, vars: { whom: telling } }]);
      const { keep: _kept, ...notKept } = data;
      return this.next(dc, session, notKept);
    }
    // "Please don't tell anyone", "do i have to ring them" are questions to answer truly, not a "no" to "are you safe?";
    // with "I'm not in danger" beside them, both are heard.
    // A question answered leaves the check open: that is no misreading, and no "sorry, I didn't get that".
    if (worries.length > 0 && answer !== 'safe' && answer !== 'where' && !inDanger) {
      await sayAll(dc.context, session.t, worries);
      return this.askAgain(dc, session, answeredNoMiss(data));
    }
    // "you already asked me that": sorry, and no more asking; it is no "no".
    if (!answer && saysAlreadyAsked(text)) {
      await sayAll(dc.context, session.t, [{ key: SafeguardingText.alreadyAsked }, { key: parent ? SafeguardingText.parentCheckMoveOn : namesNoLines(session, 'moveOn') }]);
      return this.next(dc, session, data);
    }
    // More of the worry ("he still takes my money") is kept with it and answered kindly, never a "sorry, I did not get that".
    const more = await heardMoreOfTheWorry(session, data, text);
    if (!answer && more) {
      await sayAll(dc.context, session.t, more);
      return this.askAgain(dc, session, data);
    }
    // "its just them arguing. i put my headphones in" after a worry about home: more of it (already added to the
    // concern above), thanked, and the same question again with no "sorry, I didn't get that".
    if (!answer && data.category === 'domestic_abuse' && tellsOfArguingAtHome(text)) {
      await sayAll(dc.context, session.t, [{ key: data.lead === '1' ? HomeNoteText.addedLead : HomeNoteText.addedNoLead }]);
      return this.askAgain(dc, session, answeredNoMiss(data));
    }
    if (!answer) {
      const direct = understandChoice(text, { choices: CARRY_ON_CHOICES, understand: understandCarryOn }, session.words) ?? recogniseCarryOn(text) ?? undefined;
      if (direct === 'stop') return dc.endDialog({ stop: true } satisfies SafeguardingResult);
      if (direct === 'carryOn') return this.carryOn(dc, session, worries, data);
      if (!again) return this.askAgain(dc, session, { ...data, missed: '1', again: '1' });
      // Asked twice: no third time, and no 999 for words that did not say they are in danger.
      await sayAll(dc.context, session.t, [{ key: parent ? SafeguardingText.parentCheckMoveOn : namesNoLines(session, 'moveOn') }]);
      return this.next(dc, session, data);
    }
    // "yeah fine. my step dad hit me yesterday tho": a yes with harm told after it is no yes to be glad of, nor to stop
    // asking after. Only the yes is set aside: the rest is read as if typed alone, kept with the note (a flag of its own
    // when of a new kind), thanked for with the 999 line, and the plan goes on.
    const harmAfterYes = answer === 'safe' && safeguardingInChat(text, { parent }).action === 'answer' ? await heardMoreOfTheWorry(session, data, text) : undefined;
    if (harmAfterYes) {
      await sayAll(dc.context, session.t, [...worries, ...harmAfterYes]);
      const { keep: _kept, ...notKept } = data;
      return this.next(dc, session, notKept);
    }
    // "yes im safe. hes at work": safe only while the person is away is no "safe" to be glad of, nor to stop asking after.
    const away = answer === 'safe' && !parent ? safeOnlyWhileAway(text) : undefined;
    if (away) {
      await sayAll(dc.context, session.t, [...worries, { key: HomeNoteText.awayNow, vars: { who: away === 'they' ? 'that person' : away } }]);
      const { keep: _kept, ...notKept } = data;
      return this.next(dc, session, notKept);
    }
    // Someone who says they are fine is not asked "are you OK?" again for a good while.
    // "I'm safe" is remembered for this kind of worry, as at the gentle check: not asked about again while the quiet lasts.
    if (answer === 'safe' || answer === 'where') await session.updateJourney((j) => ({ ...j, quietChecks: QUIET_AFTER_OK, ...okayAbout(j.okayAbout, answer === 'safe' ? data.category : undefined) }));
    const reply =
      answer === 'where' ? (parent ? SafeguardingText.parentUrgent : SafeguardingText.whereNoted)
      // "im ok. i just stay in my room when he starts": safe now, but hiding is heard, never "glad you are safe".
      : answer === 'safe' && !parent && tellsOfHidingFromSomeone(text) ? HomeNoteText.hiding
      // "im fine. its not a big deal, i wont call anyone": kind words were said (safeguardingWorries.ts), and no more numbers.
      : answer === 'safe' ? (parent ? SafeguardingText.parentGlad : shrugsOffCalling(text) ? SafeguardingText.numbersGlad : namesNoLines(session, 'glad'))
      : parent ? SafeguardingText.parentUrgent : inDanger ? SafeguardingText.phonesDanger
      // Someone who said they cannot phone or do not talk: the ways that need no voice call, never "call 999 now" alone.
      : session.journey.noVoice ? SafeguardingText.urgentNoVoice : SafeguardingText.urgent;
    // "i'm alright love, tired mostly, its a lot at my age": a carer's own strain is met with support for carers too.
    // "yes we're fine, you asked me that already. who sees it?": a short sorry, and who sees the plan and the note, as at "Are you OK?".
    const askedAgain: Words[] = answer === 'safe' && saysAskedAlready(text) ? [{ key: SafeguardingText.askedAgainSorry }] : [];
    const whoSees: Words[] = answer === 'safe' && asksWhoSeesBeside(text) ? [{ key: parent ? SafeguardingText.whoSeesParent : SafeguardingText.whoSees }] : [];
    await sayAll(dc.context, session.t, [...askedAgain, ...worries, { key: reply }, ...(parent && answer === 'safe' && carerSpeaksOfOwnStrain(text) ? [{ key: SafeguardingText.parentCarerSupport }] : []), ...whoSees]);
    // Their words are offered back as an answer only once they say it was no worry ("im not being bullied, im safe"), or
    // when they are only the answer beside the harm: a disclosure is never offered to the plan as what helps or what is hard.
    const { keep: _keep, ...withoutKeep } = data;
    return this.next(dc, session, answer === 'safe' && (deniesTheWorry(text) || data.keepApart === '1') ? data : withoutKeep);
  }

  private async answerContact(dc: DialogContext, session: JourneySession, data: Data, text: string, worries: Words[]): Promise<DialogTurnResult> {
    if (worries.length > 0) return this.answerWorries(dc, session, data, worries);
    const { answer, rest } = splitYesWithContent(text);
    const declined = understandChoice(text, { choices: CONTACT_CHOICES }, session.words) === 'no' || ((answer === 'no' || answer === 'notSure') && !rest);
    if (declined) {
      await sayAll(dc.context, session.t, [{ key: SafeguardingText.contactFine }]);
      return this.askCarryOn(dc, session, data);
    }
    // "Carry on" (or its button) here means no thanks, and back to the plan at once.
    const onward = answer === null ? (understandChoice(text, { choices: CARRY_ON_CHOICES, understand: understandCarryOn }, session.words) ?? recogniseCarryOn(text)) : undefined;
    if (onward === 'stop') return dc.endDialog({ stop: true } satisfies SafeguardingResult);
    if (onward === 'carryOn') return this.carryOn(dc, session, [], data);
    if (answer === 'yes' && !rest) {
      if (data.details !== '1') return this.askAgain(dc, session, { ...data, details: '1' });
      await sayAll(dc.context, session.t, [{ key: SafeguardingText.contactFine }]);
      return this.askCarryOn(dc, session, data);
    }
    if (data.concern) await session.services.safeguarding?.addContact(data.concern, text);
    await sayAll(dc.context, session.t, [{ key: SafeguardingText.contactThanks }]);
    return this.askCarryOn(dc, session, data);
  }

  private async answerCarryOn(dc: DialogContext, session: JourneySession, data: Data, text: string, worries: Words[]): Promise<DialogTurnResult> {
    const more = await heardMoreOfTheWorry(session, data, text);
    const read = understandChoice(text, { choices: CARRY_ON_CHOICES, understand: understandCarryOn }, session.words) ?? recogniseCarryOn(text) ?? undefined;
    // "i dont want to go home" tells more of the worry: never read as "stop".
    const choice = more && read === 'stop' ? undefined : read;
    if (!choice && more && worries.length === 0) {
      await sayAll(dc.context, session.t, more);
      return this.askAgain(dc, session, data);
    }
    // "who should i tell about the bus stop boys" is a question to answer, never "stop".
    if (choice === 'stop' && worries.length === 0) return dc.endDialog({ stop: true } satisfies SafeguardingResult);
    // "should i send them?" after a note about someone asking for pictures is a question to answer here, never "carry on".
    if (choice === 'carryOn' && !answersPlainly(data, worries)) return this.carryOn(dc, session, worries, data);
    if (worries.length > 0) return this.answerWorries(dc, session, data, worries);
    // "he gives the money back sometimes": more of the worry (kept with the concern above), thanked for, never an answer to the plan.
    if (!choice && (session.journey.flaggedMatters ?? []).some((m) => m.category === data.category && tellsMoreOfTheWorry(text, m))) {
      await sayAll(dc.context, session.t, [{ key: SafeguardingText.toldMoreAdded }]);
      return this.askAgain(dc, session, answeredNoMiss(data));
    }
    // "get a job at the football ground" is no stop: on with the plan, the words kept as the interrupted question's answer.
    // At "Do you feel safe?" the worry was that question's answer: the plan goes on to the next question, the words never added to an earlier answer.
    if (answersAnotherQuestion(text) && !ENDS_AS_QUESTION.test(text) && recogniseYesNo(text) !== 'no') return this.carryOn(dc, session, [], data, session.journey.interrupted?.step === Step.aboutMeSafe ? undefined : text);
    // "no": no to carrying on, or no to stopping? Asked once which, never read as either.
    if (data.missed !== '1' && recogniseYesNo(text) === 'no') return this.askAgain(dc, session, { ...data, missed: '1', which: '1' });
    if (data.missed !== '1') return this.askAgain(dc, session, { ...data, missed: '1' });
    // Still not clear: never a silent stop. Back to the plan, saying "stop" is there any time.
    await sayAll(dc.context, session.t, [{ key: SafeguardingText.carryOnDefault }]);
    return this.carryOn(dc, session, [], data);
  }

  /** "Do you want your plan to say you need to feel safe at school?": a yes adds it, a no is respected; asked twice at most. */
  private async answerNeed(dc: DialogContext, session: JourneySession, data: Data, text: string, worries: Words[]): Promise<DialogTurnResult> {
    if (worries.length > 0) return this.answerWorries(dc, session, data, worries);
    const read = readSafeNeedAnswer(text, session, data.place);
    const { missed: _missed, place: _place, ...rest } = data;
    if (!read) {
      // "Carry on" here means no, and back to the plan at once; "stop for now" stops.
      const onward = saysHowTheyAre(text) ? undefined : (understandChoice(text, { choices: CARRY_ON_CHOICES, understand: understandCarryOn }, session.words) ?? recogniseCarryOn(text) ?? undefined);
      if (onward === 'stop') {
        await noteSafeNeedOffered(session, data.place);
        return dc.endDialog({ stop: true } satisfies SafeguardingResult);
      }
      if (onward === 'carryOn') {
        await keepSafeNeedAnswer(session, data.place, 'no');
        return this.carryOn(dc, session, [], rest);
      }
      // "its just random people in games saying stuff, i block them": what they do to keep safe is praised, then the question.
      const heard = keepingSafeHeard(text);
      if (heard && data.missed !== '1') await sayAll(dc.context, session.t, [heard]);
      if (data.missed !== '1') return this.askAgain(dc, session, { ...data, missed: '1' });
    }
    // Not clear twice: nothing goes in the plan that they did not choose. Either way, back to the plan.
    const kept = await keepSafeNeedAnswer(session, data.place, read ?? 'no');
    return this.carryOn(dc, session, kept, rest);
  }

  /** After the check: the offer to give a name and school, when it fits, else the way back. */
  private async next(dc: DialogContext, session: JourneySession, data: Data): Promise<DialogTurnResult> {
    const { missed: _missed, again: _again, which: _which, ...rest } = data;
    if (data.offer === '1') {
      const { offer: _offer, ...kept } = rest;
      await this.ask(dc, session, { ...kept, asking: Asking.contact });
      return Dialog.EndOfTurn;
    }
    return this.askCarryOn(dc, session, rest);
  }

  private async askCarryOn(dc: DialogContext, session: JourneySession, data: Data): Promise<DialogTurnResult> {
    // Said "I'm OK" at the gentle check: straight back to the plan, without another question.
    if (data.okay === '1') return this.carryOn(dc, session, [], data);
    const { missed: _missed, details: _details, offer: _offer, again: _again, which: _which, ...kept } = data;
    // A worry that named a place: first the offer to say so in the plan, then the way back.
    const place = await safeNeedToOffer(session, data.place);
    await this.ask(dc, session, place ? { ...kept, asking: Asking.need, place } : { ...kept, asking: Asking.carryOn });
    return Dialog.EndOfTurn;
  }

  /** Their question answered; the open question stays open, asked again in its first words. */
  private async answerWorries(dc: DialogContext, session: JourneySession, data: Data, worries: Words[]): Promise<DialogTurnResult> {
    await sayAll(dc.context, session.t, worries);
    return this.askAgain(dc, session, answeredNoMiss(data));
  }

  private async askAgain(dc: DialogContext, session: JourneySession, data: Data): Promise<DialogTurnResult> {
    await this.ask(dc, session, data);
    return Dialog.EndOfTurn;
  }

  private async carryOn(dc: DialogContext, session: JourneySession, worries: Words[], data: Data, answer?: string): Promise<DialogTurnResult> {
    await sayAll(dc.context, session.t, [...worries, { key: SafeguardingText.backTo }]);
    return dc.endDialog({ carryOn: session.journey.interrupted, ...(answer ? { keepAnswer: answer.slice(0, 10_000) } : data.replay ? { replay: data.replay } : data.keep ? { offerBack: data.keep, ...(data.suggested === '1' ? { suggested: true } : {}) } : {}) } satisfies SafeguardingResult);
  }

  private async ask(dc: DialogContext, session: JourneySession, data: Data): Promise<void> {
    const stage = session.journey.interrupted?.stage ?? 'welcome';
    const step = data.asking === Asking.contact ? Step.safeguardingContact : Step.safeguardingCheck;
    await session.updateJourney((j) => movedTo(j, { stage, step, data }));
    await this.send(dc.context, session);
  }

  private async send(context: TurnContext, session: JourneySession): Promise<void> {
    const question = this.currentQuestion(session);
    await session.updateJourney((j) => askedOnce(j, `${question.step}|${question.words.key}`));
    const stage = session.journey.interrupted?.stage ?? 'welcome';
    await context.sendActivity(questionActivity(question, session.t, { mode: session.mode, stage }));
  }
}

/** Whether a question about the harm itself was answered ("should i send them?", "is it normal that he shoves me?"): never "carry on". */
function answersPlainly(data: Data, worries: Words[]): boolean {
  return (data.grooming === '1' && worries.length > 0) || worries.some((w) => HARM_ANSWER_KEYS.has(w.key));
}
