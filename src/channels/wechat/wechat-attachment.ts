import type { Readable } from "node:stream";
import { type Message, types } from "wechaty";
import type { InboundAttachment } from "../../core/messages.js";

/**
 * The photo or file in a message, read up to `maxBytes + 1` bytes: enough for the engine to see that an
 * over-size file is too large (and say so) without the whole file ever being held in memory.
 */
export async function readAttachment(message: Message, maxBytes: number): Promise<InboundAttachment> {
  const box = await message.toFileBox();
  const mimeType = box.mediaType || "application/octet-stream";
  const kind = message.type() === types.Message.Image || mimeType.startsWith("image/") ? "image" : "file";
  const data = await readAtMost(await box.toStream(), maxBytes + 1);
  return { kind, name: box.name || `${kind}-${message.id}`, mimeType, data };
}

async function readAtMost(stream: Readable, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  // Leaving the loop early destroys the stream, which stops a download in progress.
  for await (const chunk of stream) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    chunks.push(bytes);
    size += bytes.length;
    if (size >= limit) break;
  }
  return Buffer.concat(chunks, Math.min(size, limit));
}
