/*
 * "ok. my hope: i want be footballer. or bus driver like tata" at "What makes this hard?": the hope
 * said again, as someone learning English may answer a question they did not follow. Only a
 * message that opens with "my hope" (after "ok" or "yes") is read this way.
 */

const MY_HOPE_LEAD = /^(?:(?:ok|okay|yes|yeah|so|sorry)[\s,.!]+)*my\s+(?:hope|hopes|dream|dreams)\s*(?:is|are|:|-)\s*/i;

/** The hope's words, when the message only says the hope again; null otherwise. */
export function myHopeAgain(text: string): string | null {
  const lead = MY_HOPE_LEAD.exec(text.trim());
  if (!lead) return null;
  const words = text.trim().slice(lead[0].length).trim();
  return /\p{L}{2,}/u.test(words) ? words : null;
}
