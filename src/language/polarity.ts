import { RecentReadings, readingKey } from './recentReadings';
import Metaphone from 'natural/lib/natural/phonetics/metaphone';

const metaphone = new Metaphone();
import { editDistance } from './fuzzy';
import { splitYesWithContent, type YesNo } from './yesNo';
import { normaliseMessage } from './text';
import { knownWords } from './vocabulary';

/**
 * What a reply to a yes / no question means as a whole, in everyday words: a leading answer
 * ("yeah, learn to drive"), or a whole reply that agrees ("fine by me", "sounds good", "go on
 * then") or declines ("rather you didn't", "not today thanks", "I think that's all"). Emoji and
 * text-speak count; a few typos of yes and no too.
 */
export interface Polarity {
  answer: YesNo | null;
  /** What followed the leading answer, in the person's own words ("" when nothing did). */
  rest: string;
}

/** Emoji that answer on their own: thumbs, ticks, crosses, shrugs. */
const EMOJI_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[👍👌✅✔☑🆗🙆]\uFE0F?/gu, ' yes '],
  [/[👎❌✖🙅⛔🚫]\uFE0F?/gu, ' no '],
  [/🤷[\u200D\u2640\u2642\uFE0F\p{Emoji_Modifier}]*/gu, ' dunno '],
];

/** Short forms and common typos of yes and no, as whole words. */
const TYPOS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:yse|ys|yeas|yesh|yas|yess+|yeees*|yees|ues|tes|yrs|yws)\b/i, 'yes'],
  [/^(?:noo+|nooo+|nop|npe|mo|bo|na)\b(?!\s+(?:one|body))/i, 'no'],
  [/^(?:okk+|okie|oki|okey|okey dokey|k+)\b/i, 'ok'],
  // A little Polish, Urdu / Hindi and Spanish, as parents with English as an additional language type it.
  [/^(?:(?:tak|si|haan ji|ji haan|haan|han ji|jee haan|ji|bilkul|claro|vale)\b|sí(?!\p{L}))/iu, 'yes'],
  [/^(?:nie|nahi|nahin|nahi ji|ji nahi|nai)\b/i, 'no'],
];

/** "he has said yes", "she says no": a parent or helper passing on the young person's answer. */
const REPORTED_ANSWER = /^(?:(?:he|she|they|i|we|my (?:son|daughter|child|mum|dad))\s+(?:has said|have said|said|says|say|is saying|told me)|(?:hes|shes|theyre) saying)\s+(?=(?:yes|yeah|yep|no|nope|nah|ok|okay)\b)/;

const YES_WHOLE = new RegExp(
  [
    // "that's fine", "it's ok with me", "is right"
    "^(?:(?:that|thats|that is|its|it is|is|all|this|that all)\\s+)?(?:fine|ok|okay|good|great|right|correct|perfect|alright|all right|brilliant|lovely|grand|cool|spot on|sound|accurate)\\b",
    '^(?:fine|ok|okay|happy|good) (?:by|with|for) (?:me|us|that|her|him|them)\\b',
    '^(?:sounds?|looks?|seems?) (?:good|great|right|fine|ok|okay|perfect|lovely|correct)\\b',
    '^(?:all|it all|everything|all of it)\\s+(?:looks?|is|seems?)?\\s*(?:good|right|fine|correct|ok|okay)\\b',
    '^(?:go on|go ahead|do it|why not|sure why not|of course|course|agreed|i agree|i do|i am|happy to|happy with (?:that|it)|i am happy|im happy|spot on|perfect|nice|great|brill|cool|sweet)\\b',
    '^(?:i )?(?:dont|do not) mind\\b',
    '^(?:absolutely|definitely|defo|certainly|indeed|totally|100)\\b',
    // Hedged agreement is still agreement: "I suppose so", "guess so", "if I have to", "I'm sure".
    '^(?:i )?(?:suppose|spose|guess) so\\b|^if (?:i|we) (?:have|must|need) to\\b|^(?:yes )?(?:im|i am|we are|were) sure\\b',
    '^(?:im|i am|were|we are|hes|he is|shes|she is) (?:ok|okay|fine|happy|alright|good) (?:with|about) (?:that|it|this)\\b',
    '^(?:go for it|fair enough|no problem|no probs|no worries|thats no problem|not a problem)\\b',
  ].join('|'),
);

