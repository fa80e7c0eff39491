import { speaksForThem } from './aboutWhom';
import { MAX_OUTCOMES, MIN_OUTCOMES } from '../src/domain/checks';
import { updateOutcome, type Outcome } from '../src/domain/draft';
import { asksForSupport, detailsIn, isSupportOnly, findTimeframe, hopePointedAt, isTargetDate, themeOfWords, pointsAtHope, provisionItems, quoteOf, tidyMeasure } from '../src/language';
import { readMore } from '../src/language/closedAnswers';
import { DialogId, Stage, Step } from './ids';
import type { Position } from './journey';
import { afterOutcome } from './outcomeAfter';
import { coachContextOf, isBotWords, withProvision } from './outcomeCoach';
import { answerOutcomeConfirm, movedToHope } from './outcomeConfirm';
import { outcomeQuestion } from './outcomeQuestion';
import { answerOutcomeStep } from './outcomeStepAnswer';
import { ANOTHER_CHOICES, FEEDBACK_FOR_CHILD, OutcomeText as T } from './outcomeText';
import { nextHope, unfinishedOutcome } from './outcomeThread';
import { answerWhen } from './outcomeWhen';
import type { Question } from './say';
import type { JourneySession } from './session';
import { StageDialog, type Next } from './stageDialog';
import { isExactChoice, matchChoice } from './understand';

export { OutcomeNotSure, OutcomeText } from './outcomeText';

type At = Omit<Position, 'stage'>;

