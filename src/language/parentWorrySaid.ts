import { normaliseMessage } from './text';

/*
 * A parent's own worry or upset, said in an answer about their child: "which made me feel sick",
 * "i worry so much that if he cant tell someone hes hurt nobody will know", "which is the bit im
 * stressing about tbh". It is heard with a kind word before the next question; what it is about is
 * still the answer. A worry about what may happen is no disclosure: harm told as happening is read
 * by the safety check first, whatever is said here.
 */

const SO = '(?:so\\s+|really\\s+|very\\s+|a\\s+bit\\s+|quite\\s+|proper\\s+|well\\s+|just\\s+|honestly\\s+|also\\s+)*';

const OWN_WORRY = new RegExp(
  [
    // "made me feel sick", "makes me want to cry", "it makes me so anxious"
    `\\b(?:made|makes|making)\\s+me\\s+${SO}(?:feel\\s+${SO})?(?:sick|ill|anxious|worried|scared|panic\\w*|sad|upset|cry|want\\s+to\\s+cry|terrified|awful|horrible)\\b`,
    // "i worry so much", "i dread it", "i fear that"
    `\\bi\\s+${SO}(?:worry|dread|fear|panic)\\b(?!\\s+less)`,
    // "im so worried", "i am stressing about", "im terrified"
    `\\bi\\s*(?:m|am)\\s+${SO}(?:worried|worrying|scared|anxious|stressed|stressing|terrified|dreading|panicking|petrified|frightened|nervous|gutted|heartbroken)\\b`,
    // "keeps me up at night", "breaks my heart", "my biggest worry", "it worries me"
    '\\bkeeps?\\s+me\\s+(?:up|awake)\\b|\\bbreaks?\\s+my\\s+heart\\b|\\bmy\\s+(?:biggest|main|big)\\s+(?:worry|fear)\\b|\\b(?:it|that|this)\\s+(?:really\\s+)?(?:worries|scares|terrifies)\\s+me\\b',
  ].join('|'),
);

/** Whether a message says the parent's own worry or upset. */
export function saysOwnWorry(text: string): boolean {
  return OWN_WORRY.test(normaliseMessage(text).replace(/\bim\b/g, 'i m'));
}

/**
 * A message that is only the worry, with nothing that helps in it ("i worry so much that if he cant
 * tell someone hes hurt nobody will know"): at "what already helps?" it is a hard thing, never help.
 */
export function onlyAWorry(text: string): boolean {
  const said = normaliseMessage(text);
  return saysOwnWorry(text) && !/\b(?:helps?|helped|helping|works?|worked|uses?|using|gives?|shows?|makaton|pictures?|timer|signs?)\b/.test(said);
}
