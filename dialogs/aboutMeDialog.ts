import { Dialog, type DialogContext, type DialogTurnResult } from './dialogKit';
import { aboutMeAnswer } from '../src/language/aboutMeChatter';
import { notGoodAtThis, saysNothingToSay } from '../src/language/nothingToSay';
import { queriesPraise } from '../src/language/praiseQueried';
import { endsMidPhrase, withRest } from '../src/language/midPhrase';
import { addAboutMe, type AboutMeSection } from '../src/domain/draft';
import { aboutWhom, isAboutAChild, wordsFor, type WhomKeys } from './aboutWhom';
import { askedAboutSafety, readSafeAnswer, SAFE_ANSWERED, safeQuestion } from './aboutMeSafe';
import { carriesOnPastSafeQuestion, SAFE_CHOICES, understandFeelSafe } from './safeAnswerRead';
import { DialogId, Stage, Step, type StepId } from './ids';
import type { Position } from './journey';
import { onlyAnApology, readOpenReply, type Reply } from './readReply';
import { readYesNo } from '../src/language/closedAnswers';
import { needsCheckBeforeKeeping, quoteOf } from '../src/language';
import { olderChildIdeaKey } from './olderChildIdeas';
import { answerMisplaced, askedAgain } from './aboutMeMisplaced';
import { concreteStrengthsQuestion, easierStrengthsQuestion, NOTHING_YET, nobodySaysNice } from './aboutMeNobodyNice';
import { sameAsAnswerBefore } from './aboutMeSame';
import { keepNotWorking, whatHelpsQuestion } from './aboutMeNotWorking';
import { OFFERED } from './welcomeNotACode';
import { matchChoice } from './understand';
import { followUpQuestion, openFollowUp } from './safeFollowUp';
import { backAfterEarlier } from './earlierQuestionBack';
import { simpleWordsAreAnAnswer, type Choice, type Question, type Words } from './say';
import type { GlobalCommand } from '../src/language';
import { withMeantWords } from '../src/language/textSpeak';
import type { JourneySession } from './session';
import { StageDialog, type BeginStageOptions, type Next, type StageResult } from './stageDialog';

export const AboutMeText = {
  strengthsQuestion: 'aboutMe:strengths.question',
  strengthsQuestionChild: 'aboutMe:strengths.questionChild',
  strengthsQuestionYourChild: 'aboutMe:strengths.questionYourChild',
  strengthsThanks: 'aboutMe:strengths.thanks',
  /** "dunno. nothing at school anyway": it is OK, and it need not be about school; ideas follow. */
  strengthsNothing: 'aboutMe:strengths.nothing',
  importantQuestion: 'aboutMe:important.question',
  importantQuestionChild: 'aboutMe:important.questionChild',
  importantQuestionYourChild: 'aboutMe:important.questionYourChild',
  importantThanks: 'aboutMe:important.thanks',
  supportQuestion: 'aboutMe:support.question',
  supportQuestionChild: 'aboutMe:support.questionChild',
  supportQuestionYourChild: 'aboutMe:support.questionYourChild',
  supportThanks: 'aboutMe:support.thanks',
  supportThanksChild: 'aboutMe:support.thanksChild',
  supportThanksYourChild: 'aboutMe:support.thanksYourChild',
  notSureStrengths: 'aboutMe:notSure.strengths',
  notSureStrengthsChild: 'aboutMe:notSure.strengthsChild',
  notSureImportant: 'aboutMe:notSure.important',
  notSureImportantChild: 'aboutMe:notSure.importantChild',
  notSureSupport: 'aboutMe:notSure.support',
  notSureSupportChild: 'aboutMe:notSure.supportChild',
  notUnderstood: 'aboutMe:notUnderstood',
  storyHeard: 'aboutMe:storyHeard',
  /** "lovely?? i said nobody admires me": the bot's reply did not fit; sorry, and the question again. */
  praiseQueried: 'aboutMe:praiseQueried',
  checkQuestion: 'aboutMe:check.question',
  checkSayAgain: 'aboutMe:check.sayAgain',
  /** "my cat biscuit and my": the start is held, and the rest asked for. */
  goOn: 'aboutMe:check.goOn',
  yes: 'common:choice.yes',
  no: 'common:choice.no',
  notSureChoice: 'common:choice.notSure',
} as const;

