/** The channel logs through the project's one set of log helpers. */
export { errorSummary, hashId } from '../log';
