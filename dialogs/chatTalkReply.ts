import type { ReadingMode } from '../src/domain/readingMode';
import { quoteHopeIn } from '../src/language/hopeItself';
import { quoteOf, quoteWhole, readEditRequest, talksAboutThePlan, type ChatTalk, type ChatTopic } from '../src/language';
import { saidToYou } from '../src/language/likeThis';
import { Step } from './ids';
import type { Words } from './say';
import { WelcomeText } from './welcomeText';

/** The bot's answer to each question a person asks about the chat (what it means is the step's own help). */
export const ChatTalkText: Readonly<Record<Exclude<ChatTopic, 'meaning' | 'why' | 'whichOutcome'>, string>> & { keptAnswer: string; likeThisKept: string; askedAlike: string; notKeptYet: string; workingOn: string; workingOnNoStep: string; workingOnNoStepSorry: string; smartHasDate: string; smartNoDate: string; smartHasMeasure: string; smartNoMeasure: string; dateNotYet: string; howSharedAtEnd: string; planAskHere: string; isItOkStep: string; otherQuestionKept: string; notAnsweredPart: string; whichPeopleAdmire: string; whichPeopleHelp: string; mustAnswerConsent: string } = {
  keyWorker: 'common:chatTalk.keyWorker',
  keyWorkerSame: 'common:chatTalk.keyWorkerSame',
  code: 'common:chatTalk.code',
  whoSees: 'common:chatTalk.whoSees',
  whatNext: 'common:chatTalk.whatNext',
  mustTheyDoIt: 'common:chatTalk.mustTheyDoIt',
  planMakesMe: 'common:chatTalk.planMakesMe',
  howShared: 'common:chatTalk.howShared',
  isItOk: 'common:chatTalk.isItOk',
  isItOkStep: 'common:chatTalk.isItOkStep',
  otherQuestionKept: 'common:chatTalk.otherQuestionKept',
  howToRemove: 'common:chatTalk.howToRemove',
  howToChange: 'common:chatTalk.howToChange',
  howToAdd: 'common:chatTalk.howToAdd',
  notAnswered: 'common:chatTalk.notAnswered',
  notAnsweredPart: 'common:chatTalk.notAnsweredPart',
  otherQuestion: 'common:chatTalk.otherQuestion',
  smart: 'common:chatTalk.smart',
  smartHasDate: 'common:chatTalk.smartHasDate',
  smartNoDate: 'common:chatTalk.smartNoDate',
  smartHasMeasure: 'common:chatTalk.smartHasMeasure',
  smartNoMeasure: 'common:chatTalk.smartNoMeasure',
  planAsk: 'common:chatTalk.planAsk',
  planBelongs: 'common:chatTalk.planBelongs',
  likeThis: 'common:chatTalk.likeThis',
  likeThisKept: 'common:chatTalk.likeThisKept',
  whichPeople: 'common:chatTalk.whichPeople',
  howToJoin: 'common:chatTalk.howToJoin',
  planAskHere: 'common:chatTalk.planAskHere',
  whichPeopleAdmire: 'common:chatTalk.whichPeopleAdmire',
  whichPeopleHelp: 'common:chatTalk.whichPeopleHelp',
  howSharedAtEnd: 'common:chatTalk.howSharedAtEnd',
  askedAgain: 'common:chatTalk.askedAgain',
  ageRule: 'common:chatTalk.ageRule',
  mustAnswer: 'common:chatTalk.mustAnswer',
  shouldMention: 'common:chatTalk.shouldMention',
  askedWrong: 'common:chatTalk.askedWrong',
  mustAnswerConsent: 'common:chatTalk.mustAnswerConsent',
  wasKept: 'common:chatTalk.wasKept',
  keptAnswer: 'common:chatTalk.keptAnswer',
  workingOnNoStepSorry: 'common:chatTalk.workingOnNoStepSorry',
  askedAlike: 'common:chatTalk.askedAlike',
  notKeptYet: 'common:chatTalk.notKeptYet',
  whatAbout: 'common:chatTalk.whatAbout',
  ownWord: 'common:chatTalk.ownWord',
  whyThem: 'common:chatTalk.whyThem',
  workingOn: 'common:chatTalk.workingOn',
  workingOnNoStep: 'common:chatTalk.workingOnNoStep',
  dateKept: 'common:chatTalk.dateKept',
  dateNotYet: 'common:chatTalk.dateNotYet',
  wrongBit: 'common:chatTalk.wrongBit',
  rightsQuestion: 'common:chatTalk.rightsQuestion',
};

/** An answer kept in the plan, as "did u get that" finds it: its words, and whether it is a hope. */
export interface KeptWords {
  text: string;
  isHope: boolean;
  readingMode: ReadingMode;
}

