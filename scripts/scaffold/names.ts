/** The spellings of one upstream name that the templates use. */
export interface UpstreamNames {
  /** Folder, backend label, URL path: `price-quotes`. */
  readonly kebab: string;
  /** Types and factories: `PriceQuotes`. */
  readonly pascal: string;
  /** Loader keys: `priceQuotes`. */
  readonly camel: string;
  /** Constants and env vars: `PRICE_QUOTES`. */
  readonly constant: string;
  /** Proto file name: `price_quotes`. */
  readonly snake: string;
}

/** Lower-case words joined by hyphens, starting with a letter: what a folder and label may be. */
export const UPSTREAM_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export function upstreamNames(kebab: string): UpstreamNames {
  if (!UPSTREAM_NAME.test(kebab) || kebab.length > 40) {
    throw new Error(`"${kebab}" is not a kebab-case name (e.g. loyalty or price-quotes)`);
  }
  const words = kebab.split('-');
  const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  const pascal = words.map(capital).join('');
  return {
    kebab,
    pascal,
    camel: pascal.charAt(0).toLowerCase() + pascal.slice(1),
    constant: words.join('_').toUpperCase(),
    snake: words.join('_'),
  };
}

/** Replaces every placeholder of a template. */
export function render(template: string, names: UpstreamNames): string {
  return template
    .replaceAll('__Name__', names.pascal)
    .replaceAll('__name__', names.camel)
    .replaceAll('__kebab__', names.kebab)
    .replaceAll('__CONST__', names.constant)
    .replaceAll('__snake__', names.snake);
}
