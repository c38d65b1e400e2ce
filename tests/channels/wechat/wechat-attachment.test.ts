import { Readable } from "node:stream";
import { FileBox } from "file-box";
import { describe, expect, it } from "vitest";
import { type Message, types } from "wechaty";
import { readAttachment } from "../../../src/channels/wechat/wechat-attachment.js";

/** Just what readAttachment uses of a Wechaty message. */
function messageWith(box: FileBox, type: types.Message): Message {
  return { id: "msg-1", type: () => type, toFileBox: async () => box } as unknown as Message;
}

describe("reading a photo or file from a WeChat message", () => {
  it("keeps the name, the media type and the bytes of a photo", async () => {
    const bytes = Buffer.from("jpeg bytes");
    const attachment = await readAttachment(
      messageWith(FileBox.fromBuffer(bytes, "classroom.jpg"), types.Message.Image),
      1000,
    );
    expect(attachment).toEqual({ kind: "image", name: "classroom.jpg", mimeType: "image/jpeg", data: bytes });
  });

  it("reads no more than one byte over the limit of a file that never ends", async () => {
    const endless = new Readable({
      read() {
        this.push(Buffer.alloc(64 * 1024, 1));
      },
    });
    const box = FileBox.fromStream(endless, "scan.pdf");
    const attachment = await readAttachment(messageWith(box, types.Message.Attachment), 100_000);
    expect(attachment).toMatchObject({ kind: "file", name: "scan.pdf", mimeType: "application/pdf" });
    expect(attachment.data.length).toBe(100_001);
    expect(endless.destroyed).toBe(true);
  });
});
