import type { Draft } from '../domain/draft';
import { buildExportModel, type ExportBlock, type ExportModel, type ExportOptions, type ExportSection, type ListItem } from './exportModel';
import { escapeHtml } from '../security/escape';
import { planStyles } from './htmlStyles';

/** Everything that reaches the page goes through here, so no text the person typed can become markup. */
const e = escapeHtml;

function listItem(item: ListItem): string {
  const sub = item.sub
    ? `<p class="sub-label">${e(item.sub.label)}</p><ul>${item.sub.items.map((text) => `<li class="own-words">${e(text)}</li>`).join('')}</ul>`
    : '';
  return `<li><span class="own-words">${e(item.text)}</span>${sub}</li>`;
}

function block(b: ExportBlock): string {
  switch (b.kind) {
    case 'list': {
      const heading = b.heading ? `<h3>${e(b.heading)}</h3>` : '';
      const body = b.items.length > 0 ? `<ul>${b.items.map(listItem).join('')}</ul>` : `<p class="missing">${e(b.emptyText ?? '')}</p>`;
      return `${heading}${body}`;
    }
    case 'note':
      return `<p class="note">${e(b.text)}</p>`;
    case 'outcome': {
      const rows = b.rows
        .map((row) => {
          const values =
            row.values.length > 1 ? `<ul>${row.values.map((v) => `<li>${e(v)}</li>`).join('')}</ul>` : e(row.values[0] ?? '');
          return `<tr><th scope="row">${e(row.label)}</th><td class="${row.missing ? 'missing' : 'own-words'}">${values}</td></tr>`;
        })
        .join('');
      return `<table class="outcome"><caption>${e(b.caption)}</caption><tbody>${rows}</tbody></table>`;
    }
    case 'table': {
      const head = `<thead><tr>${b.columns.map((c) => `<th scope="col">${e(c)}</th>`).join('')}</tr></thead>`;
      const rows = b.rows.map(([text, ref]) => `<tr><td class="own-words">${e(text)}</td><td>${e(ref)}</td></tr>`).join('');
      return `<table class="provision">${head}<tbody>${rows}</tbody></table>`;
    }
  }
}

function section(s: ExportSection): string {
  const id = `section-${s.section.toLowerCase()}`;
  const blocks = s.blocks.map(block).join('\n');
  const empty = s.emptyText ? `<p class="missing">${e(s.emptyText)}</p>` : '';
  return `<section aria-labelledby="${id}">
<h2 id="${id}"><span class="letter">${e(s.letter)}</span> <span class="title">${e(s.title)}</span></h2>
${empty}${blocks}
</section>`;
}

function page(model: ExportModel): string {
  const details = model.details.map((d) => `<tr><th scope="row">${e(d.label)}</th><td>${e(d.value)}</td></tr>`).join('');
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${e(model.title)}</title>
<style>${planStyles(model.mode)}</style>
</head>
<body class="${model.mode === 'easy_read' ? 'easy-read' : 'standard'}">
<main>
<header>
<h1>${e(model.title)}</h1>
<p class="intro">${e(model.intro)}</p>
${model.notSeen ? `<p class="intro">${e(model.notSeen)}</p>\n` : ''}<table class="details" aria-label="${e(model.detailsHeading)}"><tbody>${details}</tbody></table>
</header>
${model.sections.map(section).join('\n')}
<footer><p>${e(model.notFinal)}</p></footer>
</main>
</body>
</html>
`;
}

/** A printable, self-contained HTML page of the draft laid out as an EHC plan. */
export function renderHtml(draft: Draft, options: ExportOptions): string {
  return page(buildExportModel(draft, options));
}
