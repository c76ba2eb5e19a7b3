/**
 * The typed rows of each dataset in data/. The loader checks every cell against datapackage.json;
 * these types say what a validated row holds (tests/unit/rows.test.ts keeps them and the schema
 * in step). Dates are ISO strings whose form carries their precision.
 */
import type { Tables } from './validate-package';

export type Status = 'confirmed' | 'refined' | 'contested' | 'unverified' | 'contradicted';
export type Precision = 'day' | 'month' | 'year';
export type Bound = 'exact' | 'approximately' | 'at_least';

export interface SourceRow {
	id: string;
	/** The page's own headline in its language, or our English description where title_from_page is false. */
	title: string;
	/** Our English translation, only where title is not in English. */
	title_en: string | null;
	/** true: title is the page's headline; false: our description of the page. */
	title_from_page: boolean;
	/** BCP 47 code of the language the source was published in. */
	lang: string;
	publisher: string;
	date: string | null;
	url: string | null;
	kind: 'article' | 'news' | 'official' | 'research' | 'reference' | 'aggregator';
	reliability: 'strong' | 'medium' | 'weak';
	note: string | null;
}

export interface ArticleClaimRow {
	id: string;
	topic: string;
	claim: string;
	value: number | null;
	unit: string;
	bound: Bound | null;
	date: string | null;
	precision: Precision | null;
	status: Status;
	checked_value: number | null;
	checked_source: string | null;
	source: string;
	note: string | null;
}

export interface ClaimTranslationRow {
	id: string;
	lang: string;
	claim: string;
}

export interface CocaCultivationRow {
	series: 'unodc_simci' | 'us_government' | 'police_siima';
	year: number;
	hectares: number;
	/** A different figure another source published for the same series and year, and that source. */
	other_hectares: number | null;
	other_hectares_source: string | null;
	bound: 'exact' | 'approximately';
	as_of: string | null;
	release: 'official' | 'press' | 'leaked';
	/** For a leaked figure, the latest month (YYYY-MM) a source confirms it was still officially unpublished. */
	unpublished_as_of: string | null;
	status: Status;
	source: string;
	note: string | null;
}

export interface CocaineProductionRow {
	series: 'unodc' | 'us_government';
	year: number;
	edition: 'first' | 'revised' | 'preliminary';
	tonnes: number;
	tonnes_high: number | null;
	/** A different figure another source published for the same row, and that source. */
	other_tonnes: number | null;
	other_tonnes_source: string | null;
	/** Change on the previous year as the source published it (percent). */
	reported_change_pct: number | null;
	bound: 'exact' | 'approximately';
	status: Status;
	source: string;
	note: string | null;
}

export interface BoatStrikeRow {
	date: string;
	deaths: number;
	/** `more_than` where the source says "more than" or "over" (AFP's "over 200"). */
	deaths_bound: Bound | 'more_than';
	strikes: number | null;
	strikes_bound: 'exact' | 'at_least' | null;
	seas: 'caribbean' | 'caribbean_and_pacific';
	includes_presumed_dead: boolean;
	/** The source's split of `deaths`, where it gives one. */
	confirmed_dead: number | null;
	presumed_dead: number | null;
	/** Another outlet's running total for the same date, and its source. */
	other_deaths: number | null;
	other_deaths_source: string | null;
	source: string;
	note: string | null;
}

export interface ExtraditionRow {
	period: string;
	period_kind: 'year' | 'half_year' | 'cumulative';
	destination: 'all' | 'us';
	measure: 'extradited' | 'approved' | 'requested';
	count: number;
	bound: 'exact' | 'approximately';
	status: Status;
	source: string;
	note: string | null;
}

