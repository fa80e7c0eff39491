import { changeAboutMeLater } from './aboutMeChangedLater';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import { hopeMovedAway, asksWhatWasKept, isCorrection, quoteOf, readAside, readChatTalk, readEditRequest, readNeedsRemark, readTakeBack, withoutPuzzledNoise } from '../src/language';
import { NOT_SAID_AGAIN_HERE, chatTalkWords } from './chatTalkReply';
import { askEdit, namesKeptPart, wordsOfReadBack } from './editAnywhere';
import { askDateChangeIn } from './dateChange';
import { correctHope } from './hopeCorrected';
import { bringBackBothHopes } from './bothHopesBack';
import { joinSameHopes } from './sameHopesJoined';
import { moveAnswerToHope } from './answerMovedToHope';
import { correctStep } from './stepCorrected';
import { stepChangedTo, withoutAnswerLead } from '../src/language/answerLead';
import { replaceNamedAnswer } from './namedAnswerReplaced';
import { asksWhatTheChatIs, talkInPlainWords } from '../src/language/aboutTheChat';
import { answerBotChat, BotChatText } from './botChat';
import { answerPuzzledTalk } from './puzzledTalk';
import { answerHopesAsked } from './hopesAsked';
import { answerNoWithQuestion } from './noWithQuestion';
import { answerSaidBefore } from './saidBefore';
import { answerCorrectionTalk } from './correctionTalk';
import { answeredDataQuestion } from './dataAsked';
import { answerQuestionBeside } from './questionBeside';
import { answerHowToAnswer } from './longerAsked';
import { keptAnswer, keptWords, planWordsAtReview, smartPartsOf, workingOn } from './chatTalkFacts';
import { withoutHelperLead } from './helperLead';
import { wordExplained } from './wordExplained';
import { wordAskedAbout, wordAskedBeside } from '../src/language/wordAsked';
import { timeBesideRemark } from '../src/language/timeBesideRemark';
import { boredIsTheAnswer } from '../src/language/boredAtNeeds';
import { moveAnswer } from './moveAnswer';
import { pointsAtEarlierMeasure } from './outcomeMeasure';
import { offersTermAsAnswer } from '../src/language/termOffered';
import { pointsAtEarlierNeeds } from './sameNeedsAgain';
import { pointsAtEarlierHelp } from './outcomeAnswerReaders';
import { answerAfterPointer } from '../src/language/sameAsBefore';
import { readSkippedHope } from '../src/language/skippedHope';
import { readMissingHope } from '../src/language/missingHope';
import { saysJustKeptHopeIsHard } from './hopeWasHard';
import { runCommand } from './commands';
import { dropAskedAt, REDO } from './outcomeDrop';
import type { ChatHost } from './chatHost';
import { answerTakeBack } from './takeBackTalk';
import { answerWordsCut } from './wordsCutBack';
import { undoWrongChange } from './changeUndone';
import { CHECK } from './needsQuestion';
import { hardAfterNo } from '../src/language/notHard';
import { Step } from './ids';
import { isChoiceOfOpenQuestion } from './openQuestion';
import { keyWorkerNoteSaid } from '../src/language/keyWorkerNote';
import { sayAll, type Words } from './say';
import { readRemarkBeside } from './chatTalkRemarks';
import { sessionOf } from './session';
import { ONE_HOPE_NAMED, POINTER_LED_STEPS, joinsHopes, noWithRequestAtReview } from './chatTalkReadings';
import { answerNameTalk } from './nameTalk';
import { answerBesideItIsThemselves } from '../src/language/whoAnswer';
import { correctedToThemselves, whoMayBePutRight, whoSaidNow, WhoSaidText } from './whoIsChatting';
import { saysItIsOneHope } from '../src/language/hopesRepliedTo';
import { isExactChoice, understandChoice } from './understand';
import { BORED_HEARD, CHATTER_HEARD, COMPLAINT_HEARD, COMPLAINT_SORRY, CORRECTION_REPLACED, CORRECTION_UNDONE, CORRECTION_UNDONE_ITEM, LAUGH_HEARD, NAME_CORRECTED, NOTHING_SPLIT, SMALL_TALK_HEARD, WHY_WE_ASK } from './chatTalkKeys';

