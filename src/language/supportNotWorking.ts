import { namesHardThingsOnly } from './hardList';
import { normaliseMessage } from './text';

/*
 * "How can people support you best? What works well?" answered with what does NOT work: "when
 * teachers shout and when its loud in the canteen", "people rushing me", "i hate it when its
 * noisy", "loud noises and crowds". Kept as how to help, it would read as the help wanted. An answer
 * that also says what helps ("dont shout, explain it again", "when its loud, headphones help") is
 * support as it is.
 */

/** Who or what can make it go wrong. */
const SOMEONE = String.raw`(?:teachers?|staff|adults?|people|someone|somebody|they|others|everyone|kids|children|other\s+kids|the\s+class|my\s+class|my\s+(?:mum|dad|brother|sister|teacher)|it|its|things|plans?|routines?|there|the\s+\w+)`;
/** What goes wrong: noise, shouting, rushing, crowds, change, being picked on or put on the spot. */
const GOES_WRONG = String.raw`(?:shout\w*|yell\w*|scream\w*|rush\w*|hurr\w*|loud|noisy|busy|crowded|packed|rammed|chaotic|bright|hot|smelly|stare\w*|laugh\w*\s+at|pick\w*\s+on|tell\w*\s+me\s+off|told\s+off|moan\w*|nag\w*|ignor\w*|touch\w*|grab\w*|push\w*|talk\w*\s+over|change\w*|too\s+(?:loud|busy|noisy|fast|quick|much|many)|go\w*\s+too\s+fast|talk\w*\s+too\s+fast|put\w*\s+me\s+on\s+the\s+spot|pick\w*\s+me\s+to\s+(?:answer|read|talk)|make\w*\s+me\s+(?:read|talk|speak|stand)|single\w*\s+me\s+out)`;

const WHEN_IT_GOES_WRONG = new RegExp(String.raw`^(?:(?:um+|erm|well|so|probably|maybe|like)\s+)*(?:when|whenever|if)\s+${SOMEONE}\s+(?:(?:is|are|s|re|get|gets|getting|start|starts|keep|keeps|just|all)\s+)*${GOES_WRONG}\b`);
/** "teachers shouting", "people rushing me", "being shouted at", "getting told off". */
const SOMEONE_DOING = new RegExp(String.raw`^(?:${SOMEONE}\s+${GOES_WRONG}|(?:being|getting)\s+(?:shouted\s+at|yelled\s+at|rushed|told\s+off|laughed\s+at|picked\s+on|stared\s+at|ignored|touched|put\s+on\s+the\s+spot|singled\s+out)|shouting|yelling|noise|loud\s+\w+|crowds?)\b`);
/** "i hate it when", "i dont like", "i cant cope with", "i get stressed when": said as a dislike. */
const DISLIKE =
  /^(?:(?:um+|erm|well|so|honestly|tbh)\s+)*(?:i|he|she|they)\s+(?:really\s+)?(?:hate|hates|dont\s+like|doesnt\s+like|do\s+not\s+like|does\s+not\s+like|cant\s+stand|cant\s+cope\s+with|cant\s+deal\s+with|cant\s+handle|struggle\s+with|struggles\s+with|(?:get|gets)\s+(?:stressed|upset|angry|anxious|overwhelmed|scared|panicky|wound\s+up)\s+(?:when|if|with|in|by|around))\b/;
/** "what doesnt work is", "it doesnt help when", "not when people shout". */
const DOES_NOT_WORK = /\b(?:(?:what|it|that|this|things?)\s+(?:doesnt|dont|does\s+not|do\s+not|never)\s+(?:work|help)|not\s+(?:when|if)\s+(?:people|someone|they|teachers?|its|it))\b/;
/** Words that say what helps: then the answer is support, whatever else it says. */
const HELPS =
  /\b(?:helps?|helped|helping|works?\s+(?:well|best)|better\s+(?:when|if)|best\s+(?:when|if)|give|let|explain\w*|warn\w*|tell\s+me\s+(?:before|what|first|again)|show\s+me|remind\w*|time\s+to|time\s+out|break|headphones|ear\s*(?:defenders|plugs)|calm(?:ly)?|quiet(?:ly)?|somewhere\s+quiet|sit\s+(?:with|near|by)|talk\s+to\s+me|(?:dont|do\s+not|never|no)\s+(?:shout\w*|rush\w*|yell\w*|make|put|pick|single|touch|call))\b/;

/** The answer names what makes things go wrong for them, and nothing that helps. */
export function saysWhatDoesNotWork(text: string): boolean {
  const said = normaliseMessage(text);
  if (!said || said.length > 300 || HELPS.test(said)) return false;
  return WHEN_IT_GOES_WRONG.test(said) || SOMEONE_DOING.test(said) || DISLIKE.test(said) || DOES_NOT_WORK.test(said) || namesHardThingsOnly(text);
}
