/**
 * One line of code per tool that loads a published CSV into a table. Each reads an empty cell as
 * missing and nothing else (data/README.md: "An empty cell means missing"), where a tool's default
 * would also take "NA" or "None" for a missing value.
 */
export interface LoadSnippet {
	tool: string;
	code: string;
}

export function loadSnippets(name: string, csvUrl: string): LoadSnippet[] {
	// A variable name every one of the three accepts: letters, digits and underscores.
	const v = name.replace(/[^A-Za-z0-9]+/g, '_');
	return [
		{ tool: 'Python (pandas)', code: `import pandas as pd; ${v} = pd.read_csv("${csvUrl}", keep_default_na=False, na_values=[""])` },
		{ tool: 'R (readr)', code: `${v} <- readr::read_csv("${csvUrl}", na = "")` },
		{ tool: 'DuckDB', code: `CREATE TABLE ${v} AS SELECT * FROM read_csv('${csvUrl}');` }
	];
}
