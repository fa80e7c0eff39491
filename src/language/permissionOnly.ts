import { foldCase } from './text';

/*
 * "mum to let me", "if my dad says yes", "my mums permission": a parent or carer saying yes. That
 * matters, but it is not support a service gives, so it is never provision (never filed as social
 * care). Help from them ("mum to take me", "dad to teach me to drive") is help, and is not read here.
 */

const FAMILY = String.raw`(?:(?:my|his|her|our|their)\s+)?(?:mum|mam|mom|mummy|mams|mums|moms|dad|dads|daddy|parents?|carers?|foster\s+(?:mum|dad|carers?|parents?)|step\s*(?:mum|dad)|nan|nana|gran|grandma|grandad|family)`;
const SAYING_YES = String.raw`(?:(?:let|lets|letting|allow|allows|allowing|agree|agrees|agreeing)(?:\s+(?:me|him|her|us|to\s+it))?|(?:say|says|saying|said)\s+(?:yes|i\s+can|i\s+could|its\s+ok|its\s+okay|it\s+is\s+ok|ok|okay|its\s+fine))`;

/** The message says only that a parent or carer says yes: "mum to let me", "if dad lets me go", "my mums permission". */
const PERMISSION = new RegExp(
  String.raw`^(?:(?:for|if|when|just|only|probably|maybe)\s+)*${FAMILY}\s+(?:to\s+|would\s+|will\s+|just\s+|has\s+to\s+)*${SAYING_YES}\b` +
    String.raw`|^(?:(?:a|the|just|only)\s+)?(?:permission|the\s+ok|a\s+yes|say\s+so)\s+(?:from|off|of)\s+${FAMILY}\b` +
    String.raw`|^${FAMILY}(?:s|\s+s)?\s+(?:permission|say\s+so|ok|yes)\b`,
);

/** Someone doing something for them: that is help, even beside a yes ("mum to let me and take me"). */
const HELP_DONE = /\b(?:help\w*|support\w*|take|takes|taking|come|comes|coming|teach\w*|show\w*|drive|drives|driving\s+me|pay|pays|paying|buy|buys|lift|lifts|with\s+me|remind\w*)\b/;

/** The words say only that a parent or carer says yes, and nothing anyone would do to help. */
export function saysOnlyPermission(text: string): boolean {
  const said = foldCase(text).replace(/[\u2018\u2019']/g, '').replace(/[^a-z\s]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!said || said.split(' ').length > 12) return false;
  return PERMISSION.test(said) && !HELP_DONE.test(said);
}
