/*
 * "Which people? I can't read minds", "who do you mean by people", "people like who?": the open
 * question mentions people, and the person asks who is meant. It is answered with examples and
 * the question asked again; never kept as an answer.
 */

/** Plain words (chatPieces' `plain`) of a sentence asking who "people" are. */
const WHICH_PEOPLE =
  /^(?:(?:and|but|so|ok|okay|um+|erm+|hmm+)\s+)*(?:(?:which|what|wat|wot|whose)\s+(?:people|persons)(?:\s+(?:do\s+you\s+mean|you\s+mean|are\s+you\s+on\s+about|tho|though|then|exactly|lol))*|who\s+(?:do\s+you\s+mean|you\s+mean|are\s+(?:the\s+)?people|is\s+people|is\s+that|are\s+they|are\s+you\s+on\s+about)(?:\s+(?:by\s+)?(?:people|them|they))?(?:\s+(?:tho|though|then|exactly|lol))*|people\s+like\s+who|(?:who|which)\s+people|what\s+do\s+you\s+mean\s+(?:by\s+)?people|who)$/;

/**
 * "And any adult, not just Mrs Patel and me?", "can it be anyone not only school?": whether the question
 * means anyone at all. Only with "?": "any adult not just mum sits with him" is an answer.
 */
const ANYONE_NOT_JUST =
  /^(?:(?:and|but|so|ok|okay|um+|erm+)\s+)*(?:(?:can|could|does|do|should|will)\s+(?:it|that|this|the answer)\s+(?:be|include|mean)\s+)?(?:any|anyone|anybody|every|all|other)(?:\s*(?:one|body|adults?|grown\s*ups?|people|persons?|staff|helpers?|carers?))?(?:\s+(?:at\s+all|who\s+helps?))?\s+(?:and\s+)?(?:not|or)\s+(?:just|only)\s+(?:[a-z']+\s*){1,6}$/;

/** Whether the sentence asks who "people" are. `text` as typed: a bare "who" counts only with "?". */
export function asksWhichPeople(said: string, text: string): boolean {
  if (said === 'who') return /\?\s*$/.test(text);
  if (/\?\s*$/.test(text) && ANYONE_NOT_JUST.test(said)) return true;
  return WHICH_PEOPLE.test(said);
}
