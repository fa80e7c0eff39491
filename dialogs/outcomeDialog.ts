import { speaksForThem } from './aboutWhom';
import { MAX_OUTCOMES, MIN_OUTCOMES } from '../src/domain/checks';
import { addAspiration, addNeed, startOutcome, updateOutcome, type Draft, type Outcome, type OutcomeStep } from '../src/domain/draft';
import {
  asksForSupport,
  coachStep,
  isSupportOnly,
  detailsIn,
  findTimeframe,
  hopePointedAt,
  pointsAtHope,
  isGoodSentence,
  isTargetDate,
  isVague,
  bestHope,
  keySentence,
  needSection,
  outcomeSentence,
  provisionItems,
  quoteOf,
  saysAFeeling,
  sameHope,
  themeOfWords,
  tidyMeasure,
  withoutChatter,
  withoutPreamble,
} from '../src/language';
import { DialogId, Stage, Step } from './ids';
import type { Position } from './journey';
import { coachContextOf, isBotWords, listOf, withProvision, withSteps } from './outcomeCoach';
import { pfaAreaOf } from '../src/domain/pfaArea';
import { ANOTHER_CHOICES, CONFIRM_CHOICES, FEEDBACK_FOR_CHILD, OutcomeText as T } from './outcomeText';
import { childVoice, outcomeQuestion, proposedStatement, yesNoAsConfirm } from './outcomeQuestion';
import { hopesToWorkOn, needIdsOf, nextHope, unfinishedOutcome } from './outcomeThread';
import { answerWhen, whenQuestionParts } from './outcomeWhen';
import type { Question, Words } from './say';
import type { JourneySession } from './session';
import { StageDialog, type Next } from './stageDialog';
import { isExactChoice, matchChoice } from './understand';
import { readConfirm, readMore } from '../src/language/closedAnswers';

export { OutcomeNotSure, OutcomeText } from './outcomeText';

type At = Omit<Position, 'stage'>;

