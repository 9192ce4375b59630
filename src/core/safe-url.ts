import {warnAttribute} from './attributes.js';

export type UrlScheme = 'https:' | 'http:' | 'tel:' | 'sms:' | 'mailto:';

/**
 * Returns `value` as a link target only if its scheme is one of `allowed`.
 * Anything else (`javascript:`, `data:`, relative junk) is dropped with a
 * warning naming the element and attribute. Relative URLs resolve against the
 * page, so `/contact` on an https page is allowed as https.
 */
export function safeUrl(
  el: Element,
  attribute: string,
  value: unknown,
  allowed: readonly UrlScheme[]
): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') {
    warnAttribute(el, attribute, value, 'expected a link. It was ignored.');
    return undefined;
  }
  // The URL parser reads the scheme exactly as the browser will when the link
  // is followed (it drops tabs and newlines, so "java\nscript:" is caught too).
  let url: URL;
  try {
    url = new URL(value, el.ownerDocument?.baseURI);
  } catch {
    warnAttribute(el, attribute, value, 'is not a valid link. It was ignored.');
    return undefined;
  }
  if (!(allowed as readonly string[]).includes(url.protocol)) {
    warnAttribute(
      el,
      attribute,
      value,
      `uses "${url.protocol}", which is not allowed here (allowed: ${allowed.join(' ')}). It was ignored.`
    );
    return undefined;
  }
  return url.href;
}