/** Example answers for "I'm not sure", for a young person speaking for themselves. */
export const AboutMeNotSure: Partial<Record<StepId, string>> = {
  [Step.aboutMeStrengths]: AboutMeText.notSureStrengths,
  [Step.aboutMeImportant]: AboutMeText.notSureImportant,
  [Step.aboutMeSupport]: AboutMeText.notSureSupport,
};

/** The same, for a parent or carer answering about their child. */
export const AboutMeNotSureChild: Partial<Record<StepId, string>> = {
  [Step.aboutMeStrengths]: AboutMeText.notSureStrengthsChild,
  [Step.aboutMeImportant]: AboutMeText.notSureImportantChild,
  [Step.aboutMeSupport]: AboutMeText.notSureSupportChild,
};

/** "You said ... Shall I keep that as what people like about you?", for words typed at the code question. */
const KEEP_OFFERED: WhomKeys = { self: 'aboutMe:check.keepStrength', child: 'aboutMe:check.keepStrengthChild', yourChild: 'aboutMe:check.keepStrengthYourChild' };

/** Tapping "I'm not sure" reaches the global command, which shows the examples above. */
const NOT_SURE_CHOICES: readonly Choice[] = [{ value: 'notSure', labelKey: AboutMeText.notSureChoice }];
const CHECK_CHOICES: readonly Choice[] = [
  { value: 'yes', labelKey: AboutMeText.yes },
  { value: 'no', labelKey: AboutMeText.no },
];

interface AboutMeQuestion {
  section: AboutMeSection;
  question: WhomKeys;
  thanks: WhomKeys;
  next?: StepId;
}

/** Position data: the start of an answer that stopped mid-phrase, waiting for the rest. */
const UNFINISHED = 'unfinished';

const same = (key: string): WhomKeys => ({ self: key, child: key, yourChild: key });

/** EHC plan section A, in the order a conversation about someone naturally goes. */
const QUESTIONS: Partial<Record<StepId, AboutMeQuestion>> = {
  [Step.aboutMeStrengths]: {
    section: 'strengths',
    question: { self: AboutMeText.strengthsQuestion, child: AboutMeText.strengthsQuestionChild, yourChild: AboutMeText.strengthsQuestionYourChild },
    thanks: same(AboutMeText.strengthsThanks),
    next: Step.aboutMeImportant,
  },
  [Step.aboutMeImportant]: {
    section: 'important',
    question: { self: AboutMeText.importantQuestion, child: AboutMeText.importantQuestionChild, yourChild: AboutMeText.importantQuestionYourChild },
    thanks: same(AboutMeText.importantThanks),
    next: Step.aboutMeSupport,
  },
  [Step.aboutMeSupport]: {
    section: 'support',
    question: { self: AboutMeText.supportQuestion, child: AboutMeText.supportQuestionChild, yourChild: AboutMeText.supportQuestionYourChild },
    thanks: { self: AboutMeText.supportThanks, child: AboutMeText.supportThanksChild, yourChild: AboutMeText.supportThanksYourChild },
  },
};

