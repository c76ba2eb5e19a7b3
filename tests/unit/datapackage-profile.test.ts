/**
 * data/datapackage.json against the official Data Package and Tabular Data Package profiles (JSON
 * Schema draft-04, copied in tests/fixtures/profiles/ with a note of where they come from), with every
 * `format` checked: the Frictionless library in frictionless.test.ts validates the structure but not
 * formats, so a date where an RFC 3339 date-time belongs passed it.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';

const profile = (name: string) => JSON.parse(readFileSync(`tests/fixtures/profiles/${name}.json`, 'utf8'));
const descriptor = () => JSON.parse(readFileSync('data/datapackage.json', 'utf8'));

function validator(name: 'data-package' | 'tabular-data-package'): ValidateFunction {
	// allErrors: a report names every problem, not the first. Strict mode stays on, so a keyword or a
	// format Ajv does not know stops the test rather than being skipped; the profiles' own annotations
	// are declared as such below.
	const ajv = new Ajv({ allErrors: true });
	addFormats(ajv, { mode: 'full' });
	// "textarea" is a hint for form generators in the profiles (how to edit a description), not a format of
	// the value: any string is valid. The other words the profiles use beyond draft-04 (propertyOrder,
	// context, options, hidden, examples, notes) are annotations for documentation and editors.
	ajv.addFormat('textarea', true);
	for (const annotation of ['propertyOrder', 'context', 'options', 'hidden', 'examples', 'notes']) ajv.addKeyword(annotation);
	return ajv.compile(profile(name));
}

const messages = (errors: ErrorObject[] | null | undefined) => (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);

describe('data/datapackage.json against the official profiles, formats checked', () => {
	for (const name of ['data-package', 'tabular-data-package'] as const) {
		it(`is a valid ${name}`, () => {
			const validate = validator(name);
			const valid = validate(descriptor());
			expect(messages(validate.errors)).toEqual([]);
			expect(valid).toBe(true);
		});
	}

	it('would catch a date where a date-time belongs (created), and other bad formats', () => {
		const validate = validator('tabular-data-package');
		const copy = descriptor();
		copy.created = '2026-11-25';
		expect(validate(copy)).toBe(false);
		expect(messages(validate.errors)).toEqual(['/created must match format "date-time"']);

		// A date-time without its offset is not RFC 3339 either; a home page must be a URI, an e-mail an address.
		const others = descriptor();
		others.created = '2026-11-25T00:00:00';
		others.homepage = 'our site';
		others.contributors[0].email = 'data team';
		expect(validate(others)).toBe(false);
		expect(messages(validate.errors).sort()).toEqual(['/contributors/0/email must match format "email"', '/created must match format "date-time"', '/homepage must match format "uri"']);
	});

	it('declares itself a tabular-data-package with a version in semantic-versioning form', () => {
		const d = descriptor();
		expect(d.profile).toBe('tabular-data-package');
		expect(d.version).toMatch(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/);
	});
});
