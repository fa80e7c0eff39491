import { controlSignsByName, partnerControlSigns } from '../src/language/partnerControl';
import { asksWhoSeesBeside, saysAskedAlready } from '../src/language/askedAlready';
import { saysCheckMisread } from '../src/language/checkMisread';
import { carerSpeaksOfOwnStrain } from '../src/language/carerStrain';
import { asksOnlyWhyChecked, asksWhyChecked } from '../src/language/whyChecked';
import type { TurnContext } from 'botbuilder';
import { ComponentDialog, Dialog, type DialogContext, type DialogTurnResult } from './dialogKit';
import { speaksForThem } from '../src/domain/aboutWhom';
import { answersAnotherQuestion, concernByRules, recogniseYesNo, answersThePlanInstead, describesChildsOwnWays, describesHarmByOthers, detectConcern, saysTheChildIsUnharmed, saysTheyAreAParent, type Concern, type ConcernCategory } from '../src/language';
import { understandSafetyCheck } from './closedReplies';
import { DialogId, Step } from './ids';
import { askedOnce, interruptedQuestion, movedTo, type Position } from './journey';
import { questionActivity, sayAll, type Choice, type Question, type Words } from './say';
import { sessionOf, type JourneySession } from './session';
import { saidSoFar } from './safeguardingSaidAfter';
import { okayAbout } from './okayAbout';
import { toldOfMateCrime } from '../src/language/mateCrime';
import { understandChoice } from './understand';
import { ChecksStoppedText, stopsChecking } from './checksStopped';
import { answerBesideWithNoWorry, asksWhatHelps } from './whatHelpsAsked';
import { tellsOfHidingFromSomeone } from '../src/language/hidesFromSomeone';
import { hardThingAfterOk } from '../src/language/hardBesideDespair';
import { namesFamilyPlaceOrPerson } from '../src/language/harmPlaceNamed';
import { planAnswerAtCheck } from '../src/language/answerAtCheck';
import { answerAfterOk, firstReadingOf, readingNotes } from './answerAfterOk';
import { asksWhatSoundedWorrying, worryingWordsOf } from '../src/language/worryQuoted';

export const GentleCheckText = {
  question: 'safeguarding:gentle.question',
  again: 'safeguarding:gentle.again',
  whyChecked: 'safeguarding:gentle.whyChecked',
  misread: 'safeguarding:gentle.misread',
  keptAnswer: 'safeguarding:gentle.keptAnswer',
  heardAs: 'safeguarding:gentle.heardAs',
  ok: 'safeguarding:gentle.ok',
  notOk: 'safeguarding:gentle.notOk',
  notOkPlain: 'safeguarding:gentle.notOkPlain',
  glad: 'safeguarding:gentle.glad',
  partnerGlad: 'safeguarding:gentle.partnerGlad',
  moveOn: 'safeguarding:gentle.moveOn',
  parentGlad: 'safeguarding:gentle.parent.glad',
  carerTired: 'safeguarding:gentle.parent.carerTired',
  askedAgainSorry: 'safeguarding:gentle.askedAgainSorry',
  whoSees: 'safeguarding:gentle.whoSees',
  whoSeesParent: 'safeguarding:gentle.parent.whoSees',
  parentMoveOn: 'safeguarding:gentle.parent.moveOn',
  friendQuestion: 'safeguarding:gentle.friendMoney.question',
  friendAgain: 'safeguarding:gentle.friendMoney.again',
  friendYes: 'safeguarding:gentle.friendMoney.yes',
  friendNo: 'safeguarding:gentle.friendMoney.no',
  friendGlad: 'safeguarding:gentle.friendMoney.glad',
} as const;

export const GENTLE_CHOICES: readonly Choice[] = [
  { value: 'safe', labelKey: GentleCheckText.ok },
  { value: 'notSafe', labelKey: GentleCheckText.notOk },
];

/** Asked again, the choices say in full what they answer: "No, I'm not OK" is never "no, nothing else". */
const GENTLE_CHOICES_PLAIN: readonly Choice[] = [
  { value: 'safe', labelKey: GentleCheckText.ok },
  { value: 'notSafe', labelKey: GentleCheckText.notOkPlain },
];

