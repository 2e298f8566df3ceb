// `npm run data:export -- [file]`: writes the public dataset (lib/dataset/FORMAT.md) to a file, or
// to standard output. The same document as GET /api/export/dataset.json.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import { connectDatabase } from "@/lib/db/connect";
import { createPrismaClient } from "@/lib/db/client";
import { datasetChunks } from "@/lib/dataset/export";

async function main() {
  const file = process.argv[2];
  const db = await connectDatabase();
  const prisma = createPrismaClient(db.url);
  const out = file ? createWriteStream(file) : process.stdout;
  try {
    for await (const chunk of datasetChunks(prisma)) {
      if (!out.write(chunk)) await once(out, "drain");
    }
    if (file) {
      out.end();
      await finished(out);
      console.error(`data:export: wrote ${file}`);
    }
  } finally {
    await prisma.$disconnect();
    await db.release();
  }
}

main().catch((error) => {
  console.error(`data:export failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