/** Coaching questions asked at the step before the bot leaves a hope for the key worker. */
const MAX_COACHING = 2;

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
    if (position.step === Step.outcomeStep) return this.answerStep(session, position, text);
    if (position.step === Step.outcomeAnother) return this.answerAnother(session, position, text);
    const draft = await session.draft();
    const outcome = draft ? unfinishedOutcome(draft, position.topic, position.data?.outcomeId) : undefined;
    if (!draft || !outcome) return this.afterOutcome(session, position.topic);
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
          undated: () => this.skip(session, { ...position, stage: this.stage, data: { ...(data.own ? { own: data.own } : {}), outcomeId: outcome.id } }),
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
        if (own) await session.updateDraft('what it would do for me', (d) => updateOutcome(d, outcome.id, { doesForMe: own }));
        // "so i can see my mates" said with the step already answers what it makes possible.
        return outcome.makesPossible && !data.link ? at(Step.outcomeProvides) : at(Step.outcomeMakesPossible);
      case Step.outcomeMakesPossible:
        if (own) await session.updateDraft('what it would make possible', (d) => updateOutcome(d, outcome.id, { makesPossible: own }));
        return at(Step.outcomeProvides);
      case Step.outcomeProvides: {
        const items = own ? provisionItems(own).filter((item) => !isBotWords(item, session.words)) : [];
        if (items.length > 0) await session.updateDraft('what it would provide', (d) => withProvision(d, outcome.id, items));
        return at(Step.outcomeConfirm);
      }
      case Step.outcomeConfirm:
        return this.answerConfirm(session, position, draft, outcome, text);
      default:
        return { goTo: position };
    }
  }

  /** The three questions, skipping "what would it do for you" when a feeling already answered it. */
  private threeQuestions(outcome: Outcome, at: (step: At['step']) => Next): Next {
    if (!outcome.doesForMe) return at(Step.outcomeDoesForMe);
    return outcome.makesPossible ? at(Step.outcomeProvides) : at(Step.outcomeMakesPossible);
  }

  private async answerStep(session: JourneySession, position: Position, text: string): Promise<Next> {
    const draft = await session.draft();
    const current = draft?.aspirations.find((a) => a.id === position.topic) ?? (draft ? nextHope(draft) : undefined);
    if (!draft || !current) return {};
    const data = position.data ?? {};
    if (isBotWords(text, session.words)) return { goTo: { step: Step.outcomeStep, topic: current.id, data } };
    // "can we do the driving one" asks to work on another hope: its step question is asked instead.
    const named = pointsAtHope(text) ? hopePointedAt(text, draft.aspirations) : undefined;
    if (named && named.id !== current.id) return { goTo: { step: Step.outcomeStep, topic: named.id, data: {} } };
    // "what about the bus one? can we do that" about this very hope asks for it; it is no step, so the question is asked again.
    if (named && named.id === current.id) return { goTo: { step: Step.outcomeStep, topic: current.id, data } };
    const context = coachContextOf(draft, session.today);
    // How everyone will know, and what it makes possible, when said with the step, are kept and not asked again.
    // "um", "the vet one.", "can you do that in year 7" are talk, not the step (nor its timeframe).
    const details = detailsIn(withoutChatter(text));
    const coached = coachStep(details.rest, context);
    const tries = Number(data.tries ?? '0');
    const again = (coach: string, extra: Record<string, string> = {}): At => ({
      step: Step.outcomeStep,
      topic: current.id,
      data: { ...data, coach, tries: String(tries + 1), quote: quoteOf(text), ...extra },
    });
    const pendingHelp = listOf<string>(data, 'pending');
    const pendingSteps = listOf<OutcomeStep>(data, 'steps');
    const leave = async (): Promise<Next> => {
      const left = await this.afterOutcome(session, current.id, [{ key: T.leaveForNow }]);
      return left;
    };
    switch (coached.action) {
      case 'provision':
        // Support is what helps, never the outcome: kept until the outcome exists, then what it would help them do.
        if (tries >= MAX_COACHING + 1) return leave();
        return {
          say: [{ key: T.provisionKept, vars: { help: quoteOf(text) } }],
          goTo: again('provision', { pending: JSON.stringify([...pendingHelp, text.trim()]) }),
        };
      case 'barrier': {
        // What makes it hard is a need of this hope, never an outcome: kept, and a step asked for.
        if (tries >= MAX_COACHING) return leave();
        const known = draft.needs.some((n) => sameHope(n.text, text));
        if (!known) await session.updateDraft('need given as a step', (d) => addNeed(d, text.trim(), [current.id], needSection(text)).draft);
        return { say: [{ key: T.needKept, vars: { quote: quoteOf(text) } }], goTo: again('need') };
      }
      case 'vague':
        if (tries >= MAX_COACHING) return leave();
        // "be happy" answers what it would do for them; "play" or "whatever" does not.
        return {
          say: tries === 0 ? [{ key: T.vague }] : [],
          goTo: again(tries === 0 ? 'vague' : 'sayIt', data.feeling || !saysAFeeling(text) ? {} : { feeling: text.trim() }),
        };
      case 'aspiration': {
        if (tries >= MAX_COACHING) return leave();
        // A dream given at the step is kept with the hopes (once), and a first step towards it asked for.
        const known = draft.aspirations.some((a) => sameHope(a.text, coached.step));
        if (!known) await session.updateDraft('hope given as a step', (d) => addAspiration(d, coached.step, themeOfWords(coached.step) ?? current.theme).draft);
        return { say: [{ key: T.tooBig }], goTo: again(tries === 0 ? 'tooBig' : 'sayIt') };
      }
      case 'target': {
        if (tries >= MAX_COACHING) return leave();
        const step: OutcomeStep = { text: coached.support ? coached.step : keySentence(text), timeframe: coached.timeframe };
        return { say: [{ key: T.target, vars: { quote: quoteOf(text) } }], goTo: again('target', { steps: JSON.stringify([...pendingSteps, step]) }) };
      }
      default:
        break;
    }
    const same = draft.outcomes.find((o) => sameHope(o.statement, coached.step));
    if (same) {
      if (tries >= MAX_COACHING) return leave();
      return { say: [{ key: T.sameAsBefore, vars: { quote: quoteOf(same.statement) } }], goTo: again('same') };
    }
    // The golden thread in meaning: a step that fits another hope better goes there; otherwise ask how it helps.
    const needsOf = (id: string) => draft.needs.filter((n) => n.aspirationIds.includes(id)).map((n) => n.text);
    const fit = bestHope(coached.step, current, hopesToWorkOn(draft), needsOf);
    const hope = fit.hope;
    // "... so i can learn how to fix cars": the person has said how it helps, so it is not asked.
    const link = !fit.linked && !details.purpose;
    const say: Words[] = hope.id === current.id ? [] : [{ key: T.movedHope, vars: { hope: quoteOf(hope.text) } }];
    // Their own words, without a lead-in ("ok here goes.") that says nothing about the step.
    const wholeAnswer = withoutPreamble(text.trim());
    let outcomeId = '';
    await session.updateDraft('outcome step', (d) => {
      const theme = hope.theme ?? themeOfWords(coached.step);
      const started = startOutcome(d, { statement: coached.step, aspirationId: hope.id, needIds: needIdsOf(d, hope.id), theme });
      outcomeId = started.outcome.id;
      const pfaArea = pfaAreaOf(d.youngPerson, theme, coached.step);
      let next = updateOutcome(started.draft, outcomeId, {
        ...(coached.timeframe ? { timeframe: coached.timeframe } : {}),
        ...(data.feeling || details.reason ? { doesForMe: data.feeling ?? details.reason ?? '' } : {}),
        ...(details.measure ? { measure: details.measure } : {}),
        ...(details.purpose ? { makesPossible: details.purpose } : {}),
        ...(pfaArea ? { pfaArea } : {}),
        ...(wholeAnswer !== coached.step ? { inTheirWords: wholeAnswer } : {}),
      });
      next = withProvision(next, outcomeId, [...pendingHelp, ...(coached.support ? [coached.support] : [])]);
      return withSteps(next, outcomeId, pendingSteps);
    });
    const goTo = (step: At['step']): At => ({ step, topic: hope.id, data: { outcomeId, ...(link ? { link: '1' } : {}) } });
    if (!coached.timeframe) return { say, goTo: goTo(Step.outcomeWhen) };
    if (!details.measure) return { say, goTo: goTo(Step.outcomeMeasure) };
    const feeling = data.feeling ?? details.reason;
    return { say, goTo: goTo(feeling ? (details.purpose && !link ? Step.outcomeProvides : Step.outcomeMakesPossible) : Step.outcomeDoesForMe) };
  }

  private async answerConfirm(session: JourneySession, position: Position, draft: Draft, outcome: Outcome, text: string): Promise<Next> {
    const data = position.data ?? {};
    const topic = position.topic;
    const here = (extra: Record<string, string>): Next => ({ goTo: { step: Step.outcomeConfirm, ...(topic ? { topic } : {}), data: { outcomeId: outcome.id, ...extra } } });
    const asking = data.rewording || data.sayIt;
    // While rewording, a bare yes still means the read-back is right; anything longer is their wording.
    const read = asking ? undefined : readConfirm(text);
    const choice = asking
      ? yesNoAsConfirm(text)
      : (matchChoice(text, CONFIRM_CHOICES, session.words) ?? (read?.answer === 'change' && read.content ? undefined : read?.answer) ?? yesNoAsConfirm(text));
    // "change it to: ..." and "no, by July I will ...": the new words are theirs, without the asking.
    if (read?.answer === 'change' && read.content) text = read.content;
    text = withoutChatter(text);
    const readBack = proposedStatement(draft, outcome, data.written === '1' && !asking);
    if (choice === 'yes' && isGoodSentence(readBack)) {
      await session.updateDraft('outcome confirmed', (d) => updateOutcome(d, outcome.id, { statement: readBack, confirmed: true }));
      return this.afterOutcome(session, topic, [{ key: T.confirmed }]);
    }
    // Already asked for their own words: a bare yes or no again is a miss, so the question is not asked a third time.
    if (choice === 'change' || choice === 'yes') return { ...here({ rewording: '1' }), ...(asking ? { miss: true } : {}) };
    if (isBotWords(text, session.words)) return { goTo: position };
    // A measure said with the new wording is kept in its own field, never in the sentence.
    const said = detailsIn(text);
    if (said.measure && !outcome.measure) await session.updateDraft('outcome measure', (d) => updateOutcome(d, outcome.id, { measure: said.measure ?? '' }));
    text = said.measure ? said.rest : text;
    if (isSupportOnly(text)) {
      await session.updateDraft('provision offered as wording', (d) => withProvision(d, outcome.id, [text.trim()]));
      return { say: [{ key: T.provisionKept, vars: { help: quoteOf(text) } }], ...here({ rewording: '1' }) };
    }
    if (isVague(text) && !data.sayIt) return here({ sayIt: '1' });
    // Their own wording: read for a timeframe, then made into one sentence in their words.
    const context = coachContextOf(draft, session.today);
    const found = findTimeframe(text, context);
    const timeframe = found && !isTargetDate(found.date, context) ? found : outcome.timeframe;
    const statement = isGoodSentence(text) && found ? text.trim().replace(/([^.!?])$/, '$1.') : outcomeSentence({ step: text, timeframe, ...childVoice(draft) });
    await session.updateDraft('outcome in own words', (d) => updateOutcome(d, outcome.id, { statement: text.trim(), ...(timeframe ? { timeframe } : {}), confirmed: false }));
    if (!timeframe) return { goTo: { step: Step.outcomeWhen, ...(topic ? { topic } : {}), data: { outcomeId: outcome.id, own: '1' } } };
    if (!isGoodSentence(statement)) return here({ sayIt: '1' });
    // Every rewrite is read back for a yes: the sentence is built from their words, and may have dropped some.
    await session.updateDraft('outcome in own words', (d) => updateOutcome(d, outcome.id, { statement, confirmed: false }));
    return here({ written: '1' });
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
      const at: Position = { stage: this.stage, step: Step.outcomeStep, topic: hope.id, data: {} };
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
        return this.afterOutcome(session, position.topic);
    }
  }
}
