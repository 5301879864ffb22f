import type { MyManual } from "../answers";
import { VISIBILITY_LABELS } from "./report.format";
import { ReportPdf } from "./report.pdf";

/**
 * A person's "working with me" manual as a PDF: only what they wrote, each answer with who sees it
 * in Rapport, so they can choose whom to hand the file to.
 */
export async function manualReport(manual: MyManual, madeAt: Date): Promise<Buffer> {
  const pdf = await ReportPdf.create({
    title: `Working with ${manual.name}`,
    subtitle: `Written by ${manual.name}; ${manual.writtenOn}. It holds only what they wrote, private answers included; beside each, who sees it in Rapport.`,
    madeAt,
  });
  if (manual.sections.length === 0) {
    pdf.section("Nothing written yet");
    pdf.paragraph("Answer the questions on Working with me, and they show here.");
  }
  for (const section of manual.sections) {
    pdf.section(section.heading);
    for (const entry of section.entries) {
      pdf.heading(entry.title);
      pdf.paragraph(entry.value);
      pdf.paragraph(`Who sees it: ${VISIBILITY_LABELS[entry.visibility]}`, { muted: true });
    }
  }
  return pdf.finish();
}
