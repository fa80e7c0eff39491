import { normaliseMessage } from './text';

/*
 * "i dont want zain in it", "take zain out of my plan", "take his name out": someone named in the plan
 * is to be kept out of it. "i dont want zain to see it if mum prints it": who sees the plan, asked with
 * a name. Read on the whole message, from an allow-list, so nothing else said is lost.
 */

export type NameOut = { out: true; name?: string } | { sees: true; name?: string };

/** Words that are never a person's name here. */
const NOT_A_NAME = new Set(
  'it that this him her them anyone anybody someone somebody people everyone everybody my the a an his their me you u your mum mam mom dad nan school teachers teacher staff'.split(' '),
);
const NAME = String.raw`([a-z][a-z-]{1,20})(?:s)?`;
const PLAN = String.raw`(?:it|my\s+plan|the\s+plan|this|that|there|my\s+draft|the\s+draft)`;
const OPEN = String.raw`^(?:(?:and|also|but|so|please|pls|plz|can\s+(?:you|u)|could\s+(?:you|u)|i\s+want\s+(?:you\s+)?to|just)\s+)*`;
const END = String.raw`(?:\s+(?:please|pls|plz|thanks|thank\s+you|at\s+all|anywhere|either|too))*\s*$`;

const OUT = [
  // "i dont want zain in it", "i dont want zain in my plan"
  new RegExp(String.raw`${OPEN}i\s+(?:dont|do\s+not|dnt)\s+want\s+${NAME}(?:\s+(?:name|names))?\s+(?:in|on)\s+${PLAN}${END}`),
  // "take zain out", "take his name out of my plan", "remove zain from the plan", "keep zain out of it"
  new RegExp(String.raw`${OPEN}(?:take|takes|get|keep|leave)\s+(?:${NAME}|his\s+name|her\s+name|their\s+name|the\s+name)(?:\s+name)?\s+out(?:\s+of\s+${PLAN})?${END}`),
  new RegExp(String.raw`${OPEN}(?:remove|delete)\s+(?:${NAME}|his\s+name|her\s+name|their\s+name|the\s+name)(?:\s+name)?\s+(?:from|out\s+of)\s+${PLAN}${END}`),
];
// "i dont want zain to see it if mum prints it", "i dont want zain reading my plan"
const SEES = new RegExp(String.raw`${OPEN}i\s+(?:dont|do\s+not|dnt)\s+want\s+${NAME}\s+(?:to\s+(?:see|read)|seeing|reading)\s+${PLAN}(?:\s+(?:if|when)\s+[a-z\s]{1,40})?${END}`);

const PERSON = /^(?:him|her|them)$/;
/** "i dont want school to see it": a place or a thing, never a person who could read the plan. */
const NOT_A_READER = new Set('it that this my the a an his their me you u your school'.split(' '));
/** "zains name" is Zain's name. */
const possessiveOff = (word: string | undefined, said: string): string | undefined =>
  word && word.endsWith('s') && new RegExp(String.raw`\b${word}\s+names?\b`).test(said) ? word.slice(0, -1) : word;
const named = (word: string | undefined): string | undefined => (word && !NOT_A_NAME.has(word) ? word : undefined);

/** What the whole message asks about someone named in the plan: kept out of it, or who sees it; null when neither. */
export function readNameOut(text: string): NameOut | null {
  if (text.length > 200) return null;
  const said = normaliseMessage(text);
  for (const re of OUT) {
    const found = re.exec(said);
    // "i dont want it in my plan", "take it out": about an item, not a person; "him", "her" and "his name" are a person.
    if (found && !(found[1] && NOT_A_NAME.has(found[1]) && !PERSON.test(found[1]) && !/\b(?:his|her|their|the)\s+name\b/.test(said))) {
      // "keep him out of it" is about telling, not the plan: a person unnamed counts only when "name" or "plan" is said.
      if (found[1] && PERSON.test(found[1]) && !/\b(?:names?|plan)\b/.test(said)) return null;
      const name = named(found[1]) ? named(possessiveOff(found[1], said)) : undefined;
      return { out: true, ...(name ? { name } : {}) };
    }
  }
  const sees = SEES.exec(said);
  if (sees && sees[1] && !NOT_A_READER.has(sees[1]) && sees[1] !== 'anyone' && sees[1] !== 'anybody' && sees[1] !== 'everyone' && sees[1] !== 'people') return { sees: true, ...(named(sees[1]) ? { name: named(sees[1]) } : {}) };
  return null;
}

/*
 * "will jay see this? he looks at my fone", "can my boyfriend read this": whether someone who uses their phone can
 * see this chat. Read with a person (a name, he or she, a partner) and seeing this chat or the plan.
 */
const SEES_CHAT = new RegExp(
  String.raw`\b(?:will|can|could|would|does|might|is)\s+(he|she|my\s+(?:boyfriend|girlfriend|partner|bf|gf|husband|wife|fella)|[a-z][a-z-]{1,20})\s+(?:be\s+able\s+to\s+|going\s+to\s+|gonna\s+)?(?:see|read|find|look\s+at|going\s+to\s+see)\s+(?:this|it|the\s+chat|this\s+chat|my\s+plan|the\s+plan|what\s+i\s+(?:said|wrote|typed|put))\b`,
);
const WANTS_THEM_TO_SEE = /\bhow\s+(?:does|do|will|can|could|would)\b|\b(?:key\s*worker|keyworker|senco|social\s+worker|tutor)\b/;
const NOT_SOMEONE = new Set('it that this anyone anybody someone somebody people everyone everybody you u i we they school teachers teacher staff'.split(' '));

/** Who they ask can see this chat on their phone ("Jay", "him", "your boyfriend"); undefined when not asked. */
export function readChatSeenBy(text: string): string | undefined {
  if (text.length > 300) return undefined;
  const said = normaliseMessage(text).replace(/['’]/g, '');
  // "how does sarah see it? shes my key worker" wants them to see it: that is the sharing question, not a worry.
  if (WANTS_THEM_TO_SEE.test(said)) return undefined;
  const found = SEES_CHAT.exec(said)?.[1];
  if (!found || NOT_SOMEONE.has(found)) return undefined;
  if (found === 'he') return 'him';
  if (found === 'she') return 'her';
  return found.startsWith('my ') ? found.replace(/^my\s+/, 'your ') : found;
}

/** "he looks at my fone", "she goes through my phone": someone else uses the phone this chat is on. */
const PHONE_LOOKED_AT = /\b(?:phone|fone|mobile|tablet|ipad|laptop)\b|\b(?:looks?|look(?:ing|s)?|goes|go(?:ing)?)\s+(?:at|through|on)\s+my\b|\bchecks?\s+my\b/;
export const mentionsPhoneLookedAt = (text: string): boolean => PHONE_LOOKED_AT.test(normaliseMessage(text));
