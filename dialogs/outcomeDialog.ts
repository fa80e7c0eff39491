import type { TurnContext } from 'botbuilder';
import { typedWhole } from './typedWhole';
import { timeJustKept, whenAskedAt, whenAskedWords } from './whenAsked';
import { speaksForThem } from './aboutWhom';
import { asksHowToKnow } from '../src/language/howToKnowAsked';
import { notSureKeyFor } from './notSure';
import { isYoungChild } from './help';
import { MAX_OUTCOMES } from '../src/domain/checks';
import { quoteOf } from '../src/language';
import { withoutChatterOrEmoji } from '../src/language/chatter';
import { howOftenAlone } from '../src/language/howOften';
import { onlyMomentAsides, withoutMomentAsides } from '../src/language/momentAside';
import { DialogId, Stage, Step } from './ids';
import type { Position } from './journey';
import { afterOutcome } from './outcomeAfter';
import { answerAnother } from './outcomeAnother';
import { whichHopeAsked } from './whichHopeAsked';
import { firstHopeListed } from './outcomeWhichHope';
import { answerDropCheck, dropAskedAt, DROP } from './outcomeDrop';
import { doneAddingAt } from './outcomeDoneAdding';
import { answerMeasure } from './outcomeMeasure';
import { answerStopWhich, stopAskedAt, STOP_WHICH } from './outcomeStop';
import { NO_WHEN, skipFrom, threeQuestions } from './outcomeSkip';
import { answerMoveOffer, MOVE_TO } from './outcomeMoveOffer';
import { labelledAt } from './outcomeAnswerReaders';
import { isBotWords, withHowOftenGiven } from './outcomeCoach';
import { answerConfirmOrDone } from './outcomeConfirmDone';
import { fieldSaid } from './outcomeKeptInPlace';
import { outcomeQuestion } from './outcomeQuestion';
import { answerOutcomeStep } from './outcomeStepAnswer';
import { FEEDBACK_FOR_CHILD, OutcomeText as T } from './outcomeText';
import { nextHope, unfinishedOutcome } from './outcomeThread';
import { answerWhen } from './outcomeWhen';
import { datedBeforeReadBack, isDateFirst, keptWithoutDate, withButtonsOnly } from './outcomeDateFirst';
import { readOpenReply } from './readReply';
import { partIsIn, partSaidLeftOut } from '../src/language/partLeftOut';
import type { Question } from './say';
import type { JourneySession } from './session';
import { StageDialog, type Next } from './stageDialog';
import { EXAMPLE_ASKED, MakesPossibleAskText, makesPossibleExampleShown, WITHOUT_EXAMPLE } from './makesPossibleAsk';
import { withoutQueriedExample } from '../src/language/exampleQueried';
import { readExampleRefused } from '../src/language/exampleRefused';
import { scaredOfTheGoal, scaredSaidAlone } from '../src/language/scaredOfTheGoal';
import { onlyPointsBack } from '../src/language/sameAsBefore';
import { doesForMeSaidBefore } from './doesForMeSameAsBefore';
import { withoutSameQuestionAsked } from '../src/language/sameQuestionAsked';
import type { OutcomeStepAt } from './outcomeStepAt';
import { answerWhenStep } from './outcomeWhenStep';
import { answerDoesForMe, answerMakesPossible, answerProvides } from './outcomeThreeAnswers';

export { OutcomeNotSure, OutcomeText } from './outcomeText';

type At = Omit<Position, 'stage'>;

/**
 * From each hope (with its needs) to 3 to 6 outcomes in the person's own words. The step is tested
 * before it becomes an outcome: support is kept as provision and the bot asks what it would help
 * them do; a vague feeling gets one question that makes it concrete; a life dream or a short target
 * is kept and a step for the next year or two asked for. Then by when, how everyone will know, the
 * three questions, and a read-back to confirm.
 */
/** The three questions, where "nothing" is no answer to keep. */
const THREE_QUESTIONS: ReadonlySet<string> = new Set([Step.outcomeDoesForMe, Step.outcomeMakesPossible, Step.outcomeProvides]);

