import { THINKING_ALOUD } from './hopeWords';

/*
 * Whether a sentence says a hope: "I would love him to have a friend" (a wish), "one day he will
 * drive" (a future), "live with Jay" (a thing to do, said on its own). "He is 12 and has autism"
 * says none: it tells about the person.
 */

/** Wording that says a hope: a wish, a future, or a thing to do ("live with Jay", "to be able to"). */
export const HOPE_WORDING =
  /\b(?:want|wants|wanna|wanted|(?:would|should)\s+(?:like|love)|'?d\s+(?:like|love)|id\s+(?:like|love)|love\s+to|loves\s+to|like\s+to|likes\s+to|hope|hopes|hoping|wish|wishes|dream|dreams|goal|one\s+day|some\s*day|in\s+the\s+future|when\s+(?:i|he|she|they)\s+(?:grow|am|is|are|get|leave)|could|will|be\s+able\s+to|to\s+be\s+able|(?:would|'?d|wud)\s+be\s+(?:nice|good|great|lovely|amazing|brilliant|ace|cool|the\s+dream)|aim|plan(?:s|ning)?\s+to|going\s+to|gonna)\b/i;
/**
 * A thing to do, said on its own: "live with Jay", "get the train on my own", "to go to college", "getting better at maths";
 * also a thing to stop or not to happen: "to stop getting excluded", "not getting excluded", "no more being sent home".
 */
const STARTS_WITH_A_DOING =
  /^(?:to\s+)?(?:(?:not|never|no\s+longer|no\s+more)\s+)?(?:stop|stopping|feel|feeling|enjoy|enjoying|be|become|live|have|hav|hve|get|go|work|learn|make|move|drive|travel|own|buy|open|start|run|play|join|meet|cook|see|visit|ride|swim|earn|find|keep|study|pass|take|help|write|read|speak|talk|walk|use|build|design|look\s+after|care\s+for|marry|teach|sing|dance|act|draw|paint|fix|train|volunteer|fly|sail|climb|win|compete|perform|record|film|create|save|stay|catch|being|becoming|living|having|getting|going|working|learning|making|moving|driving|travelling|owning|buying|opening|starting|running|playing|joining|meeting|cooking|seeing|visiting|riding|swimming|earning|finding|keeping|studying|passing|taking|helping|writing|reading|speaking|talking|walking|using|building|teaching|singing|dancing|drawing|painting|training|volunteering|flying|climbing|winning|staying)\b/i;

export function saysAHope(sentence: string): boolean {
  return HOPE_WORDING.test(sentence) || STARTS_WITH_A_DOING.test(sentence.replace(THINKING_ALOUD, ''));
}
