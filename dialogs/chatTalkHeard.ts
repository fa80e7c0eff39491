import { notThisHope } from '../src/language/notThisHope';
import { asksWhatWasKept, readAside, readChatTalk } from '../src/language';
import { NOT_SAID_AGAIN_HERE, chatTalkWords } from './chatTalkReply';
import { withoutAnswerLead } from '../src/language/answerLead';
import { replaceNamedAnswer } from './namedAnswerReplaced';
import { talkInPlainWords } from '../src/language/aboutTheChat';
import { keptWords, noteWordsBeforeReview, planWordsAtReview, smartPartsOf, workingOn } from './chatTalkFacts';
import { wordExplained } from './wordExplained';
import { termsAskedAbout, wordAskedBeside } from '../src/language/wordAsked';
import { pointsAtEarlierMeasure } from './outcomeMeasure';
import { offersTermAsAnswer } from '../src/language/termOffered';
import { runCommand } from './commands';
import { Step } from './ids';
import { isChoiceOfOpenQuestion } from './openQuestion';
import { sayAll, type Words } from './say';
import { OutcomeText } from './outcomeText';
import { readRemarkBeside } from './chatTalkRemarks';
import { ONE_HOPE_NAMED, noWithRequestAtReview } from './chatTalkReadings';
import { saysItIsOneHope } from '../src/language/hopesRepliedTo';
import { understandChoice } from './understand';
import { COMPLAINT_HEARD, WHY_WE_ASK } from './chatTalkKeys';
import { SafeText } from './aboutMeSafeText';
import { aboutWhom } from './aboutWhom';
import { complaintHeardWords } from './complaintHeard';
import { saysDidAlready } from '../src/language/didAlready';
import { sayItOpen } from './outcomeQuestion';
import { keepMentionedAtHopes } from './mentionedAtHopes';
import type { Position } from './journey';
import type { JourneySession } from './session';
import type { DialogTurnResult } from './dialogKit';
import type { ChatTalkTurn, ChoicesRead } from './chatTalkTurn';
import { kindOnlyNamed } from '../src/language/notNewWords';
import { RequestData } from './reviewText';
import { whatAboutAtReview } from './reviewWhatAbout';
import { hopeAskedAbout } from '../src/language/hopeAskedAbout';

/*
 * Words and talk heard last: a word of the plan asked about ("whats a hope"), and questions and
 * complaints to the bot in any grammar ("who see this plan", "You dont listen me"), answered and
 * never kept; an answer said beside them is kept on its own.
 */

