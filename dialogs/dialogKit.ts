// The parts of botbuilder-dialogs the journey uses, imported from their own modules. The
// package's root also loads every prompt and the Microsoft text recognizers (about half a
// second at start), which the journey never uses.
export { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
export { Dialog, DialogTurnStatus, type DialogTurnResult } from 'botbuilder-dialogs/lib/dialog';
export { DialogContext, type DialogState } from 'botbuilder-dialogs/lib/dialogContext';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
