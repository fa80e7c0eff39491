import { readOnce } from './recentReadings';
import { onlyPointsBack } from './asideTail';
import { clausesOf, normaliseMessage } from './text';
import { meantAfterWrong } from './meantAfterWrong';
import { TAKE_OUT_VERB, takingOut } from './takeOutVerbs';

/*
 * A kept hope put right in the middle of other questions: "no thats not a hope lol i was asking. my
 * hope is living on my own in a flat", "thats not a hope… can u change it to living on my own in a
 * flat", "actually arsenal tickets are way too expensive… change that one to getting the bus to 5 a
 * side", "no i mean the hope is wrong", "omg it still says wait did u get the flat bit lol". Read
 * sentence by sentence, so what is said beside it ("anyway the step is ...") stays an answer.
 */

export interface HopeCorrection {
  /** Words naming the hope meant ("arsenal"), or null for the one being talked about. */
  about: string | null;
  /** The hope's new words, as typed; null when none were given. */
  text: string | null;
  /** They said the bot kept something that is not a hope, or that the hope is wrong. */
  notAHope: boolean;
  /** They asked for it to be changed ("change it to ..."), not only said the hope again. */
  changeAsked: boolean;
  /** "i dont want the arsenal one anymore": words naming a hope to take out, or null. */
  dropped: string | null;
  /** "the first one should be ...": the hope meant by its place (1 the first, -1 the last), or null. */
  place: number | null;
  /** "change play football to ...": a hope named in passing, so a correction only when such a hope is kept. */
  loose: boolean;
  /** "my hope is for him to ...", said plainly beside hopes already kept: a hope added, never a change of one. */
  added: boolean;
  /** What is said beside the correction, in its own sentences: an answer to the open question, or ''. */
  rest: string;
  /** "my hope isnt "X"": words of the kept hope they mean, tried before the hope asked about; null when not said. */
  notThis: string | null;
  /** "that's not what i said. i said maybe a vet nurse": the new words are what they had said, to be put back in the hope. */
  saidBefore: boolean;
}

/** "my hope is ...", "my other dream is ...": a hope said, not one put right ("my real hope is" puts one right). */
const PLAIN_MY_HOPE = /\bmy\s+(?:other\s+|main\s+|big\s+|biggest\s+|next\s+)?(?:hope|dream)\s+(?:is|would\s+be)\b/i;
/** Words that ask for a hope to change: "instead", "not", "actually", "change", "wrong", "meant". */
const CHANGE_WORDS = /\b(?:instead|change|changed|replace|swap|not|isnt|wasnt|wrong|actually|meant|mean|real|rather)\b/;

/** "thats not a hope", "the hope is wrong", "wrong hope", "it still says ...": the kept hope is wrong. */
const NOT_A_HOPE =
  /\b(?:thats|that s|that is|its|it s|it is|this is|this s|that was|it was)\s+not\s+(?:a|my|the|even\s+a|really\s+a)\s+(?:hope|dream)\b|\b(?:the|that|this|my)\s+(?:hope|dream)\s+(?:is|s|was)\s+(?:wrong|not\s+right|rubbish)\b|\bwrong\s+(?:hope|dream)\b|\b(?:it|the\s+hope|that)\s+still\s+says\b/;

/** "that's not what i said", "thats not what i meant": the words kept are not theirs. */
const NOT_WHAT_I_SAID = /\b(?:thats|that s|that is|its|it s|it is|that was|this is)\s+not\s+what\s+i\s+(?:said|say|meant|typed|wrote|put)\b/;
/** "i said maybe a vet nurse", after "that's not what i said": the words they had said. */
const I_SAID = /^(?:(?:no|but|and)[\s,]+)*i\s+(?:said|typed|wrote|put)\s*[:-]?\s*(.+)$/i;

/** "my hope is living on my own", "my real dream is to ...": the hope said again, in new words. */
const MY_HOPE = /\bmy\s+(?:real\s+|actual\s+|proper\s+|main\s+|other\s+)?(?:hope|dream)\s+(?:is|was|should\s+be|would\s+be|is\s+actually)\b(?!\s+not\b)\s*[:-]?\s*(.+)$/i;

/** "my hope isnt "it isnt help"": the words of the kept hope that is wrong (the whole clause, so "isnt" names a hope only here). */
const MY_HOPE_ISNT = /^(?:(?:no|but|and|so)[\s,]+)*my\s+(?:hope|dream)\s+(?:isnt|isn't|is\s+not|wasnt|wasn't|was\s+not)\s*[:-]?\s*(.+)$/i;

