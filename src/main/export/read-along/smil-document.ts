import { escapeAttribute, type OverlayPar } from './overlay-document';

/** A clock value, `h:mm:ss.fff`, as EPUB Media Overlays and `media:duration` both accept. */
export function clockValue(ms: number): string {
  const whole = Math.max(0, Math.round(ms));
  const hours = Math.floor(whole / 3_600_000);
  const minutes = Math.floor((whole % 3_600_000) / 60_000);
  const seconds = Math.floor((whole % 60_000) / 1000);
  const millis = whole % 1000;
  return `${hours}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}.${String(millis).padStart(3, '0')}`;
}

/**
 * The Media Overlay of one content document: a `<par>` per highlight target in reading order, each
 * pointing at its element (`textHref#id`) and at its clip of the audio. Hrefs are relative to the
 * SMIL file and already URL-encoded.
 */
export function smilDocument(textHref: string, pars: readonly OverlayPar[], audioHref: (audio: string) => string): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<smil xmlns="http://www.w3.org/ns/SMIL" xmlns:epub="http://www.idpf.org/2007/ops" version="3.0">',
    '  <body>',
  ];
  pars.forEach((par, i) => {
    const text = `${textHref}#${encodeURIComponent(par.fragment)}`;
    lines.push(
      `    <par id="par-${i + 1}">` +
        `<text src="${escapeAttribute(text)}"/>` +
        `<audio src="${escapeAttribute(audioHref(par.audio))}" clipBegin="${clockValue(par.clipBeginMs)}" clipEnd="${clockValue(par.clipEndMs)}"/>` +
        '</par>',
    );
  });
  lines.push('  </body>', '</smil>', '');
  return lines.join('\n');
}

/** What the overlay lasts: the sum of its clips, as `media:duration` must state it. */
export function overlayDurationMs(pars: readonly OverlayPar[]): number {
  return pars.reduce((n, p) => n + (p.clipEndMs - p.clipBeginMs), 0);
}
