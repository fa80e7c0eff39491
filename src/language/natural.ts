/*
 * natural's optional storage adapters load dotenv, which prints a banner on stdout when required.
 * Quieten it before natural loads, so `analyse` prints nothing but its JSON lines. Import natural
 * through this module only.
 */
process.env.DOTENV_CONFIG_QUIET ??= 'true';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const natural = require('natural') as typeof import('natural');

export default natural;
