import { normaliseReply } from './polarity';
import { recogniseYesNo } from './yesNo';
import { capitalise } from './capitalise';
import { carerNamed, withoutCarerNamed, type CarerNamed } from './carerOwnName';
import { readFirstWord } from './verbFirst';
import { meAsSaid } from './meAsSaid';

export { capitalise } from './capitalise';

/**
 * A first name out of a reply: "her name's Maisie", "call me Jay", "im Kacper", "it's ayo",
 * "Our grandson is Alfie". `{ name: null }` when the person would rather not say; undefined when
 * the reply is not a name (a sentence about something else).
 */
export type NameAnswer = { name: string } | { name: null };

const REFUSAL =
  /^(?:skip\w*|pass|next|no|nah|nope|no thanks|no name\w*|not telling\w*|not saying|none|rather not\w*|id rather not\w*|prefer not\w*|i (?:would )?(?:prefer|rather) not\w*|(?:i )?(?:dont|do not|dont really) (?:want|wish|like) to (?:say|give|tell|share)\w*|(?:its )?private|anonymous|secret|never mind|nah skip\w*|none of your business|mind your own\w*|i dont want to|no name please|(?:you )?(?:dont|do not) (?:need|have) to know|why do you (?:need|want) (?:it|to know|my name)|(?:i )?(?:dont|do not|wont|will not) (?:say|tell|give)\w*|(?:i |id |i would |we |we would |wed )?(?:rather|prefer)(?: to)? (?:keep|leave|stay|skip|not)\w*|not (?:comfortable|happy|keen) (?:giving|sharing|saying|telling|with)\w*|(?:thats|that is|its|it is) (?:private|personal|secret)|(?:i |we )?would (?:rather|prefer) not|(?:i |we )?(?:want|wish|like|would like|prefer|id like|wed like) to (?:stay|be|remain|keep it) (?:anonymous|private)|(?:i )?(?:dont|do not) (?:want|wanna)(?: to)?$|(?:im |i am |were |we are )?not (?:telling|saying|sharing|giving)\w*|(?:can|could) (?:i|we) not$|not (?:now|yet|today|right now)$|(?:dont|do not|no need to) (?:put|use|write|give|need) (?:a |my |his |her |any |the )?names?|(?:(?:you|u) can )?(?:just )?(?:call (?:me|him|her|them)|say|use|put) you$|(?:ill|i will|lets|let us|just|we will|well|i want to|can you) skip\w*|(?:(?:can|could) (?:i|we|you) |you can |u can )?(?:just )?(?:leave|keep) (?:it|that|this|name|my name|his name|her name|the name)(?: \w+)? ?(?:blank|empty|out|off|private|anonymous|secret)?|(?:can|could) (?:i|we) (?:skip|pass|leave)\w*|(?:you )?(?:dont|do not) need (?:my|his|her|their|a|the|to know)\w*|(?:id |i would )?(?:prefer|like) (?:to )?(?:stay|be|remain|keep it) (?:anonymous|private)|(?:keep|stay) (?:it )?(?:private|anonymous|secret))\b/;

