import type { Message } from "../../core/locale.js";

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: Message };
