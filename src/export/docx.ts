import {
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
} from 'docx';
import type { Draft } from '../domain/draft';
import { buildExportModel, type ExportBlock, type ExportModel, type ExportOptions, type ExportSection } from './exportModel';

/*
 * The Word version of the same layout as the HTML page. Everything the person typed goes into a
 * TextRun, which docx writes as XML text, so it can never become markup or a field code.
 */

const BAND = '1D4F7A';
const SOFT = 'EEF3F8';
const BAND_EDGE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: BAND, space: 4 };
const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '6B6B6B' };
const BORDERS = { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE };
/** Half-points: 11pt for standard, 14pt for easy-read (the larger type easy-read guidance asks for). */
const BODY_SIZE = { standard: 22, easy_read: 28 } as const;

const text = (value: string, options: { bold?: boolean; italics?: boolean; color?: string } = {}) => new TextRun({ text: value, ...options });

function cell(children: Paragraph[], options: { shaded?: boolean; widthPct: number }): TableCell {
  return new TableCell({
    children,
    width: { size: options.widthPct, type: WidthType.PERCENTAGE },
    margins: { top: 80, bottom: 80, left: 100, right: 100 },
    ...(options.shaded ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: SOFT } } : {}),
  });
}

function table(rows: TableRow[]): Table {
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE }, borders: BORDERS });
}

function valueParagraphs(values: string[], missing: boolean, keepNext: boolean): Paragraph[] {
  if (values.length === 1) return [new Paragraph({ keepNext, children: [text(values[0] ?? '', { italics: missing })] })];
  return values.map((value) => new Paragraph({ keepNext, children: [text(value)], bullet: { level: 0 } }));
}

function block(b: ExportBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'list': {
      const heading = b.heading ? [new Paragraph({ heading: HeadingLevel.HEADING_3, children: [text(b.heading)] })] : [];
      if (b.items.length === 0) return [...heading, new Paragraph({ children: [text(b.emptyText ?? '', { italics: true })] })];
      const items = b.items.flatMap((item) => [
        new Paragraph({ bullet: { level: 0 }, children: [text(item.text)] }),
        ...(item.sub
          ? [
              new Paragraph({ indent: { left: 720 }, children: [text(item.sub.label, { bold: true })] }),
              ...item.sub.items.map((sub) => new Paragraph({ bullet: { level: 1 }, children: [text(sub)] })),
            ]
          : []),
      ]);
      return [...heading, ...items];
    }
    case 'note':
      return [new Paragraph({ children: [text(b.text, { italics: true })], shading: { type: ShadingType.CLEAR, color: 'auto', fill: SOFT } })];
    case 'outcome': {
      // Word keeps a table on one page when every row but the last is kept with the next.
      const rows = b.rows.map((row, index) => {
        const keepNext = index < b.rows.length - 1;
        return new TableRow({
            cantSplit: true,
            children: [
              cell([new Paragraph({ keepNext, children: [text(row.label, { bold: true })] })], { shaded: true, widthPct: 32 }),
              cell(valueParagraphs(row.values, row.missing ?? false, keepNext), { widthPct: 68 }),
            ],
          });
      });
      return [new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, children: [text(b.caption)] }), table(rows), new Paragraph({})];
    }
    case 'table': {
      const head = new TableRow({
        tableHeader: true,
        children: b.columns.map((c, i) => cell([new Paragraph({ children: [text(c, { bold: true })] })], { shaded: true, widthPct: i === 0 ? 70 : 30 })),
      });
      const rows = b.rows.map(
        ([support, ref]) =>
          new TableRow({
            cantSplit: true,
            children: [cell([new Paragraph({ children: [text(support)] })], { widthPct: 70 }), cell([new Paragraph({ children: [text(ref)] })], { widthPct: 30 })],
          }),
      );
      return [table([head, ...rows]), new Paragraph({})];
    }
  }
}

function section(s: ExportSection): (Paragraph | Table)[] {
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      keepNext: true,
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: BAND },
      // A border in the band's colour pads the band round the text, as the HTML page does.
      border: { top: BAND_EDGE, bottom: BAND_EDGE, left: BAND_EDGE, right: BAND_EDGE },
      children: [text(s.heading, { color: 'FFFFFF' })],
    }),
    ...(s.emptyText ? [new Paragraph({ children: [text(s.emptyText, { italics: true })] })] : []),
    ...s.blocks.flatMap(block),
  ];
}

function detailsTable(model: ExportModel): Table {
  return table(
    model.details.map(
      (d) =>
        new TableRow({
          children: [
            cell([new Paragraph({ children: [text(d.label, { bold: true })] })], { shaded: true, widthPct: 32 }),
            cell([new Paragraph({ children: [text(d.value)] })], { widthPct: 68 }),
          ],
        }),
    ),
  );
}

function document(model: ExportModel): Document {
  const size = BODY_SIZE[model.mode];
  return new Document({
    title: model.title,
    ...(model.name ? { subject: model.name } : {}),
    creator: 'Outcomes Bot',
    styles: {
      default: {
        document: { run: { font: 'Arial', size, language: { value: 'en-GB' } }, paragraph: { spacing: { after: 80, line: model.mode === 'easy_read' ? 360 : 276, lineRule: LineRuleType.AUTO } } },
        title: { run: { font: 'Arial', size: size + 18, bold: true, color: '1B1B1B' }, paragraph: { spacing: { after: 160 } } },
        heading1: { run: { font: 'Arial', size: size + 6, bold: true }, paragraph: { spacing: { before: 360, after: 160 } } },
        heading3: { run: { font: 'Arial', size: size + 2, bold: true, color: '1B1B1B' }, paragraph: { spacing: { before: 200, after: 80 } } },
      },
    },
    sections: [
      {
        properties: { page: { margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 } } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ children: [text(`${model.notFinal}  `), new TextRun({ children: [PageNumber.CURRENT] })] })],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [text(model.title)] }),
          ...(model.name ? [new Paragraph({ children: [text(model.name, { bold: true })] })] : []),
          new Paragraph({ children: [text(model.intro)] }),
          ...(model.notSeen ? [new Paragraph({ children: [text(model.notSeen)] })] : []),
          detailsTable(model),
          ...model.sections.flatMap(section),
        ],
      },
    ],
  });
}

/** A Word document of the draft laid out as an EHC plan. */
export async function renderDocx(draft: Draft, options: ExportOptions): Promise<Buffer> {
  return Packer.toBuffer(document(buildExportModel(draft, options)));
}
