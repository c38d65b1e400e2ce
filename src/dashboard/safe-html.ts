/** HTML that is already escaped; only `html` makes it, so every other value is escaped on the way in. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => entities[c]!);

function render(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  if (value === undefined || value === null || value === false) return "";
  return escapeHtml(String(value));
}

/**
 * A template tag that escapes every interpolated value except nested `html` results (arrays are joined).
 *
 * ```ts
 * html`<td>${ticket.summary}</td>`; // "<td>&lt;b&gt;…</td>" for a summary with markup
 * ```
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? "");
  });
  return new SafeHtml(out);
}

/** JSON for a `<script type="application/json">` block: `<` escaped so no value can close the tag. */
export const jsonForScript = (value: unknown) => new SafeHtml(JSON.stringify(value).replace(/</g, "\\u003c"));
