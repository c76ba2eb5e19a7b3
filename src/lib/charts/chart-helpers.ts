/** The claim row of the article with this id; a chart that cites the article fails loudly if it is gone. */
export function articleClaim<T extends { id: string }>(claims: T[], id: string): T {
	const row = claims.find((c) => c.id === id);
	if (!row) throw new Error(`data/article-claims.csv has no row with id "${id}", which a chart cites`);
	return row;
}

/** The distinct source ids of some rows, in first-seen order. */
export function sourceList(rows: { source: string }[]): string[] {
	return [...new Set(rows.map((r) => r.source))];
}