/** "the hope should say ...": the new words for it ("it should say" is as often about a measure or a step). */
const SHOULD_SAY = /\b(?:the|my)\s+(?:hope|dream)\s+(?:should|shud|needs\s+to|has\s+to)\s+(?:say|be)\s*[:-]?\s*(.+)$/i;

/** "it should say ...", after "the hope is wrong": the hope's new words (alone, "it" may be a measure or a step). */
const IT_SHOULD_SAY = /^(?:(?:so|and|no|it\s+s|its)[\s,]+)*(?:it|that|this)\s+(?:should|shud|needs\s+to|has\s+to|must)\s+(?:say|be|read)\s*[:-]?\s*(.+)$/i;

/** "change it to ...", "can u change that one to ...", "swap the arsenal one for ...": which hope, then its new words. */
const CHANGE_TO =
  /\b(?:change|swap|switch|edit)\s+(?:it|that|this|that\s+one|this\s+one|the\s+hope|my\s+hope|the\s+(.{2,30}?)\s+(?:one|hope))\s+(?:to|into|for|as)\s*(?:say\s+|be\s+)?[:-]?\s*(?:just\s+|only\s+)?(.+)$/i;

const PLACES: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5, last: -1 };
/** "the first one should be be a mechanic": the hope meant by its place, then its new words. */
const PLACE_SHOULD = /\b(?:the\s+|my\s+|his\s+|her\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)\s+(?:one|hope|dream)\s+(?:should|shud|needs\s+to|has\s+to|must)\s+(?:say|be|read)\s*[:-]?\s*(.+)$/i;
/** "just put: be a mechanic", "no thats still not right, just put be a mechanic": the new words, plainly. */
const JUST_PUT = /(?:^|[\s,])(?:just|please|pls|can\s+(?:you|u)|could\s+(?:you|u))\s+(?:put|write|make\s+it\s+say|make\s+it)\s*(:)?\s*(.+)$/i;
/** Said beside "just put": the words kept are not right. */
const NOT_RIGHT = /\b(?:wrong|not\s+right|still\s+not|not\s+what\s+(?:i|he|she|we)\s+(?:said|meant|say))\b/i;
/** "change play football to play football for a proper team": a hope named by its words, then its new words. */
const CHANGE_A_TO_B =
  /^(?:(?:no|nah|ok|okay|please|pls|can\s+(?:you|u)|could\s+(?:you|u)|just|and|so)[\s,]+)*change\s+(?!(?:it|that|this|is|was|makes|scares|upsets|the\s+hope|my\s+hope)\b)(.{2,40}?)\s+(?:to|into)\s+(.+)$/i;

/** "i dont want the arsenal one anymore", "i dont want that hope now": a hope to take out ("this one" alone may be an outcome). */
const DONT_WANT = /\bi\s+(?:dont|do not|no longer|dont really)\s+(?:want|need)\s+(?:the|that|my|this)\s+(?:(?!this\b|that\b)(.{2,30}?)\s+(?:one|hope|dream)|(?:hope|dream))(?:\s+(?:any\s*more|now|no more|at all))?$/;

/** "please delete that", "delete it": beside "that is not my hope", the hope is to go, not to be reworded. */
/**
 * "thats not a dream. i just like it", "its not a hope, its fine as it is": the thing is already as
 * they like it, so the hope just kept is taken out; the reason is never an answer of its own.
 */
const ALREADY_AS_LIKED =
  /^(?:(?:no|nah|i mean|just|but|cos|because|coz)\s+)*(?:i (?:just |already |really |do )?(?:like|love|enjoy|have|got) (?:it|that|this|them|where i (?:live|am|work|go))(?: (?:already|now|as it is|how it is|the way it is))?|(?:it s|its|it is|that s|thats|that is) (?:already |just )?(?:fine|ok|okay|good|alright|great|how i like it)(?: (?:already|now|as it is|how it is|the way it is))?|(?:i m|im|i am) (?:happy|fine|ok|okay)(?: (?:with it|with that|with this|how it is|as it is|where i am))?)$/;
const DELETE_IT = new RegExp(String.raw`\b${TAKE_OUT_VERB}\s+(?:it|that|this|that one|this one|that hope|this hope)\b`);

