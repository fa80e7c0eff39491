import { normaliseMessage } from './text';

/*
 * At "Are you safe right now?", "yes. i think. maybe i'll tell mum" says they mean to get help from an
 * adult they trust: that is good news to be met warmly, never the "call 999 now" reply that an unsure
 * answer alone gets. Only a trusted adult named counts ("my mum", "my teacher"), never "him" or "no one".
 */

const ADULT = String.raw`(?:mum|mam|mom|mummy|dad|daddy|nan|nana|nanny|gran|grandma|grandad|grandpa|auntie|aunt|aunty|uncle|carer|foster\s+(?:mum|dad|carer)|teacher|form\s+tutor|tutor|head\s+of\s+year|senco|key\s+worker|support\s+worker|social\s+worker|school\s+nurse|nurse|counsellor|sister|brother|parents)`;
const WILL_TELL = new RegExp(
  String.raw`\b(?:(?:i\s*ll|ill|i\s+will|im\s+(?:going\s+to|gonna|gna)|i\s+am\s+(?:going\s+to|gonna)|i\s+(?:might|may|could|want\s+to|wanna|think\s+i\s*ll|think\s+ill|think\s+i\s+will|can)|going\s+to|gonna)\s+(?:just\s+|probably\s+|maybe\s+|try\s+(?:and|to)\s+)?(?:tell|show|talk\s+to|write\s+to|message|text)\s+(?:my\s+|the\s+|our\s+)?(${ADULT})|(?:tell|telling)\s+my\s+(${ADULT})\s+(?:later|tonight|tomorrow|today|when\s+(?:she|he|they)\s+(?:gets|get|comes?)\s+(?:home|back)))\b`,
);

/** The trusted adult they say they will tell ("mum"), or undefined. */
export function adultTheyWillTell(text: string): string | undefined {
  if (text.length > 300) return undefined;
  const said = normaliseMessage(text);
  if (/\b(?:wont|will\s+not|cant|cannot|not\s+going\s+to|never)\s+(?:\w+\s+)?tell\b/.test(said)) return undefined;
  const found = WILL_TELL.exec(said);
  const whom = found?.[1] ?? found?.[2];
  return whom ? whom.replace(/\s+/g, ' ') : undefined;
}
