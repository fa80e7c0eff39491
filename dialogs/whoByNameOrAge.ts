import { readYesNo } from '../src/language/closedAnswers';
import type { Volunteered } from '../src/language/volunteered';
import { readWhoByNameOrAge } from '../src/language/whoByNameOrAge';
import type { WhoAnswers } from '../src/domain/draft';
import { YES_NO } from './commands';
import type { Position } from './journey';
import type { Question } from './say';
import { askedWithButtonsOnly } from './stageDialog';
import { understandWho, WelcomeText } from './welcomeText';

/*
 * "finn", "12", "year 7" typed at "Who is chatting with me today?": the young person answering
 * about themselves. An age or year is taken as "me" and kept; a name is checked first ("Are you
 * Finn, chatting about yourself?"), then kept, so neither question is asked again.
 */

/** Position note: the name being checked at "Who is chatting?". */
const NAME_GUESS = 'whoNameGuess';

/** What a message at "Who is chatting?" says: who, and the facts it gives; or a name to check. */
export type WhoRead = { who: WhoAnswers; facts?: Volunteered; data?: Record<string, string> } | { check: string; data: Record<string, string> } | { again: Record<string, string> | undefined } | undefined;

/** The notes without the name being checked. */
function withoutGuess(data: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!data || !(NAME_GUESS in data)) return data;
  const { [NAME_GUESS]: _, ...rest } = data;
  return Object.keys(rest).length ? rest : undefined;
}

/** "Are you Finn, chatting about yourself?" while a name typed at "Who is chatting?" is checked. */
export function whoNameQuestion(position: Position): Question | undefined {
  const name = position.data?.[NAME_GUESS];
  if (!name) return undefined;
  return { step: position.step, words: { key: WelcomeText.whoNameConfirm, vars: { name } }, choices: YES_NO, understand: readYesNo };
}

/**
 * Who is chatting, read from a message that chose no button: the answer to the name check, or a
 * name, an age or a school year typed alone. `chosen` is what the question's own reading found.
 */
export function readWhoAt(position: Position, text: string, chosen: WhoAnswers | undefined): WhoRead {
  const guess = position.data?.[NAME_GUESS];
  const data = withoutGuess(position.data);
  if (guess) {
    // "no im his mum": who they say they are wins over the name check.
    const said = understandWho(text);
    if (said) return { who: said, data };
    const answer = readYesNo(text);
    if (answer === 'yes') return { who: 'self', facts: { name: guess, nameSure: true }, data };
    if (answer === 'no') return { again: data };
  } else if (chosen) {
    return { who: chosen, data };
  }
  const hint = readWhoByNameOrAge(text);
  // After two misses ("hmm", "eh"), a lone word like "qwerty" is one more miss, never a name to check:
  // the buttons-only question would hide the check, and the sensible default must come.
  if (hint?.name && !askedWithButtonsOnly(position)) return { check: hint.name, data: { ...data, [NAME_GUESS]: hint.name } };
  if (hint?.age) return { who: 'self', facts: { nameSure: false, age: hint.age }, data };
  // Neither yes nor no to the check is a miss, counted as any other, so the chat never goes round in a loop.
  return undefined;
}
