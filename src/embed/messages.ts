/** The one message the embed page sends to its host: its content height. */
export const EMBED_MESSAGE_TYPE = 'ms-widgets:height';

export interface EmbedHeightMessage {
  type: typeof EMBED_MESSAGE_TYPE;
  /** The `frame` query parameter, so a host with several iframes can tell them apart. */
  frame: string;
  height: number;
}

/** Checks the shape of a message before anything is done with it. */
export function isHeightMessage(data: unknown): data is EmbedHeightMessage {
  if (!data || typeof data !== 'object') return false;
  const m = data as Record<string, unknown>;
  return (
    m.type === EMBED_MESSAGE_TYPE &&
    typeof m.frame === 'string' &&
    typeof m.height === 'number' &&
    Number.isFinite(m.height) &&
    m.height > 0 &&
    m.height < 100000
  );
}
