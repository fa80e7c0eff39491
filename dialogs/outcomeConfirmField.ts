import { updateOutcome, type Draft, type Outcome } from '../src/domain/draft';
import { quoteOf, tidyMeasure } from '../src/language';
import { readFieldEdit, wordsCalledWrong, type FieldEdit } from '../src/language/fieldEdit';
import { measureAndFeeling } from '../src/language/feelingAnswer';
import { keepsTheWording } from '../src/language/keepWording';
import { readNamedEdits } from '../src/language/namedEdit';
import { normaliseMessage } from '../src/language/text';
import { pointedWordsToRemove } from '../src/language/pointedRemoval';
import { withWordsRemoved } from '../src/language/wordsToRemove';
import { Step } from './ids';
import type { Position } from './journey';
import { withProvision } from './outcomeCoach';
import { proposedStatement, yesNoAsConfirm } from './outcomeQuestion';
import { OutcomeText as T } from './outcomeText';
import type { Words } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * At the read-back, a request about one named part of the outcome: the measure ("the how everyone
 * will know bit"), the date, the help or the step. The part named is changed, or its new words are
 * asked for; the asking itself is never kept as the outcome's words.
 */

/** Position data at the read-back: the measure's new words are being asked for. */
export const EDITING_MEASURE = 'editingMeasure';
/** Position data at the read-back: the statement before the person's last rewording, to put back. */
export const BEFORE = 'before';
/** Their own words, kept after being asked once to say it as "I will ...": read back, never asked a third time. */
export const THEIR_WORDS = 'theirWords';

export interface At {
  session: JourneySession;
  position: Position;
  draft: Draft;
  outcome: Outcome;
  text: string;
}

/** The outcome read back again, with what was said first. */
export function readBack(position: Position, outcome: Outcome, extra: Record<string, string>, say: Words[] = []): Next {
  const { [EDITING_MEASURE]: _asked, rewording: _r, sayIt: _s, ...kept } = position.data ?? {};
  return { ...(say.length ? { say } : {}), goTo: { step: Step.outcomeConfirm, ...(position.topic ? { topic: position.topic } : {}), data: { ...kept, outcomeId: outcome.id, ...extra } } };
}

export async function measureSet(at: At, typed: string): Promise<Next> {
  // "how everyone will know should be: Tia goes on the residential": only the words after the part's name.
  const named = readFieldEdit(typed);
  const words = named?.field === 'measure' && named.words ? named.words : typed;
  // "... on my channel. proud is how id feel": the feeling is what it would do for them (kept if still empty), never the measure.
  const split = measureAndFeeling(words);
  const measure = tidyMeasure(split.measure);
  const doesForMe = split.feeling && !at.outcome.doesForMe?.trim() ? { doesForMe: split.feeling } : {};
  // The copy "as typed" belonged to the old measure; the new words are theirs as they are.
  await at.session.updateDraft('measure changed at the read-back', (d) => updateOutcome(d, at.outcome.id, { measure, measureInTheirWords: undefined, confirmed: false, ...doesForMe }));
  return readBack(at.position, at.outcome, {}, [{ key: T.measureChanged, vars: { quote: quoteOf(measure) } }]);
}

/** The answer to "what should how everyone will know say?": the new measure, or the read-back again when they keep it. */
export async function answerMeasureAsked(at: At): Promise<Next> {
  const plain = at.text.trim();
  if (keepsTheWording(plain) || yesNoAsConfirm(plain)) return readBack(at.position, at.outcome, {});
  const edit = readFieldEdit(plain);
  if (edit?.field === 'measure' && edit.words) return measureSet(at, edit.words);
  // "i want to change the measure" said again, or a question: asked once more, nothing kept.
  if (edit || /\?\s*$/.test(plain)) return { goTo: at.position, miss: true };
  return measureSet(at, plain);
}

/** A request about a named part of the outcome at its read-back; undefined when the message names none. */
export async function answerFieldAtConfirm(at: At): Promise<Next | undefined> {
  const { session, position, draft, outcome, text } = at;
  const data = position.data ?? {};
  const written = data.written === '1';
  // "change the alarm help to: I use a phone alarm": the help holding "alarm" gets the new words, in place.
  const named = await namedHelpChanged(at);
  if (named) return named;
  // "why does it say i hate forms, take that out": the words quoted leave the sentence.
  const quoted = pointedWordsToRemove(text);
  const shorter = quoted ? withWordsRemoved(proposedStatement(draft, outcome, written), quoted) : undefined;
  const edit = fieldEditIn(text, outcome);
  if (quoted && shorter) {
    await session.updateDraft('words taken out at the read-back', (d) => updateOutcome(d, outcome.id, { statement: shorter, confirmed: false }));
    // "... and where did the how everyone will know bit go?": every read-back shows the measure.
    return readBack(position, outcome, { written: '1' }, [{ key: T.wordsRemoved, vars: { words: quoteOf(quoted) } }]);
  }
  if (!edit) return undefined;
  switch (edit.field) {
    case 'measure':
      if (edit.words) return measureSet(at, edit.words);
      if (edit.belongsThere) return wordsBelongInMeasure(at);
      if (edit.missing && outcome.measure) return readBack(position, outcome, {});
      return readBack(position, outcome, { [EDITING_MEASURE]: '1' });
    case 'help':
      if (edit.words) {
        await session.updateDraft('help added at the read-back', (d) => withProvision(d, outcome.id, [edit.words ?? '']));
        return readBack(position, outcome, {}, [{ key: T.provisionKept, vars: { help: quoteOf(edit.words) } }]);
      }
      return { goTo: { step: Step.outcomeProvides, ...(position.topic ? { topic: position.topic } : {}), data: { outcomeId: outcome.id, notHelp: '1' } } };
    case 'when':
      // The date has its own readers at the read-back ("only change the time: christmas 2027").
      return undefined;
    case 'step':
    default:
      // "the step is: ..." is their wording, read as any wording is; without words, they are asked for.
      return edit.words ? undefined : readBack(position, outcome, { rewording: '1' });
  }
}

/** The part named, or the part holding words called wrong ("the would of bit is still wrong"). */
function fieldEditIn(text: string, outcome: Outcome): FieldEdit | null {
  const edit = readFieldEdit(text);
  if (edit) return edit;
  const wrong = wordsCalledWrong(text);
  if (!wrong) return null;
  const holds = (words: string | undefined) => Boolean(words && words.toLowerCase().replace(/[’']/g, '').includes(wrong.replace(/[’']/g, '')));
  return holds(outcome.measure) && !holds(outcome.statement) ? { field: 'measure' } : null;
}