/** At an outcome's questions: the hope it is for, and the step written so far. */
export interface WorkingOn {
  hope: string;
  step?: string;
  readingMode: ReadingMode;
}

/** Kept words quoted back: a hope as every question quotes a hope, any other answer whole. */
const quoteKept = (kept: KeptWords): string => (kept.isHope ? quoteHopeIn(kept.text, kept.readingMode) : quoteWhole(kept.text));

/** What an outcome being written has of SMART that can be seen: a date, and how everyone will know. */
export interface SmartParts {
  date: boolean;
  /** The date's own words, when it has one ("by the end of year 5"). */
  when?: string;
  measure: boolean;
}

/**
 * "i already told you. the library" answers the open question with what is said again, except at
 * "what makes this hard?", where what was said before is a help or the hope ("i said ear defenders already").
 */
export const NOT_SAID_AGAIN_HERE: ReadonlySet<string> = new Set([Step.needsBarrier]);

/** Questions about what helps: a feeling said with "idk" names no help there. */
export const HELP_QUESTIONS: ReadonlySet<string> = new Set([Step.needsHelps, Step.aboutMeSupport, Step.outcomeProvides]);

/** "Which people?": who the open question means, with examples (those it admires, those who help, or anyone). */
export function whichPeopleWords(step: string | undefined): Words {
  return { key: step === Step.aboutMeStrengths ? ChatTalkText.whichPeopleAdmire : step && HELP_QUESTIONS.has(step) ? ChatTalkText.whichPeopleHelp : ChatTalkText.whichPeople };
}

/** Questions a step answers itself: the code question says what a key worker is. */
const EXPLAINED_AT: Readonly<Record<string, readonly ChatTopic[]>> = { [Step.welcomeInvite]: ['keyWorker'] };

/**
 * What the bot says to questions and complaints about the chat, before the open question is asked
 * again or the answer beside them is taken. "What it means" is left to the step's help.
 */
