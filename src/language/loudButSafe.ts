/*
 * At "do you feel safe?": a yes, a home that gets loud or a parent who shouts when stressed, and
 * "but i am safe" to end ("yes. home gets loud sometimes when my mum is stressed she shouts. but i am
 * safe"). They said they are safe twice: a kind word and one place to talk, never the crisis answer.
 * The whole message must have that shape, so any other word of harm or fear is read as ever.
 */

const YES_OPENING = '(?:yes|yeah|yep|yh|ye|yea|mostly|i\\s+(?:am|feel)\\s+safe|im\\s+safe)';
const LOUD = '\\b(?:loud|noisy|shouts?|shouting|shouted|yells?|yelling|argue|argues|arguing|rows?|rowing)\\b';
/** Words of harm, fear or danger: with any of them the message is never read as loud but safe. */
const HARM_OR_FEAR =
  '\\b(?:hits?|hitting|hurts?|hurting|hurt|kicks?|kicked|punch\\w*|slap\\w*|smack\\w*|push\\w*|shov\\w*|grab\\w*|throws?|threw|throwing|chuck\\w*|break|breaks|broke|smash\\w*|scared|scary|scares|afraid|frightened|terrified|fear|unsafe|danger\\w*|threat\\w*|kill|die|drunk|drink\\w*|drugs|police|hide|hiding|lock\\w*|bruis\\w*|names|calls?\\s+me|at\\s+me|not\\s+safe|dont\\s+feel\\s+safe|cry|cries|crying|leave|run\\s+away|boyfriend|girlfriend|partner|stepdad|step\\s+dad)\\b';
const SAFE_ENDING = '(?:but|and|so)?\\s*(?:i\\s+am|im|i\\s+feel|i\\s+do\\s+feel|i\\s+still\\s+feel)\\s+(?:still\\s+)?safe(?:\\s+(?:though|tho|really|at\\s+home|honestly))?';

const LOUD_BUT_SAFE = new RegExp(`^${YES_OPENING}\\s+(?=[a-z ]*${LOUD})(?![a-z ]*${HARM_OR_FEAR})[a-z ]{1,120}?\\s+${SAFE_ENDING}$`);

/** Lower case, letters and spaces only. */
const plainWords = (text: string): string =>
  text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z\s]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** "yes. home gets loud sometimes when my mum is stressed she shouts. but i am safe": the whole message. */
export const saysLoudButSafe = (text: string): boolean => LOUD_BUT_SAFE.test(plainWords(text));
