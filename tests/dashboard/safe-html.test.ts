import { describe, expect, it } from "vitest";
import { html, jsonForScript } from "../../src/dashboard/safe-html.js";

describe("the dashboard's HTML templates escape every value", () => {
  it("escapes text, joins lists and keeps nested templates as they are", () => {
    const summary = `<img src=x onerror="alert('x')"> & co`;
    const rows = [html`<li>${summary}</li>`, html`<li>${2}</li>`];
    expect(html`<ul>${rows}</ul>${undefined}${false}`.value).toBe(
      "<ul><li>&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; co</li><li>2</li></ul>",
    );
  });

  it("keeps JSON in a script block from closing the tag", () => {
    expect(jsonForScript({ title: "</script><script>alert(1)</script>" }).value).toBe(
      '{"title":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}',
    );
  });
});
