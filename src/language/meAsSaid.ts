/*
 * "mi", "mee", "meee": "me" typed as it sounds, by a young person who spells by ear. Only read so
 * at the start of a short answer about who is chatting ("mi", "its mi", "mi mason"), where "me"
 * is what is meant; elsewhere "mi" may be "my" ("mi sok") and is left as typed.
 */
const ME_AS_SAID = /^((?:(?:its|it's|it’s|it is|this is|just|only|um+|erm|oh|hi|hey|hiya)[\s,]+)*)(?:mi|mee+)(?=$|[\s.,!;:-])/i;

/** The message with a leading "mi" or "mee" written "me". */
export function meAsSaid(text: string): string {
  return text.trim().replace(ME_AS_SAID, '$1me');
}
