import { normaliseMessage } from './text';

/*
 * At "do you feel safe?": a yes, a home that gets loud or a parent who shouts when stressed, and
 * "but i am safe" to end ("yes. home gets loud sometimes when my mum is stressed she shouts. but i am
 * safe"). They said they are safe twice: a kind word and one place to talk, never the crisis answer.
 * The whole message must have that shape, made only of everyday words, so any word of harm or fear
 * is read as ever.
 */

const YES_OPENING = '(?:yes|yeah|yep|yh|ye|yea|mostly|i\\s+(?:am|feel)\\s+safe|im\\s+safe)';
const LOUD = '\\b(?:loud|noisy|shouts?|shouting|shouted|yells?|yelling|argue|argues|arguing|rows?|rowing)\\b';
/**
 * The only words that may come between the yes and "i am safe": a loud home and a stressed parent.
 * A list of everyday words, not a list of harms, so no word of harm can slip through.
 */
const EVERYDAY =
  '(?:home|house|flat|it|its|gets|get|got|can|be|is|are|was|were|loud|noisy|sometimes|often|a|bit|lot|lots|quite|really|very|too|when|whenever|if|my|our|mum|mums|mam|mom|dad|dads|parents|mother|father|nan|gran|grandad|stressed|tired|busy|worried|she|he|they|hes|shes|theyre|shouts?|shouting|shouted|yells?|yelling|argue|argues|arguing|argued|rows?|rowing|each|other|the|and|of|in|evenings|mornings|times|there|little|brother|sister|brothers|sisters|baby|telly|tv|music|dog|barks|everyone|with|work|after|about|bills|not|always|quiet|bad|day|days|has|had|then)';
const SAFE_ENDING = '(?:but|and|so)?\\s*(?:i\\s+am|im|i\\s+feel|i\\s+do\\s+feel|i\\s+still\\s+feel)\\s+(?:still\\s+)?safe(?:\\s+(?:though|tho|really|at\\s+home|honestly))?';

const LOUD_BUT_SAFE = new RegExp(`^${YES_OPENING}\\s+(?=[a-z ]*${LOUD})${EVERYDAY}(?:\\s+${EVERYDAY}){0,24}\\s+${SAFE_ENDING}$`);

/** "yes. home gets loud sometimes when my mum is stressed she shouts. but i am safe": the whole message. */
export const saysLoudButSafe = (text: string): boolean => LOUD_BUT_SAFE.test(normaliseMessage(text));