export interface UsAidRow {
	period: string;
	period_kind: 'year' | 'cumulative';
	/** `designated`: an amount a law sets aside for named purposes, never a total. */
	account: 'military_police' | 'economic_social' | 'security' | 'designated' | 'total';
	usd_millions: number;
	bound: 'exact' | 'approximately';
	figure: 'actual' | 'estimate' | 'request';
	/** What stage of the money the figure counts, where its source says. */
	basis: 'appropriated' | 'requested' | 'disbursed' | 'not_stated';
	series: 'cip_plan_colombia' | 'later_totals' | 'alternative_totals' | 'highlighted_lines' | 'cumulative';
	status: Status;
	source: string;
	note: string | null;
}

export interface TimelineRow {
	id: string;
	date: string;
	precision: Precision;
	end_date: string | null;
	category: 'diplomacy' | 'sanctions' | 'military' | 'drugs' | 'justice' | 'elections';
	/** In the data's language (English); other languages are rows of timeline-translations.csv. */
	event: string;
	in_article: boolean;
	status: Status;
	source: string;
	note: string | null;
}

export interface TimelineTranslationRow {
	id: string;
	lang: string;
	event: string;
}

export interface ElectionRow {
	date: string;
	contest: 'senate' | 'presidential_first_round' | 'presidential_runoff';
	party_or_candidate: string;
	vote_share_pct: number;
	seats: number | null;
	counted_pct: number | null;
	/** Votes ahead of the runner-up, where reported. */
	lead_votes: number | null;
	lead_votes_bound: 'exact' | 'approximately' | null;
	count_status: 'preliminary' | 'certified';
	source: string;
	note: string | null;
}

export interface WorldShareRow {
	year: number;
	share_pct: number;
	bound: 'exact' | 'more_than';
	source: string;
	note: string | null;
}

export interface SubstitutionRow {
	hectares: number;
	bound: 'exact' | 'approximately';
	source: string;
	note: string | null;
}

export interface TroopDeploymentRow {
	date: string;
	area: 'catatumbo';
	troops: number;
	bound: 'exact' | 'approximately';
	status: Status;
	/** Where the map puts the area's label: an approximate centre, not a troop position. */
	lon: number;
	lat: number;
	source: string;
	note: string | null;
}

/** A substantive change to the published story: shown at its foot and on /data/; the latest dates the story. */
export interface UpdateRow {
	id: string;
	date: string;
	kind: 'correction' | 'update';
	/** In the data's language (English); other languages are rows of updates-translations.csv. */
	change: string;
	reason: string;
	source: string;
}

export interface UpdateTranslationRow {
	id: string;
	lang: string;
	change: string;
	reason: string;
}

/** Every dataset, by resource name, as typed rows. */
export interface Datasets {
	sources: SourceRow[];
	'article-claims': ArticleClaimRow[];
	'article-claims-translations': ClaimTranslationRow[];
	'coca-cultivation': CocaCultivationRow[];
	'cocaine-production': CocaineProductionRow[];
	'boat-strikes': BoatStrikeRow[];
	extraditions: ExtraditionRow[];
	'us-aid': UsAidRow[];
	timeline: TimelineRow[];
	'timeline-translations': TimelineTranslationRow[];
	elections: ElectionRow[];
	'cocaine-world-share': WorldShareRow[];
	'coca-substitution': SubstitutionRow[];
	'troop-deployments': TroopDeploymentRow[];
	updates: UpdateRow[];
	'updates-translations': UpdateTranslationRow[];
}

export type DatasetName = keyof Datasets;

export const datasetNames: DatasetName[] = [
	'sources',
	'article-claims',
	'article-claims-translations',
	'coca-cultivation',
	'cocaine-production',
	'boat-strikes',
	'extraditions',
	'us-aid',
	'timeline',
	'timeline-translations',
	'elections',
	'cocaine-world-share',
	'coca-substitution',
	'troop-deployments',
	'updates',
	'updates-translations'
];

/** Narrows validated tables to the typed datasets; a missing resource is a package error. */
export function asDatasets(tables: Tables): Datasets {
	for (const name of datasetNames) {
		if (!tables[name]) throw new Error(`data/datapackage.json: the package has no resource "${name}", which the explainer needs`);
	}
	return tables as unknown as Datasets;
}
