import { FEAR_WORDS, HARM_WORDS } from './harmOrFearWords';
import { readOnce } from './recentReadings';

/*
 * Words about the moment, not about the plan: "brb", "back", "sorry leo just woke up", "sorry its
 * late", "hang on". They are never kept as a step, a date or a measure; the sentences beside them
 * are read on their own. "sorry I meant Easter" is a correction, not an aside, and stays.
 */

/** A whole sentence that only says they are away, back, or need a moment. */
const AWAY =
  /^(?:(?:ok|okay|right|sorry|im|i'?m|and|so|ok\s+im)\s+)*(?:sorry|soz|sry|brb|be\s+right\s+back|back|back\s+now|here\s+now|ive\s+come\s+back|hang\s+on|hold\s+on|one\s+sec(?:ond)?|1\s+sec|two\s+secs|2\s+secs|one\s+min(?:ute)?|give\s+me\s+a\s+(?:sec(?:ond)?|min(?:ute)?)|just\s+a\s+(?:sec(?:ond)?|min(?:ute)?)|wait\s+a\s+(?:sec(?:ond)?|min(?:ute)?)|gtg|g2g|afk|got\s+to\s+go\s+(?:for\s+)?a\s+(?:sec|min(?:ute)?))(?:\s+(?:lol|sorry|soz|sry|now|again|x+))*$/;

/** "brb" said at the end of a sentence with content before it. */
const AWAY_AT_END = /[\s,]+(?:brb|be\s+right\s+back|one\s+sec(?:ond)?|1\s+sec|hang\s+on|back\s+in\s+a\s+(?:sec|min(?:ute)?))$/;
/** The same at the end of a sentence with its marks, any case: made once, not per sentence. */
const AWAY_AT_END_MARKED = new RegExp(`${AWAY_AT_END.source.slice(0, -1)}[.!]*$`, 'i');

/** What happens around them while they type: a sorry for it, or someone needing them ("the door" only when someone is at it: "i forget to lock the door" is an answer). */
const AROUND =
  /\b(?:woke\s+up|wakes\s+up|waking\s+up|(?:is|was|s|started)\s+crying|needs?\s+me|needed\s+me|phone\s+(?:died|rang|call)|doorbell|(?:answer|answering|get|got|getting)\s+the\s+door|(?:its|it\s+is|getting)\s+late|for\s+the\s+(?:wait|delay)|(?:took|taking)\s+(?:so\s+)?long|was\s+busy|been\s+busy|got\s+distracted|kept\s+you\s+waiting|about\s+that|interrupted|had\s+to\s+(?:go|sort)|making\s+(?:tea|dinner)|(?:tea|dinner)\s+time|school\s+run|(?:just\s+|has\s+just\s+|s\s+just\s+)(?:come|came|got)\s+(?:down|in|home|back|downstairs|upstairs)|(?:just\s+)?(?:walked|came)\s+in|(?:is|s|are|just\s+got)\s+(?:here|home|back)$|at\s+the\s+door)\b/;

/** "sorry hang on, ...", "hold on his sister is here", "one sec ...": a moment asked for, said first. */
const MOMENT_FIRST = /^(?:(?:sorry|soz|sry)\s+)?(?:hang\s+on|hold\s+on|one\s+sec(?:ond)?|1\s+sec|wait\s+a\s+(?:sec|min)\w*|brb)\b/;

/** "oh and sorry random but", "btw": news said by the way is opened so; "sorry" alone opens many answers. */
const BY_THE_WAY_FIRST = /^(?:(?:oh|and|ok|okay|so|also)\s+)*(?:(?:sorry|soz|sry)\s+)?(?:random\s+but|random|btw|by\s+the\s+way|totally\s+unrelated\s+but)\b/;

/**
 * The news is only ever about a thing in the house, said first, and the sentence ends with them stepping away:
 * "the cat has just been sick on the stairs so brb". A person ("dad locked me out again"), is never news by the way.
 */
const THING_THEN_AWAY =
  /^(?:the|my|our)\s+(?:cats?|dogs?|puppy|kitten|rabbit|hamster|fish|oven|cooker|kettle|washing(?:\s+machine)?|dryer|microwave|phone|dinner|tea|food|toast|pizza|chips|pasta|bath|laptop|tablet|ipad|charger|wifi|internet|door|doorbell|alarm|timer|parcel|delivery)\b(?<middle>(?:\s+[a-z']+)*?)\s+(?:so\s+)?(?:brb|be\s+right\s+back|back\s+in\s+a\s+(?:sec|min(?:ute)?)|one\s+sec(?:ond)?|1\s+sec|hang\s+on)$/;
/** Beside the thing: a person, harm or fear, "again", or a place at home that is theirs. Then it is never an aside. */
const NOT_ONLY_A_THING = new RegExp(
  String.raw`\b(?:${FEAR_WORDS}|${HARM_WORDS}|again|he|she|they|him|her|them|someone|somebody|man|men|woman|women|boy|boys|girl|lads?|guy|mum|mums|mom|mam|dad|dads|step\s*(?:dad|mum)|boyfriend|girlfriend|partner|brother|sister|uncle|aunt\w*|nan|grandad|police|locked|lock|out|outside|house|home|flat|room|bedroom|window|garden|help\w*|hard|cant|cannot|need\w*)\b`,
);

/** A sentence opened as news by the way and ended with "brb": only a thing in the house, nobody and nothing hard. */
function steppingAwayWithNews(said: string): boolean {
  if (!AWAY_AT_END.test(said) || !BY_THE_WAY_FIRST.test(said) || said.split(' ').length > 24) return false;
  const thing = THING_THEN_AWAY.exec(said.replace(BY_THE_WAY_FIRST, '').trim());
  return thing !== null && !NOT_ONLY_A_THING.test(thing.groups?.middle ?? '') && !ABOUT_HELP_OR_HARD.test(said.replace(BY_THE_WAY_FIRST, ' ').replace(AWAY_AT_END, ''));
}

/** "sorry I meant", "sorry wrong one", "sorry typo": a correction of what they said, never an aside. */
const CORRECTION = /^sorry\b[\s,]*(?:(?:i|we)\s+(?:mean|meant|said|typed|wrote|put)|wrong|typo|no\b|not\b|that\s+(?:should|was\s+meant))/;

function plain(sentence: string): string {
  return sentence.toLowerCase().replace(/[’‘`]/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** One sentence that only tells of the moment ("brb", "sorry leo just woke up"). */
export function isMomentAside(sentence: string): boolean {
  const said = plain(sentence);
  if (!said) return false;
  if (AWAY.test(said)) return true;
  if (CORRECTION.test(said) || /\bwill\b/.test(said)) return false;
  // "oh and sorry random but the cat has just been sick on the stairs so brb": news said by the way as they step away.
  if (steppingAwayWithNews(said)) return true;
  // "sorry leo just woke up", "sorry its late", "the baby needs me": short, and about what is around them.
  return said.split(' ').length <= 10 && AROUND.test(said.replace(AWAY_AT_END, '')) && (/^sorry\b/.test(said) || MOMENT_FIRST.test(said) || /\b(?:woke|crying|needs?\s+me|needed\s+me|phone|doorbell|(?:at|answer|answering|get|got|getting)\s+the\s+door)\b/.test(said));
}

/** Sentences, each with its own ending mark: "yes one for the trains job." "sorry leo just woke up brb". */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?…])\s+|\s*\n+\s*/).filter((s) => s.trim());
}

/**
 * The message without the sentences about the moment, and without a "brb" at its end; '' when
 * nothing else was said. The other words are kept exactly as typed.
 */
export const withoutMomentAsides = readOnce(withoutMomentAsidesAfresh);
function withoutMomentAsidesAfresh(text: string): string {
  const kept = sentencesOf(text.trim())
    .filter((s) => !isMomentAside(s))
    .map((s, i, all) => (i === all.length - 1 ? s.replace(AWAY_AT_END_MARKED, '') : s));
  // "back. wait do what?": a leading "back" with no mark after it goes too.
  // Only a "back" marked off on its own: "back to school by september" is an answer.
  return kept.join(' ').replace(/^(?:ok\s+|im\s+|i'm\s+)?back(?:\s+now)?\s*[,!.:-]+\s*(?=\S)|^(?:ok\s+|im\s+|i'm\s+)?back\s+(?=(?:wait|sorry|ok|so|right|where|what)\b)/i, '').trim();
}

/** True when the message said only things about the moment ("brb", "sorry its late. back"). */
export function onlyMomentAsides(text: string): boolean {
  return text.trim() !== '' && withoutMomentAsides(text) === '';
}

/** "brb", "one sec", "hang on", "back in a min": they are stepping away for a moment. */
const STEPS_AWAY =
  /^(?:(?:ok|okay|sorry|soz|sry|right|wait|oh)\s+)*(?:brb|be\s+right\s+back|hang\s+on|hold\s+on|one\s+sec(?:ond)?|1\s+sec|two\s+secs|2\s+secs|one\s+min(?:ute)?|give\s+me\s+a\s+(?:sec|min)\w*|just\s+a\s+(?:sec|min)\w*|wait\s+a\s+(?:sec|min)\w*|gtg|g2g|afk|got\s+to\s+go\s+(?:for\s+)?a\s+(?:sec|min)\w*|back\s+in\s+a\s+(?:sec|min|bit)\w*)(?:\s+(?:sorry|soz|pls|please))*$/;
/** "back", "im back", "back sorry", "ok back now", "here again": they have come back. */
const COMES_BACK =
  /^(?:(?:ok|okay|right|sorry|soz|sry|and|so|hi|hey|hiya)\s+)*(?:i'?m\s+|im\s+|i\s+am\s+)?(?:back|here\s+now|here\s+again|i'?ve\s+come\s+back|ive\s+come\s+back)(?:\s+(?:now|sorry|soz|sry|again|lol|ok|okay))*$/;

/** The message says they are stepping away for a moment ("brb", "sorry leo just woke up brb"). */
export const stepsAway = readOnce(stepsAwayAfresh);
function stepsAwayAfresh(text: string): boolean {
  return sentencesOf(text.trim()).some((s) => STEPS_AWAY.test(plain(s))) || AWAY_AT_END.test(plain(text));
}

/** The message only says they are back ("back. sorry.", "im back"): after stepping away, their return, never "go back". */
export function comesBack(text: string): boolean {
  const sentences = sentencesOf(text.trim()).map(plain).filter(Boolean);
  return sentences.some((s) => COMES_BACK.test(s)) && sentences.every((s) => COMES_BACK.test(s) || isMomentAside(s));
}

/** Said to mark a remark as by the way: "btw", "by the way", "fyi", "random but". */
const BY_THE_WAY = /^(?:(?:btw|by the way|fyi|random but|oh and|also)\s+)|\s+(?:btw|by the way|fyi)$/;
/** Words of help or of something hard: then the message is an answer, whatever "btw" says. */
const ABOUT_HELP_OR_HARD = /\b(?:help\w*|support\w*|hard|difficult|struggle\w*|cant|can't|cannot|need\w*|with me|for me|reads?|explains?|sits?\s+with|timer|break|breaks|calm|listens?)\b/;

/**
 * "jade still hasnt messaged me back btw": news said by the way, with no help and nothing hard in
 * it. It is heard and not kept as an answer to "what helps?".
 */
export function isNewsByTheWay(text: string): boolean {
  const said = plain(text);
  if (!said || said.split(' ').length > 12 || !BY_THE_WAY.test(said)) return false;
  return !ABOUT_HELP_OR_HARD.test(said.replace(BY_THE_WAY, ' '));
}

