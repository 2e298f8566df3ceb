import { inject } from "vitest";

// lib/db/client.ts reads DATABASE_URL: point the code under test at the suite's database.
process.env.DATABASE_URL = inject("databaseUrl");
