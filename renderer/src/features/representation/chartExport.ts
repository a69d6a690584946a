// Charts as files: a chart's SVG made standalone (namespace, size, white background, system
// fonts, the text rules the app's stylesheet gives it on screen) and the same drawn to a PNG at
// twice its size, so both exports match what the user sees.
const SYSTEM_FONTS =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif';
const SVG_NS = 'http://www.w3.org/2000/svg';

export type StandaloneSvg = { text: string; width: number; height: number };

/** The chart as an SVG document of its own; the on-screen element is left untouched. */
export function standaloneSvg(svg: SVGSVGElement): StandaloneSvg {
  const box = svg.viewBox.baseVal as DOMRect | null;
  const width = Number(svg.getAttribute('width')) || box?.width || svg.clientWidth || 640;
  const height = Number(svg.getAttribute('height')) || box?.height || svg.clientHeight || 400;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  // A file has no page behind it: on screen the font is inherited, in a file it must be named.
  clone.style.fontFamily = SYSTEM_FONTS;
  clone.style.fontSize = clone.style.fontSize || '12px';
  clone.style.color = clone.style.color || '#17202c';
  clone.style.background = '#ffffff';
  clone.style.maxWidth = '';
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  clone.insertBefore(background, clone.firstChild);
  const style = document.createElementNS(SVG_NS, 'style');
  style.textContent = 'text, tspan { white-space: pre; }';
  clone.insertBefore(style, clone.firstChild);
  return { text: new XMLSerializer().serializeToString(clone), width, height };
}

/** Draws the standalone SVG on a canvas `scale` times its size and encodes it as PNG. */
export async function svgToPng(svg: StandaloneSvg, scale = 2): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, svg.width, svg.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob === null) throw new Error('no PNG');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
