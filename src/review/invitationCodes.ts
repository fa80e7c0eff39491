import { randomInt } from 'node:crypto';

/*
 * Invitation codes are read aloud, copied from paper and typed on phones, so the alphabet leaves
 * out look-alikes (0/O/Q/D, 1/I/L/J, 2/Z, 5/S, 8/B, U/V). Eight of 20 symbols give about 2.6e10
 * codes; sign-in is not possible with a code, it only links a draft to a key worker, and sharing
 * still needs the young person's yes.
 */
export const INVITATION_ALPHABET = 'ACEFGHKMNPRTWXY34679';
export const INVITATION_CODE_LENGTH = 8;

export function newInvitationCode(): string {
  let code = '';
  for (let i = 0; i < INVITATION_CODE_LENGTH; i += 1) code += INVITATION_ALPHABET[randomInt(INVITATION_ALPHABET.length)];
  return code;
}

/** What people type ("acef-ghkm", "ACEF GHKM") to the stored form ("ACEFGHKM"). */
export function normaliseInvitationCode(text: string): string {
  return text.replace(/[\s-]+/g, '').toUpperCase();
}

/** "ACEFGHKM" → "ACEF-GHKM": easier to read out; the welcome step accepts it with or without the dash. */
export function displayInvitationCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

const pattern = new RegExp(`^[${INVITATION_ALPHABET}]{${INVITATION_CODE_LENGTH}}$`);
export function isInvitationCode(normalised: string): boolean {
  return pattern.test(normalised);
}
