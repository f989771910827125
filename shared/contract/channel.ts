// Kept in its own file so the sandboxed preload bundle can import the channel name without
// pulling zod and the whole contract into a script that may only require 'electron'.

/** IPC channel name; the only one the preload uses. */
export const IPC_CHANNEL = 'arrangeur:call';
