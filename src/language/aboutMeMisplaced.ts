import { normaliseMessage } from './text';
import { speaksWarmlyOf } from './warmPraise';

/*
 * Answers typed at the "about me" questions that belong elsewhere: a hope for the future said
 * where strengths were asked ("i want him to have friends at secondary"), and what people like
 * about someone said where support was asked ("he's kind and funny, really good with little kids").
 */

const SOMEONE = "(?:he|she|they|(?!people\\b|you\\b|u\\b|everyone\\b|others\\b|staff\\b|teachers?\\b|adults\\b)[a-z]+)";
/** "i want him to", "we'd love her to", "i hope he", "my dream is", "one day he will", "he wants to be". */
const HOPE = new RegExp(
  [
    `^(?:(?:i|we)\\s+(?:really\\s+|just\\s+)?(?:want|would\\s+(?:really\\s+)?(?:like|love)|hope|wish)|(?:id|wed)\\s+(?:really\\s+)?(?:like|love))\\s+(?:for\\s+)?(?:him|her|them|${SOMEONE})\\s+to\\b`,
    `^(?:i|we)\\s+(?:really\\s+)?(?:hope|wish)\\s+(?:that\\s+)?(?:he|she|they|${SOMEONE})\\s+(?:will|can|could|would|gets?|has|have|makes?|finds?)\\b`,
    `^(?:my|our)\\s+(?:biggest\\s+|main\\s+|big\\s+)?(?:hope|dream|wish)\\s+(?:for\\s+\\w+\\s+)?is\\b`,
    `^(?:one\\s+day|when\\s+(?:he|she|they)\\s+(?:is|s|are|re|gets?)\\s+(?:older|grown\\s+up|bigger))\\b`,
    `^${SOMEONE}\\s+(?:really\\s+)?(?:wants|would\\s+(?:really\\s+)?(?:like|love)|dreams\\s+of)\\s+(?:to|being|becoming)\\b`,
    '^(?:i\\s+(?:really\\s+)?(?:want|would\\s+(?:like|love)|hope)|id\\s+(?:like|love))\\s+to\\s+(?:be|become|have|get|live|work|go|learn|make|find|drive|own|move)\\b',
    // A hope with its first words left off: "for him to talk", "would love for her to walk", "hoping hell talk".
    `^(?:(?:i|we)\\s+)?(?:(?:would|d)\\s+)?(?:really\\s+|just\\s+)?(?:(?:love|like)\\s+)?for\\s+(?:him|her|them|${SOMEONE})\\s+to\\s+(?!be\\s+(?:honest|fair)\\b)`,
    `^(?:(?:i|we)\\s+(?:am|are|m|re)\\s+)?(?:really\\s+)?hoping\\s+(?:that\\s+)?(?:he|she|they|hell|shell|theyll|${SOMEONE})\\b`,
    `^that\\s+(?:he|she|they|${SOMEONE})\\s+(?:will|would|could|might|learns?\\s+to|gets?\\s+to|(?:can|is\\s+able\\s+to)\\s+\\w+(?:\\s+\\w+){0,4}\\s+one\\s+day)\\b`,
    '^to\\s+(?:be\\s+able\\s+to|(?:learn\\s+to\\s+)?(?:talk|walk|speak|make\\s+friends|feed|dress|toilet|sleep\\s+through|get\\s+a\\s+job|say\\s+(?:a\\s+few\\s+)?words))\\b',
  ].join('|'),
);

export function readsAsHope(text: string): boolean {
  const said = normaliseMessage(text).replace(/^(?:(?:um+|erm|well|so|oh|ok|honestly)\s+)+/, '');
  return said.length <= 300 && HOPE.test(said);
}

const KIND_OF_PERSON =
  '(?:kind|funny|caring|clever|smart|bright|friendly|helpful|gentle|loving|loyal|creative|brave|chatty|polite|honest|cheerful|cheeky|sporty|musical|artistic|thoughtful|generous|hard\\s*working|determined|patient|affectionate|sweet|lovely|fun|witty|curious|imaginative|confident|sociable|good\\s+(?:at|with|fun)|great\\s+(?:at|with|fun)|brilliant\\s+(?:at|with)|amazing\\s+(?:at|with)|really\\s+good\\s+(?:at|with))';