/** The questions asked after help can be kept, where "every week" alone says how often that help is given. */
const POINTS_BACK_SKIPS: ReadonlySet<string> = new Set([Step.outcomeDoesForMe, Step.outcomeMakesPossible]);
/** The questions that build a goal, where fear of the goal is heard before any answer. */
const BUILDING_STEPS: ReadonlySet<string> = new Set([Step.outcomeStep, Step.outcomeWhen, Step.outcomeMeasure, Step.outcomeDoesForMe, Step.outcomeMakesPossible, Step.outcomeProvides]);
const AFTER_HELP: ReadonlySet<string> = new Set([Step.outcomeDoesForMe, Step.outcomeMakesPossible, Step.outcomeProvides, Step.outcomeConfirm]);


export class OutcomeDialog extends StageDialog {
  readonly stage = Stage.outcomes;
  protected override readonly addsToPreviousAnswer = true;

  constructor() {
    super(DialogId.outcome);
  }

  protected async first(session: JourneySession): Promise<At | undefined> {
    const draft = await session.draft();
    if (!draft || draft.outcomes.length >= MAX_OUTCOMES) return undefined;
    const hope = nextHope(draft);
    return hope ? { step: Step.outcomeStep, topic: hope.id } : undefined;
  }

  protected async question(session: JourneySession, position: Position): Promise<Question> {
    const draft = await session.draft();
    return outcomeQuestion(draft, position, session.today, session.t);
  }

  protected async answer(session: JourneySession, position: Position, text: string, context?: TurnContext): Promise<Next> {
    // "what is today's date?", "what would you suggest? ... maybe the end of Year 2", "which date did u put?": answered; a time beside it answers.
    const asked = whenAskedAt(position.step, text);
    if (asked) {
      const before = await session.draft();
      const then: Next = asked.rest ? await this.answer(session, position, asked.rest) : { goTo: position };
      // "6 months. whats the date for that": the date of the time just kept is said.
      const meant = asked.dateMeant ? timeJustKept(before, await session.draft(), position) : undefined;
      return { ...then, say: [...(await whenAskedWords(session, asked, meant, position)), ...(then.say ?? [])] };
    }
    const next = await datedBeforeReadBack(session, await this.answerAt(session, position, text, typedWhole(context, text)));
    const draft = await session.draft();
    const name = draft?.youngPerson.name ?? '';
    if (!next.say || !speaksForThem(draft) || !name) return next;
    // A parent or carer hears about their child by name, never as "you".
    return { ...next, say: next.say.map((w) => (FEEDBACK_FOR_CHILD[w.key] ? { key: FEEDBACK_FOR_CHILD[w.key]!, vars: { ...w.vars, name } } : w)) };
  }

