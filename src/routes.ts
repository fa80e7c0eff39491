/** HTTP routes named by more than one part of the server: the channel serves them, rate limits watch them. */
export const DIRECT_LINE_BASE_PATH = '/v3/directline';

/** Where a web chat client posts its activities. */
export const DIRECT_LINE_ACTIVITIES_ROUTE = `${DIRECT_LINE_BASE_PATH}/conversations/:conversationId/activities`;
