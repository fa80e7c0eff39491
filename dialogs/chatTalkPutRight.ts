import { beforeNothingMore } from '../src/language/nothingMoreAfter';
import { hopesRenumbered } from '../src/language/hopesRenumbered';
import { changeAboutMeLater } from './aboutMeChangedLater';
import { moveHopesToSupport } from './hopesMovedToSupport';
import { hopeMovedAway, isCorrection, readEditRequest, readNeedsRemark, readTakeBack } from '../src/language';
import { askEdit, askReplaceLast } from './editAnywhere';
import { readReplaceAll } from '../src/language/replaceAllWith';
import { namesKeptPart, wordsOfReadBack } from './editPartFound';
import { askDateChangeIn } from './dateChange';
import { answerDateNotGiven } from './dateNotGiven';
import { correctHope } from './hopeCorrected';
import { bringBackBothHopes } from './bothHopesBack';
import { joinSameHopes } from './sameHopesJoined';
import { offerToJoinHopes } from './sameHopesOffer';
import { answerHelpKeptForHope } from './helpKeptForHope';
import { offerToTakeOutHelp } from './helpNotNeeded';
import { offerToTakeOutNamedHopes } from './needsRemoveAsked';
import { askWhichHopeMissed } from './hopeMissedAsked';
import { moveAnswerToHope } from './answerMovedToHope';
import { correctStep } from './stepCorrected';
import { stepChangedTo } from '../src/language/answerLead';
import { answerBotChat } from './botChat';
import { answerPuzzledTalk } from './puzzledTalk';
import { answerHopesAsked, HopesAskedText } from './hopesAsked';
import { complainsOfKeeping } from '../src/language/hopeCorrection';
import { showAboutMeKept } from './aboutMeKeptShown';
import { answerQuestionOnly } from './questionOnlyAsked';
import { answerTopicAsked } from './topicAsked';
import { answerCorrectionTalk } from './correctionTalk';
import { answerDeleteHowAsked } from './deleteHowAsked';
import { keptAnswer } from './chatTalkFacts';
import { hopeSaidAlready } from '../src/language/hardOfAnotherHope';
import { moveAnswer } from './moveAnswer';
import { pointsAtEarlierNeeds } from './sameNeedsAgain';
import { pointsAtEarlierHelp } from './outcomeAnswerReaders';
import { answerAfterPointer, answerAfterSaidBefore } from '../src/language/sameAsBefore';
import { readSkippedHope } from '../src/language/skippedHope';
import { readMissingHope } from '../src/language/missingHope';
import { saysJustKeptHopeIsHard, saysKeptHopeIsOnlyALiking } from './hopeWasHard';
import { answerTakeBack } from './takeBackTalk';
import { takeOffSentenceOfLast } from './sentenceTakenOff';
import { takePrivatePartOut } from './privatePartOff';
import { asksToDropOutcome } from '../src/language/dropOutcome';
import { answerWordsCut } from './wordsCutBack';
import { Step } from './ids';
import { namesWordsOfAHope } from './hopeWordsTaken';
import { sayAll } from './say';
import { POINTER_LED_STEPS, joinsHopes } from './chatTalkReadings';
import { answerNameTalk } from './nameTalk';
import { answerBesideItIsThemselves } from '../src/language/whoAnswer';
import { correctedToThemselves, whoMayBePutRight, whoSaidNow, WhoSaidText } from './whoIsChatting';
import { NOTHING_SPLIT } from './chatTalkKeys';
import { saysSeveralHopes } from '../src/language/hopeParts';
import { joinStepsCut } from './outcomeStepsJoined';
import { done, type ChatTalkTurn, type ChoicesRead, type Done } from './chatTalkTurn';

/*
 * Put right: the name or who is chatting, an answer moved or joined to another hope, a pointer at
 * words said before, a hope, step or date corrected, a part taken out or changed. Acted on or
 * answered, never kept as an answer.
 */

