/**
 * What the bot says in Teams before any journey is loaded (so before a reading mode is known).
 * Written to the easy-read rules (short sentences, everyday words), so it suits everyone.
 */
export const TeamsText = {
  tenantRefused: 'Sorry, Outcomes Bot does not work with this account. Please ask your key worker or someone at your school.',
  alreadyAnswered: 'You already answered this. Your answer is saved.',
  notTheOpenQuestion: 'That question is closed now. Please answer the newest question.',
} as const;
