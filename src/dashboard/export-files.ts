import type ExcelJS from "exceljs";
import type { ExportSheet } from "./ticket-export.js";

const bom = Buffer.from([0xef, 0xbb, 0xbf]);

// exceljs takes a third of a second to load: it loads on the first export, not at start-up.
async function workbookOf(sheets: readonly ExportSheet[]): Promise<ExcelJS.Workbook> {
  const { default: excel } = await import("exceljs");
  const workbook = new excel.Workbook();
  workbook.creator = "office-desk";
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((header) => ({
      header,
      width: Math.max(10, header.length * 2 + 4),
    }));
    worksheet.getRow(1).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow(row);
  }
  return workbook;
}

/** The sheets as an Excel workbook (.xlsx), one worksheet each. */
export async function xlsxFile(sheets: readonly ExportSheet[]): Promise<Buffer> {
  const workbook = await workbookOf(sheets);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// A cell starting like this would run as a formula when Excel opens the CSV (CSV injection).
const formulaStart = /^[=+\-@\t\r]/;

/** The first sheet as CSV in UTF-8 with a byte-order mark, so Excel shows the Chinese text correctly. */
export async function csvFile(sheets: readonly ExportSheet[]): Promise<Buffer> {
  const first = sheets[0]!;
  const workbook = await workbookOf([first]);
  const csv = await workbook.csv.writeBuffer({
    sheetName: first.name,
    map: (value: unknown) => (typeof value === "string" && formulaStart.test(value) ? `'${value}` : value),
  });
  return Buffer.concat([bom, Buffer.from(csv)]);
}
