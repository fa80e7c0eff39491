/*
 * A job or trade named as what someone wants to be ("be a mechanic", "become a chef", "work as a
 * vet", "fix cars for a living"): a hope about work, whichever part of life the question asked
 * about. "be a good friend" and "be a big brother" name no job.
 */

export const JOBS = String.raw`(?:mechanic|chef|hairdresser|barber|beautician|vet|nurse|doctor|dentist|paramedic|teacher|(?:teaching|classroom)\s+assistant|plumber|electrician|builder|bricklayer|carpenter|joiner|plasterer|decorator|painter|roofer|welder|baker|butcher|farmer|gardener|landscaper|groomer|zoo\s?keeper|footballer|youtuber|streamer|gamer|dancer|singer|actor|actress|artist|musician|writer|author|illustrator|animator|photographer|designer|developer|programmer|coder|engineer|scientist|pilot|(?:bus|lorry|truck|taxi|train|delivery)\s+driver|police\s*(?:man|woman|officer)|firefighter|fireman|soldier|lifeguard|cleaner|waiter|waitress|receptionist|shop\s+assistant|(?:care|support|youth|social)\s+worker|lawyer|(?:nursery|vet)\s+nurse|(?:personal|fitness)\s+trainer|technician|vlogger)`;

const JOB_NAMED = new RegExp(
  String.raw`\b(?:(?:be|become|becoming|being|train\w*\s+(?:as|to\s+be)|work\w*\s+as|(?:a\s+)?(?:job|career)\s+as|qualif\w*\s+as)\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?(?:(?!(?:with|and|or|to|at|for|like|near|around|in|on|by|as|of|friends?|mates)\b)[a-z]+\s+)?${JOBS}s?|for\s+a\s+living)\b`,
  'i',
);

/** The words name a job they want to do. */
export function namesAJob(text: string): boolean {
  return JOB_NAMED.test(text.replace(/[\u2018\u2019]/g, "'"));
}

/** Jobs whose name alone may be the help someone gives ("a teaching assistant", "a nurse"), not a job wanted. */
const HELPER_JOBS = /\b(?:(?:teaching|classroom|shop)\s+assistant|(?:care|support|youth|social)\s+worker|(?<!\b(?:vet|nursery)\s)nurse|doctor|dentist|paramedic|teacher|(?:personal|fitness)\s+trainer|cleaner|driver|lawyer)s?$/i;
const JOB_ALONE = new RegExp(String.raw`^(?:an?\s+)?(?:[a-z]+\s+)?${JOBS}s?$`, 'i');

/** "a chef", "a mechanic", "footballer": a job named on its own, at a question about hopes, is the job they want. */
export function namesAJobAlone(text: string): boolean {
  // "maybe a vet nurse": how sure they are does not change the job named.
  const words = text.trim().replace(/[.!]+$/, '').replace(/^(?:maybe|perhaps|possibly)\s+/i, '');
  return JOB_ALONE.test(words) && !HELPER_JOBS.test(words);
}
