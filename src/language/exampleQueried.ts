/*
 * "the bus?? i dont drive yet, i get my full licence" just after the bot offered "Nikita gets the bus
 * alone every day for a week": the opening words only question the bot's own example. They are not
 * the answer, and nor is the reason the example does not fit ("i dont drive yet"); the rest is.
 */

/** Words too small to tie an echo to an example. */
const SMALL = new Set(['a', 'an', 'the', 'my', 'your', 'his', 'her', 'their', 'our', 'this', 'that', 'it', 'what', 'like', 'one', 'some', 'of', 'to', 'on', 'in', 'at', 'for', 'by', 'with']);

/** A short opening that ends in a question mark: "the bus??", "bus?", "the bus? what bus?". */
const OPENING_ECHO = /^\s*([a-z][a-z' ]{0,40}?)\s*(\?+)\s*((?:(?:what|which)\s+[a-z]+\s*\?+\s*)?)/i;
/** Why the example does not fit, said about themselves now: "i dont drive yet", "i can't drive", "im not on buses". */
const NOT_FOR_ME = /^\s*(?:(?:but|cos|coz|because|as)\s+)?(?:i\s*(?:do\s*n[o']?t|dont|don't|cant|can't|can\s*not|cannot|havent|haven't|have\s+not|never|am\s+not)|i'?m\s+not|im\s+not)\b[^,.;!?]*[,.;!?]*\s*/i;

function wordsOf(text: string): string[] {
  return text.toLowerCase().replace(/[^a-z0-9'\s]+/g, ' ').split(/\s+/).filter(Boolean);
}

/**
 * The answer without its opening question about one of the bot's examples (and a "not for me" reason
 * right after it), or undefined when it does not open that way. '' when nothing else was said.
 */
export function withoutQueriedExample(text: string, examples: readonly string[]): string | undefined {
  const echo = OPENING_ECHO.exec(text);
  if (!echo) return argued(text, examples);
  const said = wordsOf(echo[1] ?? '');
  const content = said.filter((w) => !SMALL.has(w));
  // At most three words, every word that matters taken from an example the bot gave.
  if (said.length > 3 || content.length === 0) return undefined;
  const shown = new Set(examples.flatMap(wordsOf));
  if (!content.every((w) => shown.has(w) || shown.has(`${w}s`) || (w.endsWith('s') && shown.has(w.slice(0, -1))))) return undefined;
  const after = text.slice(echo[0].length);
  const reason = NOT_FOR_ME.exec(after);
  // "the bus? i get it every day" may take the example up: only a puzzled echo ("??", "what bus?"), a reason it does not fit, or the echo alone questions it.
  const puzzled = (echo[2] ?? '').length > 1 || Boolean(echo[3]) || Boolean(reason) || !after.trim();
  if (!puzzled) return undefined;
  return after.slice(reason ? reason[0].length : 0).replace(/^[\s,.;:!?-]+/, '').trim();
}

/** "dont have cousins", "i havent got any cousins", "i never get the bus": the example not true of them, up to the next pause. */
const ARGUED = /^\s*(?:(?:but|cos|coz|because|as|well|um+|erm)\s+)?(?:(?:i\s*)?(?:do\s*n[o']?t|dont|don't|cant|can't|can\s*not|cannot|havent|haven't|have\s+not|aint|ain't)|i\s+never|i'?m\s+not|im\s+not|i\s+am\s+not)\b[^,.;!?]*[,.;!?]*\s*/i;

/** Words an example shares with almost any answer ("gets", "every day"): they tie nothing to it. */
const COMMON = new Set(['get', 'gets', 'go', 'goes', 'do', 'does', 'make', 'makes', 'every', 'day', 'days', 'week', 'weeks', 'time', 'times', 'help', 'without', 'alone', 'own', 'term', 'month', 'once', 'three', 'five', 'row', 'most']);

/**
 * "i dont get the bus i ride my bike" just after "Jordan gets the bus alone every day for a week":
 * the example argued with ("not for me", naming what it named) is no answer at all: ''. Undefined
 * when the message does not open that way or names nothing the example did.
 */
function argued(text: string, examples: readonly string[]): string | undefined {
  const reason = ARGUED.exec(text);
  if (!reason) return undefined;
  const shown = new Set(examples.flatMap(wordsOf).filter((w) => w.length >= 3 && !SMALL.has(w) && !COMMON.has(w)));
  const named = wordsOf(reason[0]).filter((w) => !SMALL.has(w) && !COMMON.has(w));
  const ties = named.some((w) => shown.has(w) || shown.has(`${w}s`) || (w.endsWith('s') && shown.has(w.slice(0, -1))) || (w.endsWith('es') && shown.has(w.slice(0, -2))));
  if (!ties) return undefined;
  // "i dont have cousins. i could save for new brakes": the answer after the remark is kept.
  return text.slice(reason[0].length).replace(/^(?:(?:lol|haha|tho|though|but|so|and|anyway)\b[\s,.;!?-]*)+/i, '').trim();
}