const PLACE_WORD = String.raw`(?:first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)`;
/** "hope 1", "the first hope", "number 2": a hope named by its place. */
const HOPE_AT_PLACE = String.raw`(?:the\s+|my\s+)?(?:(?:hope|dream|number|no)\s+\d\b|${PLACE_WORD}\s+(?:one|hope|dream)\b)`;
/** "delete hope 1", "take the first hope out", "hope 1 can go": a hope to take out, named by its place, in any word order. */
const DROP_BY_PLACE = new RegExp(String.raw`\b${takingOut(HOPE_AT_PLACE)}`);
/** The place in the words of DROP_BY_PLACE. */
const PLACE_IN_DROP = new RegExp(String.raw`\b(?:(?:hope|dream|number|no)\s+(\d)\b|(${PLACE_WORD})\s+(?:one|hope|dream)\b)`);
/** "hope 1", "the first one": the hope meant by its place, said beside "that's not a hope". */
const PLACE_NAMED = new RegExp(String.raw`\b(?:(?:hope|dream|number)\s+(\d)\b|(?:the\s+|that\s+|my\s+)(${PLACE_WORD})\s+(?:one|hope|dream)\b)`);

/** The place named: 1 the first, -1 the last; null for none. */
function placeOf(found: RegExpExecArray | null): number | null {
  if (!found) return null;
  if (found[1]) return Number(found[1]) || null;
  return PLACES[found[2]!.toLowerCase()] ?? null;
}

/** "delete hope 1, that was my question": beside a hope named to take out, what was kept from a question is no hope. */
const SAID_A_QUESTION = /\b(?:thats|that s|that is|that was|it was|its|it s|it is|this was|this is)\s+(?:just\s+|only\s+)?(?:my|a)\s+question\b/;

/** Where the answer beside starts again: "anyway the step is ...", "so my answer is ...". */
const BACK_TO_ANSWER = /^(?:anyway|anyways|so|ok|okay|right)\b[\s,]*|^(?:the\s+step\s+is|my\s+answer\s+is|the\s+answer\s+is)\b/i;