/** Settled by a correction or an edit; null when the message reads on. */
export async function readPutRight(turn: ChatTalkTurn, { understood, exactChoice }: ChoicesRead): Promise<Done | null> {
  const { inner, host, typed, text, inSafeguarding, session, at, again } = turn;
  // "My name is not Dawn. My name is Maya", "Can you put a capital E on Ellie-May": the name put right, never kept as an answer.
  const nameTalk = inSafeguarding ? undefined : await answerNameTalk(inner, at, text, () => host.reprompt(inner));
  if (nameTalk && 'done' in nameTalk) return done(await nameTalk.done);
  if (nameTalk) {
    inner.context.activity.text = nameTalk.rest;
    return done(await again(nameTalk.rest));
  }
  // "i am the young person, not a parent": asked as if to a parent by mistake; from now on the questions are about them.
  if (!inSafeguarding && at && (await correctedToThemselves(session, text))) {
    await sayAll(inner.context, session.t, [{ key: WhoSaidText.corrected }]);
    // "14 year 9. im lily not my mum": the rest still answers the question.
    const rest = answerBesideItIsThemselves(text);
    if (!rest) return done(await host.reprompt(inner));
    inner.context.activity.text = rest;
    return done(undefined);
  }
  // "I'm his support worker", "this is his mum typing": who chats now is kept and said back, and the question asked
  // again; "no im his mum not alfie. hes at nursery" at the age question also answers it.
  const whoNow = !inSafeguarding && whoMayBePutRight(at) ? await whoSaidNow(session, text) : undefined;
  if (whoNow) {
    await sayAll(inner.context, session.t, [whoNow.words]);
    if (!whoNow.rest) return done(await host.reprompt(inner));
    inner.context.activity.text = whoNow.rest;
    return done(undefined);
  }
  // "take out just that, it reads weird" at the hopes: those words of a hope, taken out by the hopes question (hopeWordsTaken.ts).
  if (!inSafeguarding && at?.stage === 'hopes' && (await namesWordsOfAHope(session, text))) return done(undefined);
  // "wot. thats wrong. footballer for villa is 1. mechanic is other": the hopes cut as said, by the hopes question (hopesPutRight.ts).
  if (!inSafeguarding && at?.stage === 'hopes' && hopesRenumbered(text)) return done(undefined);
  // "No that's wrong. These are not hopes. This is what helps her": the hopes just kept go to support, never the complaint.
  // "delete all the footballer ones", "i dont want to be a vet anymore" at a hopes or needs question: those hopes read back, and taken out after one yes.
  const hopesOut = inSafeguarding || exactChoice ? undefined : await offerToTakeOutNamedHopes(inner, host, text, { swapOnly: true });
  if (hopesOut) return done(hopesOut);
  const hopesMoved = inSafeguarding ? undefined : await moveHopesToSupport(inner, host, text);
  if (hopesMoved) return done(hopesMoved);
  // "sorry that was for the weight one" at what helps: the hard things move to that hope, never a help.
  const movedToHope = inSafeguarding ? undefined : await moveAnswerToHope(inner, host, text);
  if (movedToHope) return done(await movedToHope);
  // "wait thats the same as my football job one": the two hopes made one and said so; never kept as an answer.
  const joined = inSafeguarding ? undefined : await joinSameHopes(inner, host, text);
  if (joined && 'rest' in joined) inner.context.activity.text = joined.rest;
  if (joined) return done('rest' in joined ? await again(joined.rest) : joined.result);
  // "i dont need the laptop anymore" at the review: taking that help out is offered.
  const helpOut = inSafeguarding ? undefined : await offerToTakeOutHelp(inner, host, text);
  if (helpOut) return done(helpOut);
  // "You forget the first one, the most important!": the hopes read back and the missed one asked for.
  const missed = inSafeguarding ? undefined : await askWhichHopeMissed(inner, host, text);
  if (missed) return done(missed);
  // "did you save the help i need for the game one?": the help kept for that hope, never the hope itself.
  const helpKept = inSafeguarding ? undefined : await answerHelpKeptForHope(inner, host, text);
  if (helpKept) return done(helpKept);
  // "isnt that kind of the same as the college one?": asked, so putting the two hopes together is offered.
  const joinOffered = inSafeguarding ? undefined : await offerToJoinHopes(inner, host, text);
  if (joinOffered) return done(joinOffered);
  // "same as before, the reading" at what makes a hope hard, or at what help is needed: the question links what was said before.
  if (at && ((await pointsAtEarlierNeeds(session, at, text)) || (await pointsAtEarlierHelp(session, at, text)))) return done(undefined);
  // "same as before. he feel proud" at an outcome's open questions: the pointer only leads in; the words after it answer.
  const afterPointer = at && POINTER_LED_STEPS.has(at.step) && !inSafeguarding ? answerAfterPointer(text) : null;
  if (afterPointer) {
    inner.context.activity.text = afterPointer;
    return done(await again(afterPointer));
  }
  // "i already said. i want to work with animals" at a hopes question asked once: nothing went wrong, so no
  // sorry; the words after the pointer are the answer, kept as the hopes question keeps any.
  const saidBefore = at && (at.step === Step.hopesDream || at.step === Step.hopesTheme) && session.journey.asks <= 1 && !inSafeguarding ? answerAfterSaidBefore(text) : null;
  if (saidBefore) {
    inner.context.activity.text = saidBefore;
    return done(await again(saidBefore));
  }
  // "u skipped my english resit hope", "thats not help thats the problem": the needs questions answer them; nothing is kept.
  if (at?.stage === 'needs' && (readSkippedHope(text) || readMissingHope(text) || readNeedsRemark(text))) return done(undefined);
  // "i told u. animals": the needs questions say the hope is kept; never kept as an answer.
  if (at?.stage === 'needs' && !inSafeguarding && hopeSaidAlready(text, (await session.draft())?.aspirations ?? [])) return done(undefined);
  // "that isnt a hope, its what he struggles with" just after the hopes: the needs question moves that hope.
  if (at && saysJustKeptHopeIsHard(session, at, text)) return done(undefined);
  // "no thats not a hope. i just like her" at the hopes: the hope just kept is taken out there (hopeWasHard.ts).
  if (!inSafeguarding && at && (await saysKeptHopeIsOnlyALiking(session, at, text))) return done(undefined);
  // "i didn't give a date for this one. ... so by the end of this school year": that date, never the measure.
  const dateGiven = !inSafeguarding && !exactChoice ? await answerDateNotGiven(inner, host, text) : undefined;
  if (dateGiven) return done(dateGiven);
  // "can we change the easter one to the summer": only that outcome's date, never a hope's or an outcome's words.
  const dated = !inSafeguarding && at && at.stage !== 'review' && !exactChoice ? await askDateChangeIn(inner, session, at, text) : null;
  if (dated) return done(await host.after(inner, dated));
  // "that's wrong. You cut my words. I said one day.": the hope gets its whole words back, never the complaint.
  const cutBack = !inSafeguarding && at && !exactChoice ? await answerWordsCut(inner, host, text) : undefined;
  if (cutBack) return done(await cutBack);
  // "your doing it again that was not a hope ... how do i delete things": sorry, how, and the last hope offered to take out.
  const deleteHow = !inSafeguarding && !exactChoice ? await answerDeleteHowAsked(inner, host, text) : undefined;
  if (deleteHow) return done(deleteHow);
  // "go back. wat did u put for the important one": what was kept there is shown, never replaced by the question.
  const keptShown = !inSafeguarding && !exactChoice ? await showAboutMeKept(inner, host, text) : undefined;
  if (keptShown) return done(keptShown);
  // "no not gym. the job one", "sam is not hard. take it off", "you've skipped ahead": acted on or answered, never kept.
  const correction = !inSafeguarding && !exactChoice ? await answerCorrectionTalk(inner, host, text) : undefined;
  if (correction) return done(await correction);
  // "with what sorry? the toilet thing?", "which outcome even is this?": the thing talked about is named, never kept.
  const topicAsked = !inSafeguarding && !exactChoice ? await answerTopicAsked(inner, host, text) : undefined;
  if (topicAsked) return done(await topicAsked);
  // "Do you mean for next year, or for when I am an adult?", "Did you change hope 2?": answered, never kept in part.
  const questionOnly = !inSafeguarding && !exactChoice ? await answerQuestionOnly(inner, host, text, true) : undefined;
  if (questionOnly) return done(await questionOnly);
  // "wot", "that sounds weerd", "wot did u put for how i feel", "nah carry on", "boring can we stop": never kept.
  const puzzled = !inSafeguarding && !exactChoice ? await answerPuzzledTalk(inner, host, text.trim() ? text : typed, understood) : undefined;
  if (puzzled) return done(await puzzled);
  // "what hopes have you kept. list them", "4 of my hopes are wrong": the hopes listed, and how to take one out.
  const hopesAsked = !inSafeguarding && !exactChoice ? await answerHopesAsked(inner, host, text, understood) : undefined;
  if (hopesAsked && 'rest' in hopesAsked) inner.context.activity.text = hopesAsked.rest;
  if (hopesAsked) return done('rest' in hopesAsked ? await again(hopesAsked.rest) : hopesAsked);
  // "Change the step to: ask my tutor ..." at the step question itself: the words after it are the step.
  const newStep = !inSafeguarding && !exactChoice && at?.step === Step.outcomeStep ? stepChangedTo(text) : null;
  if (newStep) {
    inner.context.activity.text = newStep;
    return done(undefined);
  }
  // "thats not a hope… can u change it to living on my own in a flat", "no the step is budgeting": put right, never kept here.
  // At an outcome's read-back "wrong hope. please move it" moves the outcome, and "change it to I will ..." rewords it: a hope only when named.
  const movesOutcome = at?.step === Step.outcomeConfirm && (hopeMovedAway(text) !== undefined || !/\b(?:hope|hopes|dream|dreams)\b/i.test(text));
  // "u replaced happy and have friends!! i wanted BOTH": the earlier words come back beside the new ones.
  const corrected = !inSafeguarding && !exactChoice ? ((await bringBackBothHopes(inner, host, text)) ?? (movesOutcome ? undefined : await correctHope(inner, host, text)) ?? (await correctStep(inner, host, text))) : undefined;
  if (corrected) return done(await corrected);
  // "change what is important to me. It should only say: ..." after about me: that answer put right, never kept here.
  const aboutMeChanged = !inSafeguarding && !exactChoice ? await changeAboutMeLater(inner, host, text) : undefined;
  if (aboutMeChanged) return done(await aboutMeChanged);
  // "do u like footbal", "wat", "u stored wat?", "wanna play ps5 now" at the needs and an outcome's questions: answered, never kept.
  const chatted = !inSafeguarding && !exactChoice ? await answerBotChat(inner, host, text, () => keptAnswer(session, '')) : undefined;
  if (chatted) return done(await chatted);
  // "wait the baking thing was for the last question": the answer is moved, in their words, never replaced by these.
  const moved = !inSafeguarding && !exactChoice ? await moveAnswer(inner, host, text) : undefined;
  if (moved) return done(await moved);
  // "take off the last bit about trouble": that sentence comes off what was just kept, never a new answer.
  const sentenceOff = !inSafeguarding && at && at.stage !== 'review' && !exactChoice ? await takeOffSentenceOfLast(inner, host, text) : undefined;
  if (sentenceOff) return done(await sentenceOff);
  // "i dont want it in my plan" after a hope with something private beside it: that part comes out (privatePartOff.ts).
  const privateOff = !inSafeguarding && at && at.stage !== 'review' && !exactChoice ? await takePrivatePartOut(inner, host, text) : undefined;
  if (privateOff) return done(await privateOff);
  // "wait no ...", "i said no. the words are wrong", "delete it", "no not that": what was just kept is taken
  // out (an outcome reopened) and that question asked again, even where a yes/no question would read a "no" in it.
  // At a read-back or the review, the question's own reading ("thats wrong" means change it) wins.
  // "cancel this one" at "another outcome?" is a no to a new one, read by that question; never a take-back of the one saved.
  const noNewOne = at?.step === Step.outcomeAnother && asksToDropOutcome(text)?.rest === '';
  const takeBack = !inSafeguarding && at && at.step !== Step.outcomeConfirm && at.stage !== 'review' && !exactChoice && !noNewOne ? readTakeBack(text) : null;
  // "wait 'ride his bike' isnt a hope, take that out": a kept part named by its words comes out alone (asked below), never the whole last answer.
  const named = takeBack ? readEditRequest(text) : null;
  const namesOne = named?.action === 'remove' && Boolean(named.part.about) && !named.part.current && (await namesKeptPart(session, named.part));
  // "thats wrong. excluded and friends are 2 different things" at the hopes: a hope to cut in two (the hopes questions' own), never words to replace an answer with.
  const cutsAHope = at?.stage === 'hopes' && saysSeveralHopes(text);
  const takenBack = takeBack && !namesOne && !cutsAHope && (!understood || isCorrection(text) || takeBack.wrong || !takeBack.rest) ? await answerTakeBack(inner, host, text, takeBack) : undefined;
  if (takenBack) return done(await takenBack);
  // "form and interviews are one thing" just after one answer was cut into two outcomes: joined back into one.
  const stepsJoined = !inSafeguarding && at?.stage === 'outcomes' && !exactChoice ? await joinStepsCut(inner, host, joinsHopes(text)) : undefined;
  if (stepsJoined) return done(await stepsJoined);
  // "it's all one hope" is the hopes questions' own (and the first needs question's); anywhere else nothing was just cut.
  if (!inSafeguarding && at && at.stage !== 'hopes' && at.step !== Step.needsBarrier && !exactChoice && joinsHopes(text)) {
    await sayAll(inner.context, session.t, [{ key: NOTHING_SPLIT }]);
    return done(await host.reprompt(inner));
  }
  // "delete all three and put: ...": the things just kept read back with the words to keep instead, done after one yes.
  const replaceAll = !inSafeguarding && at && at.stage !== 'review' && !exactChoice ? readReplaceAll(text) : null;
  if (replaceAll) return done(await host.after(inner, await askReplaceLast(inner, session, replaceAll.count, replaceAll.text)));
  // "remove the first hope please", "change this dream to: ...": that part is read back, and changed after a yes.
  // The review reads its own requests, except a part to take out named by its place or words ("the first hope").
  // "delete the first 1 and nuffin is hard" at a needs question: the part read back; "nothing" answers the question after.
  const nothingMore = at?.stage === 'needs' ? beforeNothingMore(text) : undefined;
  const edit = !inSafeguarding && at && !exactChoice && (at.stage !== 'review' || at.step === Step.reviewSummary) ? readEditRequest(nothingMore ?? text) : null;
  // "delete the laptop one" names a part by its words alone: the review's own matcher finds it (or the parts it may be).
  if (edit && at?.stage === 'review' && (edit.action !== 'remove' || edit.part.loose)) return done(undefined);
  // "scrap this outcome" while an outcome is being made is the outcome questions' own ("leave this outcome out?").
  const ownOutcome = edit?.part.kind === 'outcome' && edit.part.current && at?.stage === 'outcomes';
  if (edit && !ownOutcome && (!edit.part.bare || ((await namesKeptPart(session, edit.part)) && !(await wordsOfReadBack(session, edit.part))))) {
    // "stop. you keep saving things i say to you as hopes. delete ...": sorry, once, before the part is read back.
    if (complainsOfKeeping(text)) await sayAll(inner.context, session.t, [{ key: HopesAskedText.sorry }]);
    return done(await host.after(inner, await askEdit(inner, session, edit, { nothingMore: nothingMore !== undefined && edit.action === 'remove' })));
  }
  // "delete all the footballer ones" at a needs question, no one part named: those hopes read back, and taken out after one yes.
  const namedOut = inSafeguarding || exactChoice ? undefined : await offerToTakeOutNamedHopes(inner, host, text);
  if (namedOut) return done(namedOut);
  return null;
}