const NO_WHOLE = new RegExp(
  [
    '^(?:id |i would |wed |we would |hed |he would |shed |she would )?(?:rather|prefer) (?:you )?(?:not|didnt|did not|you didnt|you did not|not to)\\b',
    '^(?:not|no) (?:ok|okay|right|quite|now|today|yet|really|at the moment|at the minute|at the min|atm|right now|for now|this time|thanks|thank you|for me|happy)\\b',
    '^(?:thats|that is|thatll be) (?:the lot|your lot|us|me done|all of them|all of it)\\b',
    '^(?:i )?(?:dont|do not|wouldnt|would not) (?:want|like|think|agree)\\b',
    '^(?:please )?(?:dont|do not)\\b',
    '^(?:(?:im|i am|were|we are|hes|he is|shes|she is)\\s+)?not (?:comfortable|happy|keen|ok|okay|alright|fine) (?:with|about)\\b|^(?:(?:im|i am|were|we are)\\s+)?not comfortable\\b',
    '^(?:he|she|they|my \\w+) (?:doesnt|does not|dont|do not|wont|will not) (?:want|like|agree)\\b',
    '^not that (?:i|we) (?:can think of|know(?: of)?)\\b',
    '^(?:cancel\\w*|abort|(?:i )?changed my mind)\\b',
    '^(?:hold (?:off|on)|wait|later|maybe later|another (?:time|day)|not till|not until|leave it|no way|never|nothing|none|nope)\\b',
    '^(?:(?:i )?think )?(?:thats|that is|thatll be|thats about) (?:all|it|enough|everything)\\b(?! (?:correct|right|good|fine|ok|okay|true|perfect|great|lovely|spot))',
    '^(?:(?:i )?think )?(?:that|this) (?:covers|is) (?:it|everything|all)\\b',
    '^(?:(?:i )?think )?(?:im|i am|were|we are) (?:done|finished|good|ok|okay|fine) (?:thanks|thank you|for now|now)?\\s*$',
    '^(?:(?:i )?think )?(?:thats|that is|its) enough\\b|^enough\\b|^(?:thatll|that will|this will|thisll) do\\b',
    '^(?:(?:i )?think )?(?:ive|i have|weve|we have) (?:said|told you|covered|got) (?:it all|all|everything)\\b',
  ].join('|'),
);

/** A hesitation, softener or grumble before the answer: "oh no", "umm yes", "whatever yeah", "ugh another form. fine yeh ok". */
const SOFTENER = /^(?:(?:oh|ohh|ah|uh|um+|erm+|er|hm+|well|oops|whoops|sorry|wait|right|so|actually|honestly|tbh|lol|i think|u+gh+|u*r+gh+|a+rgh+|meh|sigh|omg|pf+t|hmph|(?:not |ugh )?(?:another|more) (?:form|forms|questions?|survey)|this again|whatever|whatevs|watever|wateva|whateva)[\s,.!]+)+/;

/** Words a short reply to a closed question is made of, by sound: "luks gud" is "looks good", "rite" is "right". */
const BY_SOUND = new Map<string, string>();
for (const word of [
  'good', 'looks', 'look', 'right', 'fine', 'correct', 'lovely', 'great', 'perfect', 'sure', 'okay', 'thanks', 'done', 'finished',
  'safe', 'again', 'carry', 'keep', 'going', 'stop', 'later', 'share', 'send', 'change', 'wrong', 'please', 'know', 'sorry', 'yeah',
]) {
  const sound = metaphone.process(word);
  if (!BY_SOUND.has(sound)) BY_SOUND.set(sound, word);
}

/** Text-speak spellings the corpus vocabulary holds (people type them), which still stand for a reply word. */
const SPOKEN_FORMS = new Set(['gud', 'gd', 'luks', 'lukz', 'rite', 'ryt', 'fyn', 'fien', 'gr8', 'pls', 'plz', 'thnx', 'fanks']);

