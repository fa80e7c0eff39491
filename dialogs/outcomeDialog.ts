import { speaksForThem } from './aboutWhom';
import { MAX_OUTCOMES, MIN_OUTCOMES } from '../src/domain/checks';
import { addProvision, startOutcome, updateOutcome, type Draft, type Outcome, type OutcomePatch } from '../src/domain/draft';
import { findTimeframe } from '../src/language';
import { DialogId, Stage, Step } from './ids';
import type { Position } from './journey';
import { isProvisionAnswer, provisionItems, provisionPart, readStepAnswer, themeOf, yesWithContent } from './outcomeLanguage';
import { ANOTHER_CHOICES, CONFIRM_CHOICES, OutcomeText as T } from './outcomeText';
import { hopesToWorkOn, needIdsOf, nextHope, pendingProvision, unfinishedOutcome } from './outcomeThread';
import { timeContextOf, timeframeOfChoice, whenChoices } from './outcomeTimeframes';
import { tidyStatement } from './outcomeWording';
import type { Question, Words } from './say';
import type { JourneySession } from './session';
import { StageDialog, type Next } from './stageDialog';
import { matchChoice } from './understand';
import { understandConfirm, understandMore } from './closedReplies';
import { readConfirm, readMore } from '../src/language/closedAnswers';

export { OutcomeNotSure, OutcomeText } from './outcomeText';

type At = Omit<Position, 'stage'>;

/**
 * From each hope (with its needs) to 3 to 6 outcomes in the person's own words: a step for the
 * next year or two, how everyone will know, by when, the three questions, then a tidied read-back
 * to confirm. Support offered as an answer is kept as provision, never as an outcome.
 */
