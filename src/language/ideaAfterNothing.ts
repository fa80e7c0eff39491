import { saysNothingHelps } from './nothingHelps';
import { wishedHelpWords } from './wishedHelp';

/*
 * "nothing rly; i didnt know u could get extra time" at "What already helps?": nothing helps now.
 * What they did not know they could get ("extra time") is an idea for support, never help had now.
 */

const DIDNT_KNOW = /\b(?:i\s*)?(?:didnt|didn't|did\s+not|never|dont|don't|do\s+not)\s+(?:even\s+)?(?:know|knew|realise|realize|realised|realized)\s+(?:that\s+)?(?:you|u|ya|we|i|people|students)\s+(?:could|can|were\s+allowed\s+to|are\s+allowed\s+to)\s+(?:get|have|ask\s+for|use)\s+(.+?)\s*[.!?]*$/i;

/** The support named after "nothing helps ... i didnt know you could get", or null. */
export function ideaAfterNothing(text: string): string | null {
  const parts = text.split(/[;.!?]+|,\s*(?=i\b)/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2 || !saysNothingHelps(parts[0]!)) return null;
  const idea = DIDNT_KNOW.exec(parts.slice(1).join(' '))?.[1]?.replace(/\s+(?:lol|tbh|tho|though|either)$/i, '').trim();
  return idea && idea.split(/\s+/).length <= 8 ? idea : null;
}

/** The idea as kept: "It would help to have extra time", never as help had now. */
export function ideaAsWish(idea: string): string {
  const wish = wishedHelpWords(idea);
  return /\bwould help\b/i.test(wish) ? wish : `It would help to have ${idea}`;
}
