/** The reserve-space stylesheet's text from the encoded steps (see reserve-css.js). */
export declare function reserveCss(tags: string[], steps: string): string;
/** Encodes measured [min inline size px, block size px] steps per tag. */
export declare function encodeSteps(data: Record<string, number[][]>, tags: string[]): string;
