/*
 * An adult in a relationship with a child under 16 ("my boyfriend is 19 he says im mature for my age", "im 13 and my
 * boyfriend is at uni"): told as ordinary, often proudly, so nothing in the words sounds like harm. It is sexual
 * abuse whatever the child feels, and CEOP is named in the answer. Read only for a young person under 16 (their age
 * from the welcome or said in the message), never for a parent; a 17-year-old with an 18-year-old boyfriend is not this.
 */

const PARTNER = String.raw`(?:boyfriend|girlfriend|bf|gf|partner|fella|man\s+im\s+seeing|guy\s+im\s+seeing|the\s+guy\s+im\s+talking\s+to)`;
/** A grown-up age said of the partner: "my boyfriend is 19", "my bf is 20", "hes 18", "a 22 year old boyfriend". */
const GROWN_NUMBER = String.raw`(1[89]|[2-6]\d)`;
const PARTNER_AGED = new RegExp(String.raw`\b(?:my\s+)?${PARTNER}\s+(?:is|s|whos|who\s+is)\s+(?:like\s+|nearly\s+|almost\s+|already\s+)?${GROWN_NUMBER}\b|\b${GROWN_NUMBER}\s*(?:yr|year|yo|y\/o)s?\s*(?:old\s+)?${PARTNER}\b|\b${PARTNER}\b[^.!?]{0,30}\b(?:hes|he\s+is|shes|she\s+is)\s+(?:like\s+|nearly\s+)?${GROWN_NUMBER}\b|\b(?:hes|he\s+is|shes|she\s+is)\s+(?:like\s+|nearly\s+)?${GROWN_NUMBER}\b[^.!?]{0,40}\b${PARTNER}\b`);
/** "hes 18 but he says age is just a number": a grown-up age beside what groomers say, with no partner word. */
const GROOMING_WORDS = /\b(?:age\s+is\s+(?:just\s+)?a\s+number|mature\s+for\s+(?:my|your|her)\s+age|older\s+than\s+(?:my|your)\s+age|(?:our|a)\s+secret|dont\s+tell\s+(?:anyone|your\s+(?:mum|parents)))\b/;
const SOMEONE_GROWN = new RegExp(String.raw`\b(?:hes|he\s+is|shes|she\s+is|hes\s+like)\s+${GROWN_NUMBER}\b`);
/** A partner grown by what they do: "my boyfriend is at uni", "my bf has his own flat and drives". */
const PARTNER_GROWN_UP = new RegExp(String.raw`\b${PARTNER}\b[^.!?]{0,20}\b(?:is\s+at|goes\s+to|at)\s+(?:uni|university)\b|\b${PARTNER}\b[^.!?]{0,30}\b(?:drives|has\s+(?:his|her)\s+own\s+(?:flat|place|car))\b`);
/** Their own age said in the message: "im 13", "i am 14". */
const OWN_AGE = /\b(?:im|i\s+am|i\s+m)\s+(1[0-5]|[5-9])\b(?!\s*(?:yrs?|years?)?\s*(?:in|at|on|of))/;

/** The partner's age said, or what tells they are grown up, for someone whose age is `age` (undefined: unknown). */
export function tellsOfAdultWithChild(text: string, age: number | undefined): boolean {
  if (text.length > 1_000) return false;
  const said = text.toLowerCase().replace(/['’]/g, '');
  const ownAge = Number(OWN_AGE.exec(said)?.[1] ?? age);
  if (!Number.isFinite(ownAge) || ownAge >= 16) return false;
  return PARTNER_AGED.test(said) || (SOMEONE_GROWN.test(said) && GROOMING_WORDS.test(said)) || PARTNER_GROWN_UP.test(said);
}
