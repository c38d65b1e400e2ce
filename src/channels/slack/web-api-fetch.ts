import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";

/** The part of a fetch `Response` that WebClient reads: status, headers, and the body as text or bytes. */
class WebApiResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: { get(name: string): string | null; entries(): IterableIterator<[string, string]> };

  constructor(
    readonly url: string,
    response: IncomingMessage,
    readonly body: Buffer,
  ) {
    this.status = response.statusCode ?? 0;
    this.statusText = response.statusMessage ?? "";
    const flat = new Map<string, string>();
    for (const [name, value] of Object.entries(response.headers))
      if (value !== undefined) flat.set(name, Array.isArray(value) ? value.join(", ") : value);
    this.headers = { get: (name) => flat.get(name.toLowerCase()) ?? null, entries: () => flat.entries() };
  }

  async text(): Promise<string> {
    return this.body.toString("utf8");
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.body.toString("utf8"));
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const { buffer, byteOffset, byteLength } = this.body;
    return buffer.slice(byteOffset, byteOffset + byteLength) as ArrayBuffer;
  }
}

/**
 * The `fetch` the Slack Web API client calls Slack with: node:http(s) over kept-alive connections. Node's global
 * fetch builds web streams for every request and response, which cost more than the rest of posting a reply.
 * WebClient sends its calls as text (a form or JSON) with plain header objects; anything else (a multipart
 * upload) goes through the global fetch. Redirects are not followed, as WebClient asks (`redirect: "error"`):
 * a 3xx is an HTTP error to it. A call whose connection stays silent for `timeoutMs` fails (WebClient's own
 * timeout would add an abort signal and a timer to every call).
 */
export function webApiFetch(timeoutMs: number): typeof fetch {
  const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
  return ((input: string | URL | Request, init: RequestInit = {}) => {
    const { body, headers } = init;
    const plain =
      (body === undefined || body === null || typeof body === "string") && isHeaderRecord(headers);
    if (input instanceof Request || !plain) return fetch(input, init);
    const url = typeof input === "string" ? new URL(input) : input;
    const secure = url.protocol === "https:";
    return new Promise<Response>((resolve, reject) => {
      const sent = (secure ? httpsRequest : httpRequest)(
        url,
        {
          method: init.method ?? "GET",
          headers: headers as Record<string, string> | undefined,
          agent: secure ? agents.https : agents.http,
          signal: init.signal ?? undefined,
          timeout: timeoutMs,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () =>
            resolve(new WebApiResponse(url.href, response, Buffer.concat(chunks)) as unknown as Response),
          );
          response.on("error", reject);
        },
      );
      sent.on("error", reject);
      sent.on("timeout", () => sent.destroy(new Error(`Slack did not answer within ${timeoutMs} ms`)));
      sent.end(body ?? undefined);
    });
  }) as typeof fetch;
}

function isHeaderRecord(headers: RequestInit["headers"]): boolean {
  return headers === undefined || (!(headers instanceof Headers) && !Array.isArray(headers));
}