/** "yeah keep it", "save it", "no leave it": the answer to "Shall I keep ...?"; undefined when it is a new answer. */
const KEEP_WORDS = /^(?:(?:please\s+)?(?:keep|save|put|use|add)\s+(?:it|that|this|them)\b.*|please|(?:thats?|that\s+is)\s+(?:right|it|fine|good|ok|okay|true)|sure|go\s+on|do\s+it|ok|okay)$/i;
function keepOrNot(text: string, reply: Reply, words: JourneySession['words']): 'yes' | 'no' | undefined {
  const tapped = matchChoice(text, CHECK_CHOICES, words);
  if (tapped === 'yes' || tapped === 'no') return tapped;
  if (reply.kind === 'yes' || reply.kind === 'no') return reply.kind;
  const said = readYesNo(text);
  if (said === 'no') return 'no';
  // "yes i am good at football": a new answer after the yes, not a yes to keeping the words offered.
  return reply.kind === 'content' && KEEP_WORDS.test(reply.text.replace(/[.!]+$/, '').trim()) ? 'yes' : undefined;
}

/**
 * Moves to the question after `step`, or ends the stage after the last one. "Do you feel safe?"
 * comes last, and only for someone it is asked of (not a parent or carer about a young child).
 */
async function after(session: JourneySession, step: StepId, say: Words[] = []): Promise<Next> {
  const next = QUESTIONS[step]?.next;
  if (next) return { say, goTo: { step: next } };
  if (step !== Step.aboutMeSafe && askedAboutSafety(await session.draft())) return { say, goTo: { step: Step.aboutMeSafe } };
  return { say };
}

/**
 * Section A: what people like and admire about me, what is important to me, how best to support
 * me; then whether I feel safe at home, at school and online (the Bristol framework's "I feel safe
 * in my home and valued in my community").
 */
export class AboutMeDialog extends StageDialog {
  readonly stage = Stage.aboutMe;
  protected override readonly addsToPreviousAnswer = true;

  constructor() {
    super(DialogId.aboutMe);
  }

  override async beginDialog(dc: DialogContext, options?: BeginStageOptions): Promise<DialogTurnResult> {
    // Carrying on after "not always" and the safeguarding answer: the safety question was answered.
    const at = options?.at;
    if (at?.stage === this.stage && at.step === Step.aboutMeSafe && at.data?.[SAFE_ANSWERED]) {
      return options?.silently ? Dialog.EndOfTurn : dc.endDialog({ stage: this.stage } satisfies StageResult);
    }
    return super.beginDialog(dc, options);
  }

  protected async first(): Promise<Omit<Position, 'stage'>> {
    return { step: Step.aboutMeStrengths };
  }

  /** At "do you feel safe?", words that cannot answer it and say nothing of safety carry on the answer before. */
  protected override async carriesOnAnswerBefore(session: JourneySession, position: Position, text: string): Promise<boolean> {
    return position.step === Step.aboutMeSafe && !openFollowUp(position) && carriesOnPastSafeQuestion(text, session.words, isAboutAChild(await session.draft()));
  }

  protected async question(session: JourneySession, position: Position): Promise<Question> {
    if (position.step === Step.aboutMeSafe) {
      const draft = await session.draft();
      if (openFollowUp(position)) return followUpQuestion(draft, position);
      return { step: Step.aboutMeSafe, words: safeQuestion(draft), choices: SAFE_CHOICES, understand: understandFeelSafe };
    }
    const asked = QUESTIONS[position.step] ?? QUESTIONS[Step.aboutMeStrengths]!;
    const step = QUESTIONS[position.step] ? position.step : Step.aboutMeStrengths;
    const hears = step === Step.aboutMeSupport ? { answersCommand: supportAnswersCommand } : step === Step.aboutMeStrengths ? { answersCommand: strengthsAnswersCommand(position) } : {};
    const draft = await session.draft();
    // Typed at the code question and fitting here: "You said ... Shall I keep that as what people like about you?"
    if (position.data?.pending && position.data[OFFERED.from]) return { step, words: wordsFor(draft, KEEP_OFFERED, { quote: quoteOf(position.data.pending) }), choices: CHECK_CHOICES, ...hears };
    const unfinished = position.data?.[UNFINISHED];
    if (unfinished) return { step, words: { key: AboutMeText.goOn, vars: { quote: quoteOf(unfinished) } }, choices: NOT_SURE_CHOICES, ...hears };
    if (position.data?.pending) return { step, words: { key: AboutMeText.checkQuestion, vars: { quote: quoteOf(position.data.pending) } }, choices: CHECK_CHOICES, ...hears };
    return { step, words: askedAgain(draft, position) ?? easierStrengthsQuestion(draft, position) ?? concreteStrengthsQuestion(draft, position) ?? whatHelpsQuestion(draft, position) ?? wordsFor(draft, asked.question), choices: NOT_SURE_CHOICES, ...hears };
  }

