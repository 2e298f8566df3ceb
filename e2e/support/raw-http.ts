// A POST on a connection of its own that resolves as soon as the answer has arrived. An app that
// refuses an oversized body answers before reading it all and may then close the connection
// under a client still sending; fetch() reports that as a network error even though the answer
// came (a browser shows the answer). This client reads the answer, as a browser does.
import { request } from "node:http";

export interface RawAnswer {
  status: number;
  headers: Headers;
  body: string;
}

export function rawPost(url: string, headers: Record<string, string>, body: Buffer, { chunked = false } = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    // Keep-alive, as browsers ask: on a "close" connection the server stops at its answer and the
    // rest of the upload is reset under the client.
    const allHeaders = { ...headers, Connection: "keep-alive", ...(chunked ? {} : { "Content-Length": String(body.length) }) };
    const outgoing = request(url, { method: "POST", agent: false, headers: allHeaders }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const answerHeaders = new Headers();
        for (const [key, value] of Object.entries(response.headers)) if (value !== undefined) answerHeaders.set(key, String(value));
        resolve({ status: response.statusCode!, headers: answerHeaders, body: Buffer.concat(chunks).toString("utf8") });
        outgoing.destroy();
      });
    });
    // Write errors after the answer started (the server stopped reading) are expected; without
    // an answer they are the failure.
    outgoing.on("error", (error) => setTimeout(() => reject(error), 2_000));
    if (chunked) outgoing.setHeader("Transfer-Encoding", "chunked");
    const piece = 64 * 1024;
    let offset = 0;
    const writeMore = () => {
      while (offset < body.length) {
        const ok = outgoing.write(body.subarray(offset, (offset += piece)));
        if (!ok) return void outgoing.once("drain", writeMore);
      }
      outgoing.end();
    };
    writeMore();
  });
}
