/*
 * "just the hard thing", "only that, keep the help", "leave the help": asked whether a hard thing's
 * help goes with it, the hard thing alone goes and the help is kept.
 */

const JUST = /^(?:(?:no|nah|yes|yeah|ok|okay|just|only)\s+)*(?:just|only)\s+(?:the|that)\s+(?:hard\s+thing|hard\s+bit|problem|need|one|bit|first\s+bit)(?:\s+(?:please|pls|then))*(?:\s+(?:and\s+)?(?:keep|leave)\s+(?:the\s+)?(?:help|helps|what\s+helps)(?:\s+in)?)?$/;
const KEEP_HELP = /^(?:(?:no|nah|yes|yeah|ok|okay|but|just)\s+)*(?:keep|leave)\s+(?:the\s+)?(?:help|helps|what\s+helps)(?:\s+(?:in|please|pls|though))*$/;

export function saysJustTheHardThing(text: string): boolean {
  const said = text.toLowerCase().replace(/[\u2018\u2019']/g, '').replace(/[^\p{L}\p{N}\s]+/gu, ' ').replace(/\s+/g, ' ').trim();
  return JUST.test(said) || KEEP_HELP.test(said);
}