  /** An earlier question asked for again goes back, once answered, to where the chat was. */
  protected async answer(session: JourneySession, position: Position, text: string): Promise<Next> {
    return backAfterEarlier(position, await this.answerHere(session, position, text));
  }

  private async answerHere(session: JourneySession, position: Position, text: string): Promise<Next> {
    if (position.step === Step.aboutMeSafe) return readSafeAnswer(session, position, text);
    const asked = QUESTIONS[position.step];
    if (!asked) return {};
    // "my cat biscuit and my", then "nan. and drawing": the rest finishes the words held, read as one answer.
    const held = position.data?.[UNFINISHED];
    const typed = readOpenReply(text, session.words);
    // "no" or "thats it" after the held words: nothing more was coming, and the words held are the answer.
    const reply: Reply = held ? { kind: 'content', text: withRest(held, typed.kind === 'content' ? typed.text : '') || held } : typed;
    if (!held && reply.kind === 'content' && endsMidPhrase(reply.text)) return { goTo: { step: position.step, data: { ...position.data, [UNFINISHED]: reply.text } } };
    if (!held && queriesPraise(text)) return { say: [{ key: AboutMeText.praiseQueried }], goTo: { step: position.step } };
    const pending = position.data?.pending;
    // Swearing or a remark to the bot goes into Section A only when the young person says so.
    const decided = pending ? keepOrNot(text, reply, session.words) : undefined;
    if (pending && decided) {
      const keep = decided === 'yes';
      // Not kept: an answer offered from another question leaves this one to be asked as usual.
      if (!keep) return { say: position.data?.[OFFERED.from] ? [] : [{ key: AboutMeText.checkSayAgain }], goTo: { step: position.step } };
      const draft = await session.updateDraft(`about me: ${asked.section}`, (d) => addAboutMe(d, asked.section, withMeantWords(pending)));
      return after(session, position.step, [wordsFor(draft, asked.thanks)]);
    }
    if (reply.kind === 'content' && !pending && needsCheckBeforeKeeping(reply.text)) {
      return { goTo: { step: position.step, data: { pending: reply.text } } };
    }
    // "nobody at school ever says anything nice about her": sorry, nothing kept, and asked the easier way once.
    const sad = reply.kind === 'content' ? nobodySaysNice(position, reply.text) : undefined;
    if (sad) return sad;
    // "dunno. nothing at school anyway" where strengths are asked: never kept as a strength; met kindly, with ideas, once.
    // Read whole: "i don't know what other people think" is not the answer "what other people think".
    // "sorry im not good at this": the question is hard for them, so it is met as "I don't know", never kept.
    const hardForThem = (reply.kind === 'content' && notGoodAtThis(reply.text)) || (!held && onlyAnApology(text));
    const nothing = hardForThem || (!held && reply.kind !== 'no' && saysNothingToSay(text)) || (reply.kind === 'content' ? saysNothingToSay(reply.text) : reply.kind === 'notSure' && Boolean(position.data?.[NOTHING_YET]));
    if (position.step === Step.aboutMeStrengths && nothing) {
      if (position.data?.[NOTHING_YET]) return after(session, position.step);
      const ideas = isAboutAChild(await session.draft()) ? [await this.examples(session, position.step)] : [];
      return { say: [{ key: AboutMeText.strengthsNothing }, ...ideas], goTo: { step: position.step, data: { [NOTHING_YET]: '1' } } };
    }
    // Said again after the ideas: moved on kindly, nothing kept, never the same ideas twice.
    if (hardForThem) return position.data?.[NOTHING_YET] ? after(session, position.step) : { say: [await this.examples(session, position.step)], goTo: { step: position.step, data: { ...position.data, [NOTHING_YET]: '1' } } };
    switch (reply.kind) {
      case 'content': {
        // "when teachers shout" where what works was asked: kept as what doesn't work, and what helps then asked once.
        const notWorking = await keepNotWorking(session, position, reply.text);
        if (notWorking?.askAgain) return { goTo: { step: position.step, data: notWorking.askAgain } };
        if (notWorking) return after(session, position.step, [wordsFor(await session.draft(), asked.thanks)]);
        // "same as i said lol" at what is important: the answer before is kept here too, never the word "same".
        const same = await sameAsAnswerBefore(session, position, reply.text, async (say) => after(session, position.step, say));
        if (same) return same;
        // "i want him to have friends at secondary" where strengths were asked: kept as a hope, and asked again.
        const misplaced = await answerMisplaced(session, position, reply.text);
        if (misplaced) return misplaced;
        // "im good at football lol. my cat once ate a sausage haha": the answer is kept, the funny story is not.
        const answer = aboutMeAnswer(reply.text);
        if (!answer) return { say: [{ key: AboutMeText.storyHeard }], goTo: position, miss: true };
        // "my mates at collage": a word typed as another real word is kept as meant, as in the hopes.
        const draft = await session.updateDraft(`about me: ${asked.section}`, (d) => addAboutMe(d, asked.section, withMeantWords(answer)));
        return after(session, position.step, [wordsFor(draft, asked.thanks)]);
      }
      case 'no':
        // "Nothing" is an answer too: nothing is stored and the conversation moves on kindly.
        return after(session, position.step);
      case 'notSure':
        return { say: [await this.examples(session, position.step)], goTo: position };
      case 'yes':
      case 'empty':
        return { say: [{ key: AboutMeText.notUnderstood }], goTo: position, miss: true };
    }
  }

