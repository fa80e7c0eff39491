import { foldCase } from './text';
import { tidyTextSpeak } from './textSpeak';

/*
 * "What would it do for you?" answered with a feeling and nothing else: "proud", "happy and
 * proud", "more confident", "less stressed", "grown up". Kept alone, "What it would do for me:
 * proud" reads oddly in the plan; kept as "I would feel proud" it is their word in their sentence.
 * "good", "great" or "better" alone says no feeling of its own: it is never put in a sentence (that
 * would be words they did not say), and the chat asks once what would be good about it.
 */

const MORE_OR_LESS = String.raw`(?:(?:a\s+(?:lot|bit)|much|way|so|really|very|quite|super|well|more|less|a\s+lot\s+more|a\s+bit\s+more|even)\s+)*`;
/** Feelings said as one word or two: how it would leave them feeling. */
const FEELING = String.raw`(?:proud(?:\s+of\s+(?:my|him|her|them)\s*(?:self|selves))?|happy|happier|confident|independent|calm|calmer|relaxed|safe|safer|grown[\s-]?up|excited|brave|braver|clever|smart|free|included|normal|useful|valued|respected|accepted|in\s+control|less\s+(?:stressed|worried|anxious|nervous|scared|lonely|left\s+out|bored|angry|frustrated|tired|overwhelmed|embarrassed)|stressed|worried|anxious|nervous|scared|lonely|bored|overwhelmed|embarrassed|(?:more\s+)?(?:grown[\s-]?up|mature|capable|able|myself|like\s+myself|like\s+everyone\s+else|part\s+of\s+things))`;
const ONE = String.raw`${MORE_OR_LESS}${FEELING}`;
/** One feeling, or a few joined: "proud", "happy and proud", "more confident, less worried". */
const ONLY_FEELINGS = new RegExp(String.raw`^(?:i\s*(?:d|would)\s+(?:feel|be)\s+)?${ONE}(?:\s*(?:,|and|&|n|\+)\s*${ONE})*$`);
/** Feelings that are better only when less of them: "stressed" alone is no benefit, "less stressed" is. */
const ONLY_BAD = /^(?:stressed|worried|anxious|nervous|scared|lonely|bored|overwhelmed|embarrassed)$/;

/** Words around a feeling that add nothing: "proud init", "happy lol", "um proud tbh". */
const FEELING_TAIL = /(?:\s+(?:init|innit|lol|lmao|haha\w*|tbh|ngl|obvs|mate|bro|i\s+(?:guess|think|reckon)|probably|really))+$/;
const FEELING_LEAD = /^(?:(?:um+|erm+|well|so|just|like|honestly|probably|maybe)\s+)+/;

/**
 * "proud init", "happy and proud", "id feel more confident": how it would feel and nothing else
 * (without the words around it), which says how it feels but never how anyone would know; undefined
 * otherwise.
 */
