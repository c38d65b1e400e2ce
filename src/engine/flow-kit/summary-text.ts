import { clip } from "../../core/clip.js";

/** Longest one-line summary of a ticket in lists and notices. */
export const summaryLength = 60;

/** A flow's summary cut to fit one line: `summaryText("教学楼A301 投影仪不亮")`. */
export const summaryText = (text: string): string => clip(text, summaryLength);
