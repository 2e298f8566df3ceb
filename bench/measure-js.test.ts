import { describe, expect, it } from "vitest";
import { scriptTags } from "./measure-js";

describe("page weight", () => {
  it("finds the page's own scripts once each and marks the nomodule ones, which modern browsers never load", () => {
    const html = `<script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/p.js" noModule=""></script>
      <script src="/_next/static/chunks/a.js" async=""></script><script src="https://cdn.example/x.js"></script><script>self.__next_f=[]</script>
      <script src="/_next/static/chunks/b.js?x=1&amp;y=2"></script>`;
    expect(scriptTags(html)).toEqual([
      { src: "/_next/static/chunks/a.js", noModule: false },
      { src: "/_next/static/chunks/p.js", noModule: true },
      { src: "/_next/static/chunks/b.js?x=1&y=2", noModule: false },
    ]);
  });
});
