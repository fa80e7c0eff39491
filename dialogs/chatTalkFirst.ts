import { readChatTalk } from '../src/language';
import { askedWhatTheChatIsAgain } from '../src/language/aboutTheChat';
import { asksAboutTheBot } from '../src/language/botNameAsked';
import { BotChatText } from './botChat';
import { answerNoWithQuestion } from './noWithQuestion';
import { answerSaidBefore } from './saidBefore';
import { answeredDataQuestion } from './dataAsked';
import { answeredFamilySees } from './familySeesAsked';
import { answeredProcessQuestion } from './needsProcessAsked';
import { answerQuestionBeside } from './questionBeside';
import { answerHowToAnswer } from './longerAsked';
import { timeBesideRemark } from '../src/language/timeBesideRemark';
import { boredIsTheAnswer } from '../src/language/boredAtNeeds';
import { dropAskedAt, REDO } from './outcomeDrop';
import { doneAddingHeard } from './outcomeDoneAdding';
import { ageKeptLate } from './ageKeptLate';
import { AGE_KEPT_LATE } from './chatTalkKeys';
import { undoWrongChange } from './changeUndone';
import { CHECK } from './needsQuestion';
import { hardAfterNo } from '../src/language/notHard';
import { afterNoTakenBackForYes } from '../src/language/moreAnswer';
import { Step } from './ids';
import { keyWorkerNoteSaid } from '../src/language/keyWorkerNote';
import { sayAll } from './say';
import { done, type ChatTalkTurn, type Done } from './chatTalkTurn';
import { answerHopeNumber } from './hopeNumberPicked';
import { answeredCheckComplaint } from './checkComplaint';
import { reopenedAtEnd } from './reviewReopened';

/*
 * Read first, before the open question's choices: a question to the bot answered beside the
 * answer ("will my teachers see this"), how to answer, what the chat is, an answer read the wrong
 * way before, and the replies that belong to the question asked now ("end of year 2. it take time").
 */

