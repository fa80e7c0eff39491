import { saysNothingHelps } from './nothingHelps';
import { wishedHelpWords } from './wishedHelp';

/*
 * "nothing rly; i didnt know u could get extra time" at "What already helps?": nothing helps now.
 * What they did not know they could get ("extra time") is an idea for support, never help had now.
 */

const DIDNT_KNOW = /\b(?:i\s*)?(?:didnt|didn't|did\s+not|never|dont|don't|do\s+not)\s+(?:even\s+)?(?:know|knew|realise|realize|realised|realized)\s+(?:that\s+)?(?:you|u|ya|we|i|people|students)\s+(?:could|can|were\s+allowed\s+to|are\s+allowed\s+to)\s+(?:get|have|ask\s+for|use)\s+(.+?)\s*[.!?]*$/i;

/** "i dont get extra time yet", "i havent got a laptop yet": support not had yet, so wished for. */
const NOT_YET = /^(?:but\s+|cos\s+|coz\s+|because\s+)?i\s+(?:dont|don't|do\s+not|havent|haven't|have\s+not|aint|still\s+dont|still\s+havent)\s+(?:even\s+)?(?:get|got|have|had|been\s+given)\s+(.+?)(?:\s+(?:yet|either))+\s*[.!?]*$/i;
/** "nothing rly i dont ...", typed with no full stop: the "nothing" ends where "i" starts. */
const NOTHING_THEN_I = /^((?:[a-z']+\s+){0,2}(?:nothing|nothin|nuthin|nowt|none)(?:\s+(?:rly|really|much|atm|yet|tbh|at\s+all))*)\s+(?=i\s)(.+)$/i;

/** The support named after "nothing helps ... i didnt know you could get" (or "... i dont get X yet"), or null. */
export function ideaAfterNothing(text: string): string | null {
  const cut = text.split(/[;.!?]+|,\s*(?=i\b)/).map((p) => p.trim()).filter(Boolean);
  const run = cut.length < 2 ? NOTHING_THEN_I.exec(text.trim()) : null;
  const parts = run ? [run[1]!, run[2]!] : cut;
  if (parts.length < 2 || !saysNothingHelps(parts[0]!)) return null;
  const after = parts.slice(1).join(' ');
  const idea = (DIDNT_KNOW.exec(after) ?? NOT_YET.exec(after))?.[1]?.replace(/\s+(?:lol|tbh|tho|though|either)$/i, '').trim();
  return idea && idea.split(/\s+/).length <= 8 ? idea : null;
}

/** The idea as kept: "It would help to have extra time", never as help had now. */
export function ideaAsWish(idea: string): string {
  const wish = wishedHelpWords(idea);
  return /\bwould help\b/i.test(wish) ? wish : `It would help to have ${idea}`;
}
