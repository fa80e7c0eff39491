import { hopeAskedAbout } from '../src/language/hopeAskedAbout';
import { quoteOf } from '../src/language';
import { readQuestionOnly } from '../src/language/questionOnly';
import { recogniseCommand } from '../src/language/commands';
import { asksKeptWhat } from '../src/language/keptWhat';
import { readExampleRefused } from '../src/language/exampleRefused';
import { asksWhichHope } from '../src/language/whichHopeAsked';
import { asksForAllHopes } from '../src/language/allHopesAsked';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import type { ChatHost } from './chatTalk';
import { speaksForThem } from './aboutWhom';
import { runCommand } from './commands';
import { HopesAskedText } from './hopesAsked';
import { Stage, Step } from './ids';
import { EXAMPLE_ASKED } from './makesPossibleAsk';
import { OWN_WORDS_STEPS } from './ownWordsSteps';
import type { Position } from './journey';
import { WHICH } from './outcomeWhichHope';
import { PuzzledText } from './puzzledTalk';
import { quotedList } from './quotedList';
import { sayAll, type Words } from './say';
import { sessionOf } from './session';

/*
 * A message that only asks the bot something ("Do you mean for next year, or for when I am an
 * adult?", "What have you kept?", "Did you change hope 2?", "Provide for whom?") is answered, and the
 * same question asked again. It is never kept as a hope, a need, a help or a part of an outcome.
 * The safety check has already read the message: a disclosure inside a question is heard before this.
 */

export const QuestionOnlyText = {
  changedYes: 'hopes:asked.changedYes',
  changedNo: 'hopes:asked.changedNo',
  noSuchHope: 'hopes:asked.noSuchHope',
  eitherDream: 'hopes:asked.eitherDream',
  eitherDreamForThem: 'hopes:asked.eitherDreamForThem',
  questionHeard: 'common:puzzled.questionHeard',
} as const;

/** Where an answer is typed in the person's own words: the only places a question could be kept by mistake (by-when and "another?" too). */
const OPEN_STEPS: ReadonlySet<string> = new Set([...OWN_WORDS_STEPS, Step.outcomeWhen, Step.outcomeAnother]);

/**
 * Questions the open question answers itself, in its own words: "is this the mechanic one?" at the
 * needs and outcome questions names the hope being worked on; "where have the others gone?" at a
 * list of hopes shows every hope.
 */
function answeredByTheStep(at: Position, text: string, hopes: readonly { id: string; text: string }[]): boolean {
  if (at.data?.[WHICH] && asksForAllHopes(text)) return true;
  const onAHope = Boolean(at.topic) && (at.stage === Stage.needs || (at.stage === Stage.outcomes && at.step !== Step.outcomeAnother));
  if (onAHope && asksWhichHope(text)) return true;
  // "can we do the lunch one now?" at "another outcome?": it picks the hope to work on next.
  return at.step === Step.outcomeAnother && hopeAskedAbout(text, hopes) !== undefined;
}

/** The turn's result when the message only asks a question; undefined when it holds an answer. */
/**
 * `named`: only questions about the hopes or the question itself, read before the other talk readers
 * (which would keep part of "Do you mean A, or B?"); any other question is read after them all, so
 * their own answers ("who sees this plan?") come first.
 */
export async function answerQuestionOnly(inner: DialogContext, host: ChatHost, text: string, named = false): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  if (!at || !OPEN_STEPS.has(at.step) || answeredByTheStep(at, text, (await session.draft())?.aspirations ?? [])) return undefined;
  const asked = readQuestionOnly(text);
  if (!asked || (named && asked.kind === 'other')) return undefined;
  // "what club?? 😂" where the bot gave an example: a complaint about the example, answered by the question itself.
  if (asked.kind === 'other' && EXAMPLE_ASKED.has(at.step) && readExampleRefused(text)) return undefined;
  // "kept what?? wat did u keep" at an about-me question asks about the answer just kept there, never the hopes.
  if (asked.kind === 'listKept' && at.stage === Stage.aboutMe && asksKeptWhat(text)) return undefined;
  const draft = await session.draft();
  const hopes = draft?.aspirations ?? [];
  switch (asked.kind) {
    case 'listKept': {
      const list: Words = hopes.length ? { key: HopesAskedText.list, vars: { hopes: quotedList(hopes.map((h) => quoteOf(h.text)), 'numbered') } } : { key: HopesAskedText.none };
      await sayAll(inner.context, session.t, [list]);
      return host.reprompt(inner);
    }
    case 'changedHope': {
      const hope = hopes[asked.number - 1];
      // A hope's earlier words are kept when new words replace them: that is how a change is known.
      const said: Words = !hope
        ? { key: QuestionOnlyText.noSuchHope, vars: { number: String(asked.number), count: String(hopes.length) } }
        : { key: hope.earlierWords?.length ? QuestionOnlyText.changedYes : QuestionOnlyText.changedNo, vars: { number: String(asked.number), hope: hope.text } };
      await sayAll(inner.context, session.t, [said]);
      return host.reprompt(inner);
    }
    case 'either': {
      // A parent asks about their child's life, not their own: "for when they are older".
      const dream = speaksForThem(draft) ? QuestionOnlyText.eitherDreamForThem : QuestionOnlyText.eitherDream;
      await sayAll(inner.context, session.t, [{ key: at.stage === 'hopes' ? dream : PuzzledText.either }]);
      return host.reprompt(inner);
    }
    case 'other':
      // "I am confused. Can I see what you have written please?": what is kept so far is shown, as "show my draft" does.
      if (recogniseCommand(text) === 'showDraft') return host.after(inner, await runCommand(inner, session, 'showDraft'));
      await sayAll(inner.context, session.t, [{ key: QuestionOnlyText.questionHeard }]);
      return host.after(inner, await runCommand(inner, session, 'help'));
  }
}