/** "Does this friend make you feel you have to give them money?": a yes is the worry, a no is their choice. */
const FRIEND_CHOICES: readonly Choice[] = [
  { value: 'notSafe', labelKey: GentleCheckText.friendYes },
  { value: 'safe', labelKey: GentleCheckText.friendNo },
];
const understandFriendCheck = (text: string): string | undefined => {
  const yesNo = recogniseYesNo(text);
  return yesNo === 'yes' ? 'notSafe' : yesNo === 'no' ? 'safe' : understandSafetyCheck(text);
};

/**
 * The questions worrying words answer: what is hard ("i get so stressed i cry"), and "Do you feel
 * safe?" ("yes. everything is too much at the moment"), whose reader tells the answer from the worry.
 */
const HARD_QUESTIONS: ReadonlySet<string> = new Set([Step.needsBarrier, Step.needsMore, Step.aboutMeSafe]);

/**
 * Whether the worrying message plainly answers the question it interrupted: a hard thing at "what
 * makes this hard?", or how safe they feel. Anywhere else ("i hate myself" at "what are you good at?") it is no answer,
 * and the question is asked again rather than kept with those words.
 */
function answersTheHardQuestion(step: string | undefined, message: string): boolean {
  return step !== undefined && HARD_QUESTIONS.has(step) && message.trim() !== '';
}

/** Kinds of worry where a family home or person named next says who harms them. */
const HARM_BY_SOMEONE: ReadonlySet<string> = new Set(['harm_from_others', 'sexual_abuse', 'domestic_abuse', 'neglect']);


/**
 * The answer to the interrupted question typed at the check, or undefined. Only where that question wants their own
 * words and the check was no question about a friend and money. A worry about someone else harming them, or a young
 * person's hint of self-harm, is asked about once more unless they say outright the words were for the plan.
 */
function planAnswerTyped(text: string, data: Record<string, string>, message: string, answer: string | undefined, adult: boolean): string | undefined {
  if (data.keep !== '1' || data.friendMoney === '1') return undefined;
  if (answer !== undefined && answer !== 'safe') return undefined;
  const read = planAnswerAtCheck(text);
  if (!read || (answer === 'safe' && !read.saysAnswering)) return undefined;
  if (describesHarmByOthers(message) && !(adult && describesChildsOwnWays(message))) return undefined;
  if (!read.saysAnswering && !adult && firstReadingOf(data, message).selfHarm) return undefined;
  return read.answer;
}

/** Messages after an "I'm OK" before another gentle check may be asked: someone who said they are fine is not asked again and again. */
export const QUIET_AFTER_OK = 30;

export interface GentleCheckOptions {
  /** The message that sounded worrying; answered as usual once the person says they are OK. */
  message: string;
  /** The category a flag would take if they say they are not OK. */
  category: ConcernCategory | 'other';
  /** The interrupted question wants their own words: after a flag, the message is offered back there. */
  keep?: boolean;
  /** A friend who borrows money and never pays it back: asked whether they feel they have to, not "Are you OK?". */
  friendMoney?: boolean;
  /** How the message was read when the check was raised: kept, so the message is not read again after "I'm OK". */
  reading?: Concern;
  /** Said first, for the rest of the message ("lovely?? i said i hate myself": sorry for the wrong word, then the check). */
  before?: Words;
}

export interface GentleCheckResult {
  /**
   * Not OK: the safeguarding answer and a flag follow, with the worrying message. Also after "I'm
   * OK" when the message told of harm by others (`okay`, with the message kept as their answer).
   */
  disclose?: { category: string; message: string; okay?: boolean; replay?: string; keep?: string };
  /** OK (or no clear answer twice): back to the interrupted question, and the worrying message (or an answer typed at the check) answers it. */
  carryOn?: Position;
  replay?: string;
}

/**
 * A message that is unclear but worrying, or a possible disclosure only the classifier sees, gets
 * "That sounds hard. Are you OK?" before anything else, saying that it asks about them, not their
 * plan. "Not really", "no" or "not sure" lead to the safeguarding answer and a flag; "I'm OK"
 * leads back, and the message is then taken as the answer to the question it interrupted: no
 * flag, nobody told. "No thats it" finishes the plan answer instead, so the check is asked once
 * more, plainly. A parent or carer hears adults' words after it: the school's safeguarding lead and
 * the NSPCC, never "tell an adult you trust".
 */
