import { capitalise } from './nameAnswer';

/**
 * A name put right after the welcome: "My name is not Dawn. My name is Maya", "please call me
 * Maya", "his name is Tunde not Tunday", "im Maya not Dawn", "its Alfie not Alfy". The new name, or undefined. A name
 * said beside "not" must be the one kept now, so "my name is Sam, not Samuel" never renames by chance.
 */
const NAME = "(\\p{L}[\\p{L}'’-]*)";
const WHOSE = "(?:my|his|her|their)\\s+name\\s*(?:is|['’]?s)";
/** "I am", "I'm", "im": the person saying who they are ("I am not Jo. I am Amira"). */
const I_AM = "(?:i\\s*['’]?m|i\\s+am)";
const NOT_THEN_NAME = new RegExp(`(?:\\b${WHOSE}|(?:^|[.,!;]\\s*|\\b(?:no|sorry)[\\s,.!]+)${I_AM})\\s+not\\s+${NAME}[\\s.,!;-]+(?:${WHOSE}|${I_AM}|it\\s*['’]?s|it\\s+is|its)\\s+${NAME}`, 'iu');
const NAME_NOT = new RegExp(`(?:\\b${WHOSE}|^(?:no[\\s,.!]+)?(?:i\\s*['’]?m|i\\s+am|it\\s*['’]?s|it\\s+is))\\s+${NAME}\\s*,?\\s+not\\s+${NAME}\\b`, 'iu');
const CALL_ME = new RegExp(`^(?:(?:no|please|pls|can\\s+you|could\\s+you|just|actually|and)[\\s,.!]+)*call\\s+(?:me|him|her|them)\\s+${NAME}[\\s.!]*(?:please|pls|instead|thanks|thank\\s+you)?[\\s.!]*$`, 'iu');
/** Words that follow "call me" and are never a name ("call me later", "call me names"). */
const NOT_A_NAME = /^(?:names?|later|back|soon|tomorrow|something|anything|that|this|it|what|whatever|stupid|thick|dumb|weird|a|an|the|when|if|please|pls)$/iu;

/** "my name is jade", the whole message, when no name is kept yet (it was skipped, or misread). */
const NAME_IS = new RegExp(`^(?:(?:no|oh|sorry|soz|but|wait|and)[\\s,.!]+)*${WHOSE}\\s+${NAME}[\\s.!]*$`, 'iu');

export function newNameIn(text: string, current: string | undefined): string | undefined {
  if (text.length > 300) return undefined;
  const said = text.trim();
  const same = (a: string, b: string | undefined) => b !== undefined && a.toLowerCase() === b.toLowerCase();
  const notThen = NOT_THEN_NAME.exec(said);
  if (notThen && same(notThen[1]!, current) && !same(notThen[2]!, current)) return capitalise(notThen[2]!);
  const nameNot = NAME_NOT.exec(said);
  if (nameNot && same(nameNot[2]!, current) && !same(nameNot[1]!, current)) return capitalise(nameNot[1]!);
  const callMe = CALL_ME.exec(said);
  if (callMe && !NOT_A_NAME.test(callMe[1]!) && !same(callMe[1]!, current)) return capitalise(callMe[1]!);
  const nameIs = current === undefined ? NAME_IS.exec(said) : null;
  if (nameIs && !NOT_A_NAME.test(nameIs[1]!) && !/^not$/i.test(nameIs[1]!)) return capitalise(nameIs[1]!);
  return undefined;
}

/**
 * What is said beside a name put right, in sentences of its own: "his name is BEN not hes lol. year 4"
 * leaves "year 4", the answer to the open question. Empty when the message was only the correction.
 */
export function besideNameCorrection(text: string, current: string | undefined): string {
  const sentences = text.trim().split(/(?<=[.!?;])\s+/);
  if (sentences.length < 2) return '';
  const rest = sentences.filter((s) => newNameIn(s, current) === undefined);
  if (rest.length === sentences.length) return '';
  return rest.join(' ').trim();
}
