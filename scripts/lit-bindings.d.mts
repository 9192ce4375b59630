/** The index of the first binding in an element's tag (outside any attribute) or in a comment, else -1 (see lit-bindings.mjs). */
export declare function unsupportedBinding(strings: readonly string[]): number;
