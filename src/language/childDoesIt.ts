import { escapeRegExp } from './text';

/*
 * A parent or carer shown an outcome in the first person ("I will use my time out card") who says
 * the child is the one doing it: "I'm not doing it, HE is", "not me, him", "it's Jayden not me".
 * The sentence is put in the child's name at once ("Jayden will use his time out card"), as a
 * plan may name the child; no second question is needed to know who will do it.
 */

type Pronoun = 'he' | 'she' | 'they';

const CHILD_WORD = (name: string | undefined) => `(?:he|she|they|him|her|them|my\\s+(?:son|daughter|child|boy|girl|lad)${name ? `|${escapeRegExp(name.toLowerCase())}` : ''})`;

function childDoesItPatterns(name: string | undefined): RegExp[] {
  const child = CHILD_WORD(name);
  const notMe = String.raw`(?:not\s+me|not\s+(?:for\s+)?myself|rather\s+than\s+me|instead\s+of\s+me)`;
  const doIt = String.raw`(?:doing|do|going\s+to\s+do|gonna\s+do|the\s+one\s+doing|the\s+one\s+who(?:\s+is|s)?\s+doing|the\s+one\s+who\s+will\s+do)\s+(?:it|this|that|the\s+\w+)`;
  return [
    // "I'm not doing it, HE is", "i am not the one doing it", "I won't be doing it, she will"
    new RegExp(String.raw`\b(?:im|i\s+am|i\s+m)\s+not\s+(?:the\s+one\s+)?(?:doing|going\s+to\s+do|gonna\s+do|who\s+is\s+doing|who\s+s\s+doing)\s+(?:it|this|that)\b`),
    new RegExp(String.raw`\bi\s+(?:wont|will\s+not|dont|do\s+not)\s+(?:be\s+)?(?:doing|do)\s+(?:it|this|that)\b.*\b${child}\s+(?:will|does|is)\b`),
    // "not me, him", "not me - it's jayden", "not me he is"
    new RegExp(String.raw`\bnot\s+me\b[\s,.!-]*(?:(?:its|it\s+s|it\s+is|thats|that\s+s)\s+)?${child}\b`),
    // "he is, not me", "it's him not me", "jayden does it not me", "he's the one doing it"
    new RegExp(String.raw`\b(?:(?:its|it\s+s|it\s+is|thats)\s+)?${child}(?:\s+(?:is|s|are|re|does|will|will\s+be))?(?:\s+(?:${doIt}|it|this|that))?[\s,.!-]*${notMe}\b`),
    new RegExp(String.raw`\b${child}\s+(?:is|s|are|re)\s+the\s+one\s+(?:doing|who)\b`),
    // "it should be him not me", "it's about her not me"
    new RegExp(String.raw`\b(?:it|that)\s+(?:should\s+be|is|s)\s+(?:about|for)\s+${child}\b[\s,.!-]*${notMe}\b`),
  ];
}

/** Whether the reply says the child, not the person typing, will do what the sentence says. */
export function saysTheChildDoesIt(text: string, childName: string | undefined): boolean {
  if (text.length > 160) return false;
  const said = text.toLowerCase().replace(/[\u2018\u2019']/g, ' ').replace(/\s+/g, ' ').trim();
  return childDoesItPatterns(childName).some((re) => re.test(said));
}

/** The pronoun the reply uses for the child ("HE is"), when it uses one. */
export function pronounSaid(text: string): Pronoun | undefined {
  const said = text.toLowerCase();
  if (/\b(?:he|him|his|hes|son|boy|lad)\b/.test(said)) return 'he';
  if (/\b(?:she|her|hers|shes|daughter|girl)\b/.test(said)) return 'she';
  return undefined;
}

/** Whether a sentence speaks as "I will ..." (a time may lead it). */
export function speaksAsI(sentence: string): boolean {
  return /(?:^|[,)]\s*)I\s+will\b/.test(sentence);
}

const MODALS = new Set(['will', 'would', 'can', 'could', 'should', 'shall', 'might', 'must', 'may', 'did', 'was', 'had', 'used', 'need', 'ought']);
const WORD_AFTER_I: Readonly<Record<Pronoun, Readonly<Record<string, string>>>> = {
  he: { am: 'is', have: 'has', do: 'does', go: 'goes', "'m": "'s", "'ve": "'s", "'ll": "'ll", "'d": "'d" },
  she: { am: 'is', have: 'has', do: 'does', go: 'goes', "'m": "'s", "'ve": "'s", "'ll": "'ll", "'d": "'d" },
  they: { am: 'are', was: 'were', "'m": "'re" },
};
const OBJECT: Readonly<Record<Pronoun, { me: string; my: string; mine: string; myself: string }>> = {
  he: { me: 'him', my: 'his', mine: 'his', myself: 'himself' },
  she: { me: 'her', my: 'her', mine: 'hers', myself: 'herself' },
  they: { me: 'them', my: 'their', mine: 'theirs', myself: 'themselves' },
};

/** "feel" said of him or her: "feels"; "try": "tries"; "watch": "watches". */
function saidOfThem(verb: string): string {
  if (MODALS.has(verb) || /s$/.test(verb)) return verb;
  if (/(?:ch|sh|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

/**
 * "In a year, I will use my time out card when I feel angry" for Jayden (he): "In a year, Jayden
 * will use his time out card when he feels angry". Words in quote marks are what someone will say,
 * and stay as typed.
 */
export function inChildsName(sentence: string, name: string, pronoun: Pronoun = 'they'): string {
  return sentence
    .split(/(["\u201C][^"\u201C\u201D]*["\u201D])/)
    .map((part, i) => (i % 2 === 1 ? part : inTheirPerson(part, pronoun, i === 0 ? name : undefined)))
    .join('');
}

function inTheirPerson(text: string, pronoun: Pronoun, name: string | undefined): string {
  const subject = pronoun === 'they' ? 'they' : pronoun;
  const object = OBJECT[pronoun];
  let out = name ? text.replace(/(^|[,)]\s*)I\s+will\b/, `$1${name} will`) : text;
  out = out.replace(/\bI(\s+am\b|'m\b|'ve\b|'ll\b|'d\b)/g, (_m, after: string) => {
    const word = after.trim();
    return `${subject}${after.startsWith("'") ? WORD_AFTER_I[pronoun][word] ?? word : ` ${WORD_AFTER_I[pronoun][word] ?? word}`}`;
  });
  out = out.replace(/\bI\s+([a-z]+)\b/g, (_m, verb: string) => `${subject} ${pronoun === 'they' ? (WORD_AFTER_I.they[verb] ?? verb) : (WORD_AFTER_I[pronoun][verb] ?? saidOfThem(verb))}`);
  out = out.replace(/\bI\b/g, subject);
  return out.replace(/\b(me|my|mine|myself)\b/gi, (word: string) => {
    const swapped = object[word.toLowerCase() as keyof typeof object];
    return word.charAt(0) === word.charAt(0).toUpperCase() ? swapped.charAt(0).toUpperCase() + swapped.slice(1) : swapped;
  });
}