export class GentleCheckDialog extends ComponentDialog<GentleCheckOptions> {
  constructor() {
    super(DialogId.gentleCheck);
  }

  override async beginDialog(dc: DialogContext, options?: GentleCheckOptions): Promise<DialogTurnResult> {
    const session = sessionOf(dc.context);
    const interrupted = interruptedQuestion(session.journey);
    const kind = options?.category ?? 'other';
    await session.updateJourney((j) => ({ ...j, interrupted, ...(j.checkedAbout?.includes(kind) ? {} : { checkedAbout: [...(j.checkedAbout ?? []), kind].slice(-10) }) }));
    const message = options?.message ?? '';
    const adult = speaksForThem((await session.draft())?.youngPerson) || saysTheyAreAParent(message);
    if (options?.before) await sayAll(dc.context, session.t, [options.before]);
    await this.ask(dc.context, session, { message, category: options?.category ?? 'other', ...(adult ? { adult: '1' } : {}), ...(options?.keep ? { keep: '1' } : {}), ...(options?.friendMoney ? { friendMoney: '1' } : {}), ...readingNotes(options?.reading) });
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const session = sessionOf(dc.context);
    const text = dc.context.activity.text ?? '';
    const data = session.journey.position?.data ?? {};
    const message = data.message ?? '';
    const adult = data.adult === '1' || saysTheyAreAParent(text);
    // After a flag, the message (or what was typed past the check) is offered back at the question it interrupted.
    // Of the worrying message itself, only what was said beside the harm; an answer typed past the check, as it is.
    // At "what helps?" nothing of the worrying message is offered back as help (whatHelpsAsked.ts).
    const apart = data.later ?? (asksWhatHelps(session.journey.interrupted?.step) || toldOfMateCrime(message) ? undefined : answerBesideWithNoWorry(message, data.category));
    const keep = data.keep === '1' && apart ? { keep: apart } : {};
    // "no thats it" heard the check as "anything else?": no answer to either question, so never kept.
    const planInstead = answersThePlanInstead(text);
    // A parent's "nobody is hurting her" or "its just toddler stuff" says the child is well: a "yes, I'm OK".
    const unharmed = adult && !planInstead && saysTheChildIsUnharmed(text);
    // "im fine stop", "stop asking if im ok": a yes, and no more checking in this chat.
    const stopAsked = stopsChecking(text);
    // A carer's own tiredness ("honestly im exhausted with the washing") answers how they are: not a danger, but a lot to carry.
    // A faint reading beside the carer's own tiredness or health ("my sugar levels have been all over the place") is
    // no worry about the child; a rule's or a sure reading is read as ever.
    const strainRead = adult && !planInstead && carerSpeaksOfOwnStrain(text) ? detectConcern(text) : undefined;
    const strain = strainRead !== undefined && (!strainRead.concern || (strainRead.faint === true && !strainRead.sure && !concernByRules(text)));
    // "what? im fine. what sounds hard, the fridge?": fine, and puzzled to be asked; the check was a misreading.
    const misread = !planInstead && saysCheckMisread(text) && !detectConcern(text).concern;
    const answer = planInstead ? undefined : (understandChoice(text, this.currentQuestion(session), session.words) ?? (unharmed || stopAsked || strain || misread ? 'safe' : undefined));
    // Everything they said at the check, not only the last reply, goes with the concern if one is raised.
    const told = [message, data.said, text].filter(Boolean).join('\n');
    if (answer === 'notSafe' || answer === 'notSure') {
      return dc.endDialog({ disclose: { category: data.category ?? 'other', message: told, ...keep } } satisfies GentleCheckResult);
    }
    // Telling more in place of a yes or no ("my brother does stuff to me"): a sure disclosure flags;
    // anything less ("we're fine, he is just in nappies") is no flag.
    const more = answer && answer !== 'safe' ? undefined : detectConcern(text);
    if (!answer && more?.concern && more.sure) return dc.endDialog({ disclose: { category: more.category ?? 'other', message: told, ...keep } } satisfies GentleCheckResult);
    // "only at his dads" after a check about bruises: where or who the worry happens, read with the message before it.
    // Only where the check was about harm by someone: after a worry about themselves, "with my mum" says where they are safe.
    const aboutHarmBySomeone = HARM_BY_SOMEONE.has(data.category ?? '') || describesHarmByOthers(message);
    if (!answer && aboutHarmBySomeone && namesFamilyPlaceOrPerson(text)) return dc.endDialog({ disclose: { category: HARM_BY_SOMEONE.has(data.category ?? '') ? data.category! : 'harm_from_others', message: told, ...keep } } satisfies GentleCheckResult);
    // "yeh im ok. i had a fit in the nite an no one come till morning. its fine tho": the OK is said, but what is
    // told after it is harm a rule reads. Heard as told, with a note, whatever the "OK" around it says (the turn's
    // own reading answers a rule-backed disclosure first; this holds wherever it did not).
    if (answer === 'safe' && more?.concern && more.sure && concernByRules(text)) {
      return dc.endDialog({ disclose: { category: more.category ?? data.category ?? 'other', message: told, okay: true, ...keep } } satisfies GentleCheckResult);
    }
    // "reading dinosaur books by himself ha, and the phonics catch up group", or "im fine i was answering ur questions. X":
    // the plan question answered instead, so the check is taken as "carry on" and the answer kept for that question.
    const planAnswer = planAnswerTyped(text, data, message, answer, adult);
    if (planAnswer !== undefined) {
      // They never said they were OK, so later checks are not quietened; "im fine. X" still counts as OK said.
      if (answer === 'safe') await session.updateJourney((j) => ({ ...j, quietChecks: QUIET_AFTER_OK, ...okayAbout(j.okayAbout, data.category) }));
      await sayAll(dc.context, session.t, [{ key: GentleCheckText.keptAnswer }]);
      return dc.endDialog({ carryOn: session.journey.interrupted, replay: planAnswer } satisfies GentleCheckResult);
    }
    // "Which thing sounded worrying? Was it my stepbrother?", "why did you ask if im ok": their own words that were heard
    // as worrying (twelve at most), why the check is asked, then the same question. The whole message only.
    if (asksWhatSoundedWorrying(text) && worryingWordsOf(message)) {
      await sayAll(dc.context, session.t, [{ key: GentleCheckText.heardAs, vars: { words: worryingWordsOf(message) } }, { key: GentleCheckText.whyChecked }]);
      await this.ask(dc.context, session, { ...data, ...(adult ? { adult: '1' } : {}) });
      return Dialog.EndOfTurn;
    }
    // "why u keep askin that", "why is it hard": a short true answer, then the same question (never "Sorry, I was not clear").
    // Only when that is the whole message: "why u keep askin that. he waits outside my house" is read as any other reply.
    const why = asksWhyChecked(text);
    if (!answer && asksOnlyWhyChecked(text)) {
      await sayAll(dc.context, session.t, [{ key: GentleCheckText.whyChecked }]);
      await this.ask(dc.context, session, { ...data, ...(adult ? { adult: '1' } : {}) });
      return Dialog.EndOfTurn;
    }
    if (!answer && data.missed !== '1') {
      // Typed past the check, as the next answer: kept, never thrown away, and never the check's answer.
      // Only a question wanting their own words takes it: "its not hard" is no answer to "Do you feel safe?".
      const later: Record<string, string> = !planInstead && data.keep === '1' && answersAnotherQuestion(text) ? { later: text.slice(0, 10_000) } : {};
      const said = saidSoFar(data.said, text);
      await this.ask(dc.context, session, { ...data, ...later, ...(adult ? { adult: '1' } : {}), ...(said ? { said } : {}), missed: '1' });
      return Dialog.EndOfTurn;
    }
    await session.updateJourney((j) => ({ ...j, quietChecks: QUIET_AFTER_OK, ...(stopAsked ? { checksStopped: true } : {}), ...okayAbout(j.okayAbout, answer === 'safe' ? data.category : undefined) }));
    // "ye im ok. its just annoying" after older boys taking his money: OK is not the end of harm by others.
    // Nor is "im ok. i just stay in my room when he starts": hiding from someone to stay safe (hidesFromSomeone.ts).
    // Help lines that fit and a flag, once. An answer typed past the check stays their answer; of the
    // worrying message only what was said beside the harm may be offered back, never the harm itself.
    // A parent telling of the child's own pushing or grabbing, or saying nobody harms the child, is not told of harm by others.
    const childWell = adult && (unharmed || describesChildsOwnWays(message));
    if (answer === 'safe' && data.friendMoney !== '1' && !childWell && (describesHarmByOthers(message) || tellsOfHidingFromSomeone(text))) {
      // "im fine i was answering ur questions. X": X is their answer, offered back after the note.
      const typed = data.keep === '1' ? planAnswerAtCheck(text) : undefined;
      const later = typed?.saysAnswering ? typed.answer : data.later;
      const kept = later ? { replay: later } : keep;
      return dc.endDialog({ disclose: { category: data.category ?? 'other', message: told, okay: true, ...kept } } satisfies GentleCheckResult);
    }
    // "I'm OK" is thanked; after two replies that did not say, the chat moves on and says so.
    // After a sign of "mates" using their money, "im fine" is not met with a flat "Good.": it is their money, and they can say no.
    // "ya im ok. mark is nice really" after "mark dont like me seeing them much": never "Good." after a partner's control.
    const partnerControl = !adult && (controlSignsByName(message).length > 0 || partnerControlSigns(message, session.journey.partnerNames ?? []) > 0);
    const glad = data.friendMoney === '1' || toldOfMateCrime(message) ? GentleCheckText.friendGlad : strain ? GentleCheckText.carerTired : adult ? GentleCheckText.parentGlad : partnerControl ? GentleCheckText.partnerGlad : GentleCheckText.glad;
    const said = answer === 'safe' ? (stopAsked ? ChecksStoppedText.heard : misread ? GentleCheckText.misread : glad) : adult ? GentleCheckText.parentMoveOn : GentleCheckText.moveOn;
    // "you asked me that already love ... i just want to know who sees it": a short sorry, and who sees the plan and the note.
    const sorry = answer === 'safe' && saysAskedAlready(text) ? [{ key: GentleCheckText.askedAgainSorry }] : [];
    await sayAll(dc.context, session.t, [...sorry, ...(why ? [{ key: GentleCheckText.whyChecked }] : []), { key: said }, ...(asksWhoSeesBeside(text) ? [{ key: adult ? GentleCheckText.whoSeesParent : GentleCheckText.whoSees }] : [])]);
    // An answer typed at the check, as if it were not there, is their latest answer to the interrupted question.
    // The worrying message is kept only where it plainly answers it; else the question is asked again.
    const interrupted = session.journey.interrupted;
    // At "what makes this hard?", only the hard thing: never the words about dying beside it ("i hate maths i wish i was dead").
    const hard = interrupted?.step === Step.aboutMeSafe ? message : hardThingAfterOk(message);
    const replay = data.later ?? (answersTheHardQuestion(interrupted?.step, message) && !toldOfMateCrime(message) ? hard : answer === 'safe' && data.keep === '1' ? answerAfterOk(message, firstReadingOf(data, message), interrupted?.step) : undefined);
    return dc.endDialog({ carryOn: interrupted, ...(replay ? { replay } : {}) } satisfies GentleCheckResult);
  }