/** Words before the name that answer who or repeat it: "me. im ella", "i just said lol. ella". */
const SAID_BEFORE =
  /^(?:(?:it'?s\s+|its\s+)?me(?:\s+myself)?|myself|(?:i|we)\s+(?:just\s+|already\s+)?(?:said|told\s+you)(?:\s+(?:it|that|already))?(?:\s+(?:lol|haha|lmao))?)\s*[.,!;:-]+\s*(?=\S)|^(?:i|we)\s+(?:just\s+|already\s+)(?:said|told\s+you)(?:\s+(?:lol|haha))?\s+(?=\S)/i;

/**
 * "not my mum for once", "im lily not my dad": what follows "not my mum" says who is not typing,
 * so no name is read from it ("for once" is never a name).
 */
const ADULT_DENIED =
  '(?:^|[\\s,.!;-])not\\s+(?:(?:my|his|her|their|the|a|an)\\s+)?(?:mum+y?|mom+y?|mam|mother|dad+y?|father|parents?|carer|nan|gran|grandma|grandad|teacher|support worker|key ?worker|sister|brother)\\b';
const NOT_THE_ADULT = new RegExp(`${ADULT_DENIED}.*$`, 'is');
/** The same words to the end of their clause only, so an age or name said after them stays. */
const NOT_THE_ADULT_CLAUSE = new RegExp(`${ADULT_DENIED}[^.,!?;\\n]*`, 'gi');

/** A message without its "not my mum for once": what is left says who is chatting and what they are called. */
export const withoutAdultDenied = (text: string): string => text.replace(NOT_THE_ADULT_CLAUSE, ' ').trim();

/** Thinking out loud before the name: "um... sam", "erm Sam", "hmm Jay". */
const HESITATION = /^(?:(?:u+m+|u+h+m*|e+r+m*|e+r+|h+m+|a+h+|o+h+|well|so|ok|okay|right)(?:[\s.,…!-]+|$))+(?=\S)/i;
/** A spelling note after the name: "khloe with a k", "Amira, A-M-I-R-A", "spelt with a y". */
const SPELLING_NOTE = /[\s,.(-]+(?:with (?:an? |one |1 |two |2 |double |a double )?\p{L}{1,2}\b.*|(?:spelt|spelled|spelling)\b.*|(?:\p{L}[\s-]){2,}\p{L}\W*)$/iu;
/** The name they go by, after the full one: "Harriet but call me Hattie", "Oliver, he goes by Ollie", "Mohammed but we call him Mo". */
const PREFERRED =
  /(?:\bbut|\bthough|,|-|\band)\s+(?:(?:every(?:one|body)|people|most people|friends|my friends|we|they|i|he|she|you can|u can|just|please|pls)\s+)*(?:call(?:s)?\s+(?:me|him|her|them)|goes by|go by|(?:likes?|prefers?) (?:to be called|being called)|known as|shortened to)\s+/i;
/** "Harriet but i like Hattie", "Oliver but he prefers Ollie": a bare "likes" counts only before a name typed with a capital. */
const PREFERS_CAPITALISED = /(?:\b[Bb]ut|,|-)\s+(?:(?:[Ii]|[Hh]e|[Ss]he|[Tt]hey|[Ww]e)\s+)?(?:likes?|prefers?)\s+(?=\p{Lu})/u;
/** "gracie... no, Grace": the name corrected. */
const CORRECTED = /^\p{L}[\p{L}'’-]*[\s.,…!-]+(?:no|sorry|oops|i mean|actually)[\s,.]+(\p{L}[\p{L}'’-]*)[\s.!]*$/iu;
/** "lucas, but my mates call me luke, either is fine": the first name given. */
const EITHER = /\b(?:either (?:is|one is|are|works)|both (?:are|is) fine|whichever|any (?:is|of them is) fine)\b/i;
/** "Joshua but Josh is fine". */
const NAME_IS_FINE = /(?:\bbut|,|-|\.)\s+(\p{L}[\p{L}'’-]*)\s+is (?:fine|ok|okay|good|better|easier)\b/iu;
/** "Zosia's mum", "I'm Zosia's dad": the child named by the parent. */
// "Alfies dad": the apostrophe is often left out, so a bare "s" ends the child's name too (never "his dad").
const CHILD_OF = /(?:^|\b(?:i am|im|i'm|its|it's|this is)\s+)(?!(?:his|hers|its|yours|ours|theirs|whos|thats|mums|dads)\s)(\p{L}[\p{L}-]*?)['’]?s\s+(?:mum|mom|mummy|mother|dad|daddy|father|parent|carer|foster carer|nan|nana|gran|grandma|grandad|grandpa|auntie|aunt|uncle|step ?(?:mum|dad))\b/iu;
/** "Frederick (Freddie)": a shorter name in brackets is the one they go by. */
const IN_BRACKETS = /^(\p{L}[\p{L}'’-]*)\s*\((\p{L}[\p{L}'’-]*)\)/u;
/** "Beatrice, Bea for short". */
const SHORT_FOR = /(?:,|\bbut|-|\bor)\s+(\p{L}[\p{L}'’-]*)\s+for short\b/iu;
/** "ben is my son", "Amira's my daughter": the child named before who they are. */
const NAME_IS_MY_CHILD = /(?:^|[.,!;]\s*|\b(?:and|so)\s+)(\p{L}[\p{L}'’-]*?)(?:\s+is|'s|’s)\s+(?:my|our)\s+(?:little\s+|youngest\s+|eldest\s+|oldest\s+)?(?:son|daughter|child|kid|boy|girl|grandson|granddaughter|foster\s+(?:son|daughter|child))\b/iu;
/** "Mo is what everyone calls me". */
const NAME_THEN_PREFERRED = /^(\p{L}[\p{L}'’-]*)\s+(?:is what (?:every(?:one|body)|people|we|they|my friends|most people|i like to be|he likes to be|she likes to be) call(?:s|ed)?|for short)\b/iu;

/** Words that lead up to the name, in the person's own sentence. */
const LEAD_INS = [
  /\b(?:my|her|his|their|our|the)\s+(?:\w+\s+)?(?:childs\s+|kids\s+|sons\s+|daughters\s+)?(?:names?|naem|nmae|nane|neme|nam)\s*(?:is|['’]?s|=|:)?\s+/i,
  /\b(?:my|her|his|their|our|the)\s+(?:child|son|daughter|kid|boy|girl|grandson|granddaughter|grandchild|foster (?:son|daughter|child)|young person|little one)\s+(?:is called|is named|is call(?:ed|d)?|is|s|called|calld|named)\s+/i,
  // "my daughter Amira", "mum of Zosia": the name straight after.
  /\b(?:my|our)\s+(?:child|son|daughter|kid|boy|girl|grandson|granddaughter|foster (?:son|daughter|child))\s+(?=\p{Lu}|[\p{L}'’-]+(?:[\s.!]*$|,))/u,
  /\b(?:mum|mom|mummy|mother|dad|daddy|father|parent|carer|foster carer|nan|nana|gran|grandma|grandad|auntie|aunt|uncle)\s+(?:of|to|for)\s+/i,
  /\b(?:just\s+)?(?:call|calls)\s+(?:me|him|her|them)\s+/i,
  /\b(?:people|ppl|everyone|friends|they|most people|my friends)\s+(?:call|calls)\s+(?:me|him|her|them)\s+/i,
  /\b(?:he|she|they|hes|shes|theyre|he is|she is|they are|i am|im|i'm)\s+(?:called|named|known as)\s+/i,
  /\b(?:name\s*(?:is|['’]?s|:)|names|named|called|known as)\s+/i,
  /^(?:this is|its|it's|it is) (?:for|about)\s+/i,
  /^(?:(?:hi+|hiya|heya|hello|hey|yo|ok|okay|k|fine|alright|well|um+|oh|yeah|yes|sure)[\s,!.]+)*(?:i am|i'm|im|its|it's|it is|this is|thats|that's|he's|she's|hes|shes|he is|she is|it s|i m)\s+(?:me[\s,.!-]+)?/i,
  /^name\s+/i,
];

/** Words after a name that are not part of it. */
const TRAILING =
  /[\s,.!?:;)]+(?:please|pls|plz|thanks|thank you|thx|ta|lol|x+|but\b.*|and\b.*|because\b.*|cos\b.*|my\b.*|i\b.*|he\b.*|she\b.*|they\b.*|for short.*|for now.*|just\b.*|thanks\b.*|thank you\b.*|ty\b.*|cheers\b.*|lol\b.*|haha\b.*|(?:mate|bro|boy|girl|hun|babe|here)\b.*|(?:hes|shes|theyre|his|her|aged?|year|yr|better|best|more|instead|though)\b.*|\d.*|is fine.*|if thats ok.*|if you like.*)$/i;

/** Everyday words that are not first names (so a sentence is not taken for one). */
const NOT_NAMES = new Set([
  'i', 'me', 'my', 'the', 'a', 'an', 'is', 'are', 'am', 'it', 'its', 'yes', 'yeah', 'no', 'ok', 'okay', 'he', 'she', 'they', 'we',
  'you', 'him', 'her', 'them', 'want', 'like', 'dont', 'do', 'not', 'what', 'why', 'how', 'who', 'help', 'hello', 'hi', 'hey',
  'sure', 'mum', 'dad', 'child', 'son', 'daughter', 'name', 'called', 'fine', 'good', 'thanks', 'please', 'skip', 'back', 'stop',
  'maybe', 'dunno', 'idk', 'because', 'and', 'but', 'so', 'to', 'of', 'in', 'at', 'on', 'with', 'about', 'this', 'that', 'there',
  'here', 'just', 'really', 'very', 'happy', 'sad', 'good', 'bad', 'young', 'person', 'carer', 'parent', 'school', 'year',
  'im', 'ive', 'id', 'dont', 'cant', 'wont', 'can', 'could', 'would', 'now', 'none', 'nothing', 'nope', 'nah', 'pass', 'prefer',
  'rather', 'private', 'anonymous', 'leave', 'keep', 'blank', 'sorry', 'thank', 'yep', 'yh', 'ya', 'wait', 'his', 'for', 'mother', 'father',
  'typing', 'helping', 'able',
]);

/** First names that are everyday words too ("Will", "May", "Mark"): names to the name reader, words in a sentence. */
const NAMES_THAT_ARE_WORDS: ReadonlySet<string> = new Set([
  'will', 'may', 'hope', 'grace', 'joy', 'rose', 'mark', 'rob', 'max', 'faith', 'summer', 'dawn', 'jack', 'bill', 'pat',
  'frank', 'amber', 'ruby', 'holly', 'ivy', 'iris', 'sky', 'river', 'sunny', 'honey', 'star', 'storm', 'rocky', 'gene', 'art',
  'dean', 'sue', 'peg', 'penny', 'carol', 'heather', 'violet', 'daisy', 'lily', 'poppy', 'jade', 'april', 'june', 'august',
]);

/** "Will", "Ruby": a first name that is an everyday word as well. */
export function isNameAndWord(word: string): boolean {
  return NAMES_THAT_ARE_WORDS.has(word.toLowerCase());
}

/**
 * A word that may stand in a sentence as an everyday word: "I will learn to swim" must never become
 * "I Will learn to swim" when the child is Will.
 */
export function mayBeAWord(word: string): boolean {
  return isEverydayWord(word) || isNameAndWord(word);
}

/** "I'm", "don't", "Can": an everyday word, also when typed with an apostrophe or a capital. */
export function isEverydayWord(word: string): boolean {
  const plain = word.toLowerCase().replace(/['’]/g, '');
  return NOT_NAMES.has(plain) || NOT_NAMES.has(word.toLowerCase());
}

/**
 * "Talk to one other kid", "Go to school": a capitalised first word before "to" is a name only when
 * the name reader takes it as one and it is no doing word, unless it is a name that is a word too
 * ("Mark to read ..."). Capitals are no guide: every sentence starts with one.
 */
export function isNameBeforeTo(word: string): boolean {
  const read = readName(word);
  if (!read?.name) return false;
  return isNameAndWord(word) || readFirstWord(word) !== 'verb';
}

/** The name words at the start of `text`: one word, or a hyphenated or two-word name typed as one. */
function nameAtStart(text: string): string | undefined {
  const cleaned = text.replace(TRAILING, '').replace(/[\s,.!?:;)(-]+$/g, '').replace(/[\p{Extended_Pictographic}\uFE0F]/gu, '').trim();
  // A comma or full stop after the first word ends the name: "Leo, no middle name".
  const stop = /^(\p{L}[\p{L}'’-]*)[,.;!?]\s/u.exec(cleaned);
  const words = (stop ? stop[1]! : cleaned).split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const first = words[0]!;
  if (!/^\p{L}[\p{L}'’-]*$/u.test(first) || isEverydayWord(first)) return undefined;
  // A second word counts when typed as part of a name ("Mary Jane", "Tyler James").
  const second = words[1];
  if (words.length === 2 && second && /^\p{Lu}[\p{L}'’-]*$/u.test(second) && /^\p{Lu}/u.test(first)) return `${capitalise(first)} ${capitalise(second)}`;
  if (words.length > 1 && words.length <= 3 && words.slice(1).every((w) => !isEverydayWord(w)) && words.every((w) => /^\p{L}[\p{L}'’-]*$/u.test(w)) && text.trim().split(/\s+/).length === words.length) {
    return words.map(capitalise).join(' ');
  }
  return capitalise(first);
}

/**
 * Someone else named in passing ("a learning support assistant called Dawn", "a dog named Max"):
 * taken out before a name is looked for, so it is never taken for the person's own. A child named
 * so ("a son called Leo") stays.
 */
const OTHER_NAMED = /\b(?:a|an)\s+(?!(?:son|daughter|child|kid|boy|girl|grandson|granddaughter|foster\s+(?:son|daughter|child))\s+(?:called|named))(?:[\p{L}-]+\s+){1,4}?(?:called|named|calld)\s+\p{L}[\p{L}'’-]*/giu;
/**
 * Someone else, named, with the person as they chat: "Jo is sitting with me", "Jo's here with me",
 * "Jo is helping me". That name is the helper's, never the person's own.
 */
const COMPANION = /\b(\p{L}[\p{L}-]*)(?:\s+(?:is|s)|'s|’s)\s+(?:(?:sat|sitting|here|typing|reading|helping)\b(?:\s+(?:with|next to|beside|for|out for)?\s*me\b)?|with me\b|next to me\b|beside me\b)/giu;
const NOT_A_COMPANION = /^(?:he|she|they|it|this|that|who|what|there|here|mum|mam|mom|dad|nan|gran|carer|someone|somebody|everyone|nobody)$/i;

/** The name of someone said to be with them as they chat ("Jo is sitting with me"), or undefined. */
export function companionNamed(text: string): string | undefined {
  for (const m of text.replace(/’/g, "'").matchAll(COMPANION)) {
    const word = m[1]!;
    if (word.length >= 2 && !NOT_A_COMPANION.test(word) && !isEverydayWord(word)) return capitalise(word);
  }
  return undefined;
}

export const withoutOthersNamed = (text: string): string =>
  text.replace(OTHER_NAMED, ' ').replace(COMPANION, (all, word: string) => (NOT_A_COMPANION.test(word) || isEverydayWord(word) ? all : ' '));

/** The parent or carer typing, named beside their role ("its his dad derek.", "I'm Bev, his mum"); undefined when not said. */
export const parentNamed = (text: string): CarerNamed | undefined => carerNamed(text, isEverydayWord);

export function readName(typed: string): NameAnswer | undefined {
  // "its mi mason": "me" typed as it sounds, before another word. Only in small letters: "Mi" may be a name.
  const text = /^(?:(?:[Ii]ts|[Ii]t's|[Ii]t’s|[Ii]t is|[Tt]his is|[Jj]ust)\s+)?(?:mi|mee+)\s+\p{L}/u.test(typed.trim()) ? meAsSaid(typed) : typed;
  const trimmed = withoutOthersNamed(withoutCarerNamed(text.replace(/’/g, "'"), isEverydayWord))
    .replace(/[\s:;]*[:;]-?[)(DPp]\s*$/u, '')
    .replace(/’/g, "'")
    .trim()
    .replace(HESITATION, '')
    .replace(SAID_BEFORE, '')
    .replace(/\b(i'?m|i am|im)\s+(?:actually|really|just)\s+/i, '$1 ')
    .replace(/^just\s+(?=\S+\W*$)/i, '')
    .replace(SPELLING_NOTE, '')
    .replace(NOT_THE_ADULT, '')
    .trim();
  const plain = normaliseReply(trimmed, false);
  if (!plain) return undefined;
  if (REFUSAL.test(plain)) return { name: null };
  // "me liam": the name after "me", as typed at "What would you like me to call you?".
  const afterMe = nameAfterMe(trimmed);
  if (afterMe) return { name: afterMe };
  const corrected = CORRECTED.exec(trimmed);
  if (corrected && !isEverydayWord(corrected[1]!)) return { name: capitalise(corrected[1]!) };
  const either = EITHER.test(trimmed) ? nameAtStart(trimmed.replace(/[\s,].*$/, '')) : undefined;
  if (either) return { name: either };
  // "Joshua but Josh is fine", "... call me Jordie. Jordan is fine though": the name said to be fine is the last word on it.
  const fine = NAME_IS_FINE.exec(trimmed);
  if (fine && !isEverydayWord(fine[1]!)) return { name: capitalise(fine[1]!) };
  const preferred = PREFERRED.exec(trimmed) ?? PREFERS_CAPITALISED.exec(trimmed);
  if (preferred) {
    const name = nameAtStart(trimmed.slice(preferred.index + preferred[0].length));
    if (name) return { name };
  }
  const childOf = childNamedByParent(trimmed);
  if (childOf) return { name: childOf };
  const isMyChild = NAME_IS_MY_CHILD.exec(trimmed);
  if (isMyChild && isMyChild[1]!.length >= 2 && !isEverydayWord(isMyChild[1]!)) return { name: capitalise(isMyChild[1]!) };
  const brackets = IN_BRACKETS.exec(trimmed);
  if (brackets && !isEverydayWord(brackets[2]!) && brackets[2]!.length < brackets[1]!.length) return { name: capitalise(brackets[2]!) };
  const short = SHORT_FOR.exec(trimmed);
  if (short && !NOT_NAMES.has(short[1]!.toLowerCase())) return { name: capitalise(short[1]!) };
  const nameFirst = NAME_THEN_PREFERRED.exec(trimmed);
  if (nameFirst && !NOT_NAMES.has(nameFirst[1]!.toLowerCase())) return { name: capitalise(nameFirst[1]!) };
  // The earliest lead-in wins: "Call me Sam. My full name is Samuel" is Sam.
  const found = LEAD_INS.map((lead) => lead.exec(trimmed))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => a.index - b.index || b[0].length - a[0].length);
  for (const m of found) {
    const name = nameAtStart(trimmed.slice(m.index + m[0].length));
    if (name) return { name };
  }
  // "Kacper, he is 7": the name, then a sentence about the child.
  const words = trimmed.replace(TRAILING, '').split(/\s+/);
  if (words.length <= 3) {
    const name = nameAtStart(trimmed);
    if (name && !recogniseYesNo(trimmed)) return { name };
  }
  return undefined;
}

/** "Alfies dad", "I'm Zosia's mum": the child's name when the reply says whose parent is typing. */
export function childNamedByParent(text: string): string | undefined {
  const childOf = CHILD_OF.exec(text.replace(/’/g, "'").trim());
  return childOf && childOf[1]!.length >= 2 && !isEverydayWord(childOf[1]!) ? capitalise(childOf[1]!) : undefined;
}

/**
 * The most likely name in a reply that was not clearly one ("its jay lol x", "JAY!!"): a word
 * typed with a capital, else the first word that is not an everyday word. For asking "Shall I
 * call you Jay?", never for storing unasked.
 */
export function guessName(text: string): string | undefined {
  const words = text.replace(/[^\p{L}\s'’-]/gu, ' ').split(/\s+/).filter((w) => w.length >= 2 && w.length <= 20);
  const candidates = words.filter((w) => !NOT_NAMES.has(w.toLowerCase()) && !/^(?:lol|xx+|haha|hehe|pls|please|thanks|name|called)$/i.test(w));
  const capitalised = candidates.find((w) => /^\p{Lu}/u.test(w));
  const pick = capitalised ?? candidates[0];
  return pick ? capitalise(pick) : undefined;
}

/** "me liam", "its liam", "im liam": one word after "me", "its" or "im", typed in lower case as people type. */
const ME_THEN_WORD = /^(?:(?:hi+|hiya|hey|yo|oh|um+|erm)[\s,!.]+)?(?:(?:it'?s|it is|this is)\s+me|me+|it'?s|it is|this is|i'?m|i am|am)[\s,.!-]+(\p{L}[\p{L}'-]*)[\s.!]*$/iu;
/** Words that follow "im" or "its" and name nobody: how they are, where they are, chat. */
const NOT_A_NAME_AFTER_ME =
  /^(?:fine|good|great|ok|okay|alright|grand|bored|tired|ready|back|here|there|done|alone|typing|helping|confused|lost|stuck|happy|sad|new|sorry|lol|lmao|haha\w*|hehe|xx*|too|again|only|also|hungry|busy|free|home|late|sick|ill|well|cool|safe|scared|nervous|shy|annoying|bad|better|fed|deaf|blind|autistic|dyslexic|someone|somebody|everyone|nobody|myself|yours|yes|yeah|yep|nope|nah|honest|serious|joking|kidding|mum|mam|dad|nan|gran|carer|guardian|student|pupil|learner|teacher|older|younger|small|little|big|fifteen|sixteen|twelve|thirteen|fourteen|seventeen|eighteen|nineteen|twenty|eleven|ten)$/i;

/** The name in "me liam", "its liam" or "im liam"; undefined for "im fine", "its me", "me too". */
export function nameAfterMe(text: string): string | undefined {
  const word = ME_THEN_WORD.exec(text.replace(/’/g, "'").trim())?.[1];
  if (!word || word.length < 2 || isEverydayWord(word) || NOT_A_NAME_AFTER_ME.test(word)) return undefined;
  return capitalise(word);
}

/**
 * A name given with the answer to "who is chatting?": "me. im ella" (their own), "I'm Arlo's mum"
 * (the child's). Only these clear forms: "im his mum" or "its for my daughter" name nobody.
 */
export function nameWithWho(text: string): string | undefined {
  const plain = meAsSaid(text.replace(/’/g, "'"));
  // "me obvs. ryan", "me lol jade": a shrug or a laugh after "me" still leaves the name that follows; "its me jade" too.
  const own = /^(?:(?:it'?s\s+|its\s+)?me|myself)(?:(?:\s+(?:obvs|obvz|obviously|ofc|of course|duh|innit|init|lol|lmao|haha+|tho|though|who else))+[\s.,!;:-]+|\s*[.,!;:-]+\s*)(\S.*)$/i.exec(plain) ?? /^(?:it'?s|its)\s+me\s+(\p{L}[\p{L}'-]*)$/iu.exec(plain);
  const childOf = /\b\p{L}[\p{L}-]*'s\s+(?:mum|mom|mummy|mother|dad|daddy|father|parent|carer|foster carer|nan|nana|gran|grandma|grandad|auntie|aunt|uncle)\b/iu.test(plain);
  if (!own && !childOf) return undefined;
  const read = readName(own ? (own[1] ?? '') : plain);
  return read?.name ?? undefined;
}

/**
 * "its me", "that's me", "yeah thats right": the name read back is theirs. Only the whole message,
 * so "its me jess" still gives a name, and "its not me" is never a yes.
 */
const THAT_IS_ME = /^(?:(?:yes|yeah|yea|yep|yh|ye|ya|yup|oh|um+)[\s,.!]+)?(?:it'?s|it is|that'?s|thats|that is|yes that'?s)\s+(?:me|right|it|correct|my name)(?:[\s,.!]+(?:lol|haha\w*|thanks|thank you|ty|x+|yes|yeah|yep))*[\s.!]*$/i;

export function saysThatIsThem(text: string): boolean {
  return THAT_IS_ME.test(text.replace(/’/g, "'").trim());
}