/** The turn's result for a word asked about or talk heard; otherwise the remark read beside an answer. */
export async function readWordsAndTalk(turn: ChatTalkTurn, { understood }: ChoicesRead): Promise<DialogTurnResult | undefined> {
  const { inner, host, text, inSafeguarding, session, at } = turn;
  // "What is an outcome exactly?", "whats a hope": the word explained for who is chatting, and the question asked again.
  // At an outcome's questions too ("sorry what does outcomes mean? the senco keeps saying it"), then that question's
  // own help: what is said beside the question is talk about it, never the answer. At the read-back too ("wot does goal mean").
  // "whats an outcome? is it like a target?": both words explained.
  const terms = !understood && !inSafeguarding && at && (at.stage !== 'review' || at.step === Step.reviewSummary) ? termsAskedAbout(text) : [];
  const term = terms[0];
  // "what is easy read?" at "how would you like me to write?" is that question's own help: both ways, side by side.
  if (term === 'easyRead' && at?.step === Step.welcomeReadingMode) {
    await runCommand(inner, session, 'help');
    return host.reprompt(inner);
  }
  if (term) {
    await sayAll(inner.context, session.t, await Promise.all(terms.map((t) => wordExplained(session, t))));
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
  // "no the hope" where a part's new words are asked: which part was meant, read by the review.
  // "no the hope" where a hope and its goal are listed to pick from: the pick, read by the review.
  if (at?.step === Step.reviewChange && (at.data?.itemId || at.data?.[RequestData.choose]) && kindOnlyNamed(text)) return undefined;
  // "key worker?" where the open question asks for words: the word offered as the answer; "whats a key worker" is still asked.
  if (at && at.stage !== 'welcome' && offersTermAsAnswer(text)) return undefined;
  // "no i said NO more for the flat. can we do the going out one": which hope is next, read by the outcome
  // questions; never a complaint whose rest replaces a saved outcome.
  if (at?.stage === 'outcomes' && (at.step === Step.outcomeStep || at.step === Step.outcomeAnother) && notThisHope(text)?.doneWith) return undefined;
  // "what about the lunchtimes one?" at "another outcome?": the hope picked next, read by that question, never talk.
  if (at?.step === Step.outcomeAnother && hopeAskedAbout(text, (await session.draft())?.aspirations ?? [])) return undefined;
  // "i did??" to "Start with 'I will'": about the sentence they just gave, read by the read-back itself, never an earlier answer.
  if (at?.step === Step.outcomeConfirm && saysDidAlready(text) && (await sayItOrRewording(session, at))) return undefined;
  // "i said it already" just after a second step was offered: it takes that step, read by "another outcome?".
  if (at?.step === Step.outcomeAnother && session.journey.nextStep && saysDidAlready(text)) return undefined;
  // "wtf is a step", "what's the difference between this and the help bit?": the same talk in plain words.
  const heard = !inSafeguarding && at ? (readChatTalk(text, { restatedIsAnswer: !NOT_SAID_AGAIN_HERE.has(at.step), answerBesideOwnQuestion: at.step === Step.outcomeStep }) ?? talkInPlainWords(text, { restatedIsAnswer: !NOT_SAID_AGAIN_HERE.has(at.step) })) : null;
  // At the review a hope is added there and then: "how do i add a hope" is its own request, never "say 'add a hope' later".
  // At "how can people support you best?", "show me" is how to help ("show me, don't tell me"), never a request to see the plan.
  const showMeAsHelp = at?.step === Step.aboutMeSupport && heard?.topics.length === 1 && heard.topics[0] === 'wasKept' && !asksWhatWasKept(text);
  const talk = (heard && at?.stage === 'review' && (heard.topics.includes('howToAdd') || heard.topics.includes('howToJoin'))) || showMeAsHelp || noWithRequestAtReview(at?.stage, text) ? null : heard;
  const replaced = talk && !understood && !inSafeguarding ? await replaceNamedAnswer(inner, host, talk) : undefined;
  if (replaced) return replaced;
  // "can i mention his eating? he only eats pasta" at a hopes question: yes, and the hard thing is kept as one.
  const mentioned = talk && at && !understood && !inSafeguarding ? await keepMentionedAtHopes(inner, host, session, at, talk) : undefined;
  if (mentioned) return mentioned;
  // "what about sleep? thats a big one" at the read-back: not in the plan yet, so a hope about it is asked for.
  const notYet = talk && at && !understood && !inSafeguarding ? await whatAboutAtReview(session, at, talk, text) : undefined;
  if (notYet) {
    await sayAll(inner.context, session.t, notYet.say);
    return host.openAt(inner, notYet.goTo);
  }
  if (talk && at && (understood ? talk.topics.some((t) => t !== 'meaning') : talk.topics.length > 0 || talk.answer || !readAside(text))) {
    const kept = talk.topics.includes('wasKept') ? await keptWords(session, asksWhatWasKept(text) ?? '') : undefined;
    const working = talk.topics.includes('whichOutcome') ? await workingOn(session, at) : undefined;
    const smartParts = talk.topics.includes('smart') || talk.topics.includes('dateKept') ? await smartPartsOf(session, at) : undefined;
    const planWords = at.stage === 'review' ? await planWordsAtReview(session, at.step) : talk.topics.includes('whoSees') ? await noteWordsBeforeReview(session) : undefined;
    // "why are you asking me that?" at the safety question: everyone is asked, it is no judgement of them.
    const why = at.step === Step.aboutMeSafe ? SafeText.whyAsked[aboutWhom(await session.draft()).whom] : at.step === Step.outcomeDoesForMe ? await whyDoesForMe(session) : WHY_WE_ASK;
    await sayAll(
      inner.context,
      session.t,
      chatTalkWords(talk, { why, complaint: talk.complaint ? await complaintHeardWords(session) : COMPLAINT_HEARD }, { step: at.step, repeated: session.journey.asks > 1, ...(kept ? { kept } : {}), ...(working ? { working } : {}), ...(smartParts ? { smartParts } : {}), ...(planWords ? { planWords } : {}) }),
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

/** "why is it good for him?" at "What would it do for Luca?": why this question is asked. */
async function whyDoesForMe(session: JourneySession): Promise<Words> {
  const { whom, name } = aboutWhom(await session.draft());
  return { key: OutcomeText.doesForMeWhyAsked[whom], vars: { name } };
}

/** At the read-back: "Say it as one thing you will do" or "type it your way" is the open question. */
async function sayItOrRewording(session: JourneySession, at: Position): Promise<boolean> {
  if (at.data?.rewording) return true;
  const draft = await session.draft();
  const outcome = draft?.outcomes.find((o) => o.id === at.data?.outcomeId);
  return Boolean(draft && outcome && sayItOpen(draft, outcome, at.data ?? {}));
}
