/*
 * "By July 2027, I will like maybe get the bus on my own i think.": a sentence typed whole keeps the
 * little words people say while thinking. The plan's sentence drops them where they lead or trail
 * what the person will do; the whole answer stays in their own words beside it. Words inside the
 * doing ("I will like my new school") are never touched: only a filler right after "will" that is
 * followed by a verb-like word, and fillers at the very end.
 */

const LEAD = /\b(will|'ll)\s+(?:(?:like|maybe|probably|hopefully|kinda|sorta|just\s+like|tbh|i\s+think|i\s+guess)[,]?\s+)+(?=(?:be|get|go|make|do|have|learn|try|use|take|walk|ride|travel|catch|cook|read|write|talk|speak|ask|tell|join|play|work|find|pay|buy|tidy|wash|dress|eat|sleep|swim|drive|stay|keep|feel|say|know|manage|help|start|finish|pass|visit|see|meet|leave|move)\b)/i;
const TRAIL = /(?:[,\s]+(?:i\s+think|i\s+guess|tbh|lol|lmao|innit|and\s+stuff|and\s+that|or\s+something|or\s+whatever|like|maybe|yeah|haha))+\s*([.!]*)\s*$/i;

/** The sentence without filler leading or trailing what will be done; unchanged when there is none. */
export function withoutFillerAroundDoing(sentence: string): string {
  const trimmed = sentence.replace(TRAIL, '$1');
  const out = trimmed.replace(LEAD, '$1 ');
  return out.trim() || sentence;
}
