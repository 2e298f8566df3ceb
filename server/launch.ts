// How the app's Node process is started: `npm start` (package.json says the same, checked by
// server/launch.test.ts), the benchmark and the resilience suite.
// TypeScript through tsx's CommonJS hook only. tsx's default also registers ESM loader hooks, which
// run on a separate thread: Next calls import() for its cache handler on every request, and each
// call then waited for a message round trip to that thread (about a sixth of the CPU of serving a
// cached page, in a profile of 32 concurrent readers).
export const APP_NODE_ARGS = ["--require", "tsx/cjs", "server/start.ts"] as const;
