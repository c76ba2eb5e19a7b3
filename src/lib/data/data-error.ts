/**
 * The one error a bad cell produces. Its message names everything a data editor needs to find and
 * mend the cell: file, row as a spreadsheet numbers it (the header is row 1), column, value and rule.
 */
export class DataError extends Error {
	constructor(
		readonly file: string,
		readonly row: number,
		readonly column: string | null,
		readonly value: string | null,
		readonly rule: string
	) {
		const where = column === null ? `${file} row ${row}` : `${file} row ${row}, column ${column}`;
		super(value === null ? `${where}: ${rule}` : `${where}: ${JSON.stringify(value)} ${rule}`);
		this.name = 'DataError';
	}
}
