import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { measureCsv, publicHistoryRows } from "./measure-csv";

// A stand-in for the app's export route: streams `rows` CSV lines in chunks, as a route handler would.
let rows = 0;
let server: Server;
let baseUrl = "";

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url !== "/api/export/status-history.csv") return void response.writeHead(404).end();
    response.writeHead(200, { "Content-Type": "text/csv" });
    response.write("id,slug,toStatus\r\n");
    for (let i = 1; i <= rows; i++) response.write(`${i},"pledge, ${i}",IN_PROGRESS\r\n`);
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("measureCsv", () => {
  it("counts the streamed rows and sets their rate against psql's COPY of the same history", async () => {
    rows = await publicHistoryRows(process.env.DATABASE_URL!);
    expect(rows).toBeGreaterThan(0);
    const figures = await measureCsv(baseUrl, process.pid, process.env.DATABASE_URL!);
    expect(figures.csvRate!.note).toBeUndefined();
    expect(figures.csvRate!.details).toMatchObject({ appRows: rows, copyRows: rows });
    expect(figures.csvRate!.value).toBeGreaterThan(0);
    expect(figures.csvMemory!.value).toBeGreaterThanOrEqual(0);
  });

  it("notes an export shorter than the history", async () => {
    const expected = await publicHistoryRows(process.env.DATABASE_URL!);
    rows = expected - 1;
    const { csvRate } = await measureCsv(baseUrl, process.pid, process.env.DATABASE_URL!);
    expect(csvRate!.note).toBe(`export had ${expected - 1} rows, the history ${expected}`);
  });

  it("reports a missing export route as not available", async () => {
    const figures = await measureCsv(`${baseUrl}/nothing-here`, process.pid, process.env.DATABASE_URL!);
    expect(figures.csvRate).toMatchObject({ value: null, pass: false });
    expect(figures.csvMemory!.note).toMatch(/^not available: GET \/api\/export\/status-history.csv answered 404/);
  });
});

describe("measureCsv time limit", () => {
  it("stops a slow export at the limit and takes the rate from the rows streamed", async () => {
    const slow = createServer((_request, response) => {
      response.writeHead(200, { "Content-Type": "text/csv" });
      response.write("id\n");
      let i = 0;
      const timer = setInterval(() => response.write(`${++i}\n`), 20);
      response.on("close", () => clearInterval(timer));
    });
    await new Promise<void>((resolve) => slow.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(slow.address() as AddressInfo).port}`;
      const { csvRate } = await measureCsv(url, process.pid, process.env.DATABASE_URL!, 1);
      expect(csvRate!.note).toMatch(/^stopped after 1 s at \d+ of \d+ rows: rate of the rows streamed$/);
      expect(csvRate!.details!.appRows).toBeGreaterThan(10);
      expect(csvRate!.details!.appSeconds).toBeLessThan(3);
    } finally {
      slow.closeAllConnections();
      await new Promise<void>((resolve) => slow.close(() => resolve()));
    }
  });
});
