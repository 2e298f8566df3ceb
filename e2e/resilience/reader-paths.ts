// What public readers load: the dashboard, lists, pages, the JSON API and the CSV exports.
export async function readerPaths(baseUrl: string): Promise<string[]> {
  const list = (await (await fetch(`${baseUrl}/api/commitments?pageSize=3`)).json()) as { items: { slug: string }[] };
  const talks = (await (await fetch(`${baseUrl}/api/talks`)).json()) as { items: { id: number }[] };
  const slug = list.items[0]!.slug;
  const talkId = talks.items[0]!.id;
  return [
    "/",
    "/commitments",
    "/commitments?status=IN_PROGRESS&sort=deadline",
    "/commitments?q=railway",
    `/commitments/${slug}`,
    `/talks/${talkId}`,
    "/api/commitments?pageSize=50",
    `/api/commitments/${slug}`,
    "/api/stats",
    "/api/export/commitments.csv",
    "/api/export/status-history.csv",
  ];
}
