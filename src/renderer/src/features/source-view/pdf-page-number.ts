/** The page a PDF segment came from: its `source` is `page:N`, 1-based. */
export function pdfPageNumber(source: string | null): number | null {
  const match = source ? /^page:(\d+)$/.exec(source) : null;
  const page = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(page) && page >= 1 ? page : null;
}