  override async repromptDialog(context: TurnContext): Promise<void> {
    const session = sessionOf(context);
    await this.ask(context, session, session.journey.position?.data ?? {});
  }

  /** The open question, so the main dialog can tell an answer ("not really") from a command. */
  currentQuestion(session: JourneySession): Question {
    const data = session.journey.position?.data ?? {};
    const missed = data.missed === '1';
    if (data.friendMoney === '1') {
      return { step: Step.safeguardingCheck, words: { key: missed ? GentleCheckText.friendAgain : GentleCheckText.friendQuestion }, choices: FRIEND_CHOICES, understand: understandFriendCheck };
    }
    const key = missed ? GentleCheckText.again : GentleCheckText.question;
    return { step: Step.safeguardingCheck, words: { key }, choices: missed ? GENTLE_CHOICES_PLAIN : GENTLE_CHOICES, understand: understandSafetyCheck };
  }

  private async ask(context: TurnContext, session: JourneySession, data: Record<string, string>): Promise<void> {
    const stage = session.journey.interrupted?.stage ?? 'welcome';
    await session.updateJourney((j) => movedTo(j, { stage, step: Step.safeguardingCheck, data: { ...data, gentle: '1' } }));
    const question = this.currentQuestion(session);
    await session.updateJourney((j) => askedOnce(j, `${question.step}|${question.words.key}`));
    await context.sendActivity(questionActivity(question, session.t, { mode: session.mode, stage }));
  }
}
