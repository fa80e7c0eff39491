import { RELATIVE, CARER } from './familyWords';
import { normaliseMessage } from './text';

/*
 * Someone known only online (from a game, an app, "my online friend") who wants to meet, asks where they live or for
 * their address: a step in grooming a child, whatever else is said. The chat answers the question a child asks about it
 * ("he wants to meet me. what should i do"): do not meet them, tell an adult, report it to CEOP, Childline. Whether the
 * person was met online may have been said earlier in the chat ("i talk to a boy on roblox"): the chat keeps only that it
 * was said (a yes), never the words.
 */

const GAME_OR_APP = String.raw`(?:roblox|fortnite|minecraft|discord|snap|snapchat|tiktok|tik\s+tok|insta|instagram|whatsapp|xbox|ps[345]|playstation|among\s+us|fifa|cod|call\s+of\s+duty|twitch|reddit|omegle|kik|telegram|facebook|fb|youtube|an?\s+app|the\s+app|a\s+game|the\s+game|my\s+game|a\s+website|the\s+internet|a\s+chat\s+room|a\s+group\s+chat)`;
/** Someone met online: "online", "from roblox", "on a game", "my online friend", "a gamer i talk to". */
const ONLINE = new RegExp(String.raw`\b(?:online|on\s*line|over\s+the\s+internet|(?:on|from|in|off|thru|through|via)\s+${GAME_OR_APP}|(?:met|meet|talk\s+to|chat\s+to|chat\s+with|talking\s+to|play\s+with|playing\s+with|game\s+with|gaming\s+with)\s+(?:\w+\s+){0,3}?(?:on|in)\s+${GAME_OR_APP}|internet\s+friend|gaming\s+friend|gamer\s+friend|(?:play|plays|playing|game|games|gaming)\s+(?:\w+\s+)?${GAME_OR_APP}\s+with|${GAME_OR_APP}\s+(?:friend|mate|buddy|bf|gf|boyfriend|girlfriend))\b`);
/** A person in it, not only a game played: "someone", "a guy", "he", "my friend". */
const PERSON = /\b(?:someone|somebody|some\s*one|guy|boy|girl|man|lad|bloke|woman|person|friend|mate|buddy|bf|gf|boyfriend|girlfriend|he|she|him|her|hes|shes|they|them|people)\b/;
/** Wanting to meet them, see them in person, come to them, or know where they live. */
const MEET = new RegExp(
  String.raw`\b(?:(?<!\b(?:i|we)\s+(?:\w+\s+)?)(?:want|wants|wanted|wanna|asked|asks|asking|askin|keeps\s+asking|begging|trying)\s+(?:me\s+)?(?:to\s+)?(?:meet|meet\s+up|link|link\s+up|hang\s+out|come\s+(?:round|over|and\s+see\s+me)|see\s+me\s+(?:irl|in\s+real\s+life|in\s+person|for\s+real)|pick\s+me\s+up)|(?:said|says|sed|goes)\s+(?:lets|let\s+us|we\s+should|we\s+could|to)\s+(?:meet|link)|\blets\s+meet|(?:want|wants|wanted|asked|asks|asking|askin|keeps\s+asking)\s+(?:for\s+)?(?:my|me\s+my)\s+(?:address|postcode|house\s+number)|(?:asked|asks|asking|askin|wants\s+to\s+know)\s+(?:me\s+)?where\s+i\s+live|should\s+i\s+(?:go\s+(?:and\s+)?meet|meet)\b)`,
);
/** Someone the child knows in everyday life as the one meeting: family, a carer, a teacher, a worker. */
const KNOWN = new RegExp(String.raw`\b(?:${RELATIVE}|${CARER}|teacher|teachers|social\s+worker|key\s+worker|support\s+worker|doctor|nurse|therapist|counsellor|tutor|coach|senco|mentor)s?\s+(?:\w+\s+)?(?:want|wants|wanted|wanna|asked|asks|said|says)\b`);

const said = (text: string): string => normaliseMessage(text).replace(/['’]/g, '');

/** Whether the message tells of someone met online (marks the chat; the words are not kept). */
export function tellsOfOnlineContact(text: string): boolean {
  if (text.length > 2_000) return false;
  const s = said(text);
  return ONLINE.test(s) && PERSON.test(s);
}

/**
 * Whether the message tells of someone known online wanting to meet them or know where they live. `onlineBefore`: the
 * chat was told earlier of someone met online, so "he wants to meet me" is read as about them. Never family, a teacher
 * or a worker wanting to meet.
 */
export function tellsOfOnlineMeetingAsked(text: string, onlineBefore = false): boolean {
  if (text.length > 2_000) return false;
  const s = said(text);
  return MEET.test(s) && (onlineBefore || ONLINE.test(s)) && !KNOWN.test(s);
}

/** Asked to keep it from family or a secret ("dont tell ur mum", "keep it a secret"): with a wish to meet, grooming with a sexual aim. */
const SECRET = /\b(?:(?:dont|do\s+not|not\s+to|never|wont|will\s+not)\s+tell\s+(?:ur|your|yer|ya|anyone|any1|anybody|nobody|no\s+one|ur\s+\w+|your\s+\w+)|keep\s+(?:it|this|us)\s+(?:a\s+)?secret|(?:our|a)\s+(?:little\s+)?secret|just\s+between\s+(?:us|me\s+and\s+(?:him|her)))\b/;

/** Whether the message asks for it to be kept secret from family or everyone. */
export function tellsOfSecrecyAsked(text: string): boolean {
  return text.length <= 2_000 && SECRET.test(said(text));
}
