/*
 * A hope typed with a label, after a "no" that only says the last reading was wrong:
 * "no thats a different hope. HOPE: Kayden makes a friend", "new hope: swimming". The words after
 * the label are the hope; the "no" is not "no more hopes". The whole message must have this shape.
 */
const LABELLED = /^(?:(?:no|nah|nope)\b[\s,.!]*)?(?:(?:that'?s|thats|it'?s|its|this is)\s+(?:a\s+|an\s+)?(?:different|another|new|separate|other)\s+(?:hope|one)\b[\s,.!]*)?(?:(?:my\s+)?(?:new\s+|next\s+|other\s+|another\s+|different\s+)?hope)\s*[:=-]\s*(\S.*?)[\s.!]*$/i;

/** The hope after a "hope:" label, or undefined when the message has another shape. */
export function hopeLabelled(text: string): string | undefined {
  const hope = LABELLED.exec(text.trim())?.[1]?.trim();
  return hope && /[a-z]/i.test(hope) ? hope : undefined;
}
