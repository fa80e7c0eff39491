import { parseAgeOrYear, type AgeOrYear } from './ageOrYear';
import { nameAfterMe, readName, withoutAdultDenied, withoutOthersNamed } from './nameAnswer';
import { meAsSaid } from './meAsSaid';
import { normaliseReply } from './polarity';
import { readWho, relationshipOf, type Pronoun, type WhoKind } from './whoAnswer';
import type { Relationship } from '../domain/vocabulary';

/*
 * Facts people give before they are asked: "hi im Jade im 15", "I'm his mum, he's 6, called Leo",
 * "it's for my son Sam who is in year 3". Who is chatting, the young person's name and their age
 * or school year are read from the whole message, so none of them is asked again. Only clear forms
 * count: a name needs a naming word before it ("im", "my name is", "called", "my son"), an age a
 * number said as an age, and who is chatting a word for a parent or worker, or "im" with a name or age.
 */

export interface Volunteered {
  who?: WhoKind;
  pronoun?: Pronoun;
  /** How the adult chatting knows the young person ("im his mum", "im her foster carer"). */
  relationship?: Relationship;
  /** The young person's first name; `nameSure` is false when it should be checked before it is kept. */
  name?: string;
  nameSure: boolean;
  age?: AgeOrYear;
}

/** The writer naming themselves: "im Jade", "my name is tyler", "call me Kai", "its kai". */
const OWN_NAME =
  /(?:^|[\s,.!])(?:i\s*'?m|i am|my (?:name|naem|nmae|nane|neme|nam)(?:\s+is|s|'s|\s+=)?|names|name'?s|call me|its|it'?s|this is)\s+(\p{L}[\p{L}'’-]*)/iu;
/** Words naming the child: "called Leo", "my son Sam", "Leo's mum", "mum of Ali", "his name is Leo". */
const CHILD_NAME =
  /\b(?:called|named|calld|(?:his|her|their|my (?:son|daughter|child|kid)'?s?) name is|(?:his|her|their) names?)\s+\p{L}|\b(?:my|our)\s+(?:son|daughter|child|kid|boy|girl|grandson|granddaughter|foster (?:son|daughter|child))\s+\p{L}|\b\p{L}[\p{L}-]*'?s\s+(?:mum|mom|mummy|mother|dad|daddy|father|parent|carer|nan|gran|grandma|grandad)\b|\b(?:mum|mom|mother|dad|father|parent|carer)\s+(?:of|to|for)\s+\p{L}|\b(?:i am|im|i'm)\s+\p{L}+\s+(?:mum|mom|mummy|mother|dad|daddy|father)\b/iu;
/** Words after "im" that say how someone is, not who: "im bored", "im his mum", "im in year 10". */
const NOT_A_NAME =
  /^(?:a|an|the|his|her|their|my|in|at|on|not|so|very|really|just|only|still|also|from|with|here|back|new|ok|okay|fine|good|great|alright|bored|tired|sad|happy|shy|cool|tall|short|kind|lazy|sick|ill|busy|late|early|free|alone|smart|clever|weird|upset|angry|hungry|cold|hot|sleepy|well|fit|nice|funny|quiet|loud|mad|normal|different|special|okay|gay|trans|bi|nb|male|female|girl|boy|scared|nervous|worried|confused|lost|stuck|sorry|ready|done|autistic|dyslexic|deaf|blind|disabled|nearly|almost|about|over|under|aged?|year|yr|going|gonna|trying|doing|looking|typing|writing|helping|here|mum|dad|mother|father|carer|parent|teacher|ta|sw|worker|the|for|about|young|hi|hello|hey|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|\p{L}+teen|\d+.*|\p{L}*(?:ing|ed|ly))$/iu;

const GREETING = /^\s*(?:hi+|hiya|heya|hey+|hello+|helo|yo|hii+|sup|wassup|good (?:morning|afternoon|evening))\b/i;
/** An age said straight after the name: "im jade im 15", "kai, 16", "jade and im in year 10". */
const AGE_AFTER = /^[\s,.!-]*(?:and\s+)?(?:i\s*'?m|i am|aged?)?\s*(?:\d{1,2}\b|in\s+(?:year|yr)\b|(?:year|yr)\s*\d)/i;

/** Sentences and clauses, so "he's 6, called Leo" is read part by part. */
function clauses(text: string): string[] {
  return text
    .split(/[.,!?;\n]+|\s+(?:and|but|who|he|she|they|hes|shes|he's|she's|he is|she is)\s+(?=\S)/i)
    .map((c) => c.trim())
    .filter(Boolean);
}

function capitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Family and carers, as people name themselves beside the child: "Tom's nan", "foster mum to Ali". */
const KIN =
  "(?:mum+y?|mom+y?|mam|mother|dad+y?|father|parents?|step ?(?:mum|mom|dad|parent|mother|father)|grand(?:ma|mother|pa|father|parent|dad|ad|mum)s?|gran|granny|nan+[ae]?|nanny|nana|grampy|gramps|aunt|aunty|auntie|uncle|sister|brother|foster (?:carer|parent|mum|mom|dad|mother|father)s?|kinship carer|special guardian|guardian|carers?)";
/** A word that names the child in a room of relatives: "the boy", "my grandson", "our foster daughter". */
const CHILD_WORD =
  '(?:son|daughter|child|kid|boy|girl|lad|lass|grandson|granddaughter|grandchild|grandkid|foster (?:son|daughter|child|kid)|young person|little one|nephew|niece)';
/**
 * The child named beside who is chatting, in the forms grandparents, foster carers and parents
 * use. `strong` forms name the child whatever the case ("grandmother of tom"); the others only
 * count for a name typed with a capital, or are checked first ("the boy is jayden").
 */
const NAMED_BESIDE: ReadonlyArray<{ pattern: RegExp; strong: boolean }> = [
  // "grandmother of Tom", "foster mum to Ali", "carer for Mia".
  { pattern: new RegExp(`\\b${KIN}\\s+(?:of|to|for)\\s+(\\p{L}[\\p{L}'’-]*)`, 'iu'), strong: true },
  // "Tom's nan", "I'm tom's nana", "Mia's foster carer".
  { pattern: new RegExp(`(?:^|[\\s,.(])(\\p{L}[\\p{L}-]*)['’]?s\\s+(?:foster\\s+)?${KIN}\\b`, 'iu'), strong: true },
  // "my grandson is Tom", "the boy is Jayden", "our foster daughter's called Amira".
  { pattern: new RegExp(`\\b(?:my|our|his|her|the|this)\\s+${CHILD_WORD}\\s+(?:is\\s+called|is\\s+named|['’]?s\\s+called|is|['’]s|called|named)\\s+(\\p{L}[\\p{L}'’-]*)`, 'iu'), strong: false },
  // "my grandson tom is 7", "our lad Kai, 12".
  { pattern: new RegExp(`\\b(?:my|our)\\s+${CHILD_WORD}\\s+(\\p{L}[\\p{L}'’-]*)(?=\\s*(?:,|\\(|\\.|$|\\s+(?:is|who|aged?|\\d)))`, 'iu'), strong: true },
  // "doing this for Kayden", "filling this in for Mia", "on behalf of Jayden": whom the chat is for (a capital, as "for school" is not a name).
  { pattern: /\b(?:(?:doing|filling|completing|answering|here|do|fill)\s+(?:this|it|these|the\s+(?:form|questions|chat))?\s*(?:in\s+|out\s+)?for|on\s+behalf\s+of)\s+(\p{L}[\p{L}'’-]*)/iu, strong: false },
  // "I foster Jayden", "we look after Mia".
  { pattern: /\b(?:i|we)\s+(?:(?:am|are|have)\s+)?(?:foster(?:ing|ed)?|look(?:ing)?\s+after|car(?:e|ing)\s+for|adopted|rais(?:e|ing)|bring(?:ing)?\s+up)\s+(\p{L}[\p{L}'’-]*)/iu, strong: true },
  // "he is Liam, 13", "she's Poppy and she is 8".
  { pattern: /\b(?:he|she)\s*(?:is|['’]s)\s+(\p{L}[\p{L}'’-]*)(?=\s*(?:,|\.|!|\(|$|\s+(?:and|who|aged?|\d)))/iu, strong: false },
  // "tom is 7", "Poppy is in year 3".
  { pattern: /(?:^|[\s,.])(\p{L}[\p{L}'’-]*)\s+is\s+(?=\d{1,2}\b|aged?\b|in\s+(?:year|yr|reception|nursery)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen)\b)/iu, strong: true },
];
/** Words that are never the child's name, though they sit where one does. */
const NEVER_THE_NAME = new RegExp(`^(?:${KIN}|${CHILD_WORD}|he|she|it|they|who|that|this|there|which|what|age|year|my|our|his|her|their|the|a|an|also|now|only|just|still|currently|called|named|is|and|but|so|im|i|him|them|me|us|you)$`, 'iu');

/** The child named beside who is chatting ("I'm June, Tom's nan"; "the boy is Jayden"). */
function namedBeside(text: string): { name: string; sure: boolean } | undefined {
  for (const { pattern, strong } of NAMED_BESIDE) {
    const word = pattern.exec(text)?.[1];
    if (!word || NEVER_THE_NAME.test(word) || NOT_A_NAME.test(word)) continue;
    const read = readName(word);
    if (!read?.name) continue;
    if (!strong && !capitalised(word)) continue;
    return { name: read.name, sure: strong || capitalised(word) };
  }
  return undefined;
}

/** "me liam": one word after "me", checked before it is kept unless typed with a capital ("me Liam"). */
function nameAfterMeIn(typed: string): { name: string; sure: boolean } | undefined {
  // "mi mason": "me" typed as it sounds.
  const text = meAsSaid(typed);
  const name = nameAfterMe(text);
  return name ? { name, sure: /^\s*\S+\s+\p{Lu}/u.test(text) } : undefined;
}

/** The name a clause gives, and whether it was given plainly enough to keep without asking. */
function nameIn(text: string, aboutAChild: boolean): { name: string; sure: boolean } | undefined {
  for (const part of [text, ...clauses(text)]) {
    const naming = CHILD_NAME.exec(part);
    if (naming) {
      const read = readName(part.slice(naming.index));
      if (read?.name && !NOT_A_NAME.test(read.name)) return { name: read.name, sure: true };
    }
  }
  const beside = namedBeside(text);
  if (beside) return beside;
  if (aboutAChild) return undefined;
  // "hi im Jade im 15": the writer's own name, after "im" or "my name is".
  const own = OWN_NAME.exec(text);
  const word = own?.[1];
  if (!own || !word || NOT_A_NAME.test(word)) return nameAfterMeIn(text);
  const read = readName(text.slice(own.index));
  if (!read?.name) return undefined;
  // "im jade" in small letters may be a word ("im bored" is kept out above): checked before it is kept,
  // unless it is said as an introduction ("hi im jade", "im jade im 15", "im kai, 16").
  const plainNaming = /na[em]|nmae|call me/i.test(own[0]);
  const introduced = GREETING.test(text) || AGE_AFTER.test(text.slice(own.index + own[0].length));
  return { name: read.name, sure: plainNaming || capitalised(word) || introduced };
}

/** An age or school year said as one: "im 15", "he's 6", "year 3", "16 years old"; a bare number only as a clause of its own. */
/** A setting named only as whose staff or what thing ("the nursery teacher Mrs Bello", "a reception place"): no school year. */
const SETTINGS_OWN =
  /\b(?:nursery|reception|pre[\s-]?school|playgroup)\s+(?:teachers?|staff|nurses?|workers?|key\s*workers?|keyworkers?|managers?|assistants?|tas?|senco|nurse|lady|ladies|practitioners?|fees?|places?|applications?|lists?|run|bag|uniform|setting|room|class\s+teacher)\b/gi;

function ageIn(text: string): AgeOrYear | undefined {
  const whole = parseAgeOrYear(text.replace(SETTINGS_OWN, ' '));
  if (whole.schoolYear !== undefined || (whole.age !== undefined && /\d|\b(?:years?|yrs?|aged?)\b|\b(?:i\s*'?m|i am|hes|shes|he'?s|she'?s|he is|she is|is|turned|turning)\s+(?:\p{L}+teen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty(?:[\s-]\p{L}+)?)\b/iu.test(text))) {
    return { ...(whole.age !== undefined ? { age: whole.age } : {}), ...(whole.schoolYear !== undefined ? { schoolYear: whole.schoolYear } : {}) };
  }
  // "yo its kai, 16": a number standing alone between commas.
  for (const part of clauses(text)) {
    const alone = /^\d{1,2}$/.exec(part.trim());
    if (alone) {
      const age = parseAgeOrYear(part).age;
      if (age !== undefined && age >= 2) return { age };
    }
  }
  return undefined;
}

/**
 * What a message says about who is chatting, the young person's name and age, or undefined when
 * it says none of it. A young person is only taken to be chatting about themselves when they gave
 * their own name or age ("im Jade", "im 15"); a parent or worker when they said so ("im his mum").
 */
export function readVolunteered(text: string): Volunteered | undefined {
  // "me. not my mum for once": the adult said not to be typing names nobody, as at the name question.
  const trimmed = withoutOthersNamed(withoutAdultDenied(text)).trim();
  if (!trimmed || trimmed.length > 400) return undefined;
  const plain = normaliseReply(trimmed);
  // "1", "2": a button's number is not an age.
  if (/^\d+$/.test(plain)) return undefined;
  const said = readWho(trimmed);
  const other = said && said.who !== 'young_person' ? said : undefined;
  const aboutAChild = other !== undefined || /\b(?:my (?:son|daughter|child|kid|boy|girl)|he|she|hes|shes)\b/.test(plain);
  const name = nameIn(trimmed, aboutAChild);
  const age = ageIn(trimmed);
  const selfAge = age && /\b(?:im|i am|i m)\b/.test(plain);
  const self = !other && !aboutAChild && (name !== undefined || selfAge) ? ({ who: 'young_person' } as const) : undefined;
  const who = other ?? self;
  if (!name && !age && !other) return undefined;
  const relationship = other ? relationshipOf(trimmed) : undefined;
  return {
    ...(who ? { who: who.who } : {}),
    ...(other?.pronoun ? { pronoun: other.pronoun } : {}),
    ...(relationship ? { relationship } : {}),
    ...(name ? { name: name.name } : {}),
    nameSure: name?.sure ?? false,
    ...(age ? { age } : {}),
  };
}

/** "hi", "hello there", "hiya bot!": a greeting and nothing else. */
export function isGreetingOnly(text: string): boolean {
  return /^\s*(?:hi+|hiya|heya|hey+|hello+|helo|hallo|yo|hii+|sup|wassup|good (?:morning|afternoon|evening))(?:\s+(?:there|bot|again|everyone|all|mate|outcomes bot))?\s*[!.?:)\s]*$/i.test(text);
}
