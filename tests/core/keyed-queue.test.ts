import { expect, test } from "vitest";
import { KeyedQueue } from "../../src/core/keyed-queue.js";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

test("a person's second message waits for the first, while another person's goes ahead", async () => {
  const queue = new KeyedQueue();
  const order: string[] = [];
  const first = deferred();
  const a1 = queue.run("U1", async () => {
    await first.promise;
    order.push("U1 first");
  });
  const a2 = queue.run("U1", async () => {
    order.push("U1 second");
  });
  await queue.run("U2", async () => {
    order.push("U2");
  });
  first.resolve();
  await Promise.all([a1, a2]);
  expect(order).toEqual(["U2", "U1 first", "U1 second"]);
});

test("a failure does not block the person's next message", async () => {
  const queue = new KeyedQueue();
  await expect(queue.run("U1", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
  await expect(queue.run("U1", async () => "next")).resolves.toBe("next");
});
