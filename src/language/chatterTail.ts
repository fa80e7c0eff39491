import { normaliseMessage, sentencesWithMarksOf } from './text';
import { trimEndOf } from './asideTail';
import { readBotChat } from './botChat';
import { withShortRuns } from './shortRuns';

/*
 * Chatter said beside an answer, typed fast: "sorry this is taking ages i got work at 4", "also
 * did u see the arsenal game", "brb". It is no part of the answer, so it is never kept with it.
 */

const CHATTER: readonly RegExp[] = [
  // "sorry this is taking ages", "soz im rambling", "sorry for the long message"
  /^(?:sorry|soz|sry|apologies)\b.*\b(?:taking|ages|long|slow|late|rambling|going on|essay|message|typing)\b/,
  // "i got work at 4", "ive got football at 6", "got to go soon"
  /^(?:i\s+|ive\s+|i\s+ve\s+)?(?:got|have)\s+(?:work|college|school|football|training|practice|a\s+shift|my\s+shift)\s+(?:at|in|soon|later|tonight|after)\b.*$/,
  /^(?:i\s+)?(?:got\s+to|have\s+to|gotta|need\s+to)\s+go\s+(?:soon|in\s+a\s+bit|at\s+\d).*$/,
  // "also did u see the arsenal game", "btw did you watch the match"
  // "u watch the fight on saturday?": asked without its "did" too
  /^(?:(?:also|btw|by the way|oh and|and)\s+)?(?:(?:did|have|do)\s+)?(?:u|you|ya)\s+(?:see|seen|watch|watched|catch|caught|hear|heard)\s+(?:the|that|last)\b.*\b(?:game|match|film|show|news|video|goal|fight)s?\b.*$/,
  /^(?:brb|gtg|g2g|one sec|1 sec|hold on a sec)$/,
];

function plain(sentence: string): string {
  return sentence.toLowerCase().replace(/'/g, '').replace(/[^a-z0-9\s]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A sentence that is chatter only. */
export function isChatterSentence(sentence: string): boolean {
  const said = normaliseMessage(sentence);
  if (!said) return false;
  return CHATTER.some((re) => re.test(said)) || readBotChat(sentence) === 'aboutTheBot' || readBotChat(sentence) === 'elsewhere';
}

/** "did u see the match", "u watch the fight on saturday": a question about a game, match or fight. */
function aboutTheGame(sentence: string): boolean {
  return isChatterSentence(sentence) && /\b(?:game|match|fight|goal|film|show)s?\b/.test(normaliseMessage(sentence));
}

/**
 * A remark says something happened or how it was ("got robbed", "what a goal", "we won", "ref was
 * shocking"); a few words naming things ("maths and english") are the answer after the question.
 */
const REMARK =
  /^what\s+a\b|\b(?:was|were|is|are|got|get|did|won|win|wins|lost|lose|beat|beaten|battered|smashed|scored?|scores|drew|draw|robbed|robbery|goals?|ref|referee|penalty|pen|var|offside|ko|knocked|unreal|insane|mad|class|sick|shocking|rubbish|joke|madness|banger|worldie)\b/;

/** "canelo got robbed", "what a goal": a few words about someone else, with nothing of the person's own. */
function remarkOnTheGame(sentence: string): boolean {
  const said = normaliseMessage(sentence).split(' ');
  return (
    said.length <= 6 &&
    REMARK.test(said.join(' ')) &&
    !said.some((w) => /^(?:i|im|ive|id|ill|me|my|mine|we|our|us|he|she|his|her|him|they|them|their|help|helps|hard|want|need)$/.test(w))
  );
}

/** The answer without chatter sentences beside it; '' when the message is chatter only. */
export function withoutChatterTail(typed: string): string {
  // Long runs of spaces or marks read short, so the sentences are found in one pass.
  const text = withShortRuns(typed);
  const sentences = sentencesWithMarksOf(text);
  if (sentences.length === 0) return typed.trim();
  // "u watch the fight on saturday? canelo got robbed": a short remark about the game, after asking about it, is chatter too.
  const kept = sentences.filter((s, i) => !isChatterSentence(s) && !(i > 0 && aboutTheGame(sentences[i - 1]!) && remarkOnTheGame(s)));
  if (kept.length === sentences.length) return typed.trim();
  return trimEndOf(kept.join(' ')).replace(/^[\s,.;:!?-]+/, '').trim();
}
