/** Rows are read this many at a time: memory stays flat whatever the table size. */
export const EXPORT_PAGE_SIZE = 1000;

/**
 * Yields every row of a query, one page at a time, by keyset (`id > last ORDER BY id`), never
 * OFFSET: each page costs the same however deep into the table it is.
 */
export async function* pagesById<Row extends { id: number }>(
  fetchPage: (afterId: number, take: number) => Promise<Row[]>,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<Row> {
  let afterId = 0;
  for (;;) {
    const page = await fetchPage(afterId, pageSize);
    yield* page;
    if (page.length < pageSize) return;
    afterId = page[page.length - 1]!.id;
  }
}
