/**
 * Intl formatters made once per page for each locale and options. Making one
 * is slow (tens of microseconds, a DateTimeFormat more), and every instance
 * of a widget asks for the same ones on every render: a page with 100
 * widgets made thousands. Like the constructor, it throws for a malformed
 * locale or options (and then caches nothing).
 *
 *   cachedIntl(Intl.NumberFormat, this.locale).format(n)
 */
const made = new Map<string, unknown>();

export function cachedIntl<T, O>(Make: new (locale: string, options?: O) => T, locale: string, options?: O): T {
  const key = `${Make.name} ${locale} ${JSON.stringify(options)}`;
  let found = made.get(key) as T | undefined;
  if (!found) made.set(key, (found = new Make(locale, options)));
  return found;
}