function spelledBySound(plain: string): string {
  const words = plain.split(' ');
  if (words.length > 5) return plain;
  const known = knownWords();
  return words
    .map((w) => {
      if (w.length < 3 || !/^[a-z]+$/.test(w) || (known.has(w) && !SPOKEN_FORMS.has(w))) return w;
      const like = BY_SOUND.get(metaphone.process(w));
      // Same sound, same first letter, and at most two letters apart: "gud", "luks", "rite".
      return like && like[0] === w[0] && editDistance(w, like) <= 2 ? like : w;
    })
    .join(' ');
}

function normalised(text: string, bySound = true): string {
  return bySound ? repliesBySound.read(text, () => normalisedAfresh(text, true)) : normalisedAfresh(text, false);
}

/** A reply is made plain by the yes/no, added-on, invite and how-long readers of one turn: once is enough. */
const repliesBySound = new RecentReadings<string>();

function normalisedAfresh(text: string, bySound: boolean): string {
  let out = text;
  for (const [re, word] of EMOJI_WORDS) out = out.replace(re, word);
  const plain = normaliseMessage(out);
  return bySound ? spelledBySound(plain) : plain;
}

/** The first answer a reply gives, and what came after it. */
export function readPolarity(text: string, options: { bySound?: boolean } = {}): Polarity {
  return polarities.read(readingKey(text, options), () => polarityAfresh(text, options));
}

/** A reply's yes or no is read once a turn, however many readers ask. */
const polarities = new RecentReadings<Polarity>();

function polarityAfresh(text: string, options: { bySound?: boolean }): Polarity {
  const raw = text.trim();
  if (!raw) return { answer: null, rest: '' };
  let plain = normalised(raw, options.bySound ?? true);
  plain = plain.replace(SOFTENER, '').replace(REPORTED_ANSWER, '');
  for (const [re, word] of TYPOS) plain = plain.replace(re, word);
  // The shared reader keeps the person's own words for `rest`; it sees the emoji as words too.
  const withEmojiWords = EMOJI_WORDS.reduce((t, [re, word]) => t.replace(re, word), raw).trim();
  const lead = splitYesWithContent(withEmojiWords);
  if (lead.answer) return { answer: lead.answer, rest: lead.rest };
  const again = splitYesWithContent(plain);
  if (again.answer) return { answer: again.answer, rest: again.rest ? restAfter(raw, again.rest) : '' };
  // A whole phrase that answers ("fine then", "not now"), and what the person added after it.
  for (const [re, answer] of [[NO_WHOLE, 'no'], [YES_WHOLE, 'yes']] as const) {
    const m = re.exec(plain);
    if (!m) continue;
    const after = plain.slice(m[0].length).replace(/^[\s,.!]*(?:then|thanks|thank you|please|pls)?\b[\s,.!]*/, '').trim();
    return { answer, rest: after.split(' ').length >= 2 ? restAfter(raw, after) : '' };
  }
  return { answer: null, rest: raw };
}

/** The person's own words that correspond to the normalised rest (same words, original spelling). */
function restAfter(raw: string, normalisedRest: string): string {
  const words = normalisedRest.split(' ');
  const first = words[0] ?? '';
  const at = raw.toLowerCase().replace(/['’]/g, '').indexOf(first);
  if (at < 0) return normalisedRest;
  // Map the position back, allowing for apostrophes dropped before it.
  let seen = 0;
  for (let i = 0; i < raw.length; i++) {
    if (seen === at) return raw.slice(i).trim();
    if (raw[i] !== "'" && raw[i] !== '’') seen++;
  }
  return normalisedRest;
}

/** True when the words carry a "no" anywhere: "not", "never", "don't", "isn't", "wrong". */
export function hasNegation(text: string): boolean {
  return /\b(?:no|not|never|dont|doesnt|isnt|arent|wasnt|cant|cannot|wont|wouldnt|didnt|havent|hasnt|aint|nope|nah)\b/.test(normalised(text));
}

export { normalised as normaliseReply };
