import type PDFDocumentClass from "pdfkit";

/** A4 in points, with the margin every page keeps. */
const MARGIN = 48;
const INK = "#1f2328";
const MUTED = "#57606a";
const RULE = "#d0d7de";
const BAR = "#2f6f8f";

/** One column of a table: its heading, its share of the width, and how its cells align. */
export interface Column {
  heading: string;
  width: number;
  align?: "left" | "right";
}

/** One bar of a bar chart: what it counts, and the count. */
export interface Bar {
  label: string;
  value: number;
}

/**
 * A report as a PDF, drawn with PDFKit (no browser): a title block, then sections, each starting
 * on a fresh page after the first, with headings, paragraphs, tables (repeating their heading row
 * on a new page) and bar charts drawn beside their tables. Only the standard Helvetica faces, so
 * nothing is read from the disk.
 */
export class ReportPdf {
  private readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly ended: Promise<Buffer>;
  private sections = 0;

  /** PDFKit is loaded with the first report, not at boot: it takes longer to load than the rest of the server. */
  static async create(info: { title: string; subtitle: string; madeAt: Date }): Promise<ReportPdf> {
    const { default: PDFDocument } = await import("pdfkit");
    return new ReportPdf(PDFDocument, info);
  }

  private constructor(
    PDFDocument: typeof PDFDocumentClass,
    info: { title: string; subtitle: string; madeAt: Date },
  ) {
    this.doc = new PDFDocument({
      size: "A4",
      margin: MARGIN,
      info: { Title: info.title, Author: "Rapport", Creator: "Rapport", CreationDate: info.madeAt },
    });
    this.doc.on("data", (chunk: Buffer) => this.chunks.push(chunk));
    this.ended = new Promise((resolve, reject) => {
      this.doc.on("end", () => resolve(Buffer.concat(this.chunks)));
      this.doc.on("error", reject);
    });
    this.doc.fillColor(INK).font("Helvetica-Bold").fontSize(20).text(info.title);
    this.doc.moveDown(0.3).font("Helvetica").fontSize(10).fillColor(MUTED).text(info.subtitle);
    this.doc.fillColor(INK).moveDown(1);
  }

  private get width(): number {
    return this.doc.page.width - 2 * MARGIN;
  }

  private get bottom(): number {
    return this.doc.page.height - MARGIN;
  }

  /** Starts a section: on a new page, unless it is the first. */
  section(title: string): this {
    if (this.sections > 0) this.doc.addPage();
    this.sections += 1;
    this.doc.x = MARGIN;
    this.doc.fillColor(INK).font("Helvetica-Bold").fontSize(15).text(title, { width: this.width });
    this.doc.moveDown(0.4);
    return this;
  }

  heading(text: string): this {
    this.room(40);
    this.doc.x = MARGIN;
    this.doc
      .moveDown(0.4)
      .fillColor(INK)
      .font("Helvetica-Bold")
      .fontSize(11.5)
      .text(text, { width: this.width });
    this.doc.moveDown(0.2);
    return this;
  }

  paragraph(text: string, options: { muted?: boolean } = {}): this {
    this.doc.x = MARGIN;
    this.doc
      .fillColor(options.muted ? MUTED : INK)
      .font("Helvetica")
      .fontSize(10)
      .text(text, { width: this.width });
    this.doc.fillColor(INK).moveDown(0.4);
    return this;
  }

