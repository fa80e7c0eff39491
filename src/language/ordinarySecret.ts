import { normaliseMessage } from './text';

/*
 * "i still cant do my shoelaces dont tell anyone lol": the thing kept quiet is plainly ordinary and a
 * little embarrassing (laces, swimming, a teddy, wetting the bed when little), so "dont tell anyone" is
 * a shy aside, not a request to keep a worry secret. Read only when the whole message is that thing
 * and the ask: anyone else named ("he said its our secret"), or any more said, keeps the secrets answer.
 */
const ASK = String.raw`(?:(?:but|and|so|pls|please|plz|just)\s+)*(?:dont|do\s+not|never)\s+(?:you\s+)?(?:tell|say)(?:\s+(?:any\s*one|any\s*body|no\s*one|people|my\s+mates|my\s+friends))?(?:\s+(?:ok|okay|pls|please|plz))?`;
const FILLER = String.raw`(?:\s+(?:lol|lmao|haha+|hehe+|ha+|xd|ok|okay|pls|please|plz|tho|though))*`;
const ORDINARY = String.raw`(?:(?:but|and|so|tbh|honestly)\s+)*i\s+(?:still\s+|honestly\s+|actually\s+)*(?:(?:cant|cannot|can\s+not|dont\s+know\s+how\s+to)\s+(?:do|tie)\s+(?:up\s+)?my\s+(?:shoe\s*laces|laces|shoes|tie)|(?:cant|cannot|can\s+not)\s+(?:swim|ride\s+a\s+bike|tell\s+the\s+time|whistle|do\s+a\s+roly\s+poly)|(?:have|sleep\s+with|cuddle|need)\s+(?:a|my)\s+(?:teddy(?:\s+bear)?|teddies|cuddly\s+toy|soft\s+toy|blankie|night\s*light)|(?:used\s+to\s+)?wet\s+the\s+bed\s+when\s+i\s+was\s+(?:little|small|a\s+kid|younger|a\s+baby)|(?:like|love|watch)\s+(?:peppa\s+pig|cartoons|baby\s+shows|cbeebies|teletubbies))`;
const ORDINARY_THEN_ASK = new RegExp(String.raw`^${ORDINARY}${FILLER}\s*${ASK}${FILLER}$`);
const ASK_THEN_ORDINARY = new RegExp(String.raw`^${ASK}${FILLER}\s*${ORDINARY}${FILLER}$`);

/** Whether the message is only a plainly ordinary thing and "dont tell anyone" beside it. */
export function keepsOrdinaryThingQuiet(text: string): boolean {
  if (text.length > 200) return false;
  const said = normaliseMessage(text).replace(/['’]/g, '').replace(/[^a-z\s]+/g, ' ').replace(/\s+/g, ' ').trim();
  return ORDINARY_THEN_ASK.test(said) || ASK_THEN_ORDINARY.test(said);
}
