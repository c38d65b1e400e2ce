import type { Logger } from "pino";
import type { InboundAttachment } from "../../core/messages.js";

/** The parts of a Slack file object (from a `file_share` message) the bot uses. */
export interface SharedFile {
  id: string;
  name: string | null;
  mimetype: string;
  size: number;
  url_private_download?: string | undefined;
  url_private?: string | undefined;
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
