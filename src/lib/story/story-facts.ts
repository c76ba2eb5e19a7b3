/**
 * Every number and date the story's prose uses, computed from the validated datasets and formatted
 * for one language. The prose (en.ts, es.ts) never types a digit: it reads these strings.
 *
 * Keys are the same in every language; only the formatting (fmt) differs. Values are numbers or
 * dates only: each language adds its own words, units and symbols around them ("12.6%" / "12,6 %").
 * Where a chart already derives a figure (the coca low, the record tonnage, the fact-check tally, the
 * election results), this reads the chart's model instead of working it out again.
 *
 * A row or cell the story needs that is missing throws an Error naming the file and the row, and so
 * does a change in the data that would make a sentence of the prose untrue ("the highest in the
 * series", "less than half the peak"): nothing falls back silently to a typed value.
 */
import type { ArticleClaimRow, BoatStrikeRow, Datasets, ExtraditionRow, TimelineRow, UsAidRow } from '$lib/data/rows';
import type { Formatters } from '$lib/i18n/format';
import { cocaCultivation } from '$lib/charts/coca-cultivation';
import { cocaineProduction } from '$lib/charts/cocaine-production';
import { elections } from '$lib/charts/elections';
import { factCheck } from '$lib/charts/fact-check';
import { borderMap } from '$lib/charts/border-map';

/** The licence of data/datapackage.json (`licenses[0]`), which the datasets themselves do not carry. */
const LICENCE = 'CC BY 4.0';

// ---------------------------------------------------------------------------------------------
// Look-ups that fail loudly

function missing(file: string, what: string): never {
	throw new Error(`${file} has no row ${what}, which the story needs`);
}

function one<T>(rows: T[], file: string, what: string, pred: (r: T) => boolean): T {
	const found = rows.filter(pred);
	if (found.length === 0) missing(file, what);
	if (found.length > 1) throw new Error(`${file} has ${found.length} rows ${what}; the story expects exactly one`);
	return found[0];
}

function cell<T>(value: T | null | undefined, file: string, what: string, column: string): T {
	if (value === null || value === undefined || (typeof value === 'string' && value === '')) {
		throw new Error(`${file}: row ${what} has no value in column "${column}", which the story needs`);
	}
	return value;
}

/** A sentence of the prose that the data no longer bears out stops the build, naming both. */
function holds(condition: boolean, file: string, sentence: string): void {
	if (!condition) throw new Error(`${file}: the data no longer support the story's words "${sentence}"; rewrite them in en.ts and es.ts`);
}

const yearOf = (iso: string) => Number(iso.slice(0, 4));
const monthOf = (iso: string) => iso.slice(0, 7);

// ---------------------------------------------------------------------------------------------

/** The story's "Updated" date (ISO): the latest row of data/updates.csv. */
export function lastUpdated(data: Datasets): string {
	const dates = data.updates.map((r) => r.date).sort();
	if (dates.length === 0) throw new Error('updates.csv has no row at all, which the story needs (its "Updated" date is the latest)');
	return dates[dates.length - 1];
}