  private async answerAt(session: JourneySession, position: Position, said: string, typed?: string): Promise<Next> {
    // "sorry leo just woke up brb", "back.": words about the moment are no answer; the rest is read alone.
    const text = withoutMomentAsides(said) || said;
    const whenSaid = text;
    if (onlyMomentAsides(said)) return { goTo: position };
    // "stop" that may mean this outcome or the chat: which one is asked, then done.
    if (position.data?.[STOP_WHICH]) return answerStopWhich(session, position, text);
    const stop = stopAskedAt(position, text);
    if (stop) return stop;
    // "are we now talking about the friend hope?": the hope asked about is named, and the question asked again.
    const which = position.step === Step.outcomeAnother ? undefined : await whichHopeAsked(session, position, text);
    if (which) return which;
    // "yes" to "shall I put it with your hope ...?": only then is the outcome moved.
    if (position.data?.[MOVE_TO]) return answerMoveOffer(session, position, text, (at, words) => this.answerAt(session, at, words));
    // "im done", "no thats all" while a new outcome is started: it is left out and the outcomes end.
    const done = await doneAddingAt(session, position, text);
    if (done) return done;
    // "im kinda scared" while the goal is built: a kind word and the question again; nothing is kept.
    if (BUILDING_STEPS.has(position.step) && scaredOfTheGoal(text)) return { say: [{ key: T.scaredHeard }], goTo: position };
    // "im really scared": it may be of someone, so it is asked about kindly, never brushed off; nothing is kept.
    if (BUILDING_STEPS.has(position.step) && scaredSaidAlone(text)) return { say: [{ key: T.scaredAlone }], goTo: position };
    if (position.step === Step.outcomeStep) return answerOutcomeStep(session, position, text);
    if (position.step === Step.outcomeAnother) return answerAnother(session, position, text);
    const draft = await session.draft();
    const outcome = draft ? unfinishedOutcome(draft, position.topic, position.data?.outcomeId) : undefined;
    if (!draft || !outcome) return afterOutcome(session, position.topic);
    const data = position.data ?? {};
    const at = (step: At['step'], extra: Record<string, string> = {}): Next => ({
      goTo: { step, ...(position.topic ? { topic: position.topic } : {}), data: { outcomeId: outcome.id, ...(data.link ? { link: '1' } : {}), ...extra } },
    });
    // "I don't want this outcome", "forget it": a kind check, then nothing of it is kept.
    if (data[DROP]) {
      return answerDropCheck({
        session, position, outcome, text,
        answerAt: (back, words) => this.answerAt(session, back, words),
        another: (words) => answerAnother(session, { stage: Stage.outcomes, step: Step.outcomeAnother, ...(position.topic ? { topic: position.topic } : {}) }, words),
        onward: async (say) => afterOutcome(session, position.topic, say),
      });
    }
    const drop = dropAskedAt(position, text);
    if (drop) return drop;
    // "speech therapy", then "every week": how often is added to the help just kept, never an answer of its own.
    // "Jo helps me", then "every friday" at "by when?": never a date, so it is how often Jo helps.
    const often = AFTER_HELP.has(position.step) || position.step === Step.outcomeWhen ? howOftenAlone(text) : null;
    const lastHelp = outcome.provision[outcome.provision.length - 1];
    if (often && lastHelp && !lastHelp.howOften) {
      await session.updateDraft('how often the help is given', (d) => withHowOftenGiven(d, outcome.id, lastHelp.id, often));
      return { say: [{ key: T.provisionKept, vars: { help: quoteOf(`${lastHelp.text}, ${often}`) } }], goTo: position };
    }
    // "u cut off the bit about the instructor": that part was kept as help, and the bot says so instead of asking again.
    const leftOut = partSaidLeftOut(text);
    const keptPart = leftOut ? outcome.provision.find((p) => partIsIn(leftOut, p.text)) : undefined;
    if (keptPart) return { say: [{ key: T.partKept, vars: { help: quoteOf(keptPart.text) } }], goTo: position };
    // "no!! the step is: Leo will ...", "how everyone will know: ..." at another question: that part is set.
    const labelled = position.step === Step.outcomeConfirm ? null : labelledAt(text, position.step);
    if (labelled) return fieldSaid(session, outcome, labelled, position);
    // "i cant get a saturday job im 12 but like doing triple science": the complaint about the example is not kept, the answer is.
    const refused = EXAMPLE_ASKED.has(position.step) ? readExampleRefused(text) : undefined;
    if (refused?.rest) return this.answerAt(session, position, refused.rest);
    if (refused) return { say: [{ key: MakesPossibleAskText.exampleRefused }], goTo: { ...position, data: { ...data, [WITHOUT_EXAMPLE]: '1' } } };
    // "i dont have cousins. i could save for new brakes": the reply to the example is dropped, the answer kept.
    const argued = position.step === Step.outcomeMakesPossible && !data.link ? withoutQueriedExample(text, [makesPossibleExampleShown(draft, outcome, speaksForThem(draft) && Boolean(draft.youngPerson.name), session.t, data[WITHOUT_EXAMPLE] === '1')].filter(Boolean)) : undefined;
    if (argued) return this.answerAt(session, position, argued);
    if (argued === '') return { say: [{ key: MakesPossibleAskText.exampleRefused }], goTo: { ...position, data: { ...data, [WITHOUT_EXAMPLE]: '1' } } };
    // "Sorry, this is same like before question? I dont know. Maybe she can go...": only the answer is kept.
    const own = isBotWords(text, session.words) ? '' : withoutSameQuestionAsked(text.trim());
    // "buster would love it lol. free": kept in their words, without "lol", "idk" or emoji, as every answer is.
    const kept = own && withoutChatterOrEmoji(own);
    // "nothing else", "no not really" at the three questions: nothing is kept, and the next question comes.
    if (own && THREE_QUESTIONS.has(position.step) && readOpenReply(own, session.words).kind === 'no') return this.skip(session, position);
    // "its literally the same thing": the answer given before stands; nothing new is kept, and the next question comes.
    // (At "what would it provide?", "same as before" names the help said before, kept there.)
    // "same as before" for a new outcome points at the earlier outcome's answer, which is copied there.
    // Read once here and handed to the question's own answer, which copies it.
    const doesForMeBefore = position.step === Step.outcomeDoesForMe && kept ? doesForMeSaidBefore(kept, draft, outcome.id) : undefined;
    const copied = !outcome.doesForMe && Boolean(doesForMeBefore);
    if (kept && POINTS_BACK_SKIPS.has(position.step) && onlyPointsBack(kept) && !copied) return this.skip(session, position);
    const step: OutcomeStepAt = { session, position, draft, outcome, data, text, ...(typed !== undefined ? { typed } : {}), own, kept, ...(doesForMeBefore ? { doesForMeBefore } : {}), at, skip: (p) => this.skip(session, p) };
    switch (position.step) {
      case Step.outcomeWhen:
        return answerWhenStep(step, whenSaid);
      case Step.outcomeMeasure:
        // "how would I know that?": answered with an example, and the question asked again; never kept.
        if (asksHowToKnow(text)) return { say: [{ key: notSureKeyFor(Step.outcomeMeasure, speaksForThem(draft), isYoungChild(draft.youngPerson), draft.youngPerson), vars: { name: draft.youngPerson.name ?? '' } }], goTo: position };
        return answerMeasure({
          session, position, draft, outcome, own, text,
          onward: (o) => threeQuestions(o, at),
          // "By when?" is asked at most twice for one outcome: once it was left for the key worker, not again.
          askWhen: () => (data[NO_WHEN] ? threeQuestions(outcome, at) : at(Step.outcomeWhen)),
          // A time said at the measure question is read as "by when?" reads it; then the measure is asked again.
          whenSaid: (words) => answerWhen({
            session, position: { step: Step.outcomeWhen, ...(position.topic ? { topic: position.topic } : {}), data: { outcomeId: outcome.id } }, draft, outcome, text: words,
            dated: (o) => ({ say: [{ key: T.measureDateKept, vars: { when: quoteOf(o.timeframe?.phrase ?? '') } }], goTo: { step: Step.outcomeMeasure, ...(position.topic ? { topic: position.topic } : {}), data: { outcomeId: outcome.id } } }),
            undated: () => this.skip(session, { ...position, stage: Stage.outcomes }),
          }),
        });
      case Step.outcomeDoesForMe:
        return answerDoesForMe(step);
      case Step.outcomeMakesPossible:
        return answerMakesPossible(step);
      case Step.outcomeProvides:
        return answerProvides(step);
      case Step.outcomeConfirm:
        return answerConfirmOrDone(session, position, draft, outcome, text);
      default:
        return { goTo: position };
    }
  }

  /** Missed twice just before the read-back: the date is still asked for, with its buttons only. */
  protected override async afterMisses(session: JourneySession, position: Position, text: string): Promise<Next> {
    // "Which hope next?" missed twice: the first hope listed, said so, rather than "another?" again.
    const first = position.step === Step.outcomeAnother ? firstHopeListed(position) : undefined;
    if (first) return { say: [{ key: T.startWithFirst }], goTo: { step: Step.outcomeStep, topic: first, data: {} } };
    return isDateFirst(position) ? withButtonsOnly(position) : super.afterMisses(session, position, text);
  }

  override async skip(session: JourneySession, position: Position): Promise<Next> {
    if (isDateFirst(position)) return keptWithoutDate((say) => afterOutcome(session, position.topic, say));
    return datedBeforeReadBack(session, await skipFrom(session, position));
  }
}
