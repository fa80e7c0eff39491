/**
 * What the bot says to key workers in Teams. Key workers are staff, so this is plain standard
 * English; young people never see these words.
 */
export const KeyWorkerText = {
  notLinked: (aadObjectId: string) =>
    'Hello. You have a key worker account on the Outcomes Bot review site, but this Teams account is not linked to it yet, ' +
    'so no drafts are shown here. Please ask your Outcomes Bot administrator to link your account. ' +
    `They will need your Teams account id: ${aadObjectId}`,
  disabled: 'Your key worker account is turned off, so no drafts are shown here. Please ask your Outcomes Bot administrator.',
  noDrafts: 'No young person has shared a draft with you yet. When one does, their draft appears here.',
  yourDrafts: (count: number, shown: number) =>
    count === 1
      ? 'One young person has shared their draft with you:'
      : `${count} young people have shared their drafts with you${shown < count ? ` (the ${shown} most recently changed are below; the rest are on the review site)` : ''}:`,
  newlyShared: 'A young person has just shared their draft with you.',
  resubmitted: 'A young person has sent their draft back to you after the changes you asked for.',

  agreed: 'You agreed this draft.',
  changesRequested: 'Your request for changes was sent.',
  told: 'The young person has been told in their chat.',
  notToldYet: 'The young person will see it the next time they open their chat.',
  commentNeeded: 'Please write what should change, then send the request again.',
  changedSince: (status: string) => `This draft has changed since this card was shown. It is now: ${status}. Nothing was changed. Look at it again, then choose.`,
  noLongerShared: 'This draft is no longer shared with you (it may have been deleted). Nothing was changed.',
  busy: 'The draft was changing at the same moment. Nothing was changed. Please try again.',
  notOurs: 'This card action is not one of Outcomes Bot\'s.',
} as const;