export function storyFacts(data: Datasets, fmt: Formatters) {
	const F = {
		claims: 'article-claims.csv',
		timeline: 'timeline.csv',
		strikes: 'boat-strikes.csv',
		coca: 'coca-cultivation.csv',
		cocaine: 'cocaine-production.csv',
		extraditions: 'extraditions.csv',
		aid: 'us-aid.csv',
		elections: 'elections.csv',
		sources: 'sources.csv',
		updates: 'updates.csv'
	};

	const claim = (id: string): ArticleClaimRow => one(data['article-claims'], F.claims, `"${id}"`, (r) => r.id === id);
	const claimValue = (id: string) => cell(claim(id).value, F.claims, `"${id}"`, 'value');
	const claimChecked = (id: string) => cell(claim(id).checked_value, F.claims, `"${id}"`, 'checked_value');
	const claimDate = (id: string) => cell(claim(id).date, F.claims, `"${id}"`, 'date');

	const event = (id: string): TimelineRow => one(data.timeline, F.timeline, `"${id}"`, (r) => r.id === id);
	const eventDate = (id: string) => fmt.date(event(id).date);
	/** The same without the year, for a sentence whose year the one before has given. */
	const eventDay = (id: string) => fmt.dayNoYear(event(id).date);

	const source = (id: string) => one(data.sources, F.sources, `"${id}"`, (r) => r.id === id);
	const sourceDate = (id: string) => cell(source(id).date, F.sources, `"${id}"`, 'date');

	const extradition = (period: string, destination: ExtraditionRow['destination'], measure: ExtraditionRow['measure']): ExtraditionRow =>
		one(
			data.extraditions,
			F.extraditions,
			`for ${period}, ${destination}, ${measure}`,
			(r) => r.period === period && r.destination === destination && r.measure === measure
		);

	const aid = (period: string, account: UsAidRow['account'], series: UsAidRow['series']): UsAidRow =>
		one(data['us-aid'], F.aid, `for ${period}, ${account}, ${series}`, (r) => r.period === period && r.account === account && r.series === series);

	const money = (x: number) => fmt.num(x, 1);

	// --- The record: when it was last updated, and how far what we can check reaches -----------
	const updated = lastUpdated(data);
	// The newest page any row rests on: the story says nothing is known after it.
	const sourceDates = data.sources.map((s) => s.date).filter((d): d is string => !!d && d.length >= 7);
	if (sourceDates.length === 0) missing(F.sources, 'with a publication month');
	const recordEnds = monthOf(sourceDates.reduce((a, b) => (a > b ? a : b)));
	holds(recordEnds <= updated, F.sources, 'the record we hold ends before this update');

	// --- The break ---------------------------------------------------------------------------
	const strikes: BoatStrikeRow[] = [...data['boat-strikes']].sort((a, b) => a.date.localeCompare(b.date));
	if (strikes.length < 2) missing(F.strikes, 'for two dates at least');
	const firstStrike = strikes[0];
	const determination = event('determination');
	const lastDecert = event('decertification-1997');
	const decertGap = yearOf(determination.date) - yearOf(lastDecert.date);
	if (decertGap !== claimChecked('decertification-gap')) {
		throw new Error(
			`${F.claims}: row "decertification-gap" gives ${claimChecked('decertification-gap')} years, but ${F.timeline} puts ${decertGap} years between "decertification-1997" and "determination"`
		);
	}

	// --- Venezuela and January ---------------------------------------------------------------
	const raid = event('raid-remarks');
	const raidEnd = cell(raid.end_date, F.timeline, '"raid-remarks"', 'end_date');
	const troops = claim('border-troops');
	const border = claim('border-length');
	// The troops the map places in a named area of the border, read as the map reads them.
	const areas = borderMap.model(borderMap.select(data)).rows['troop-deployments'];
	const catatumbo = one(areas, 'troop-deployments.csv', 'for area catatumbo', (r) => r.area === 'catatumbo');

	// --- The meeting -------------------------------------------------------------------------
	const meetingIso = claimDate('meeting-date');
	const arrivalHour = claimChecked('arrival-time');
	holds(event('pipe-tulua-extradited').date === meetingIso, F.timeline, 'early on the day of the meeting, Colombia extradited Pipe Tuluá');

	// --- The dead at sea ---------------------------------------------------------------------
	const tallyClaim = claim('strike-deaths');
	const tallySource = cell(tallyClaim.checked_source, F.claims, '"strike-deaths"', 'checked_source');
	const tally = one(strikes, F.strikes, `from source "${tallySource}"`, (r) => r.source === tallySource);
	if (tally.deaths !== claimValue('strike-deaths')) {
		throw new Error(`${F.strikes}: the ${tally.date} tally (${tally.deaths}) no longer matches the article's figure (${claimValue('strike-deaths')})`);
	}
	const tallyKilled = cell(tally.confirmed_dead, F.strikes, `dated ${tally.date}`, 'confirmed_dead');
	const tallyPresumed = cell(tally.presumed_dead, F.strikes, `dated ${tally.date}`, 'presumed_dead');
	if (tallyKilled + tallyPresumed !== tally.deaths) {
		throw new Error(`${F.strikes}: row dated ${tally.date} splits ${tally.deaths} into ${tallyKilled} + ${tallyPresumed}, which do not add up`);
	}
	// The first count after the meeting, with another outlet's figure for the same day.
	const twoCounts = strikes.find((r) => r.date > meetingIso && r.other_deaths !== null) ?? missing(F.strikes, `after ${meetingIso} with another outlet's count`);
	// The two latest counts: AP's "at least" and, a few days on, AFP's "more than" (both weak copies).
	const [apLate, afpLate] = strikes.slice(-2);
	holds(apLate.deaths_bound === 'at_least' && afpLate.deaths_bound === 'more_than', F.strikes, "AP's count of at least …, and AFP's of more than …");

	// --- Coca and cocaine: the charts' own models ---------------------------------------------
	const coca = cocaCultivation.model(cocaCultivation.select(data));
	const estimateYear = yearOf(claimDate('estimate-year'));
	holds(coca.last.year === estimateYear && coca.last.release === 'leaked', F.coca, `the estimate for ${estimateYear} … leaked`);
	holds(coca.unodc.every((r) => r.hectares <= coca.last.hectares), F.coca, 'the highest in the series');
	const stillUnpublished = cell(coca.last.unpublished_as_of, F.coca, `for unodc_simci ${estimateYear}`, 'unpublished_as_of');
	const pressFrom = coca.unodc.find((r) => r.release === 'press') ?? missing(F.coca, 'for unodc_simci with release "press"');
	const leak = event('unodc-leak');

	const prod = cocaineProduction.model(cocaineProduction.select(data));
	holds(prod.last.year === estimateYear, F.cocaine, `production in ${estimateYear}`);
	// Against every edition UNODC ever published, not only the line through the latest ones.
	holds(prod.unodc.every((r) => r.tonnes <= prod.last.tonnes), F.cocaine, 'more than UNODC has put on any year');
	const risePct = cell(prod.last.reported_change_pct, F.cocaine, `for unodc ${estimateYear}`, 'reported_change_pct');

	// --- Extraditions ------------------------------------------------------------------------
	const yearly = data.extraditions.filter((r) => r.period_kind === 'year' && r.destination === 'all').sort((a, b) => a.period.localeCompare(b.period));
	if (yearly.length < 2) missing(F.extraditions, 'with a yearly total (two are needed)');
	const yearlyPeak = yearly.reduce((hi, r) => (r.count > hi.count ? r : hi), yearly[0]);
	const yearlyLast = yearly[yearly.length - 1];
	holds(yearlyPeak !== yearlyLast, F.extraditions, 'the most in our series, then …');
	const half = extradition(`${Number(yearlyLast.period) + 1}-H1`, 'all', 'extradited');
	const halfUs = extradition(half.period, 'us', 'extradited');
	const slowed = source(half.source);
	holds(slowed.publisher === 'El País', F.sources, `El País reported that Petro had slowed them (row "${slowed.id}")`);
	const ministryPeriod = '2022-08/2025-11';
	const ministryAll = extradition(ministryPeriod, 'all', 'extradited');
	const ministryUs = extradition(ministryPeriod, 'us', 'extradited');
	const [ministryFrom, ministryTo] = ministryPeriod.split('/');
	const petroPeriod = '2022-08/2025-09';
	const petroSent = extradition(petroPeriod, 'us', 'extradited');
	const petroRequested = extradition(petroPeriod, 'us', 'requested');

	// --- Aid ---------------------------------------------------------------------------------
	const cip = data['us-aid'].filter((r) => r.series === 'cip_plan_colombia' && r.period_kind === 'year' && r.figure === 'actual');
	const cipYears = [...new Set(cip.map((r) => r.period))];
	if (cipYears.length === 0) missing(F.aid, 'in series cip_plan_colombia with figure "actual"');
	const cipTotal = (y: string) => cip.filter((r) => r.period === y).reduce((s, r) => s + r.usd_millions, 0);
	const peakYear = cipYears.reduce((hi, y) => (cipTotal(y) > cipTotal(hi) ? y : hi), cipYears[0]);
	const peakMil = aid(peakYear, 'military_police', 'cip_plan_colombia');
	const peakEco = aid(peakYear, 'economic_social', 'cip_plan_colombia');
	const aidClaim = claim('us-security-aid');
	const aid2023 = aid('2023', 'total', 'later_totals');
	const aid2024 = aid('2024', 'total', 'later_totals');
	if (aid2023.usd_millions !== aidClaim.checked_value) {
		throw new Error(`${F.aid}: the 2023 total (${aid2023.usd_millions}) no longer matches ${F.claims} "us-security-aid" (${aidClaim.checked_value})`);
	}
	holds(Math.max(aid2023.usd_millions, aid2024.usd_millions) < cipTotal(peakYear) / 2, F.aid, 'less than half the Plan Colombia peak');
	const highlighted = one(data['us-aid'], F.aid, 'in series highlighted_lines', (r) => r.series === 'highlighted_lines');

	// --- What came next ----------------------------------------------------------------------
	const votes = elections.model(elections.select(data));
	const contest = (c: string) => votes.contests.find((x) => x.contest === c) ?? missing(F.elections, `for contest ${c}`);
	const senate = contest('senate');
	const firstRound = contest('presidential_first_round');
	const runoff = contest('presidential_runoff');
	const party = (name: string) => senate.results.find((r) => r.party_or_candidate === name) ?? missing(F.elections, `for ${name} (senate)`);
	const ph = party('Pacto Histórico');
	const cd = party('Centro Democrático');
	const two = (c: typeof runoff) => (c.results.length >= 2 ? c.results : missing(F.elections, `for two candidates (${c.contest})`));
	const [r1a, r1b] = two(firstRound);
	const [r2a, r2b] = two(runoff);
	holds(r1a.party_or_candidate === 'Abelardo de la Espriella' && r2a.party_or_candidate === 'Abelardo de la Espriella', F.elections, 'De la Espriella led both rounds');
	holds(votes.contests.every((c) => c.preliminary), F.elections, 'all of these are preliminary counts');
	const margin = cell(r2a.lead_votes, F.elections, 'for Abelardo de la Espriella (presidential_runoff)', 'lead_votes');
	const deferred = event('ofac-decision-deferred');
	const handover = event('handover-scheduled');
	holds(monthOf(handover.date) > recordEnds, F.timeline, 'the handover falls after the record we hold ends');

	// --- How we checked: the fact-check chart's tally -----------------------------------------
	const check = factCheck.model(factCheck.select(data));
	holds(check.counts.contested === 0, F.claims, 'of the others, … appear nowhere else and … proved wrong (no row is contested)');
	const reliability = (s: 'strong' | 'medium' | 'weak') => fmt.int(data.sources.filter((r) => r.reliability === s).length);

	return {
		// the record
		updatedDate: fmt.date(updated),
		recordMonth: fmt.date(recordEnds),

		// the lead: the dead at sea
		firstStrikeMonth: fmt.date(monthOf(firstStrike.date)),
		firstStrikeDate: fmt.date(firstStrike.date),
		firstStrikeDeaths: fmt.int(firstStrike.deaths),
		apLateDate: fmt.date(apLate.date),
		apLateDeaths: fmt.int(apLate.deaths),
		afpLateDate: fmt.date(afpLate.date),
		afpLateDay: fmt.dayNoYear(afpLate.date),
		afpLateDeaths: fmt.int(afpLate.deaths),

		// how we checked (the tally)
		claimsTotal: fmt.int(check.total),
		claimsConfirmed: fmt.int(check.counts.confirmed),
		claimsRefined: fmt.int(check.counts.refined),
		claimsContested: fmt.int(check.counts.contested),
		claimsUnverified: fmt.int(check.counts.unverified),
		claimsContradicted: fmt.int(check.counts.contradicted),
		claimsQuestioned: fmt.int(check.counts.contested + check.counts.unverified + check.counts.contradicted),

		// the break
		planStartYear: fmt.date(claimDate('plan-colombia-start')),
		mnnaDate: eventDate('mnna-designated'),
		determinationDate: fmt.date(determination.date),
		determinationDay: fmt.dayNoYear(determination.date),
		determinationMonth: fmt.date(claimDate('decertification-month')),
		lastDecertYear: fmt.date(lastDecert.date),
		decertGapYears: fmt.int(decertGap),
		decertGapArticle: fmt.int(claimValue('decertification-gap')),
		ungaDay: eventDay('unga-speech'),
		visaRevocationDay: eventDay('visa-revocation'),
		drugLeaderDay: eventDay('illegal-drug-leader'),
		ofacDate: eventDate('ofac-sanctions'),
		ofacDay: eventDay('ofac-sanctions'),

		// Venezuela and January
		maduroDate: eventDate('maduro-captured'),
		troops: fmt.int(claimValue('border-troops')),
		troopsChecked: fmt.int(cell(troops.checked_value, F.claims, '"border-troops"', 'checked_value')),
		borderKm: fmt.int(cell(border.checked_value, F.claims, '"border-length"', 'checked_value')),
		catatumboTroops: fmt.int(catatumbo.troops),
		catatumboDay: fmt.dayNoYear(catatumbo.date),
		raidFromDay: fmt.int(Number(raid.date.slice(8, 10))),
		raidTo: fmt.date(raidEnd),
		phoneCallDay: eventDay('phone-call'),
		meetingAnnouncedDay: eventDay('meeting-announced'),
		visaGrantedMonth: eventDate('visa-granted'),

		// the meeting
		trumpRemarkDate: fmt.date(claimDate('trump-quote-date')),
		meetingDate: fmt.date(meetingIso),
		meetingTime: `${fmt.int(arrivalHour)}:${String(Math.round((arrivalHour % 1) * 60)).padStart(2, '0')}`,
		meetingHoursWords: fmt.words(claimChecked('meeting-duration')),

		// the numbers: strikes
		articleDeaths: fmt.int(claimValue('strike-deaths')),
		articleStrikes: fmt.int(claimValue('strike-operations')),
		tallyDate: fmt.date(tally.date),
		tallyKilled: fmt.int(tallyKilled),
		tallyPresumed: fmt.int(tallyPresumed),
		tallyStrikes: fmt.int(cell(tally.strikes, F.strikes, `dated ${tally.date}`, 'strikes')),
		twoCountsDate: fmt.date(twoCounts.date),
		twoCountsDeaths: fmt.int(twoCounts.deaths),
		twoCountsOther: fmt.int(twoCounts.other_deaths ?? 0),

		// the numbers: coca and cocaine
		estimateYear: fmt.date(String(estimateYear)),
		cocaLowYear: fmt.date(String(coca.low.year)),
		cocaLowArea: fmt.int(coca.low.hectares),
		cocaArea: fmt.int(coca.last.hectares),
		cocaPressFromYear: fmt.date(String(pressFrom.year)),
		leakDate: fmt.date(leak.date),
		stillUnpublishedMonth: fmt.date(stillUnpublished),
		prodTonnes: fmt.int(prod.last.tonnes),
		prodRisePct: fmt.num(risePct, 1),
		indicatorDate: eventDate('unodc-indicator-dropped'),

		// the numbers: extraditions
		extraditionsPeakYear: fmt.date(yearlyPeak.period),
		extraditionsPeak: fmt.int(yearlyPeak.count),
		extraditionsLastYear: fmt.date(yearlyLast.period),
		extraditionsLast: fmt.int(yearlyLast.count),
		halfYear: fmt.date(half.period.slice(0, 4)),
		halfTotal: fmt.int(half.count),
		halfUs: fmt.int(halfUs.count),
		slowedDate: fmt.date(cell(slowed.date, F.sources, `"${slowed.id}"`, 'date')),
		ministryTotal: fmt.int(ministryAll.count),
		ministryUs: fmt.int(ministryUs.count),
		ministryFrom: fmt.date(ministryFrom),
		ministryTo: fmt.date(ministryTo),
		petroSent: fmt.int(petroSent.count),
		petroRequested: fmt.int(petroRequested.count),
		petroTallyMonth: fmt.date(petroPeriod.split('/')[1]),
		articleExtraditions: fmt.int(claimValue('extraditions-to-us')),
		articleApproved: fmt.int(claimValue('extraditions-approved')),

		// the numbers: aid
		aidPeakYear: fmt.date(peakYear),
		aidPeakMilitary: money(peakMil.usd_millions),
		aidPeakEconomic: money(peakEco.usd_millions),
		aid2023Year: fmt.date(aid2023.period),
		aid2023: money(aid2023.usd_millions),
		aid2024Year: fmt.date(aid2024.period),
		aid2024: money(aid2024.usd_millions),
		articleAid: fmt.int(claimValue('us-security-aid')),
		highlightedAid: fmt.int(highlighted.usd_millions),
		highlightedAidYear: fmt.date(highlighted.period),
		highlightedAidNextYear: fmt.date(String(Number(highlighted.period) + 1)),
		highlightedAidReported: fmt.date(sourceDate(highlighted.source)),
		highlightedAidReportedDay: fmt.dayNoYear(sourceDate(highlighted.source)),

		// what came next
		congressDate: fmt.date(senate.date),
		senateCountedPct: fmt.num(cell(senate.counted, F.elections, 'for the senate', 'counted_pct'), 2),
		phSharePct: fmt.num(ph.vote_share_pct, 2),
		phSeats: fmt.int(cell(ph.seats, F.elections, 'for Pacto Histórico', 'seats')),
		cdSharePct: fmt.num(cd.vote_share_pct, 2),
		cdSeats: fmt.int(cell(cd.seats, F.elections, 'for Centro Democrático', 'seats')),
		firstRoundDate: fmt.date(firstRound.date),
		firstRoundCountedPct: fmt.num(cell(firstRound.counted, F.elections, 'for the first round', 'counted_pct'), 1),
		r1LeaderPct: fmt.num(r1a.vote_share_pct, 1),
		r1SecondPct: fmt.num(r1b.vote_share_pct, 1),
		runoffDate: fmt.date(runoff.date),
		runoffCountedPct: fmt.num(cell(runoff.counted, F.elections, 'for the runoff', 'counted_pct'), 1),
		r2LeaderPct: fmt.num(r2a.vote_share_pct, 2),
		r2SecondPct: fmt.num(r2b.vote_share_pct, 2),
		runoffMarginVotes: fmt.int(margin),
		handoverDate: fmt.date(handover.date),
		deferredFromDay: fmt.int(Number(deferred.date.slice(8, 10))),
		deferredTo: fmt.date(cell(deferred.end_date, F.timeline, '"ofac-decision-deferred"', 'end_date')),
		visaReturnedMonth: eventDate('visa-returned'),
		halfYearNext: fmt.date(String(Number(half.period.slice(0, 4)) + 1)),

		// methods
		sourcesTotal: fmt.int(data.sources.length),
		sourcesDated: fmt.int(data.sources.filter((s) => s.date).length),
		sourcesLinked: fmt.int(data.sources.filter((s) => s.url).length),
		sourcesStrong: reliability('strong'),
		sourcesMedium: reliability('medium'),
		sourcesWeak: reliability('weak'),
		tableCount: fmt.int(Object.keys(data).length),
		licence: LICENCE
	};
}

export type StoryFacts = ReturnType<typeof storyFacts>;