/** "he's kind and funny", "she is really good with animals", "theyre so caring". */
const STRENGTH = new RegExp(`^(?:he|she|they|i|${SOMEONE})\\s*(?:s|is|are|re|am|m)\\s+(?:so\\s+|really\\s+|very\\s+|quite\\s+|such\\s+a\\s+|a\\s+)?(?:${KIND_OF_PERSON})\\b`);
/** Words that say how to support someone: then it is an answer to the support question. */
const SUPPORT = /\b(?:needs?|help(?:s|ed|ing)?|works?\s+(?:best|well)|best\s+(?:when|if)|if\s+you|when\s+you|likes?\s+(?:to\s+be|people\s+to|it\s+when)|give|let|tell|show|explain|use|keep|visual|routine|warning|time\s+to|calm(?:ly)?|quiet|patience|support|don\s*t|do\s+not|avoid)\b/;

export function readsAsStrength(text: string): boolean {
  const said = normaliseMessage(text);
  return said.length <= 300 && (STRENGTH.test(said) || speaksWarmlyOf(text)) && !SUPPORT.test(said);
}

/** "im good at fixing bikes", "i make people laugh", "people say im funny": what people like about me, in my words. */
const STRENGTH_SAID = new RegExp(
  [
    String.raw`^(?:i\s*m|i\s+am)\s+(?:(?:really|very|quite|so|pretty|well|dead|proper)\s+)?(?:good|great|brilliant|amazing|ace|decent|excellent|class|mint|the\s+best|not\s+bad)\s+(?:at|with)\b`,
    String.raw`^i\s+(?:can\s+(?:fix|make|build|draw|cook|sing|dance|play|run|swim|ride|code|bake|paint|write|help)|make\s+people\s+(?:laugh|smile|happy)|help\s+(?:people|others|my|out)|always\s+help|know\s+(?:loads|a\s+lot|lots)\s+about)\b`,
    String.raw`^(?:people|everyone|my\s+\w+|teachers?|adults)\s+(?:say|says|think|thinks|tell\s+me)\s+(?:that\s+)?(?:i|im)\b`,
  ].join('|'),
);

/** A sentence that answers "What do people like and admire about you?", wherever it was typed. */
export function soundsLikeAStrength(text: string): boolean {
  const said = normaliseMessage(text);
  return said.length <= 300 && (readsAsStrength(text) || STRENGTH_SAID.test(said));
}

/**
 * "i live in a supported flat", "he lives with his nan", "we stay at my dad's": where someone lives,
 * a fact about their life. Asked what people like about them, it is no strength.
 */
const LIVING = new RegExp(`^(?:(?:um+|erm|well|so|oh|ok)\\s+)*(?:i|we|he|she|they|${SOMEONE})\\s+(?:(?:still|currently|now|just)\\s+)?(?:live|lives|living|stay|stays|staying)\\s+(?:in|at|with|on|near|by|round)\\b`);

export function saysWhereTheyLive(text: string): boolean {
  const said = normaliseMessage(text);
  return said.length <= 200 && LIVING.test(said) && !soundsLikeAStrength(text);
}

/**
 * "the 42 bus i go to town on it", "i go swimming on fridays": a thing they like or do, said where how to support
 * them was asked. Only a bus or a trip out, with no word of how to help ("my mum comes on the bus with me" is help).
 */
const OUTING = new RegExp(
  [
    String.raw`^(?:the\s+|my\s+)?(?:\d+\s+|number\s+\d+\s+)?(?:bus|train|tram)\b`,
    String.raw`^i\s+(?:like\s+(?:to\s+)?|love\s+(?:to\s+)?)?(?:go|going|get|getting|ride|take|went)\s+(?:on\s+the\s+(?:\d+\s+)?(?:bus|train)|to\s+(?:the\s+)?(?:town|shops|park|cafe|club|gym|cinema|pool)|swimming|bowling|shopping)\b`,
  ].join('|'),
);
const HELPED = /\b(?:with\s+me|comes?|came|takes?\s+me|help\w*|support\w*|shows?|tells?|remind\w*|if|when\s+(?:people|you|staff)|need|needs|alone|on\s+my\s+own|by\s+myself|travel\s+(?:training|buddy))\b/;

export function saysWhatTheyDo(text: string): boolean {
  const said = normaliseMessage(text).replace(/^(?:(?:um+|erm|well|so|oh|ok)\s+)+/, '');
  return said.length <= 120 && OUTING.test(said) && !HELPED.test(said) && !SUPPORT.test(said);
}
