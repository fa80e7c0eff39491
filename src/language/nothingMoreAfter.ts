/*
 * "delete the first 1 and nuffin is hard", "take out the last one. nothing else is hard": a part to
 * take out, then the answer to "Is there anything else that makes this hope hard?" said beside it.
 * The request is read on its own; "nothing" is the answer to the open question once it is done.
 */

const NOTHING = String.raw`(?:nothing|nuffin|nuffink|nuthin|nothin|nufin|nowt|nout|none|nothing at all)`;
const ANSWER = new RegExp(
  String.raw`^(.{6,120}?)\s*(?:[,.;!]+\s*|\s+)(?:(?:and|but|then|so)\s+)?(?:(?:${NOTHING})(?:\s+(?:else|more))?(?:\s+(?:is|s|else\s+is)\s+(?:hard|a\s+problem|difficult)|\s+hard|\s+else)?|(?:thats|that\s+s|that\s+is)\s+(?:all|it)|no\s+more)(?:\s+(?:now|really|tbh|thanks|thx|ta|lol))*[\s.!]*$`,
  'i',
);

/** The request said before "and nothing is hard", with that answer taken off; undefined when the message ends with no such answer. */
export function beforeNothingMore(text: string): string | undefined {
  if (text.length > 160) return undefined;
  const found = ANSWER.exec(text.trim());
  const request = found?.[1]?.trim().replace(/[\s,.;!]+$/, '');
  return request && /[a-z]/i.test(request) ? request : undefined;
}