export function onlyAFeeling(text: string): string | undefined {
  const said = foldCase(tidyTextSpeak(text)).replace(/[\u2018\u2019']/g, '').replace(/[.!]+$/g, '').replace(/\s+/g, ' ').trim();
  const feeling = said.replace(FEELING_TAIL, '').replace(FEELING_LEAD, '').trim();
  if (!feeling || feeling.length > 80 || !ONLY_FEELINGS.test(feeling) || ONLY_BAD.test(feeling)) return undefined;
  return feeling;
}

/** "myself" in the child's sentence, by the pronoun the parent used ("Leo would feel proud of himself"). */
const REFLEXIVE = { he: 'himself', she: 'herself', they: 'themselves' } as const;

/**
 * The feeling as a sentence in the person's voice ("I would feel proud"), or in the child's when a
 * parent is chatting ("Leo would feel proud"); undefined when the answer says more than a feeling.
 * A parent's "proud of myself" is the child's pride: "Leo would feel proud of himself", never "of myself".
 */
export function feelingSentence(text: string, childName?: string, pronoun?: keyof typeof REFLEXIVE): string | undefined {
  // "hapy", "proude": a feeling spelt as it sounds is shown in its everyday spelling.
  const said = foldCase(tidyTextSpeak(text)).replace(/[\u2018\u2019']/g, '').replace(/[.!]+$/g, '').replace(/\s+/g, ' ').trim();
  if (!said || said.length > 80 || !ONLY_FEELINGS.test(said) || ONLY_BAD.test(said)) return undefined;
  // Already a sentence of their own ("id feel proud"): left as they typed it.
  if (/^i\s*(?:d|would)\s/.test(said)) return undefined;
  const joined = said.replace(/\s*&\s*|\s+n\s+|\s*\+\s*/g, ' and ');
  const feeling = childName ? joined.replace(/\bmy\s*self\b/g, REFLEXIVE[pronoun ?? 'they']) : joined;
  return `${childName ?? 'I'} would feel ${feeling}`;
}

/**
 * What it would do for them, as read back and exported: a bare feeling ("proud") is shown in a
 * sentence ("I would feel proud", "Leo would feel proud"), while the draft keeps the word they typed.
 */
export function doesForMeShown(
  doesForMe: string,
  person: { who?: string | null; name?: string | null; pronoun?: string | null } | undefined,
): string {
  const forThem = person?.who === 'parent_carer' || person?.who === 'supporter';
  const pronoun = person?.pronoun === 'he' || person?.pronoun === 'she' || person?.pronoun === 'they' ? person.pronoun : undefined;
  const childName = forThem ? (person?.name ?? undefined) : undefined;
  return feelingSentence(doesForMe, childName, pronoun) ?? feelingThenMore(doesForMe, childName, pronoun) ?? doesForMe;
}

/** Between a feeling and what else it would bring: "proud. and ...", "happy, also ...", "proud n ...". */
const THEN_MORE = /[\s.,;!]*[.,;!\s]\s*(?:and\s+also|and|also|plus|&|n|\+)\s+/gi;
/** What else it would bring, said as a clause of its own: "id have ...", "my mum would ...", "it would ...". */
const CLAUSE = /^(?:i|id|i'd|i\u2019d|im|i'm|ive|i've|ill|i'll|it|itd|it'd|that|thatd|that'd|my|we|people|every\s*(?:one|body)|mum|dad|they|he|she|you|u)\b/i;

/**
 * "proud. and id have something to put on a cv": the feeling in its sentence, then the rest of what
 * they said, tidied as every read-back is ("I would feel proud, and I'd have something to put on a CV").
 * Undefined when the answer does not start with a feeling, or what follows is no clause of its own.
 */
function feelingThenMore(text: string, childName?: string, pronoun?: keyof typeof REFLEXIVE): string | undefined {
  const said = text.replace(/\s+/g, ' ').trim();
  if (said.length > 200) return undefined;
  // The longest run of feelings first: "happy and proud and id have ..." keeps both feelings together.
  const breaks = [...said.matchAll(THEN_MORE)].reverse();
  for (const at of breaks) {
    const feeling = feelingSentence(said.slice(0, at.index), childName, pronoun);
    const rest = said.slice(at.index + at[0].length).replace(/[\s.!]+$/, '');
    if (!feeling || !CLAUSE.test(rest)) continue;
    const tidied = tidyTextSpeak(rest);
    return `${feeling}, and ${/^I\b/.test(tidied) ? tidied : tidied.charAt(0).toLowerCase() + tidied.slice(1)}`;
  }
  return undefined;
}

/** "good", "really good", "it would be great", "id feel better": a word of praise that says nothing yet. */
const ONLY_A_GOOD_WORD =
  /^(?:(?:it|that|this)\s*(?:d|would|will|ll)?\s*(?:be|feel)\s+|i\s*(?:d|would|will|ll)?\s*(?:feel|be)\s+|feel\s+|be\s+)?(?:(?:really|very|so|pretty|quite|super|well|much|a\s+lot|more)\s+)*(?:good|great|better|fine|ok|okay|nice|amazing|brilliant|cool|awesome|alright|all\s+right|fab|class|sick|mint)$/;

/** A bare word of praise at "What would it do for you?": worth one question to make it concrete. */
export function onlyAGoodWord(text: string): boolean {
  return ONLY_A_GOOD_WORD.test(foldCase(text).replace(/[\u2018\u2019']/g, '').replace(/[.!]+$/g, '').replace(/\s+/g, ' ').trim());
}

/** "proud is how id feel", "thats how hed feel: happy": a feeling named as how it would feel. */
const HOW_ID_FEEL = /^(?:(?:and|but|so|also|plus)\s+)?(.+?)\s+(?:is|s|would\s+be|will\s+be)\s+how\s+(?:i|he|she|they|we|you|u)\s*(?:d|would|will|ll)?\s*(?:feel|be\s+feeling)$/;
const AND_LEAD = /^(?:(?:and|but|so|also|plus)\s+)+/;

/**
 * "the videos are on my channel. proud is how id feel" given as how everyone will know: the
 * sentences that only say how it would feel are taken out (a feeling is never a measure) and
 * handed back apart. The measure is the words unchanged when no sentence is a feeling.
 */
export function measureAndFeeling(text: string): { measure: string; feeling?: string } {
  const sentences = text.trim().split(/(?<=[.!?;])\s+|\s*\n+\s*|,\s+(?=(?:and|but|so|also|plus)\s)/).filter((s) => s.trim());
  const feelings: string[] = [];
  const kept = sentences.filter((sentence) => {
    const plain = foldCase(tidyTextSpeak(sentence)).replace(/[\u2018\u2019']/g, '').replace(/[.!?;,]+$/g, '').replace(/\s+/g, ' ').trim();
    const named = HOW_ID_FEEL.exec(plain)?.[1];
    const feeling = (named ? onlyAFeeling(named) : undefined) ?? onlyAFeeling(plain.replace(AND_LEAD, ''));
    if (feeling) feelings.push(feeling);
    return !feeling;
  });
  if (!feelings.length || !kept.length) return { measure: text.trim() };
  return { measure: kept.join(' ').replace(/[\s,;]+$/, '').trim(), feeling: feelings.join(' and ') };
}