  override async skip(session: JourneySession, position: Position): Promise<Next> {
    // Skipping the safety question is the same as "I'd rather not say": respected, nothing kept.
    return backAfterEarlier(position, await after(session, position.step));
  }

  private async examples(session: JourneySession, step: StepId): Promise<Words> {
    const draft = await session.draft();
    const map = isAboutAChild(draft) ? AboutMeNotSureChild : AboutMeNotSure;
    const older = isAboutAChild(draft) ? olderChildIdeaKey(step, draft?.youngPerson) : undefined;
    return { key: older ?? map[step] ?? AboutMeText.notSureStrengths, vars: { name: aboutWhom(draft).name } };
  }
}

/** At "how can people support you best?", "simpler words" and a bare "show me" ("show me, don't tell me") are how to help. */
function supportAnswersCommand(command: GlobalCommand, text: string): boolean {
  return simpleWordsAreAnAnswer(command, text) || (command === 'showDraft' && /^(?:just\s+)?show\s+me[.!]*$/i.test(text.trim()));
}

/**
 * At "what do people admire about you?", "i don't know what other people think" is heard here (a kind
 * word and the question in other words), and so is a second "dunno", which moves on keeping nothing. "I don't know.
 * People don't really tell me that." is the plain not-sure, answered as everywhere.
 */
function strengthsAnswersCommand(position: Position): (command: GlobalCommand, text: string) => boolean {
  return (command, text) => command === 'notSure' && (Boolean(position.data?.[NOTHING_YET]) || (saysNothingToSay(text) && !/^\s*i\s+(?:dont|don't|do\s+not)\s+know\s*[.!]/i.test(text)));
}
