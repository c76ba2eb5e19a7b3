/** The parts of a Frictionless Data Package descriptor that the loader reads. */

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'year' | 'yearmonth';

export interface Constraints {
	required?: boolean;
	unique?: boolean;
	enum?: (string | number)[];
	minimum?: number;
	maximum?: number;
	pattern?: string;
	minLength?: number;
	maxLength?: number;
}

export interface Field {
	name: string;
	type: FieldType;
	title?: string;
	description?: string;
	/** Spanish description, shown by the Spanish data catalogue. */
	description_es?: string;
	/** Unit of the values (custom property): kept in the schema, never in the cells. */
	unit?: string;
	constraints?: Constraints;
	trueValues?: string[];
	falseValues?: string[];
	/** Names the column that says whether this date is a day, a month or a year (custom rule). */
	'x-precisionField'?: string;
}

export interface ForeignKey {
	fields: string | string[];
	reference: { resource: string; fields: string | string[] };
}

export interface TableSchema {
	fields: Field[];
	missingValues?: string[];
	primaryKey?: string | string[];
	foreignKeys?: ForeignKey[];
}

export interface Resource {
	name: string;
	path: string;
	title?: string;
	title_es?: string;
	description?: string;
	description_es?: string;
	schema: TableSchema;
}

export interface License {
	name: string;
	path?: string;
	title?: string;
}

export interface DataPackage {
	name: string;
	title?: string;
	title_es?: string;
	description?: string;
	description_es?: string;
	version?: string;
	created?: string;
	licenses?: License[];
	resources: Resource[];
}

export const asList = (v: string | string[] | undefined): string[] =>
	v === undefined ? [] : Array.isArray(v) ? v : [v];