function tidy(words: string): string {
  return words.replace(/^[\s"'“‘:,-]+/, '').replace(/[\s"'”’.!?…,]+$/, '').replace(/\s+(?:please|pls|plz|thanks|ta|lol|haha)$/i, '').trim();
}

/** A hope put right, or null when the message does not correct a hope. */
/** "can you fix it", "sort that out please": what was kept is to be put right. */
const FIX_IT = /^(?:(?:pls|please|plz|can\s+(?:you|u)|could\s+(?:you|u)|just)\s+)*(?:fix|sort|correct|redo|change)\s+(?:it|that|this)(?:\s+out)?(?:\s+(?:pls|please|plz|now))*$/;

export const readHopeCorrection = readOnce(readHopeCorrectionAfresh);
function readHopeCorrectionAfresh(text: string): HopeCorrection | null {
  if (text.length > 500) return null;
  let notAHope = false;
  let about: string | null = null;
  let newWords: string | null = null;
  let changeAsked = false;
  let dropped: string | null = null;
  let place: number | null = null;
  let loose = false;
  let notThis: string | null = null;
  const sentences = clausesOf(text);
  // Read only with the words they had said beside it: "that's not what i said" alone may be about any answer.
  const notWhatSaid = NOT_WHAT_I_SAID.test(normaliseMessage(text)) && sentences.some((x) => !NOT_WHAT_I_SAID.test(normaliseMessage(x)) && I_SAID.test(x));
  let saidBefore = false;
  // "wot thats not wot i said. its just be a footballer": the hope is wrong, and these are its words.
  const meant = meantAfterWrong(sentences);
  let last = -1;
  for (const [i, sentence] of sentences.entries()) {
    // "that's not what i said. i said maybe a vet nurse.": only the sentences up to the words they had said.
    if (saidBefore) break;
    const saidThen = notWhatSaid && !NOT_WHAT_I_SAID.test(normaliseMessage(sentence)) ? I_SAID.exec(sentence) : null;
    if (saidThen) saidBefore = true;
    const wrong = Boolean(meant?.wrongAt.includes(i)) || (notWhatSaid && NOT_WHAT_I_SAID.test(normaliseMessage(sentence))) || NOT_A_HOPE.test(normaliseMessage(sentence)) || (SAID_A_QUESTION.test(normaliseMessage(sentence)) && DROP_BY_PLACE.test(normaliseMessage(text)));
    const change = CHANGE_TO.exec(sentence);
    const placed = PLACE_SHOULD.exec(sentence);
    const put = JUST_PUT.exec(sentence);
    const plainPut = put && (put[1] || NOT_RIGHT.test(text)) ? put : null;
    const named = change ? null : CHANGE_A_TO_B.exec(sentence);
    // "the hope is wrong. it should say ...": "it" is the hope said to be wrong just before.
    const itSays = notAHope && !wrong ? IT_SHOULD_SAY.exec(sentence) : null;
    const given = (meant?.wrongAt.at(-1) === i ? meant.words : undefined) ?? saidThen?.[1] ?? itSays?.[1] ?? change?.[2] ?? placed?.[2] ?? plainPut?.[2] ?? named?.[2] ?? MY_HOPE.exec(sentence)?.[1] ?? SHOULD_SAY.exec(sentence)?.[1];
    const isnt = MY_HOPE_ISNT.exec(sentence);
    if (isnt && tidy(isnt[1]!)) notThis = tidy(isnt[1]!);
    const notWanted = DONT_WANT.exec(normaliseMessage(sentence));
    if (notWanted) dropped = notWanted[1] ?? '';
    if (!wrong && !given && !notWanted) continue;
    last = i;
    notAHope ||= wrong;
    changeAsked ||= Boolean(change ?? placed ?? plainPut ?? named);
    // "change the first hope to: ...": "first" names its place, never words to find in a hope.
    const changePlace = change?.[1] ? PLACES[tidy(change[1]).toLowerCase()] : undefined;
    if (changePlace !== undefined) place = changePlace;
    else if (change?.[1]) about = tidy(change[1]);
    if (placed) place = PLACES[placed[1]!.toLowerCase()] ?? null;
    if (named) [about, loose] = [tidy(named[1]!), true];
    if (given && tidy(given).split(/\s+/).length >= 2) newWords = tidy(given);
  }
  // What leads up to it ("arsenal tickets are way too expensive") is the reason; what follows is an answer.
  // "i said maybe a vet nurse. i'm not sure yet.": what follows the words they had said is about that hope, never an answer.
  let rest = saidBefore ? '' : sentences.slice(last + 1).join(' ').trim();
  for (let lead = BACK_TO_ANSWER.exec(rest); lead && lead[0]; lead = BACK_TO_ANSWER.exec(rest)) rest = rest.slice(lead[0].length).trim();
  // "thats not a hope!! can you fix it": asked to put it right, never an answer of its own.
  if (FIX_IT.test(normaliseMessage(rest))) rest = '';
  // "thats not a hope, as I said before": the pointer back at their words is never an answer.
  if (onlyPointsBack(rest)) rest = '';
  // "delete hope 1, it's not a hope": that hope is taken out (after a yes), never reworded ("delete hope 1" alone is an edit request).
  const byPlace = placeOf(PLACE_IN_DROP.exec(DROP_BY_PLACE.exec(normaliseMessage(text))?.[0] ?? ''));
  if (notAHope && byPlace !== null && !newWords && dropped === null) [dropped, place] = ['', byPlace];
  // "the first one, it's not a hope": the hope meant is the first.
  if (notAHope && place === null) place = placeOf(PLACE_NAMED.exec(normaliseMessage(text)));
  // "no no that is not a hope!! please delete that": the hope is taken out (after a yes).
  if (notAHope && !newWords && dropped === null && DELETE_IT.test(normaliseMessage(text))) dropped = '';
  if (notAHope && !newWords && dropped === null && ALREADY_AS_LIKED.test(normaliseMessage(rest).replace(/[^a-z ]+/g, ' ').replace(/\s+/g, ' ').trim())) {
    dropped = '';
    rest = '';
  }
  // "my hope isnt X. my hope is Y": X is the hope that is wrong; alone ("my hope is not to be lonely") it may be the hope itself.
  if (notThis && newWords) notAHope = true;
  else notThis = null;
  if (!notAHope && !newWords && dropped === null) return null;
  const added = !notAHope && !changeAsked && dropped === null && PLAIN_MY_HOPE.test(text) && !CHANGE_WORDS.test(normaliseMessage(text));
  return { about, text: newWords, notAHope, changeAsked, dropped, place, loose, added, notThis, rest, saidBefore: saidBefore && newWords !== null };
}

/** "you keep saving things i say to you as hopes", "you've been keeping everything": what the bot kept is the complaint. */
const KEEPS_WRONGLY = /\b(?:you|u)\s+(?:keep|kept|keeps|are|re|have\s+been|ve\s+been)\s+(?:on\s+)?(?:saving|keeping|putting|storing|writing|adding|saved|kept)\b/;

/** The message complains that the bot keeps what was said to it, beside a request that puts it right. */
export function complainsOfKeeping(text: string): boolean {
  return KEEPS_WRONGLY.test(normaliseMessage(text));
}
