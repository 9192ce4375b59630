import type {PropertyDeclaration, ReactiveElement} from 'lit';

/**
 * Lit's `@property()` and `@state()` for TypeScript's legacy decorators
 * (`experimentalDecorators`, what this code uses), and nothing else. The CDN
 * builds resolve `lit/decorators.js` to this file (vite.config.ts), leaving
 * out Lit's standard-decorator runtime and its development checks; the
 * behaviour is Lit's own legacy path: `createProperty()` on the class, and an
 * accessor that was decorated keeps the descriptor Lit made for it.
 */
export function property(options?: PropertyDeclaration) {
  return (proto: object, name: PropertyKey): any => {
    const own = Object.prototype.hasOwnProperty.call(proto, name);
    (proto.constructor as typeof ReactiveElement).createProperty(name, options);
    return own ? Object.getOwnPropertyDescriptor(proto, name) : undefined;
  };
}

/** Internal reactive state: re-renders on change, never an attribute. */
export function state(options?: Pick<PropertyDeclaration, 'hasChanged'>) {
  return property({...options, state: true, attribute: false});
}
