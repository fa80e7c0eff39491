import { normaliseMessage, sentencesOf } from './text';

/*
 * "did u keep the one about money?", "have you saved the bit about my pip", "is the thing about money still there?",
 * "what did you keep about money": what was kept about one topic, asked later in the chat. Read on allow-lists of the
 * whole question; the topic is what follows "about".
 */

const ONE = String.raw`(?:the\s+(?:one|thing|bit|stuff|part|note)|that\s+(?:one|bit|thing)|what\s+i\s+(?:said|told\s+(?:you|u)|wrote|typed|put))`;
const KEEP = String.raw`(?:keep|kept|save|saved|write\s+down|wrote\s+down|note|noted|remember|remembered|put\s+in|store|stored)`;
const TOPIC = String.raw`(?<about>(?:my\s+|the\s+|his\s+|her\s+)?[a-z]+(?:\s+money)?)`;
const OPEN = String.raw`^(?:(?:so|ok|okay|but|and|wait|um|erm|hey|also|oh)\s+)*`;
const END = String.raw`(?:\s+(?:then|still|too|as\s+well|or\s+not|yet|in\s+there|there))*$`;
const ASKS = [
  new RegExp(String.raw`${OPEN}(?:did|have|has|will)\s+(?:you|u|it)\s+${KEEP}\s+${ONE}\s+about\s+${TOPIC}${END}`),
  new RegExp(String.raw`${OPEN}(?:is|was)\s+${ONE}\s+about\s+${TOPIC}\s+(?:still\s+)?(?:there|kept|saved|in|in\s+there|on\s+there)${END}`),
  new RegExp(String.raw`${OPEN}what\s+(?:did|have)\s+(?:you|u)\s+${KEEP}\s+about\s+${TOPIC}${END}`),
];
/** Never a topic: "the one about it" says nothing to look for. */
const NOT_A_TOPIC = new Set(['it', 'that', 'this', 'them', 'him', 'her', 'me', 'stuff', 'things']);

/** The topic asked about ("money", "my pip"); undefined when the message does not ask what was kept about one. */
export function asksWhatWasKeptAbout(text: string): string | undefined {
  if (text.length > 160) return undefined;
  for (const sentence of sentencesOf(text)) {
    const said = normaliseMessage(sentence);
    for (const re of ASKS) {
      const about = re.exec(said)?.groups?.about?.trim();
      if (about && !NOT_A_TOPIC.has(about.replace(/^(?:my|the|his|her)\s+/, ''))) return about;
    }
  }
  return undefined;
}

const MONEY_WORDS = String.raw`money|pip|benefits?|cash|card|bank|wages|pay|savings|universal\s+credit`;

/** The words that find that topic in an answer: money is found as PIP, benefits, a card too. */
export function topicWords(about: string): RegExp {
  const bare = about.replace(/^(?:my|the|his|her)\s+/, '');
  if (new RegExp(String.raw`^(?:${MONEY_WORDS}|pip\s+money)$`).test(bare)) return new RegExp(String.raw`\b(?:${MONEY_WORDS})\b`, 'i');
  return new RegExp(String.raw`\b${bare.replace(/\s+/g, String.raw`\s+`)}\b`, 'i');
}
