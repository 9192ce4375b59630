/**
 * The names of the article's idea topics (steps 3, 4, 5, 7 and 8) and the
 * shape of one topic's content, apart from the content itself
 * (./ideas-<topic>.ts, gathered in ./ideas.ts), so a widget can check a
 * topic without carrying every list.
 */
export const TOPICS = ['grounding', 'pleasures', 'movement', 'regulation', 'connection'] as const;
export type Topic = (typeof TOPICS)[number];

/** One topic: its ideas in the article's order, the article's sentence before the list and the one after. */
export type TopicContent = [ideas: string[], intro: string, note: string];
