import { themeOfWords } from './thread';

/*
 * A hope said as the thing wanted, with no "I want": "dog groomer.", "A paid job in a warehouse.".
 * Said as a sentence of its own before another hope, it is a hope of its own, never background to
 * the next one. A description of the person ("A lovely boy.") names no part of life, so it stays
 * with the hope beside it.
 */

/** Words that tell about someone or join a story: a sentence with one of them is no thing named alone. */
const TELLING =
  /\b(?:is|are|was|were|has|have|had|am|be|he|she|they|i|it|its|it's|hes|shes|he's|she's|we|you|his|her|their|not|no|and|but|so|because|cos|with|can|cant|can't)\b/i;

/** The words of a sentence, without marks. */
function wordsOf(sentence: string): string[] {
  return sentence.replace(/[^\p{L}\p{N}'\s]+/gu, ' ').trim().split(/\s+/).filter(Boolean);
}

/** "very shy", "a bit anxious": words that say how someone is, never a thing wanted. */
const DESCRIBING = /\b(?:very|really|quite|bit|too|so|super|always|never|little|lovely|nice|kind|shy|quiet|loud|happy|sad|funny|clever|good|bad|boy|girl|lad|kid|child)\b/i;
/** A job by its shape ("dog groomer", "bus driver", "florist") or by name, a pet, a thing to get about on. */
const JOB_SHAPED = /\b(?!(?:brother|sister|mother|father|daughter|other|another|older|younger|never|ever|over|under|after|better|together|summer|winter|monster)\b)\w{2,}(?:er|or|ist|ian)\b/i;
const LIFE_THING = /\b(?:vet|chef|nurse|mechanic|cook|carer|doctor|pilot|dog|cat|puppy|kitten|pet|horse|rabbit|hamster|car|bike|motorbike|van|garden|allotment|gym|club|team|band|studio|course|college|uni|apprenticeship|music|tech|job|work|flat|house|home|place|friends?)\b/i;

/** "dog groomer", "a vet", "own flat": two or three words naming a thing that belongs to a part of life. */
// "A lovely boy." and "Very shy." tell about the person: with no part of life named, they are no hope.
export function namesAThingAlone(sentence: string): boolean {
  const words = wordsOf(sentence);
  if (words.length < 2 || words.length > 3) return false;
  const said = words.join(' ');
  if (TELLING.test(said) || /\bmy\b/i.test(said) || DESCRIBING.test(said)) return false;
  return JOB_SHAPED.test(said) || LIFE_THING.test(said) || themeOfWords(said) !== null;
}

/** Longer than this, a sentence without a verb is read as telling, not as a thing wanted. */
const MAX_NAMED_WORDS = 8;

/**
 * "A paid job in a warehouse", "a flat of my own": a thing wanted, said with "a" or "my own", that
 * names a part of life (work, a home, friends, health).
 */
export function namesAWantedThing(sentence: string): boolean {
  if (namesAThingAlone(sentence)) return true;
  const words = wordsOf(sentence);
  if (words.length < 2 || words.length > MAX_NAMED_WORDS) return false;
  const said = words.join(' ');
  if (!/^(?:an?|my\s+own|own)\b/i.test(said) || TELLING.test(said)) return false;
  return themeOfWords(said) !== null;
}
