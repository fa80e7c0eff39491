import { normaliseMessage } from './text';

/*
 * "my mum helps", "my dad helps me", "nan and grandad help him", "Mrs Patel can help at first": who helps, said alone where a step
 * was asked for. That is support (provision), never the step. Anything the person does beside it
 * ("my mum helps me cook", "go shopping with my mum") is left to the step's own reading.
 */

export const PEOPLE =
  '(?:mum|mom|mam|mummy|mother|dad|daddy|father|parents?|nan|nana|nanny|gran|granny|grandma|grandad|grandpa|grandparents?|brother|sister|aunt|auntie|aunty|uncle|cousin|carer|carers|family|friends?|mates?|step ?(?:mum|dad)|foster (?:mum|dad|carers?))';

/** Staff at school or college, by their job or by title and name: "my TA", "the teacher", "Mrs Patel". */
const STAFF =
  "(?:(?:my|his|her|their|our|the|a)\\s+(?:teacher|ta|teaching assistant|tutor|form tutor|key worker|support worker|mentor|sen(?:co)?|learning support|one to one|1 to 1|1:1)|(?:mr|mrs|ms|miss|dr|sir)\\.?\\s+[a-z][a-z'-]+)";
const WHO = `(?:(?:(?:my|his|her|their|our)\\s+)?${PEOPLE}|${STAFF})`;

const SOMEONE_HELPS = new RegExp(
  `^(?:(?:ok|well|um+|erm|so|and|but)\\s+)*${WHO}(?:\\s+(?:and|or|&)\\s+${WHO})?\\s+(?:helps?|helped|help(?:s)? out|is helping|are helping|will help|can help|could help)(?:\\s+(?:me|him|her|them|us))?(?:\\s+(?:with it|with that|with this|a lot|loads|sometimes|always|too|as well|at home|at school|at first|to start with|to begin with|in the beginning|for a bit|for a while))*$`,
);

/** The whole message says who helps, and nothing they will do. */
export function saysOnlyWhoHelps(text: string): boolean {
  return text.length <= 80 && SOMEONE_HELPS.test(normaliseMessage(text));
}
