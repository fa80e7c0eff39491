import { ActivityTypes, InputHints, type Activity, type Attachment, type TurnContext } from 'botbuilder';
import type { ReadingMode } from '../src/domain/readingMode';
import { asksBotForEasierWords, namesEasyRead, statesReadingTrouble, type GlobalCommand } from '../src/language';
import type { Translate } from '../src/i18n';
import { symbolFor, type QuestionSymbol } from '../src/i18n/symbols';
import { escapeMarkdownVars } from '../src/security/escape';
import { STAGE_ORDER, type StageId, type StepId } from './ids';

/** A content key and the values for its placeholders. */
export interface Words {
  key: string;
  vars?: Record<string, string | number>;
}

export interface Choice {
  /** What the answer means, whatever the wording. */
  value: string;
  /** Content key of the button label. */
  labelKey: string;
  /** Other everyday ways of typing this answer ("me" for "Me, about myself"). */
  synonyms?: readonly string[];
  /** The person's own words shown on the button instead of `labelKey`'s (one of their hopes). */
  label?: string;
}

/** One question that waits for an answer. */
export interface Question {
  step: StepId;
  topic?: string;
  words: Words;
  choices?: readonly Choice[];
  /**
   * What a typed reply means among the choices, by meaning ("yeah fine", "nah", "i am his mother"):
   * the value of a choice, or undefined. Used before the global commands, so only a reply that
   * clearly answers the question is taken as its answer.
   */
  understand?: (text: string) => string | undefined;
  /**
   * Whether a reply that sounds like a global command is this question's answer instead, so the
   * command is not run (at "how can people help?", "use simple words" is an answer).
   */
  answersCommand?: (command: GlobalCommand, text: string) => boolean;
  /**
   * Whether this question reads a refusal of an outcome for a hope itself ("skip the dinosaurs one"
   * at "which hope next?" turns that hope down), so the shared reading never makes it "skip".
   */
  readsRefusals?: boolean;
  /** Cards sent with the question (the review summary), already in the person's reading mode. */
  attachments?: readonly Attachment[];
}

/**
 * Asked how people can help, "use simple words" is the answer; "easy read" by name, or easier words
 * asked of the bot ("can u make it easy", "shorter please"), switches there too.
 */
export const simpleWordsAreAnAnswer = (command: GlobalCommand, text: string): boolean => command === 'easyRead' && !namesEasyRead(text) && !asksBotForEasierWords(text);

/** Asked what makes something hard, "long words are hard" is the answer; a request to the bot still switches. */
export const readingTroubleIsAnAnswer = (command: GlobalCommand, text: string): boolean => command === 'easyRead' && statesReadingTrouble(text);

export interface OutcomesChannelData {
  step: StepId;
  topic?: string;
  progress: { stage: number; of: number };
  mode: ReadingMode;
  /** Easy-read only: the picture shown beside the question (docs/CHANNEL_DATA.md). */
  symbol?: QuestionSymbol;
}

export function progressOf(stage: StageId): { stage: number; of: number } {
  return { stage: STAGE_ORDER.indexOf(stage) + 1, of: STAGE_ORDER.length };
}

/** The activity for a question: the only kind of message that carries `step`, choices and `expectingInput`. */
export function questionActivity(
  question: Question,
  t: Translate,
  context: { mode: ReadingMode; stage: StageId },
): Partial<Activity> {
  const { text, speak } = wordsOf(question.words, t);
  const outcomes: OutcomesChannelData = {
    step: question.step,
    ...(question.topic ? { topic: question.topic } : {}),
    progress: progressOf(context.stage),
    mode: context.mode,
  };
  const symbol = context.mode === 'easy_read' ? symbolFor(question.step, context.mode) : undefined;
  if (symbol) outcomes.symbol = symbol;
  return {
    type: ActivityTypes.Message,
    text,
    speak,
    inputHint: InputHints.ExpectingInput,
    ...(question.choices?.length
      ? {
          suggestedActions: {
            to: [],
            actions: question.choices.map((choice) => {
              const label = choice.label ?? t(choice.labelKey);
              return { type: 'imBack', title: label, value: label };
            }),
          },
        }
      : {}),
    ...(question.attachments?.length ? { attachments: [...question.attachments] } : {}),
    channelData: { outcomes },
  };
}

/** A message that does not wait for an answer: feedback, help, read-backs. */
export function statementActivity(words: Words, t: Translate): Partial<Activity> {
  const { text, speak } = wordsOf(words, t);
  return { type: ActivityTypes.Message, text, speak, inputHint: InputHints.IgnoringInput };
}

/**
 * The shown text escapes the person's own words (Web Chat renders Markdown, so "<img ...>" or
 * "[x](javascript:...)" typed by someone must come back as words); the spoken text keeps them as typed.
 */
function wordsOf(words: Words, t: Translate): { text: string; speak: string } {
  return { text: t(words.key, escapeMarkdownVars(words.vars)), speak: t(words.key, words.vars) };
}

export async function sayAll(context: TurnContext, t: Translate, words: readonly Words[]): Promise<void> {
  if (words.length === 0) return;
  await context.sendActivities(words.map((w) => statementActivity(w, t)));
}