/**
 * From each hope (with its needs) to 3 to 6 outcomes in the person's own words. The step is tested
 * before it becomes an outcome: support is kept as provision and the bot asks what it would help
 * them do; a vague feeling gets one question that makes it concrete; a life dream or a short target
 * is kept and a step for the next year or two asked for. Then by when, how everyone will know, the
 * three questions, and a read-back to confirm.
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
    return outcomeQuestion(draft, position, session.today);
  }

  protected async answer(session: JourneySession, position: Position, text: string): Promise<Next> {
    const next = await this.answerAt(session, position, text);
    const draft = await session.draft();
    const name = draft?.youngPerson.name ?? '';
    if (!next.say || !speaksForThem(draft) || !name) return next;
    // A parent or carer hears about their child by name, never as "you".
    return { ...next, say: next.say.map((w) => (FEEDBACK_FOR_CHILD[w.key] ? { key: FEEDBACK_FOR_CHILD[w.key]!, vars: { ...w.vars, name } } : w)) };
  }

  private async answerAt(session: JourneySession, position: Position, text: string): Promise<Next> {
    if (position.step === Step.outcomeStep) return answerOutcomeStep(session, position, text);
    if (position.step === Step.outcomeAnother) return this.answerAnother(session, position, text);
    const draft = await session.draft();
    const outcome = draft ? unfinishedOutcome(draft, position.topic, position.data?.outcomeId) : undefined;
    if (!draft || !outcome) return afterOutcome(session, position.topic);
    const data = position.data ?? {};
    const at = (step: At['step'], extra: Record<string, string> = {}): Next => ({
      goTo: { step, ...(position.topic ? { topic: position.topic } : {}), data: { outcomeId: outcome.id, ...(data.link ? { link: '1' } : {}), ...extra } },
    });
    const context = coachContextOf(draft, session.today);
    const own = isBotWords(text, session.words) ? '' : text.trim();
    switch (position.step) {
      case Step.outcomeWhen: {
        // "by christmas, my mum will know cos i wont need her": the measure is said already, and kept.
        const said = outcome.measure ? null : detailsIn(text);
        if (said?.measure) await session.updateDraft('outcome measure', (d) => updateOutcome(d, outcome.id, { measure: said.measure ?? '' }));
        const measured = { ...outcome, ...(said?.measure ? { measure: said.measure } : {}) };
        return answerWhen({
          session, position, draft, outcome: measured, text: said?.measure ? said.rest : text,
          dated: (o) => (data.own ? at(Step.outcomeConfirm, { own: '1' }) : o.measure ? this.threeQuestions(o, at) : at(Step.outcomeMeasure)),
          undated: () => this.skip(session, { ...position, stage: Stage.outcomes, data: { ...(data.own ? { own: data.own } : {}), outcomeId: outcome.id } }),
        });
      }
      case Step.outcomeMeasure: {
        if (!own) return { say: [{ key: T.notUnderstood }], goTo: position, miss: true };
        if (asksForSupport(own) && !data.helpKept) {
          await session.updateDraft('provision offered as a measure', (d) => withProvision(d, outcome.id, [own]));
          return { say: [{ key: T.measureIsHelp, vars: { help: quoteOf(own) } }], goTo: { ...position, data: { ...data, helpKept: '1' } } };
        }
        // "when i can do it on my own by summer": a time said here is the outcome's time too.
        const found = outcome.timeframe ? null : findTimeframe(own, context);
        const timeframe = found && !isTargetDate(found.date, context) ? found : undefined;
        await session.updateDraft('outcome measure', (d) => updateOutcome(d, outcome.id, { measure: tidyMeasure(own), ...(timeframe ? { timeframe } : {}) }));
        return outcome.timeframe || timeframe ? this.threeQuestions(outcome, at) : at(Step.outcomeWhen);
      }
      case Step.outcomeDoesForMe:
        if (own && isSupportOnly(own)) return this.supportKept(session, outcome, own, position, at(outcome.makesPossible && !data.link ? Step.outcomeProvides : Step.outcomeMakesPossible));
        if (own) await session.updateDraft('what it would do for me', (d) => updateOutcome(d, outcome.id, { doesForMe: own }));
        // "so i can see my mates" said with the step already answers what it makes possible.
        return outcome.makesPossible && !data.link ? at(Step.outcomeProvides) : at(Step.outcomeMakesPossible);
      case Step.outcomeMakesPossible: {
        // Asked how it helps with a guessed hope, "it's for my other hope about ..." moves it there.
        const moved = data.link ? await movedToHope(session, draft, outcome, text) : undefined;
        if (moved) return { say: [{ key: T.movedHope, vars: { hope: quoteOf(moved.text) } }], goTo: { step: Step.outcomeMakesPossible, topic: moved.id, data: { outcomeId: outcome.id } } };
        if (own && isSupportOnly(own)) return this.supportKept(session, outcome, own, position, at(Step.outcomeProvides));
        if (own) await session.updateDraft('what it would make possible', (d) => updateOutcome(d, outcome.id, { makesPossible: own }));
        return at(Step.outcomeProvides);
      }
      case Step.outcomeProvides: {
        const items = own ? provisionItems(own).filter((item) => !isBotWords(item, session.words)) : [];
        if (items.length > 0) await session.updateDraft('what it would provide', (d) => withProvision(d, outcome.id, items));
        return at(Step.outcomeConfirm);
      }
      case Step.outcomeConfirm:
        return answerOutcomeConfirm(session, position, draft, outcome, text);
      default:
        return { goTo: position };
    }
  }

  /** "travel training" at "what would it make possible?": kept as help for this outcome, and the question asked again. */
  private async supportKept(session: JourneySession, outcome: Outcome, help: string, position: Position, onward: Next): Promise<Next> {
    await session.updateDraft('provision offered at the three questions', (d) => withProvision(d, outcome.id, provisionItems(help)));
    const kept = [{ key: T.provisionKept, vars: { help: quoteOf(help) } }];
    // Asked again once; support given a second time is kept too, and the question is left for now.
    if (position.data?.helpKept) return { ...onward, say: [...kept, ...(onward.say ?? [])] };
    return { say: kept, goTo: { ...position, data: { ...position.data, helpKept: '1' } } };
  }

  /** The three questions, skipping "what would it do for you" when a feeling already answered it. */
  private threeQuestions(outcome: Outcome, at: (step: At['step']) => Next): Next {
    if (!outcome.doesForMe) return at(Step.outcomeDoesForMe);
    return outcome.makesPossible ? at(Step.outcomeProvides) : at(Step.outcomeMakesPossible);
  }

  private async answerAnother(session: JourneySession, position: Position, text: string): Promise<Next> {
    const draft = await session.draft();
    if (!draft) return {};
    // A tapped button (in either reading mode) is only a choice, never the next step.
    const tapped = isExactChoice(text, ANOTHER_CHOICES, session.words) ? matchChoice(text, ANOTHER_CHOICES, session.words) : undefined;
    // "yes, and one about friends" carries the next step.
    const more = tapped ? undefined : readMore(text);
    const chosen = tapped ?? (more ? undefined : matchChoice(text, ANOTHER_CHOICES, session.words));
    const rest = chosen ? '' : more ? (more.content ?? '') : text.trim();
    const content = rest && !isBotWords(rest, session.words) ? rest : '';
    // Words that are neither yes nor no are the next step itself ("one about friends").
    const answer = chosen ?? more?.answer ?? (content.split(/\s+/).length >= 2 ? 'yes' : undefined);
    if (answer === 'yes') {
      // "ye the bus one" names the hope, not the step: the step question is asked for that hope.
      // Any of their hopes can be named, also one with no need written down yet.
      const pointed = content && pointsAtHope(content) ? hopePointedAt(content, draft.aspirations) : undefined;
      if (content && pointsAtHope(content)) {
        const hope = pointed ?? nextHope(draft);
        return hope ? { goTo: { step: Step.outcomeStep, topic: hope.id, data: {} } } : {};
      }
      const hope = nextHope(draft, content ? themeOfWords(content) : undefined);
      if (!hope) return {};
      const at: Position = { stage: Stage.outcomes, step: Step.outcomeStep, topic: hope.id, data: {} };
      return content ? answerOutcomeStep(session, at, content) : { goTo: at };
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
        if (data.own === '1') return at(Step.outcomeConfirm);
        return outcome?.measure ? at(Step.outcomeDoesForMe) : at(Step.outcomeMeasure);
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
        return afterOutcome(session, position.topic);
    }
  }
}
