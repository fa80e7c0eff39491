/*
 * "When By july 2027", "by when: july 2027": the question's words copied before the answer, as a
 * careful reader types them. Only before another time, so "when I'm 20" and "when I leave
 * college" keep their "when".
 */
const QUESTION_ECHO =
  /^(?:by\s+)?when\b[\s?:.,!-]*(?=(?:by|in|before|until|till|around|end|the\s+end|next|this|january|february|march|april|may|june|july|august|september|october|november|december|20\d\d)\b)/i;

/** The answer without the question's words copied before it. */
export function withoutQuestionEcho(text: string): string {
  return text.replace(QUESTION_ECHO, '');
}
