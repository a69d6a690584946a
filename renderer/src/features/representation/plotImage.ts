// What every Observable Plot figure of this screen needs before it enters the document.

/**
 * Makes a Plot figure fit for the page: Plot adds a <style> element, which the app's CSP
 * (style-src 'self') refuses, so it is dropped (representation.css carries the same rules); and
 * the figure becomes one image named by `summary`, since Plot's per-mark labels would be invalid
 * ARIA on <g> elements. The same numbers are always in a table beside it.
 */
export function asAccessibleImage(chart: Element, summary: string): void {
  for (const style of chart.querySelectorAll('style')) style.remove();
  for (const el of chart.querySelectorAll('[aria-label], [aria-description]')) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', summary);
}