/**
 * "that was meant to go in the how everyone will know part. the outcome was fine before": the words
 * last typed become the measure, and the sentence before them is put back.
 */
async function wordsBelongInMeasure(at: At): Promise<Next> {
  const { session, position, outcome } = at;
  const before = position.data?.[BEFORE];
  const typed = outcome.statement.replace(/^(?:by|in|before|within|until|at|around|during|this|next)\b[^,.!?]{2,80},\s*/i, '');
  if (!before) return readBack(position, outcome, { [EDITING_MEASURE]: '1' });
  await session.updateDraft('words moved to the measure at the read-back', (d) => updateOutcome(d, outcome.id, { statement: before, measure: tidyMeasure(typed), measureInTheirWords: undefined, confirmed: false }));
  // Nor is "say it as one thing you will do" still open: those words were never the sentence.
  const { [BEFORE]: _gone, sayIt: _s, rewording: _r, [THEIR_WORDS]: _t, ...rest } = position.data ?? {};
  return { say: [{ key: T.measureChanged, vars: { quote: quoteOf(tidyMeasure(typed)) } }], goTo: { step: Step.outcomeConfirm, ...(position.topic ? { topic: position.topic } : {}), data: { ...rest, outcomeId: outcome.id, written: '1' } } };
}

/** A help of this outcome named by its words and given new words; undefined when none, or several, hold those words. */
async function namedHelpChanged(at: At): Promise<Next | undefined> {
  const edit = readNamedEdits(at.text).find((e) => e.action === 'change' && e.field === 'help' && e.says && e.to);
  if (!edit?.says || !edit.to) return undefined;
  const says = normaliseMessage(edit.says);
  const holding = at.outcome.provision.filter((p) => ` ${normaliseMessage(p.text)} `.includes(` ${says} `));
  if (holding.length !== 1) return undefined;
  const old = holding[0]!;
  const to = edit.to;
  await at.session.updateDraft('help changed at the read-back', (d) => ({
    ...d,
    outcomes: d.outcomes.map((o) => (o.id === at.outcome.id ? { ...o, provision: o.provision.map((p) => (p.id === old.id ? { ...p, text: to } : p)) } : o)),
  }));
  return readBack(at.position, at.outcome, {}, [{ key: T.wordsSwapped, vars: { old: quoteOf(old.text), new: quoteOf(to) } }]);
}
