import { foldCase } from './text';
import { readPolarity } from './polarity';

/*
 * "ok yeah. but wheres the theory test bit gone" at a read-back: a yes, then "but" and a complaint
 * that a part is missing. That is no yes: the part named is put back, or they are asked what to put.
 */

const PART = String.raw`(?:(?:the|my|that|this|his|her|their)\s+)?([a-z][a-z' -]{1,40}?)(?:\s+(?:bit|part|words?|thing))?`;
/** "wheres the theory test bit gone", "where did the theory test go", "wheres my theory test". */
const WHERE = new RegExp(String.raw`^where\s*(?:'?s|is|has|have|did|d|does)?\s+${PART}(?:\s+(?:gone|go|went|disappeared))?\s*\?*$`);
/** "you missed out the theory test", "you left the theory test out", "you forgot the theory test". */
const LEFT_OUT = new RegExp(String.raw`^(?:(?:you|u|it|you've|youve|u've|uve)\s+)?(?:missed|left|took|dropped|cut|forgot|forgotten|lost)\s+(?:out\s+|off\s+)?${PART}(?:\s+(?:out|off))?\s*$`);
/** "the theory test bit is missing", "the theory test has gone", "theory test isnt there". */
const IS_GONE = new RegExp(String.raw`^${PART}\s+(?:is|has|has\s+been|got|went|'?s)?\s*(?:gone|missing|disappeared|left\s+out|missed\s+out|not\s+(?:there|in\s+(?:it|there))|isnt\s+(?:there|in\s+(?:it|there)))\s*$`);
/** Nothing named: "somethings missing", "a bit is missing". */
const UNNAMED = /^(?:something|somethings|something's|a\s+bit|a\s+part|some\s+of\s+it|some\s+words?)\s*(?:is|has|has\s+been|'?s)?\s*(?:gone|missing|left\s+out)\s*$/;

/** Lower case, apostrophes and question marks kept ("where's the theory test?"), other marks made spaces. */
function plain(text: string): string {
  return foldCase(text).replace(/[.!,;:]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * After a yes and "but": the words they say are missing ("theory test"), '' when something is
 * missing but not named, undefined when the message is no such complaint.
 */
export function missingAfterYes(text: string): string | undefined {
  const { answer, rest } = readPolarity(text);
  if (answer !== 'yes') return undefined;
  const after = /^[\s.,!]*but\b\s*(.*)$/i.exec(rest);
  if (!after) return undefined;
  const said = plain(after[1] ?? '');
  if (UNNAMED.test(said)) return '';
  const named = WHERE.exec(said) ?? LEFT_OUT.exec(said) ?? IS_GONE.exec(said);
  const words = named?.[1]?.trim();
  return words && words.split(/\s+/).length <= 5 && !/^(?:it|that|this|the|a)$/.test(words) ? words : undefined;
}
