import type { Logger } from "pino";
import { z } from "zod";
import type { InboundAttachment } from "../../core/messages.js";
import type { Pending } from "../../core/received.js";

/** The parts of a Slack file object (from a `file_share` message) the bot uses. */
export interface SharedFile {
  id: string;
  name: string | null;
  mimetype: string;
  size: number;
  url_private_download?: string | undefined;
  url_private?: string | undefined;
}

const sharedFileSchema = z.object({
  id: z.string(),
  name: z.string().nullable().default(null),
  mimetype: z.string(),
  size: z.number(),
  url_private_download: z.string().optional(),
  url_private: z.string().optional(),
});

/** The files as they are kept with the stored message, to be fetched after the ack. */
export function filesToFetch(files: readonly SharedFile[]): Pending {
  return files.map((f) => ({
    id: f.id,
    name: f.name,
    mimetype: f.mimetype,
    size: f.size,
    url_private_download: f.url_private_download,
    url_private: f.url_private,
  }));
}

/** The files kept with a stored message; entries that are not Slack files are left out. */
export function filesFrom(pending: Pending | undefined): SharedFile[] {
  return (pending ?? []).flatMap((entry) => {
    const file = sharedFileSchema.safeParse(entry);
    return file.success ? [file.data] : [];
  });
}

export interface DownloadOptions {
  token: string;
  log: Logger;
  /** Files above this are not fetched at all (default 20 MB); the engine applies its own, smaller limit. */
  maxBytes?: number;
}

/**
 * Downloads the files shared with a message (Slack serves them only with the bot token), so the engine can
 * attach them to the ticket being filled in. A file that cannot be fetched is logged and left out.
 */
export async function downloadFiles(
  files: readonly SharedFile[],
  options: DownloadOptions,
): Promise<InboundAttachment[]> {
  const maxBytes = options.maxBytes ?? 20 * 1024 * 1024;
  const attachments: InboundAttachment[] = [];
  for (const file of files) {
    const url = file.url_private_download ?? file.url_private;
    const context = { file: file.id, size: file.size };
    if (!url || file.size > maxBytes) {
      options.log.warn(context, "shared Slack file not downloaded (no URL, or too large)");
      continue;
    }
    try {
      const response = await fetch(url, {
        headers: { authorization: `Bearer ${options.token}` },
        redirect: "follow",
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const data = Buffer.from(await response.arrayBuffer());
      const kind = file.mimetype.startsWith("image/") ? "image" : "file";
      attachments.push({ kind, name: file.name ?? file.id, mimeType: file.mimetype, data });
    } catch (error) {
      options.log.warn(
        { ...context, err: (error as Error).message },
        "could not download a shared Slack file",
      );
    }
  }
  return attachments;
}
