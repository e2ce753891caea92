/**
 * The consultation report as files: one self-contained web page (its own styles, no scripts, no charts:
 * plain tables with captions and headers, which paste cleanly into a committee report), and its tables as CSV.
 * Both are made from the report as it is on screen, so they always say the same.
 */

const PAGE_STYLE = `body{font-family:Arial,Helvetica,sans-serif;color:#0b0c0c;max-width:60rem;margin:1.5rem auto;padding:0 1rem;line-height:1.4}
table{border-collapse:collapse;margin:0 0 1.5rem;min-width:20rem}caption{text-align:left;font-weight:bold;padding:0 0 .5rem}
th,td{border:1px solid #b1b4b6;padding:.35rem .6rem;text-align:left;vertical-align:top}td.table__number,th.table__number{text-align:right}
thead th{background:#f3f2f1}tr{break-inside:avoid}dt{font-weight:bold}dd{margin:0 0 .75rem}
blockquote{margin:0 0 1rem;padding-left:1rem;border-left:4px solid #b1b4b6}`;

/** Everything in the report that is for the screen only: charts, buttons, links that lead into the app. */
const SCREEN_ONLY = 'svg, script, button, .report__actions, .visually-hidden-focusable, [aria-hidden="true"]';

export function reportHtml(report: HTMLElement, title: string): string {
  const copy = report.cloneNode(true) as HTMLElement;
  for (const element of copy.querySelectorAll(SCREEN_ONLY)) element.remove();
  for (const element of [copy, ...copy.querySelectorAll('*')]) {
    for (const attribute of [...element.attributes]) {
      if (attribute.name.startsWith('on') || attribute.name === 'tabindex' || attribute.name === 'style') {
        element.removeAttribute(attribute.name);
      }
    }
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
${copy.innerHTML}
</body>
</html>
`;
}

/** Each table of the report in turn: its caption on a line, its header row, its rows, then a blank line. */
export function reportCsv(report: HTMLElement): string {
  const lines: string[] = [];
  for (const table of report.querySelectorAll('table')) {
    const caption = table.querySelector('caption')?.textContent?.trim() ?? '';
    lines.push(csvLine([caption]));
    for (const row of table.querySelectorAll('tr')) {
      lines.push(csvLine([...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')));
    }
    lines.push('');
  }
  // A byte order mark, so spreadsheet programs read the text as UTF-8.
  return `\uFEFF${lines.join('\r\n')}`;
}

function csvLine(cells: string[]): string {
  return cells.map(csvCell).join(',');
}

/** Quoted where needed; a cell a spreadsheet would run as a formula gets an apostrophe first. */
function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** "chorus-report-shape-services-2026-11-30.html" */
export function reportFileName(formId: string, extension: 'html' | 'csv', now = new Date()): string {
  const safeId = formId.replace(/[^\w-]+/g, '-');
  return `chorus-report-${safeId}-${now.toISOString().slice(0, 10)}.${extension}`;
}
