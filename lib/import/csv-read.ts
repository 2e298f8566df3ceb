// Reads the CSV the exports write (RFC 4180: quoted fields, "" for a quote, CRLF or LF line ends,
// a UTF-8 byte order mark), and undoes their formula guard, so an export imports as it was.
import { neutraliseFormula } from "@/lib/csv/writer";

export class CsvSyntaxError extends Error {
  constructor(readonly row: number, message: string) {
    super(message);
    this.name = "CsvSyntaxError";
  }
}

/** The records of a CSV text, each a list of cells; blank lines are skipped. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = "";
  let quoted = false;
  let row = 1;
  let i = text.startsWith("\uFEFF") ? 1 : 0;
  const endRecord = () => {
    record.push(cell);
    if (record.length > 1 || record[0] !== "") records.push(record);
    record = [];
    cell = "";
    row++;
  };
  for (; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char !== '"') cell += char;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else {
        quoted = false;
        const next = text[i + 1];
        if (next !== undefined && next !== "," && next !== "\r" && next !== "\n") throw new CsvSyntaxError(row, "A quoted cell must end at a comma or the end of the line.");
      }
    } else if (char === '"' && cell === "") quoted = true;
    else if (char === ",") {
      record.push(cell);
      cell = "";
    }
    else if (char === "\n") endRecord();
    else if (char === "\r") {
      if (text[i + 1] === "\n") i++;
      endRecord();
    } else cell += char;
  }
  if (quoted) throw new CsvSyntaxError(row, "A quoted cell is not closed.");
  if (cell !== "" || record.length) endRecord();
  return records;
}

/** The text a cell held before the exports' formula guard prefixed it with an apostrophe. */
export function unguardCell(cell: string): string {
  return cell.startsWith("'") && neutraliseFormula(cell.slice(1)) === cell ? cell.slice(1) : cell;
}
