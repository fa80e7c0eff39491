import { normaliseMessage } from './text';

/*
 * "my mum helps", "my dad helps me", "nan and grandad help him": who helps, said alone where a step
 * was asked for. That is support (provision), never the step. Anything the person does beside it
 * ("my mum helps me cook", "go shopping with my mum") is left to the step's own reading.
 */

export const PEOPLE =
  '(?:mum|mom|mam|mummy|mother|dad|daddy|father|parents?|nan|nana|nanny|gran|granny|grandma|grandad|grandpa|grandparents?|brother|sister|aunt|auntie|aunty|uncle|cousin|carer|carers|family|friends?|mates?|step ?(?:mum|dad)|foster (?:mum|dad|carers?))';

const SOMEONE_HELPS = new RegExp(
  `^(?:(?:ok|well|um+|erm|so|and|but)\\s+)*(?:(?:my|his|her|their|our)\\s+)?${PEOPLE}(?:\\s+(?:and|or|&)\\s+(?:(?:my|his|her|their|our)\\s+)?${PEOPLE})?\\s+(?:helps?|helped|help(?:s)? out|is helping|are helping|will help|can help|could help)(?:\\s+(?:me|him|her|them|us))?(?:\\s+(?:with it|with that|with this|a lot|loads|sometimes|always|too|as well|at home))*$`,
);

/** The whole message says who helps, and nothing they will do. */
export function saysOnlyWhoHelps(text: string): boolean {
  return text.length <= 80 && SOMEONE_HELPS.test(normaliseMessage(text));
}