export { BORED_HEARD, CHATTER_HEARD, COMPLAINT_HEARD, COMPLAINT_SORRY, CORRECTION_REPLACED, CORRECTION_UNDONE, CORRECTION_UNDONE_ITEM, LAUGH_HEARD, NAME_CORRECTED, NOTHING_SPLIT, SMALL_TALK_HEARD, WHY_WE_ASK };

/*
 * Talk about the chat itself, read before a message reaches the open question: "am I in
 * trouble?", a take-back ("wait no, not that"), an aside ("what do you mean by a step?", "i told u
 * that", "why do u need to know"), small talk ("thanks"), and an answer said beside a question
 * ("is that the measure thing? we'd write it on her chart"). None of it is ever kept as an answer.
 */

export type { ChatHost } from './chatHost';

/**
 * The turn's result when the message was talk about the chat; undefined when it is for the open
 * question (then only the answer part of it is left as the message's text).
 */
export async function readTalkAboutChat(inner: DialogContext, host: ChatHost, typed: string, inSafeguarding: boolean): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  // "huh?? go to a match with my dad": the puzzled noise is heard, never kept; the rest is the message.
  const quiet = inSafeguarding ? typed : withoutPuzzledNoise(typed);
  if (quiet !== typed) inner.context.activity.text = quiet;
  // "mum here: he cooks simple meals with me": who is typing is thanked, never kept in the answer.
  const text = inSafeguarding || session.journey.position?.stage === 'welcome' ? quiet : await withoutHelperLead(inner, quiet);
  // A closed question's own reading wins ("thats not right" at the read-back means change it); an open
  // question's fallback buttons ("Nothing for now") are only matched by a close spelling, which an aside is not.
  const at = session.journey.position;
  // "can you tell my key worker i want to start in september" at the review: a note the review keeps, never talk.
  if (!inSafeguarding && at?.stage === 'review' && keyWorkerNoteSaid(text)) return undefined;
  // "how long do you keep it", "does Janice see it": a true answer, then the question again; never kept.
  if (!inSafeguarding && (await answeredDataQuestion(inner.context, session, text))) return host.reprompt(inner);
  // "ye thats fine wait will my teachers see this", "proud i guess. can i skip some of these": the question answered, the rest is the answer.
  const besideQuestion = inSafeguarding ? null : await answerQuestionBeside(inner.context, session, text);
  if (besideQuestion) {
    // "you didnt answer me, who sees this plan?": the question was just answered; the complaint beside it needs no "ask it again".
    const rest = readChatTalk(besideQuestion);
    if (rest && !rest.answer && !rest.unclear && rest.topics.length > 0 && rest.topics.every((t) => t === 'notAnswered')) return host.reprompt(inner);
    inner.context.activity.text = besideQuestion;
    return readTalkAboutChat(inner, host, besideQuestion, inSafeguarding);
  }
  // "should i say it like ben would say it?", "is it better to give it longer? ... 6 months i guess": the question
  // answered, the rest (if any) is the answer. The name question reads it beside a name itself, to use that name.
  const howRest = inSafeguarding || !at ? null : await answerHowToAnswer(inner.context, session, at, text);
  if (howRest !== null) {
    if (!howRest) return host.reprompt(inner);
    inner.context.activity.text = howRest;
    return readTalkAboutChat(inner, host, howRest, inSafeguarding);
  }
  // "are you a real person", at the welcome as anywhere: a plain answer, then the question again; never kept.
  const whatItIs = inSafeguarding || !at ? null : asksWhatTheChatIs(text);
  if (whatItIs) {
    await sayAll(inner.context, session.t, [{ key: whatItIs === 'person' ? BotChatText.notAPerson : BotChatText.aComputer }]);
    return host.reprompt(inner);
  }
  // "i said yes. you said it wont go in my plan": the answer before was read the wrong way; done again, never kept here.
  const saidBefore = inSafeguarding ? undefined : await answerSaidBefore(inner, host, text);
  if (saidBefore) return saidBefore;
  // "i said no. i only have 2 hopes. is 2 allowed" at a yes / no question: a no and a question, never a take-back or talk.
  if (!inSafeguarding && (await answerNoWithQuestion(inner, text))) return undefined;
  // "end of year 2. it take time for him" at "by when?": the time answers it; the reason is never read as talk.
  const timeOnly = at?.step === Step.outcomeWhen && !inSafeguarding ? timeBesideRemark(text, { reasonsAboutThem: true }) : null;
  if (timeOnly) {
    inner.context.activity.text = timeOnly;
    return undefined;
  }
  // "omg no. thats wrong. can i just tell you the step again" at an outcome's questions: this outcome written afresh, never kept.
  if (at && !inSafeguarding && dropAskedAt(at, text)?.goTo?.data?.[REDO]) return undefined;
  if (at?.step === Step.needsBarrier && !inSafeguarding && boredIsTheAnswer(text)) return undefined; // "im bored": what makes it hard
  // "no wait, loud busy places" at "So nothing makes this hard?": the no says something does; never a take-back.
  if (at?.step === Step.needsBarrier && at.data?.[CHECK] && !inSafeguarding && hardAfterNo(text)) return undefined;
  // "you changed the wrong thing" just after "no wait, ..." replaced an answer: that answer is put back.
  const putBack = inSafeguarding ? undefined : await undoWrongChange(inner, host, text);
  if (putBack) return putBack;
  const understood = await isChoiceOfOpenQuestion(inner, text, (typed, question, words) =>
    question.understand ? understandChoice(typed, question, words) !== undefined : isExactChoice(typed, question.choices ?? [], words),
  );
  const exactChoice = await isChoiceOfOpenQuestion(inner, text, (typed, question, words) => isExactChoice(typed, question.choices ?? [], words));
  // "My name is not Dawn. My name is Maya", "Can you put a capital E on Ellie-May": the name put right, never kept as an answer.
  const nameTalk = inSafeguarding ? undefined : await answerNameTalk(inner, at, text, () => host.reprompt(inner));
  if (nameTalk && 'done' in nameTalk) return nameTalk.done;
  if (nameTalk) {
    inner.context.activity.text = nameTalk.rest;
    return readTalkAboutChat(inner, host, nameTalk.rest, inSafeguarding);
  }
  // "i am the young person, not a parent": asked as if to a parent by mistake; from now on the questions are about them.
  if (!inSafeguarding && at && (await correctedToThemselves(session, text))) {
    await sayAll(inner.context, session.t, [{ key: WhoSaidText.corrected }]);
    // "14 year 9. im lily not my mum": the rest still answers the question.
    const rest = answerBesideItIsThemselves(text);
    if (!rest) return host.reprompt(inner);
    inner.context.activity.text = rest;
    return undefined;
  }
  // "I'm his support worker", "this is his mum typing": who chats now is kept and said back, and the question asked
  // again; "no im his mum not alfie. hes at nursery" at the age question also answers it.
  const whoNow = !inSafeguarding && whoMayBePutRight(at) ? await whoSaidNow(session, text) : undefined;
  if (whoNow) {
    await sayAll(inner.context, session.t, [whoNow.words]);
    if (!whoNow.rest) return host.reprompt(inner);
    inner.context.activity.text = whoNow.rest;
    return undefined;
  }
  // "sorry that was for the weight one" at what helps: the hard things move to that hope, never a help.
  const movedToHope = inSafeguarding ? undefined : await moveAnswerToHope(inner, host, text);
  if (movedToHope) return movedToHope;
  // "wait thats the same as my football job one": the two hopes made one and said so; never kept as an answer.
  const joined = inSafeguarding ? undefined : await joinSameHopes(inner, host, text);
  if (joined && 'rest' in joined) inner.context.activity.text = joined.rest;
  if (joined) return 'rest' in joined ? readTalkAboutChat(inner, host, joined.rest, inSafeguarding) : joined.result;
  // "same as before, the reading" at what makes a hope hard, or at what help is needed: the question links what was said before.
  if (at && ((await pointsAtEarlierNeeds(session, at, text)) || (await pointsAtEarlierHelp(session, at, text)))) return undefined;
  // "same as before. he feel proud" at an outcome's open questions: the pointer only leads in; the words after it answer.
  const afterPointer = at && POINTER_LED_STEPS.has(at.step) && !inSafeguarding ? answerAfterPointer(text) : null;
  if (afterPointer) {
    inner.context.activity.text = afterPointer;
    return readTalkAboutChat(inner, host, afterPointer, inSafeguarding);
  }
  // "u skipped my english resit hope", "thats not help thats the problem": the needs questions answer them; nothing is kept.
  if (at?.stage === 'needs' && (readSkippedHope(text) || readMissingHope(text) || readNeedsRemark(text))) return undefined;
  // "that isnt a hope, its what he struggles with" just after the hopes: the needs question moves that hope.
  if (at && saysJustKeptHopeIsHard(session, at, text)) return undefined;
  // "can we change the easter one to the summer": only that outcome's date, never a hope's or an outcome's words.
  const dated = !inSafeguarding && at && at.stage !== 'review' && !exactChoice ? await askDateChangeIn(inner, session, at, text) : null;
  if (dated) return host.after(inner, dated);
  // "that's wrong. You cut my words. I said one day.": the hope gets its whole words back, never the complaint.
  const cutBack = !inSafeguarding && at && !exactChoice ? await answerWordsCut(inner, host, text) : undefined;
  if (cutBack) return cutBack;
  // "no not gym. the job one", "sam is not hard. take it off", "you've skipped ahead": acted on or answered, never kept.
  const correction = !inSafeguarding && !exactChoice ? await answerCorrectionTalk(inner, host, text) : undefined;
  if (correction) return correction;
  // "wot", "that sounds weerd", "wot did u put for how i feel", "nah carry on", "boring can we stop": never kept.
  const puzzled = !inSafeguarding && !exactChoice ? await answerPuzzledTalk(inner, host, text.trim() ? text : typed, understood) : undefined;
  if (puzzled) return puzzled;
  // "what hopes have you kept. list them", "4 of my hopes are wrong": the hopes listed, and how to take one out.
  const hopesAsked = !inSafeguarding && !exactChoice ? await answerHopesAsked(inner, host, text, understood) : undefined;
  if (hopesAsked && 'rest' in hopesAsked) inner.context.activity.text = hopesAsked.rest;
  if (hopesAsked) return 'rest' in hopesAsked ? readTalkAboutChat(inner, host, hopesAsked.rest, inSafeguarding) : hopesAsked;
  // "Change the step to: ask my tutor ..." at the step question itself: the words after it are the step.
  const newStep = !inSafeguarding && !exactChoice && at?.step === Step.outcomeStep ? stepChangedTo(text) : null;
  if (newStep) {
    inner.context.activity.text = newStep;
    return undefined;
  }
  // "thats not a hope… can u change it to living on my own in a flat", "no the step is budgeting": put right, never kept here.
  // At an outcome's read-back "wrong hope. please move it" moves the outcome, and "change it to I will ..." rewords it: a hope only when named.
  const movesOutcome = at?.step === Step.outcomeConfirm && (hopeMovedAway(text) !== undefined || !/\b(?:hope|hopes|dream|dreams)\b/i.test(text));
  // "u replaced happy and have friends!! i wanted BOTH": the earlier words come back beside the new ones.
  const corrected = !inSafeguarding && !exactChoice ? ((await bringBackBothHopes(inner, host, text)) ?? (movesOutcome ? undefined : await correctHope(inner, host, text)) ?? (await correctStep(inner, host, text))) : undefined;
  if (corrected) return corrected;
  // "change what is important to me. It should only say: ..." after about me: that answer put right, never kept here.
  const aboutMeChanged = !inSafeguarding && !exactChoice ? await changeAboutMeLater(inner, host, text) : undefined;
  if (aboutMeChanged) return aboutMeChanged;
  // "do u like footbal", "wat", "u stored wat?", "wanna play ps5 now" at the needs and an outcome's questions: answered, never kept.
  const chatted = !inSafeguarding && !exactChoice ? await answerBotChat(inner, host, text, () => keptAnswer(session, '')) : undefined;
  if (chatted) return chatted;
  // "wait the baking thing was for the last question": the answer is moved, in their words, never replaced by these.
  const moved = !inSafeguarding && !exactChoice ? await moveAnswer(inner, host, text) : undefined;
  if (moved) return moved;
  // "wait no ...", "i said no. the words are wrong", "delete it", "no not that": what was just kept is taken
  // out (an outcome reopened) and that question asked again, even where a yes/no question would read a "no" in it.
  // At a read-back or the review, the question's own reading ("thats wrong" means change it) wins.
  const takeBack = !inSafeguarding && at && at.step !== Step.outcomeConfirm && at.stage !== 'review' && !exactChoice ? readTakeBack(text) : null;
  // "wait 'ride his bike' isnt a hope, take that out": a kept part named by its words comes out alone (asked below), never the whole last answer.
  const named = takeBack ? readEditRequest(text) : null;
  const namesOne = named?.action === 'remove' && Boolean(named.part.about) && !named.part.current && (await namesKeptPart(session, named.part));
  const takenBack = takeBack && !namesOne && (!understood || isCorrection(text) || takeBack.wrong || !takeBack.rest) ? await answerTakeBack(inner, host, text, takeBack) : undefined;
  if (takenBack) return takenBack;
  // "it's all one hope" is the hopes questions' own (and the first needs question's); anywhere else nothing was just cut.
  if (!inSafeguarding && at && at.stage !== 'hopes' && at.step !== Step.needsBarrier && !exactChoice && joinsHopes(text)) {
    await sayAll(inner.context, session.t, [{ key: NOTHING_SPLIT }]);
    return host.reprompt(inner);
  }
  // "remove the first hope please", "change this dream to: ...": that part is read back, and changed after a yes.
  // The review reads its own requests, except a part to take out named by its place or words ("the first hope").
  const edit = !inSafeguarding && at && !exactChoice && (at.stage !== 'review' || at.step === Step.reviewSummary) ? readEditRequest(text) : null;
  // "delete the laptop one" names a part by its words alone: the review's own matcher finds it (or the parts it may be).
  if (edit && at?.stage === 'review' && (edit.action !== 'remove' || edit.part.loose)) return undefined;
  // "scrap this outcome" while an outcome is being made is the outcome questions' own ("leave this outcome out?").
  const ownOutcome = edit?.part.kind === 'outcome' && edit.part.current && at?.stage === 'outcomes';
  if (edit && !ownOutcome && (!edit.part.bare || ((await namesKeptPart(session, edit.part)) && !(await wordsOfReadBack(session, edit.part))))) return host.after(inner, await askEdit(inner, session, edit));
  // "What is an outcome exactly?", "whats a hope": the word explained for who is chatting, and the question asked again.
  // At an outcome's questions too ("sorry what does outcomes mean? the senco keeps saying it"), then that question's
  // own help: what is said beside the question is talk about it, never the answer. At the read-back too ("wot does goal mean").
  const term = !understood && !inSafeguarding && at && (at.stage !== 'review' || at.step === Step.reviewSummary) ? wordAskedAbout(text) : undefined;
  // "what is easy read?" at "how would you like me to write?" is that question's own help: both ways, side by side.
  if (term === 'easyRead' && at?.step === Step.welcomeReadingMode) {
    await runCommand(inner, session, 'help');
    return host.reprompt(inner);
  }
  if (term) {
    await sayAll(inner.context, session.t, [await wordExplained(session, term)]);
    // An outcome's question is new to most people: its own help, for the age, follows the word.
    if (at?.stage === 'outcomes') await runCommand(inner, session, 'help');
    return host.reprompt(inner);
  }
  // "Speech therapy ... What does 'provide' mean here sorry? Is that the same as provision?": the word is
  // explained, and the answer beside the question is read as the answer.
  const asked = !inSafeguarding && at && at.stage !== 'review' && at.stage !== 'welcome' ? wordAskedBeside(text) : undefined;
  if (asked) {
    await sayAll(inner.context, session.t, [await wordExplained(session, asked.term)]);
    inner.context.activity.text = asked.rest;
    return undefined;
  }
  // Questions and complaints to the bot in any grammar ("You mean how teacher help her?", "who see this plan",
  // "You dont listen me"): answered, never kept. An answer said beside them is kept on its own.
  // "same, I tell you already" at the measure points at words said before: the measure question reads it.
  if (at && pointsAtEarlierMeasure(at, text)) return undefined;
  // "It is same thing, one hope" just after the hopes were cut: the hopes and first needs questions put them
  // back together; it is never a complaint about a question asked again.
  if (at && (at.stage === 'hopes' || at.step === Step.needsBarrier) && saysItIsOneHope(text) && ONE_HOPE_NAMED.test(text)) return undefined;
  // "key worker?" where the open question asks for words: the word offered as the answer; "whats a key worker" is still asked.
  if (at && at.stage !== 'welcome' && offersTermAsAnswer(text)) return undefined;
  // "wtf is a step", "what's the difference between this and the help bit?": the same talk in plain words.
  const heard = !inSafeguarding && at ? (readChatTalk(text, { restatedIsAnswer: !NOT_SAID_AGAIN_HERE.has(at.step) }) ?? talkInPlainWords(text, { restatedIsAnswer: !NOT_SAID_AGAIN_HERE.has(at.step) })) : null;
  // At the review a hope is added there and then: "how do i add a hope" is its own request, never "say 'add a hope' later".
  // At "how can people support you best?", "show me" is how to help ("show me, don't tell me"), never a request to see the plan.
  const showMeAsHelp = at?.step === Step.aboutMeSupport && heard?.topics.length === 1 && heard.topics[0] === 'wasKept' && !asksWhatWasKept(text);
  const talk = (heard && at?.stage === 'review' && (heard.topics.includes('howToAdd') || heard.topics.includes('howToJoin'))) || showMeAsHelp || noWithRequestAtReview(at?.stage, text) ? null : heard;
  const replaced = talk && !understood && !inSafeguarding ? await replaceNamedAnswer(inner, host, talk) : undefined;
  if (replaced) return replaced;
  if (talk && at && (understood ? talk.topics.some((t) => t !== 'meaning') : talk.topics.length > 0 || talk.answer || !readAside(text))) {
    const kept = talk.topics.includes('wasKept') ? await keptWords(session, asksWhatWasKept(text) ?? '') : undefined;
    const working = talk.topics.includes('whichOutcome') ? await workingOn(session, at) : undefined;
    const smartParts = talk.topics.includes('smart') || talk.topics.includes('dateKept') ? await smartPartsOf(session, at) : undefined;
    const planWords = at.stage === 'review' ? await planWordsAtReview(session, at.step) : undefined;
    await sayAll(
      inner.context,
      session.t,
      chatTalkWords(talk, { why: WHY_WE_ASK, complaint: COMPLAINT_HEARD }, { step: at.step, repeated: session.journey.asks > 1, ...(kept ? { kept } : {}), ...(working ? { working } : {}), ...(smartParts ? { smartParts } : {}), ...(planWords ? { planWords } : {}) }),
    );
    if (!understood) {
      // "what is this for" away from an outcome's questions: the step's own help says what it is for.
      if ((talk.topics.includes('meaning') && !talk.topics.includes('likeThis')) || (talk.topics.includes('whichOutcome') && !working)) await runCommand(inner, session, 'help');
      // "that wasnt an answer. what helps is a card": only the answer, without the words leading up to it.
      if (talk.answer && host.hasStage(at.stage)) return host.answerWith(inner, at, withoutAnswerLead(talk.answer));
      // "wat code. no i dont hav one": a short answer beside the question is the answer when it is one of the question's choices.
      if (talk.short && host.hasStage(at.stage) && (await isChoiceOfOpenQuestion(inner, talk.short, (said, question, words) => question.understand !== undefined && understandChoice(said, question, words) !== undefined))) {
        return host.answerWith(inner, at, talk.short);
      }
      return host.reprompt(inner);
    }
  }
  return readRemarkBeside(inner, host, text, { understood, inSafeguarding, at });
}