  /** A new page when less than `height` is left on this one. */
  private room(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  /** A table; column widths are shares of the page's width, and the heading row repeats on a new page. */
  table(columns: Column[], rows: string[][], options: { fontSize?: number } = {}): this {
    const size = options.fontSize ?? 9.5;
    const total = columns.reduce((sum, c) => sum + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    const pad = 3;
    const heightOf = (cells: string[], font: string) => {
      this.doc.font(font).fontSize(size);
      return (
        Math.max(
          ...cells.map((cell, i) => this.doc.heightOfString(cell, { width: (widths[i] ?? 0) - 2 * pad })),
        ) +
        2 * pad
      );
    };
    const draw = (cells: string[], font: string) => {
      const height = heightOf(cells, font);
      const top = this.doc.y;
      let x = MARGIN;
      this.doc.font(font).fontSize(size).fillColor(INK);
      cells.forEach((cell, i) => {
        const width = widths[i] ?? 0;
        this.doc.text(cell, x + pad, top + pad, {
          width: width - 2 * pad,
          align: columns[i]?.align ?? "left",
        });
        x += width;
      });
      this.doc
        .moveTo(MARGIN, top + height)
        .lineTo(MARGIN + this.width, top + height)
        .lineWidth(0.5)
        .strokeColor(RULE)
        .stroke();
      this.doc.x = MARGIN;
      this.doc.y = top + height;
    };
    const header = columns.map((c) => c.heading);
    this.room(heightOf(header, "Helvetica-Bold") + heightOf(rows[0] ?? header, "Helvetica"));
    draw(header, "Helvetica-Bold");
    for (const row of rows) {
      if (this.doc.y + heightOf(row, "Helvetica") > this.bottom) {
        this.doc.addPage();
        draw(header, "Helvetica-Bold");
      }
      draw(row, "Helvetica");
    }
    this.doc.moveDown(0.8);
    return this;
  }

  /** A horizontal bar chart: one bar per item, its length against the largest, its count written after it. */
  bars(items: Bar[]): this {
    const rowHeight = 16;
    const labelWidth = 120;
    const chartWidth = this.width - labelWidth - 40;
    const largest = Math.max(1, ...items.map((b) => b.value));
    this.room(items.length * rowHeight + 10);
    const top = this.doc.y;
    items.forEach((item, i) => {
      const y = top + i * rowHeight;
      this.doc.font("Helvetica").fontSize(9.5).fillColor(INK);
      this.doc.text(item.label, MARGIN, y + 2, { width: labelWidth - 8, align: "right" });
      const length = (item.value / largest) * chartWidth;
      if (length > 0) this.doc.rect(MARGIN + labelWidth, y + 2, length, rowHeight - 5).fill(BAR);
      this.doc.fillColor(INK).text(String(item.value), MARGIN + labelWidth + length + 4, y + 2, {
        width: 40,
        lineBreak: false,
      });
    });
    this.doc.x = MARGIN;
    this.doc.y = top + items.length * rowHeight + 8;
    return this;
  }

  /** Vertical columns, one per month (a null value drawn as nothing), against a top the caller gives. */
  columns(items: { label: string; value: number | null; text: string }[], top: number): this {
    const chartHeight = 90;
    const slot = this.width / Math.max(1, items.length);
    const barWidth = Math.min(36, slot * 0.6);
    this.room(chartHeight + 36);
    const base = this.doc.y + chartHeight + 12;
    this.doc
      .moveTo(MARGIN, base)
      .lineTo(MARGIN + this.width, base)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    items.forEach((item, i) => {
      const x = MARGIN + i * slot + (slot - barWidth) / 2;
      const height = item.value === null || top <= 0 ? 0 : (Math.min(item.value, top) / top) * chartHeight;
      if (height > 0) this.doc.rect(x, base - height, barWidth, height).fill(BAR);
      this.doc.font("Helvetica").fontSize(8.5).fillColor(INK);
      this.doc.text(item.text, MARGIN + i * slot, base - height - 11, { width: slot, align: "center" });
      this.doc
        .fillColor(MUTED)
        .text(item.label, MARGIN + i * slot, base + 3, { width: slot, align: "center" });
    });
    this.doc.fillColor(INK);
    this.doc.x = MARGIN;
    this.doc.y = base + 18;
    return this;
  }

  /** Ends the document: the whole PDF. */
  finish(): Promise<Buffer> {
    this.doc.end();
    return this.ended;
  }
}