export class OutcomeDialog extends StageDialog {
  readonly stage = Stage.outcomes;

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
    const name = draft?.youngPerson.name ?? '';
    const child = speaksForThem(draft) && name !== '';
    const pick = (self: string, forChild: string) => (child ? forChild : self);
    const hope = draft?.aspirations.find((a) => a.id === position.topic)?.text ?? '';
    const ask = (key: string, extra: Partial<Question> = {}): Question => ({
      step: position.step,
      ...(position.topic ? { topic: position.topic } : {}),
      words: { key, vars: { name, hope } },
      ...extra,
    });
    const data = position.data ?? {};
    switch (position.step) {
      case Step.outcomeMeasure:
        return ask(pick(T.measureQuestion, T.measureQuestionChild));
      case Step.outcomeWhen:
        return ask(pick(T.whenQuestion, T.whenQuestionChild), { choices: whenChoices(draft, timeContextOf(draft, session.today)) });
      case Step.outcomeDoesForMe:
        return ask(pick(T.doesForMeQuestion, T.doesForMeQuestionChild));
      case Step.outcomeMakesPossible:
        return ask(pick(T.makesPossibleQuestion, T.makesPossibleQuestionChild));
      case Step.outcomeProvides:
        return ask(pick(T.providesQuestion, T.providesQuestionChild));
      case Step.outcomeConfirm: {
        const outcome = draft?.outcomes.find((o) => o.id === data.outcomeId);
        if (data.rewording || !outcome || !draft) return ask(T.confirmReword);
        const statement = proposedStatement(draft, outcome, data.own === '1');
        return { ...ask('', { choices: CONFIRM_CHOICES, understand: understandConfirm }), words: { key: pick(T.confirmQuestion, T.confirmQuestionChild), vars: { name, statement } } };
      }
      case Step.outcomeAnother:
        return ask(data.encouraged ? pick(T.anotherEncourage, T.anotherEncourageChild) : pick(T.anotherQuestion, T.anotherQuestionChild), { choices: ANOTHER_CHOICES, understand: understandMore });
      case Step.outcomeStep:
      default:
        if (data.coach === 'provision') return ask(pick(T.stepAfterProvision, T.stepAfterProvisionChild));
        if (data.coach === 'tooBig') return ask(pick(T.stepSmaller, T.stepSmallerChild));
        return ask(pick(T.stepQuestion, T.stepQuestionChild));
    }
  }

  protected async answer(session: JourneySession, position: Position, text: string): Promise<Next> {
    const draft = await session.draft();
    const outcome = draft ? unfinishedOutcome(draft, position.topic, position.data?.outcomeId) : undefined;
    if (position.step === Step.outcomeStep) return this.answerStep(session, position, text);
    if (position.step === Step.outcomeAnother) return this.answerAnother(session, position, text);
    if (!draft || !outcome) return this.afterOutcome(session, position.topic);
    const at = (step: At['step'], data: Record<string, string> = {}): Next => ({
      goTo: { step, ...(position.topic ? { topic: position.topic } : {}), data: { outcomeId: outcome.id, ...data } },
    });
    const context = timeContextOf(draft, session.today);
    switch (position.step) {
      case Step.outcomeMeasure: {
        const timeframe = outcome.timeframe ?? findTimeframe(text, context);
        await session.updateDraft('outcome measure', (d) => updateOutcome(d, outcome.id, { measure: text, timeframe }));
        return timeframe ? at(Step.outcomeDoesForMe) : at(Step.outcomeWhen);
      }
      case Step.outcomeWhen: {
        const chosen = matchChoice(text, whenChoices(draft, context), session.words);
        // The question is "by when?": a bare "summer" means "by summer".
        const timeframe = chosen ? timeframeOfChoice(chosen, context, session.t) : (findTimeframe(text, context) ?? findTimeframe(`by ${text.trim()}`, context));
        if (!timeframe) return { say: [{ key: T.whenNotUnderstood }], goTo: position, miss: true };
        await session.updateDraft('outcome timeframe', (d) => updateOutcome(d, outcome.id, { timeframe }));
        return position.data?.own === '1' ? at(Step.outcomeConfirm, { own: '1' }) : at(Step.outcomeDoesForMe);
      }
      case Step.outcomeDoesForMe:
        await session.updateDraft('what it would do for me', (d) => updateOutcome(d, outcome.id, { doesForMe: text }));
        return at(Step.outcomeMakesPossible);
      case Step.outcomeMakesPossible:
        await session.updateDraft('what it would make possible', (d) => updateOutcome(d, outcome.id, { makesPossible: text }));
        return at(Step.outcomeProvides);
      case Step.outcomeProvides: {
        const items = provisionItems(text);
        if (items.length > 0) await session.updateDraft('what it would provide', (d) => withProvision(d, outcome.id, items));
        return at(Step.outcomeConfirm);
      }
      case Step.outcomeConfirm:
        return this.answerConfirm(session, position, draft, outcome, text);
      default:
        return { goTo: position };
    }
  }

  private async answerStep(session: JourneySession, position: Position, text: string): Promise<Next> {
    const draft = await session.draft();
    const hope = draft?.aspirations.find((a) => a.id === position.topic) ?? (draft ? nextHope(draft) : undefined);
    if (!draft || !hope) return {};
    const data = position.data ?? {};
    const topic = hope.id;
    // A step asked after "another" always starts a new outcome, even if an earlier one was left unconfirmed.
    const building = data.fresh && !data.outcomeId ? undefined : unfinishedOutcome(draft, topic, data.outcomeId);
    if (isProvisionAnswer(text)) {
      // Support is what helps, never the outcome: keep it, then ask what it would help them do.
      if (building) await session.updateDraft('provision offered as a step', (d) => withProvision(d, building.id, [text]));
      const pending = building ? [] : [...pendingProvision(data), text];
      const keep = { ...data, coach: 'provision', ...(building ? { outcomeId: building.id } : {}), ...(pending.length ? { pending: JSON.stringify(pending) } : {}) };
      return { say: [{ key: T.provisionKept, vars: { help: text } }], goTo: { step: Step.outcomeStep, topic, data: keep } };
    }
    const reading = readStepAnswer(text, timeContextOf(draft, session.today));
    // A hope too big for one or two years gets one nudge towards a first step; the second answer is theirs.
    if (reading.tooBig && data.coach !== 'tooBig') {
      const keep = { ...data, coach: 'tooBig' };
      return { say: [{ key: T.tooBig }], goTo: { step: Step.outcomeStep, topic, data: keep } };
    }
    let outcomeId = building?.id ?? '';
    const patch: OutcomePatch = { statement: text, ...(reading.timeframe ? { timeframe: reading.timeframe } : {}) };
    await session.updateDraft('outcome step', (d) => {
      let next = d;
      if (building) next = updateOutcome(next, building.id, patch);
      else {
        const started = startOutcome(next, { statement: text, aspirationId: topic, needIds: needIdsOf(next, topic), theme: hope.theme ?? reading.theme });
        outcomeId = started.outcome.id;
        next = updateOutcome(started.draft, outcomeId, patch);
      }
      return withProvision(next, outcomeId, pendingProvision(data));
    });
    const goTo = (step: At['step']): At => ({ step, topic, data: { outcomeId } });
    if (reading.vague) return { say: [{ key: T.goodStart }], goTo: goTo(Step.outcomeMeasure) };
    if (!reading.timeframe) return { goTo: goTo(Step.outcomeWhen) };
    return { goTo: goTo(Step.outcomeDoesForMe) };
  }

  private async answerConfirm(session: JourneySession, position: Position, draft: Draft, outcome: Outcome, text: string): Promise<Next> {
    const data = position.data ?? {};
    const topic = position.topic;
    // While rewording, a bare yes still means the read-back is right; anything longer is their wording.
    const read = readConfirm(text);
    const choice = data.rewording ? yesNoAsConfirm(text) : (matchChoice(text, CONFIRM_CHOICES, session.words) ?? (read?.answer === 'change' && read.content ? undefined : read?.answer));
    // "change it to: ..." and "no, by July I will ...": the new words are theirs, without the asking.
    if (!data.rewording && read?.answer === 'change' && read.content) text = read.content;
    if (choice === 'yes') {
      const statement = proposedStatement(draft, outcome, data.own === '1');
      await session.updateDraft('outcome confirmed', (d) => updateOutcome(d, outcome.id, { statement, confirmed: true }));
      return this.afterOutcome(session, topic, [{ key: T.confirmed }]);
    }
    if (choice === 'change') return { goTo: { step: Step.outcomeConfirm, ...(topic ? { topic } : {}), data: { ...data, outcomeId: outcome.id, rewording: '1' } } };
    if (isProvisionAnswer(text)) {
      await session.updateDraft('provision offered as wording', (d) => withProvision(d, outcome.id, [text]));
      const { rewording: _rewording, ...rest } = data;
      return { say: [{ key: T.provisionKept, vars: { help: text } }], goTo: { step: Step.outcomeConfirm, ...(topic ? { topic } : {}), data: rest } };
    }
    // Their own wording: stored as typed; only a timeframe it lost is asked for again.
    const timeframe = findTimeframe(text, timeContextOf(draft, session.today));
    if (timeframe) {
      await session.updateDraft('outcome in own words', (d) => updateOutcome(d, outcome.id, { statement: text, timeframe, confirmed: true }));
      return this.afterOutcome(session, topic, [{ key: T.confirmed }]);
    }
    await session.updateDraft('outcome in own words', (d) => updateOutcome(d, outcome.id, { statement: text, confirmed: false }));
    const next = outcome.timeframe ? Step.outcomeConfirm : Step.outcomeWhen;
    return { goTo: { step: next, ...(topic ? { topic } : {}), data: { outcomeId: outcome.id, own: '1' } } };
  }

  /** After an outcome: offer another until there are six. */
  private async afterOutcome(session: JourneySession, topic: string | undefined, say: Words[] = []): Promise<Next> {
    const draft = await session.draft();
    if (!draft || draft.outcomes.length >= MAX_OUTCOMES) return { say: [...say, { key: T.maxReached }] };
    const about = topic ?? draft.outcomes.at(-1)?.aspirationId ?? hopesToWorkOn(draft)[0]?.id;
    return { say, goTo: { step: Step.outcomeAnother, ...(about ? { topic: about } : {}) } };
  }

  private async answerAnother(session: JourneySession, position: Position, text: string): Promise<Next> {
    const draft = await session.draft();
    if (!draft) return {};
    // "yes, and one about friends" carries the next step; words that are neither yes nor no are the next step itself.
    const more = readMore(text);
    const chosen = more ? undefined : matchChoice(text, ANOTHER_CHOICES, session.words);
    const answer = chosen ?? more?.answer;
    const content = more?.content ?? '';
    if (answer === 'yes') {
      const hope = nextHope(draft, content ? themeOf(content) : undefined);
      if (!hope) return {};
      const at: Position = { stage: this.stage, step: Step.outcomeStep, topic: hope.id, data: { fresh: '1' } };
      return content ? this.answerStep(session, at, content) : { goTo: at };
    }
    if (answer === 'no') {
      if (draft.outcomes.length < MIN_OUTCOMES && !position.data?.encouraged) {
        return { goTo: { ...position, data: { encouraged: '1' } } };
      }
      return { say: [{ key: T.finished }] };
    }
    return { say: [{ key: T.notUnderstood }], goTo: position, miss: true };
  }

  /** "Skip" moves on without storing: to the next part of this outcome, or on from the outcomes. */
  override async skip(session: JourneySession, position: Position): Promise<Next> {
    const data = position.data ?? {};
    const draft = await session.draft();
    const outcome = draft ? unfinishedOutcome(draft, position.topic, data.outcomeId) : undefined;
    const at = (step: At['step']): Next => ({ goTo: { step, ...(position.topic ? { topic: position.topic } : {}), ...(outcome ? { data: { outcomeId: outcome.id } } : {}) } });
    switch (position.step) {
      case Step.outcomeMeasure:
        return outcome?.timeframe ? at(Step.outcomeDoesForMe) : at(Step.outcomeWhen);
      case Step.outcomeWhen:
        return data.own === '1' ? at(Step.outcomeConfirm) : at(Step.outcomeDoesForMe);
      case Step.outcomeDoesForMe:
        return at(Step.outcomeMakesPossible);
      case Step.outcomeMakesPossible:
        return at(Step.outcomeProvides);
      case Step.outcomeProvides:
        return at(Step.outcomeConfirm);
      case Step.outcomeAnother:
        return { say: [{ key: T.finished }] };
      case Step.outcomeStep:
      case Step.outcomeConfirm:
      default:
        return this.afterOutcome(session, position.topic);
    }
  }
}

function withProvision(draft: Draft, outcomeId: string, texts: readonly string[]): Draft {
  return texts.reduce((d, text) => addProvision(d, outcomeId, text, provisionPart(text)).draft, draft);
}

function yesNoAsConfirm(text: string): 'yes' | 'change' | undefined {
  const { answer, rest } = yesWithContent(text);
  if (answer === 'yes' && !rest) return 'yes';
  if (answer === 'no' && !rest) return 'change';
  return undefined;
}

/** The read-back: the person's own step (or own wording), tidied, with their timeframe and measure. */
export function proposedStatement(draft: Draft, outcome: Outcome, ownWording: boolean): string {
  const child = speaksForThem(draft);
  return tidyStatement({
    step: outcome.statement,
    timeframe: outcome.timeframe,
    ...(ownWording || !outcome.measure ? {} : { measure: outcome.measure }),
    ...(child ? { childName: draft.youngPerson.name ?? '' } : {}),
  });
}