/** Settled by a question to the bot, or by the step's own reading; null when the message reads on. */
export async function readBeforeChoices(turn: ChatTalkTurn): Promise<Done | null> {
  const { inner, host, text, inSafeguarding, session, at, again } = turn;
  // "6" just after the hopes were listed by number: hope 6, never a button nor an answer.
  const numbered = await answerHopeNumber(turn);
  if (numbered) return numbered;
  // "wait i didnt say it was done!", "im not finished" at the end: the plan is open again, never a remark kept.
  const reopened = inSafeguarding ? undefined : await reopenedAtEnd(inner, host, session, at, text);
  if (reopened) return done(reopened);
  // "can you tell my key worker i want to start in september" at the review: a note the review keeps, never talk.
  if (!inSafeguarding && at?.stage === 'review' && keyWorkerNoteSaid(text)) return done(undefined);
  // "i am fine. nobody hurt him. why you keep ask me this" after an earlier "Are you OK?": sorry, the question again; never kept.
  if (!inSafeguarding && at && (await answeredCheckComplaint(inner.context, session, text))) return done(await host.reprompt(inner));
  // "can his birth mum read it?", "does she get a copy? she has parental responsibility": the final plan usually reaches parents; never kept.
  if (!inSafeguarding && at && (await answeredFamilySees(inner.context, session, text))) return done(await host.reprompt(inner));
  // "how long do you keep it", "does Janice see it": a true answer, then the question again; never kept.
  if (!inSafeguarding && (await answeredDataQuestion(inner.context, session, text))) return done(await host.reprompt(inner));
  // "When do we start planning the move to secondary school?" at a needs question: answered, or who can; never kept.
  if (!inSafeguarding && (await answeredProcessQuestion(inner.context, session, text))) return done(await host.reprompt(inner));
  // "hes 4 by the way you didnt let me say. starts reception next september": kept, and the question asked again.
  if (!inSafeguarding && (await ageKeptLate(session, at, text))) {
    await sayAll(inner.context, session.t, [{ key: AGE_KEPT_LATE }]);
    return done(await host.reprompt(inner));
  }
  // "ye thats fine wait will my teachers see this", "proud i guess. can i skip some of these": the question answered, the rest is the answer.
  const besideQuestion = inSafeguarding ? null : await answerQuestionBeside(inner.context, session, text);
  if (besideQuestion) {
    // "you didnt answer me, who sees this plan?": the question was just answered; the complaint beside it needs no "ask it again".
    const rest = readChatTalk(besideQuestion);
    if (rest && !rest.answer && !rest.unclear && rest.topics.length > 0 && rest.topics.every((t) => t === 'notAnswered')) return done(await host.reprompt(inner));
    inner.context.activity.text = besideQuestion;
    return done(await again(besideQuestion));
  }
  // "should i say it like ben would say it?", "is it better to give it longer? ... 6 months i guess": the question
  // answered, the rest (if any) is the answer. The name question reads it beside a name itself, to use that name.
  const howRest = inSafeguarding || !at ? null : await answerHowToAnswer(inner.context, session, at, text);
  if (howRest !== null) {
    if (!howRest) return done(await host.reprompt(inner));
    inner.context.activity.text = howRest;
    return done(await again(howRest));
  }
  // "are you a real person", at the welcome as anywhere: a plain answer, then the question again; never kept.
  // "are u a robot?? do u hav a name": each question answered, then the question again.
  const botAsked = inSafeguarding || !at ? null : asksAboutTheBot(text);
  if (botAsked) {
    const what = botAsked.what ? [{ key: botAsked.what === 'person' ? BotChatText.notAPerson : BotChatText.aComputer }] : [];
    await sayAll(inner.context, session.t, [...what, ...(botAsked.name ? [{ key: BotChatText.myName }] : [])]);
    return done(await host.reprompt(inner));
  }
  // "i didnt say no?? i asked if ur a bot": sorry, the answer, then the question again (a no taken is asked again already).
  const askedAgain = inSafeguarding || !at ? null : askedWhatTheChatIsAgain(text);
  if (askedAgain) {
    await sayAll(inner.context, session.t, [{ key: BotChatText.misreadSorry }, { key: askedAgain === 'person' ? BotChatText.notAPerson : BotChatText.aComputer }]);
    return done(await host.reprompt(inner));
  }
  // "i said yes. you said it wont go in my plan": the answer before was read the wrong way; done again, never kept here.
  const saidBefore = inSafeguarding ? undefined : await answerSaidBefore(inner, host, text);
  if (saidBefore) return done(await saidBefore);
  // "i said no. i only have 2 hopes. is 2 allowed" at a yes / no question: a no and a question, never a take-back or talk.
  if (!inSafeguarding && (await answerNoWithQuestion(inner, text))) return done(undefined);
  // "end of year 2. it take time for him" at "by when?": the time answers it; the reason is never read as talk.
  const timeOnly = at?.step === Step.outcomeWhen && !inSafeguarding ? timeBesideRemark(text, { reasonsAboutThem: true }) : null;
  if (timeOnly) {
    inner.context.activity.text = timeOnly;
    return done(undefined);
  }
  // "omg no. thats wrong. can i just tell you the step again" at an outcome's questions: this outcome written afresh, never kept.
  if (at && !inSafeguarding && dropAskedAt(at, text)?.goTo?.data?.[REDO]) return done(undefined);
  // "i said no thats all", "im done" at a new outcome's questions: the outcomes end there; never a take-back or talk.
  if (!inSafeguarding && (await doneAddingHeard(session, at, text))) return done(undefined);
  if (at?.step === Step.needsBarrier && !inSafeguarding && boredIsTheAnswer(text)) return done(undefined); // "im bored": what makes it hard
  // "no. wait yes actually, he has a lot of constipation" at "anything else?": a yes with the new item; nothing taken back.
  if ((at?.step === Step.needsMore || at?.step === Step.hopesMore) && !inSafeguarding && afterNoTakenBackForYes(text) !== undefined) return done(undefined);
  // "no wait, loud busy places" at "So nothing makes this hard?": the no says something does; never a take-back.
  if (at?.step === Step.needsBarrier && at.data?.[CHECK] && !inSafeguarding && hardAfterNo(text)) return done(undefined);
  // "you changed the wrong thing" just after "no wait, ..." replaced an answer: that answer is put back.
  const putBack = inSafeguarding ? undefined : await undoWrongChange(inner, host, text);
  if (putBack) return done(await putBack);
  return null;
}