export function chatTalkWords(
  talk: ChatTalk,
  keys: { why: string | Words; complaint: string | Words },
  at?: { step: string; repeated: boolean; kept?: KeptWords; working?: WorkingOn; smartParts?: SmartParts; planWords?: Partial<Record<ChatTopic, Words[]>> },
): Words[] {
  const step = at?.step;
  const said: Words[] = [];
  // "what is a key worker? are they from the council?" at the code question: the step's own answer is the one kind
  // answer; "I can't give advice" is never said beside it.
  const explained = step !== undefined && talk.topics.some((t) => EXPLAINED_AT[step]?.includes(t));
  for (const topic of talk.topics) {
    if (topic === 'meaning' || (step && EXPLAINED_AT[step]?.includes(topic))) continue;
    if (explained && (topic === 'rightsQuestion' || topic === 'otherQuestion')) continue;
    // "Is it ok?" about the answer itself needs no reassurance when a more particular answer is given.
    if (topic === 'isItOk' && talk.topics.length > 1) continue;
    // "learn to cook pasta. is that ok?" at the first outcome question: yes, their step is the kind of thing asked for.
    if (topic === 'isItOk' && step === Step.outcomeStep && talk.answer) {
      said.push({ key: ChatTalkText.isItOkStep });
      continue;
    }
    // "get the 14 bus on my own. is there an app for bus times?": the question cannot be answered here, and the step beside it is kept.
    if (topic === 'otherQuestion' && talk.answer) {
      said.push({ key: ChatTalkText.otherQuestionKept, vars: { answer: quoteOf(talk.answer) } });
      continue;
    }
    // "did u get that": what was kept, in their words, or that nothing was.
    if (topic === 'wasKept') {
      said.push(at?.kept ? { key: ChatTalkText.wasKept, vars: { answer: quoteKept(at.kept) } } : { key: ChatTalkText.notKeptYet });
      continue;
    }
    // "which one are we on now" at an outcome's questions: the hope, and the step so far (elsewhere the step's help says it).
    if (topic === 'whichOutcome') {
      const working = at?.working;
      // "That's wrong. I haven't said my second step yet": sorry first, when it comes with a complaint.
      const noStep = talk.complaint ? ChatTalkText.workingOnNoStepSorry : ChatTalkText.workingOnNoStep;
      if (working) said.push(working.step ? { key: ChatTalkText.workingOn, vars: { hope: quoteHopeIn(working.hope, working.readingMode), step: quoteOf(working.step) } } : { key: noStep, vars: { hope: quoteHopeIn(working.hope, working.readingMode) } });
      continue;
    }
    // "should i ask for more speech therapy in his plan?" asked at the help question itself: say it here.
    if (topic === 'planAsk' && step === Step.outcomeProvides) {
      said.push({ key: ChatTalkText.planAskHere });
      continue;
    }
    // "who reads the plan?" at the review: who sees this plan as things stand, and how to show it.
    const planWords = at?.planWords?.[topic];
    if (planWords) {
      said.push(...planWords);
      continue;
    }
    // "can i share it with the senco?" once the draft is ready: how, with the copies just offered.
    if (topic === 'howShared' && step === Step.reviewDone) {
      said.push({ key: ChatTalkText.howSharedAtEnd });
      continue;
    }
    // "what does SMART mean? is this one SMART?": what it stands for, then which parts the outcome being written has.
    if (topic === 'smart') {
      said.push({ key: ChatTalkText.smart });
      const parts = at?.smartParts;
      if (parts) said.push({ key: parts.date ? ChatTalkText.smartHasDate : ChatTalkText.smartNoDate }, { key: parts.measure ? ChatTalkText.smartHasMeasure : ChatTalkText.smartNoMeasure });
      continue;
    }
    // "also you never saved the date": the date kept, in their words, or that it will be asked; what is said beside it is kept.
    if (topic === 'dateKept') {
      if (talk.answer) said.push({ key: ChatTalkText.keptAnswer, vars: { answer: quoteOf(talk.answer) } });
      const when = at?.smartParts?.when;
      said.push(when ? { key: ChatTalkText.dateKept, vars: { when: quoteOf(when) } } : { key: ChatTalkText.dateNotYet });
      continue;
    }
    // "wat about villa park": the thing in their words, and a sentence about it asked for.
    if (topic === 'whatAbout') {
      said.push({ key: ChatTalkText.whatAbout, vars: { thing: quoteOf(talk.about ?? '') } });
      continue;
    }
    // "you didnt answer me, who sees this plan?": the question beside it is answered, so no "ask it again";
    // a question there the bot cannot read is quoted, so they know which part to ask another way.
    if (topic === 'notAnswered') {
      if (talk.unclear) said.push({ key: ChatTalkText.notAnsweredPart, vars: { part: quoteOf(talk.unclear) } });
      else if (!talk.topics.some((t) => t !== 'notAnswered' && t !== 'isItOk')) said.push({ key: ChatTalkText.notAnswered });
      continue;
    }
    // "Which people? I can't read minds": who is meant at this question, with examples.
    if (topic === 'whichPeople') {
      said.push(whichPeopleWords(step));
      continue;
    }
    // "what do u mean? like the teacher tells me?": yes, that could be it, in their words; then the question again.
    if (topic === 'likeThis') {
      // With an answer beside it, that answer is kept, so they are not asked to say it again.
      said.push({ key: talk.answer ? ChatTalkText.likeThisKept : ChatTalkText.likeThis, vars: { example: quoteOf(saidToYou(talk.about ?? '')) } });
      continue;
    }
    // "what is meltdown in your words?": their word is kept as they say it; what it looks like is asked.
    if (topic === 'ownWord') {
      said.push({ key: ChatTalkText.ownWord, vars: { word: quoteOf(talk.about ?? '') } });
      continue;
    }
    // "Where would the code be?" when asked for a code to carry on: where that code comes from, never a key worker's.
    // "What do you mean by a code?" at the key worker's code: what it is, and fine without.
    if (topic === 'code' && step === Step.welcomeInvite) {
      said.push({ key: WelcomeText.inviteWhatIsCode });
      continue;
    }
    if (topic === 'code' && step === Step.welcomeResumeCode) {
      said.push({ key: WelcomeText.resumeWhereFrom });
      continue;
    }
    // "what if i dont want to" at the consent: it cannot be skipped, so what a no means is said plainly.
    if (topic === 'mustAnswer' && step === Step.welcomeConsent) {
      said.push({ key: ChatTalkText.mustAnswerConsent });
      continue;
    }
    // "why. i already said what i want": the why is the complaint's own; the sorry (and what is kept) answers it.
    if (topic === 'why' && talk.complaint) continue;
    // "why do u keep asking that": asked again after a miss, or another question that looks alike.
    if (topic === 'why' && typeof keys.why !== 'string') {
      said.push(keys.why);
      continue;
    }
    const key = topic === 'why' ? (keys.why as string) : topic === 'askedAgain' && !at?.repeated ? ChatTalkText.askedAlike : ChatTalkText[topic];
    said.push({ key });
  }
  // A complaint with nothing more particular to answer: sorry, and what was kept (if anything).
  if (talk.complaint && said.length === 0 && !talk.topics.includes('meaning')) {
    said.push(talk.answer ? { key: ChatTalkText.keptAnswer, vars: { answer: quoteOf(talk.answer) } } : typeof keys.complaint === 'string' ? { key: keys.complaint } : keys.complaint);
  }
  return said;
}
