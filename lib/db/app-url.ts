import { readLiveLock, resolveDataDir } from "./embedded-lock";

/** For the app process: the database it was started with, never opening one itself. */
export function databaseUrlForApp(): string {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const running = readLiveLock(resolveDataDir());
  if (running?.url) return running.url;
  throw new Error(
    "No database: set DATABASE_URL, or start the app with `npm start`, which serves the embedded database.",
  );
}
