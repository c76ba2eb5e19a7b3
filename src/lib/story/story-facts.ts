/**
 * Every number and date the story's prose uses, computed from the validated datasets and formatted
 * for one language. The prose (en.ts, es.ts) never types a digit: it reads these strings.
 *
 * Keys are the same in every language; only the formatting (fmt) differs. Values are numbers or
 * dates only: each language adds its own words, units and symbols around them ("12.6%" / "12,6 %").
 *
 * A row or cell the story needs that is missing throws an Error naming the file and the row:
 * nothing falls back silently to a typed value.
 */
import type {
	ArticleClaimRow,
	BoatStrikeRow,
	CocaCultivationRow,
	CocaineProductionRow,
	Datasets,
	ElectionRow,
	ExtraditionRow,
	TimelineRow,
	UsAidRow
} from '$lib/data/rows';
import type { Formatters } from '$lib/i18n/format';
import { cocaCultivation } from '$lib/charts/coca-cultivation';
import { cocaineProduction } from '$lib/charts/cocaine-production';

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

const yearOf = (iso: string) => Number(iso.slice(0, 4));

// ---------------------------------------------------------------------------------------------

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
		sources: 'sources.csv'
	};

	const claim = (id: string): ArticleClaimRow => one(data['article-claims'], F.claims, `"${id}"`, (r) => r.id === id);
	const claimValue = (id: string) => cell(claim(id).value, F.claims, `"${id}"`, 'value');
	const claimChecked = (id: string) => cell(claim(id).checked_value, F.claims, `"${id}"`, 'checked_value');
	const claimDate = (id: string) => cell(claim(id).date, F.claims, `"${id}"`, 'date');

	const event = (id: string): TimelineRow => one(data.timeline, F.timeline, `"${id}"`, (r) => r.id === id);
	const eventDate = (id: string) => fmt.date(event(id).date);

	const strikeOn = (date: string): BoatStrikeRow => one(data['boat-strikes'], F.strikes, `dated ${date}`, (r) => r.date === date);

	const coca = (series: CocaCultivationRow['series'], year: number): CocaCultivationRow =>
		one(data['coca-cultivation'], F.coca, `for ${series} ${year}`, (r) => r.series === series && r.year === year);

	const cocaine = (series: CocaineProductionRow['series'], year: number, edition: CocaineProductionRow['edition']): CocaineProductionRow =>
		one(
			data['cocaine-production'],
			F.cocaine,
			`for ${series} ${year} (${edition} edition)`,
			(r) => r.series === series && r.year === year && r.edition === edition
		);

	const extradition = (period: string, destination: ExtraditionRow['destination'], measure: ExtraditionRow['measure']): ExtraditionRow =>
		one(
			data.extraditions,
			F.extraditions,
			`for ${period}, ${destination}, ${measure}`,
			(r) => r.period === period && r.destination === destination && r.measure === measure
		);

	const aid = (period: string, account: UsAidRow['account'], series: UsAidRow['series']): UsAidRow =>
		one(data['us-aid'], F.aid, `for ${period}, ${account}, ${series}`, (r) => r.period === period && r.account === account && r.series === series);

	const vote = (contest: ElectionRow['contest'], who: string): ElectionRow =>
		one(data.elections, F.elections, `for ${who} (${contest})`, (r) => r.contest === contest && r.party_or_candidate === who);

	const source = (id: string) => one(data.sources, F.sources, `"${id}"`, (r) => r.id === id);

	const pct = (x: number, digits = 1) => fmt.num(Math.round(x * 10 ** digits) / 10 ** digits, digits);

	// --- The meeting -------------------------------------------------------------------------
	const meetingIso = claimDate('meeting-date');
	const arrivalHour = claimChecked('arrival-time');

	// --- The breakdown -----------------------------------------------------------------------
	const determination = event('determination');
	const lastDecert = event('decertification-1997');
	const decertGap = yearOf(determination.date) - yearOf(lastDecert.date);
	if (decertGap !== claimChecked('decertification-gap')) {
		throw new Error(
			`${F.claims}: row "decertification-gap" gives ${claimChecked('decertification-gap')} years, but ${F.timeline} puts ${decertGap} years between "decertification-1997" and "determination"`
		);
	}
	const raid = event('raid-remarks');
	const raidEnd = cell(raid.end_date, F.timeline, '"raid-remarks"', 'end_date');

	// --- Boat strikes ------------------------------------------------------------------------
	const strikes = [...data['boat-strikes']].sort((a, b) => a.date.localeCompare(b.date));
	if (strikes.length === 0) missing(F.strikes, 'at all');
	const firstStrike = strikes[0];
	const firstPacific = event('first-pacific-strike');
	const atFirstPacific = strikeOn(firstPacific.date);
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
	const afterMeeting = strikes.filter((r) => r.date > meetingIso);
	if (afterMeeting.length === 0) missing(F.strikes, `dated after the meeting (${meetingIso})`);
	const firstAfter = afterMeeting[0];
	const otherCount = cell(firstAfter.other_deaths, F.strikes, `dated ${firstAfter.date}`, 'other_deaths');
	const latestStrike = strikes[strikes.length - 1];
	const over100 = strikes.find((r) => r.deaths >= 100) ?? missing(F.strikes, 'with a toll of 100 or more');
	const lowerBounds = strikes.filter((r) => r.deaths_bound !== 'exact').length;

	// --- Coca and cocaine --------------------------------------------------------------------
	const estimateYear = yearOf(claimDate('estimate-year'));
	const coca2024 = coca('unodc_simci', estimateYear);
	const coca2023 = coca('unodc_simci', estimateYear - 1);
	const stillUnpublished = cell(coca2024.unpublished_as_of, F.coca, `for unodc_simci ${estimateYear}`, 'unpublished_as_of');
	// The figures the coca chart stands on, read from its model rather than worked out again here.
	const cocaModel = cocaCultivation.model(cocaCultivation.select(data));
	const { first: cocaFirst, low: cocaLow } = cocaModel;
	const pressFrom = cocaModel.unodc.find((r) => r.release === 'press') ?? missing(F.coca, 'for unodc_simci with release "press"');
	const usCocaLast = cocaModel.us[cocaModel.us.length - 1] ?? missing(F.coca, 'for series us_government');
	const unodcSameYear = coca('unodc_simci', usCocaLast.year);
	const policeClaim = claim('police-coca-area');
	const police = one(data['coca-cultivation'], F.coca, 'for police_siima with an as_of date', (r) => r.series === 'police_siima' && r.as_of !== null);
	if (police.hectares !== policeClaim.value) {
		throw new Error(`${F.coca}: the police figure (${police.hectares}) no longer matches ${F.claims} "police-coca-area" (${policeClaim.value})`);
	}

	const prod2024 = cocaine('unodc', estimateYear, 'first');
	const prod2023 = cocaine('unodc', estimateYear - 1, 'first');
	const prodClaim = claim('cocaine-output-2024');
	// The leak reported the rise itself (a column of the row); the tonnes only check it (the 2023 value
	// rests on a weak source).
	if (prod2024.reported_change_pct === null) throw new Error(`${F.cocaine}: the ${estimateYear} row has no reported_change_pct`);
	const reportedRise = prod2024.reported_change_pct;
	const computedRise = (prod2024.tonnes / prod2023.tonnes - 1) * 100;
	if (Math.abs(computedRise - reportedRise) > 0.1) {
		throw new Error(`${F.cocaine}: ${estimateYear - 1}→${estimateYear} gives a rise of ${computedRise.toFixed(2)}%, not the ${reportedRise}% the leak reported`);
	}
	// The production chart's model: one line through the latest edition of each year, and its revisions.
	const prodModel = cocaineProduction.model(cocaineProduction.select(data));
	const prodLow = prodModel.low;
	const revisedYears = prodModel.revisions.filter((v) => v.earlier.edition === 'first').map((v) => v.earlier.year);
	if (revisedYears.length < 2) missing(F.cocaine, 'pairs of first and revised UNODC editions (two are needed)');
	const [revA, revB] = revisedYears;

	const shares = [...data['cocaine-world-share']].sort((a, b) => b.year - a.year);
	if (shares.length < 2) missing('cocaine-world-share.csv', 'for two years (the story compares the latest with the earliest)');
	const [shareRecent, shareOld] = [shares[0], shares[shares.length - 1]];
	const substitution = claim('substitution-area');
	const govSub = data['coca-substitution'].map((r) => r.hectares);
	if (govSub.length < 2) missing('coca-substitution.csv', 'for two or more government figures');
	const subSource = source(cell(substitution.checked_source, F.claims, '"substitution-area"', 'checked_source'));

	// --- Extraditions ------------------------------------------------------------------------
	const yearly = data.extraditions.filter((r) => r.period_kind === 'year' && r.destination === 'all').sort((a, b) => a.period.localeCompare(b.period));
	if (yearly.length === 0) missing(F.extraditions, 'with a yearly total');
	const yearlyPeak = yearly.reduce((hi, r) => (r.count > hi.count ? r : hi), yearly[0]);
	const yearlyLow = yearly.reduce((lo, r) => (r.count < lo.count ? r : lo), yearly[0]);
	const ministryPeriod = '2022-08/2025-11';
	const ministryAll = extradition(ministryPeriod, 'all', 'extradited');
	const ministryUs = extradition(ministryPeriod, 'us', 'extradited');
	const petroPeriod = '2022-08/2025-09';
	const petroSent = extradition(petroPeriod, 'us', 'extradited');
	const petroRequested = extradition(petroPeriod, 'us', 'requested');
	const [ministryFrom, ministryTo] = ministryPeriod.split('/');
	const h1 = extradition('2025-H1', 'all', 'extradited');
	const h1Us = extradition('2025-H1', 'us', 'extradited');
	const longRun = extradition('1990/2020', 'us', 'extradited');
	const [longFrom, longTo] = longRun.period.split('/');
	const uribe = extradition('uribe-administration', 'us', 'extradited');

	// --- US aid ------------------------------------------------------------------------------
	const cip = data['us-aid'].filter((r) => r.series === 'cip_plan_colombia' && r.period_kind === 'year');
	const cipYears = [...new Set(cip.map((r) => Number(r.period)))].sort((a, b) => a - b);
	if (cipYears.length === 0) missing(F.aid, 'in series cip_plan_colombia');
	const cipTotal = (y: number) => cip.filter((r) => Number(r.period) === y).reduce((s, r) => s + r.usd_millions, 0);
	const cipPeak = cipYears.reduce((hi, y) => (cipTotal(y) > cipTotal(hi) ? y : hi), cipYears[0]);
	const cipActual = cip.filter((r) => r.figure === 'actual');
	const cipActualYears = [...new Set(cipActual.map((r) => Number(r.period)))].sort((a, b) => a - b);
	const militaryActual = cipActual.filter((r) => r.account === 'military_police').reduce((s, r) => s + r.usd_millions, 0);
	const allActual = cipActual.reduce((s, r) => s + r.usd_millions, 0);
	const peakMil = aid(String(cipPeak), 'military_police', 'cip_plan_colombia');
	const peakEco = aid(String(cipPeak), 'economic_social', 'cip_plan_colombia');
	const firstMil = aid(String(cipYears[0]), 'military_police', 'cip_plan_colombia');
	const planStart = claimDate('plan-colombia-start');
	const supplemental = aid(planStart, 'total', 'alternative_totals');
	const wola = one(data['us-aid'], F.aid, 'in series cumulative', (r) => r.series === 'cumulative');
	const [wolaFrom, wolaTo] = wola.period.split('/');
	const aidClaim = claim('us-security-aid');
	const aid2023 = aid('2023', 'total', 'later_totals');
	if (aid2023.usd_millions !== aidClaim.checked_value) {
		throw new Error(`${F.aid}: the 2023 total (${aid2023.usd_millions}) no longer matches ${F.claims} "us-security-aid" (${aidClaim.checked_value})`);
	}
	const aid2017 = aid('2017', 'total', 'later_totals');
	const aid2024 = aid('2024', 'total', 'later_totals');
	const aid2025 = aid('2025', 'total', 'later_totals');
	// Two other 2023 totals circulate: one disbursed (ForeignAssistance.gov), one built on another count.
	const other2023 = (disbursed: boolean) =>
		one(
			data['us-aid'],
			F.aid,
			`for 2023, total, alternative_totals, ${disbursed ? '' : 'not '}with basis "disbursed"`,
			(r) => r.series === 'alternative_totals' && r.period === '2023' && r.account === 'total' && (r.basis === 'disbursed') === disbursed
		);
	const alt2023 = other2023(false);
	const disbursed2023 = other2023(true);
	const security2025 = aid('2025', 'security', 'alternative_totals');

	// --- Border ------------------------------------------------------------------------------
	const troops = claim('border-troops');
	const border = claim('border-length');

	// --- Elections ---------------------------------------------------------------------------
	const ph = vote('senate', 'Pacto Histórico');
	const cd = vote('senate', 'Centro Democrático');
	const r1a = vote('presidential_first_round', 'Abelardo de la Espriella');
	const r1b = vote('presidential_first_round', 'Iván Cepeda');
	const r2a = vote('presidential_runoff', 'Abelardo de la Espriella');
	const r2b = vote('presidential_runoff', 'Iván Cepeda');
	const margin = cell(r2a.lead_votes, F.elections, 'for Abelardo de la Espriella (presidential_runoff)', 'lead_votes');

	// --- Methods -----------------------------------------------------------------------------
	const claims = data['article-claims'];
	const status = (s: ArticleClaimRow['status']) => fmt.int(claims.filter((r) => r.status === s).length);
	const reliability = (s: 'strong' | 'medium' | 'weak') => fmt.int(data.sources.filter((r) => r.reliability === s).length);

	return {
		// the meeting
		meetingDate: fmt.date(meetingIso),
		meetingHours: fmt.int(claimChecked('meeting-duration')),
		meetingTime: `${fmt.int(arrivalHour)}:${String(Math.round((arrivalHour % 1) * 60)).padStart(2, '0')}`,
		trumpRemarkDate: fmt.date(claimDate('trump-quote-date')),
		visaGrantedMonth: eventDate('visa-granted'),
		pipeTuluaDate: eventDate('pipe-tulua-extradited'),

		// the breakdown
		firstStrikeDate: fmt.date(firstStrike.date),
		firstStrikeDeaths: fmt.int(firstStrike.deaths),
		determinationDate: fmt.date(determination.date),
		determinationMonth: fmt.date(claimDate('decertification-month')),
		lastDecertYear: fmt.date(lastDecert.date),
		earlierDecertDate: eventDate('decertification-1996'),
		decertGapYears: fmt.int(decertGap),
		decertGapArticle: fmt.int(claimValue('decertification-gap')),
		ungaDate: eventDate('unga-speech'),
		visaRevocationDate: eventDate('visa-revocation'),
		drugLeaderDate: eventDate('illegal-drug-leader'),
		ofacDate: eventDate('ofac-sanctions'),

		// boat strikes
		pacificDate: fmt.date(firstPacific.date),
		pacificDeaths: fmt.int(atFirstPacific.deaths),
		over100Date: fmt.date(over100.date),
		over100Deaths: fmt.int(over100.deaths),
		tallyDate: fmt.date(tally.date),
		tallyDeaths: fmt.int(tally.deaths),
		tallyKilled: fmt.int(tallyKilled),
		tallyPresumed: fmt.int(tallyPresumed),
		tallyStrikes: fmt.int(cell(tally.strikes, F.strikes, `dated ${tally.date}`, 'strikes')),
		articleDeaths: fmt.int(claimValue('strike-deaths')),
		articleStrikes: fmt.int(claimValue('strike-operations')),
		afterDate: fmt.date(firstAfter.date),
		afterDeaths: fmt.int(firstAfter.deaths),
		afterOtherDeaths: fmt.int(otherCount),
		latestStrikeDate: fmt.date(latestStrike.date),
		latestStrikeDeaths: fmt.int(latestStrike.deaths),
		strikeTallies: fmt.int(strikes.length),
		strikeLowerBounds: fmt.int(lowerBounds),

		// coca
		estimateYear: fmt.date(String(estimateYear)),
		cocaArea: fmt.int(coca2024.hectares),
		cocaRisePct: pct((coca2024.hectares / coca2023.hectares - 1) * 100, 0),
		leakDate: eventDate('unodc-leak'),
		stillUnpublishedMonth: fmt.date(stillUnpublished),
		cocaFirstYear: fmt.date(String(cocaFirst.year)),
		cocaFirstArea: fmt.int(cocaFirst.hectares),
		cocaLowYear: fmt.date(String(cocaLow.year)),
		cocaLowArea: fmt.int(cocaLow.hectares),
		cocaTimesLow: pct(coca2024.hectares / cocaLow.hectares, 1),
		cocaPressFromYear: fmt.date(String(pressFrom.year)),
		usCocaYear: fmt.date(String(usCocaLast.year)),
		usCocaArea: fmt.int(usCocaLast.hectares),
		unodcSameYearArea: fmt.int(unodcSameYear.hectares),
		policeArea: fmt.int(police.hectares),
		policeAsOf: fmt.date(cell(police.as_of, F.coca, 'for police_siima', 'as_of')),
		policeDate: eventDate('police-coca-figure'),
		substitutionClaim: fmt.int(claimValue('substitution-area')),
		substitutionLow: fmt.int(Math.min(...govSub)),
		substitutionHigh: fmt.int(Math.max(...govSub)),
		substitutionCount: fmt.int(govSub.length),
		substitutionCheckDate: fmt.date(cell(subSource.date, F.sources, `"${subSource.id}"`, 'date')),

		// cocaine
		prodTonnes: fmt.int(prod2024.tonnes),
		prodPrevTonnes: fmt.int(prod2023.tonnes),
		prodRisePct: fmt.num(reportedRise, 1),
		prodLowYear: fmt.date(String(prodLow.year)),
		prodLowTonnes: fmt.int(prodLow.tonnes),
		prodTimesLow: fmt.int(Math.floor(prod2024.tonnes / prodLow.tonnes)),
		revAYear: fmt.date(String(revA)),
		revAFirst: fmt.int(cocaine('unodc', revA, 'first').tonnes),
		revARevised: fmt.int(cocaine('unodc', revA, 'revised').tonnes),
		revBYear: fmt.date(String(revB)),
		revBFirst: fmt.int(cocaine('unodc', revB, 'first').tonnes),
		revBRevised: fmt.int(cocaine('unodc', revB, 'revised').tonnes),
		worldSharePct: fmt.int(claimValue('world-share')),
		shareRecentPct: fmt.int(shareRecent.share_pct),
		shareRecentYear: fmt.date(String(shareRecent.year)),
		shareOldPct: fmt.int(shareOld.share_pct),
		shareOldYear: fmt.date(String(shareOld.year)),

		// extraditions
		yearlyPeakYear: fmt.date(yearlyPeak.period),
		yearlyPeakCount: fmt.int(yearlyPeak.count),
		yearlyLowYear: fmt.date(yearlyLow.period),
		yearlyLowCount: fmt.int(yearlyLow.count),
		yearlyLastYear: fmt.date(yearly[yearly.length - 1].period),
		yearlyLastCount: fmt.int(yearly[yearly.length - 1].count),
		halfYearTotal: fmt.int(h1.count),
		halfYearUs: fmt.int(h1Us.count),
		halfYearYear: fmt.date(h1.period.slice(0, 4)),
		longRunUs: fmt.int(longRun.count),
		longRunFrom: fmt.date(longFrom),
		longRunTo: fmt.date(longTo),
		uribeUs: fmt.int(uribe.count),
		articleExtraditions: fmt.int(claimValue('extraditions-to-us')),
		articleApproved: fmt.int(claimValue('extraditions-approved')),
		ministryTotal: fmt.int(ministryAll.count),
		ministryUs: fmt.int(ministryUs.count),
		ministryFrom: fmt.date(ministryFrom),
		ministryTo: fmt.date(ministryTo),
		petroSent: fmt.int(petroSent.count),
		petroRequested: fmt.int(petroRequested.count),
		petroTallyMonth: fmt.date(petroPeriod.split('/')[1]),

		// aid
		cipFirstYear: fmt.date(String(cipYears[0])),
		cipFirstMilitary: fmt.num(firstMil.usd_millions, 1),
		planStartYear: fmt.date(planStart),
		supplemental: fmt.int(supplemental.usd_millions),
		peakYear: fmt.date(String(cipPeak)),
		peakMilitary: fmt.num(peakMil.usd_millions, 1),
		peakEconomic: fmt.num(peakEco.usd_millions, 1),
		militarySharePct: pct((militaryActual / allActual) * 100, 0),
		cipActualFrom: fmt.date(String(cipActualYears[0])),
		cipActualTo: fmt.date(String(cipActualYears[cipActualYears.length - 1])),
		wolaBillions: fmt.num(wola.usd_millions / 1000, 2),
		wolaMillions: fmt.int(wola.usd_millions),
		wolaFrom: fmt.date(wolaFrom),
		wolaTo: fmt.date(wolaTo),
		aid2017Year: fmt.date(aid2017.period),
		aid2023Year: fmt.date(aid2023.period),
		aid2024Year: fmt.date(aid2024.period),
		aid2025Year: fmt.date(aid2025.period),
		aid2017: fmt.int(aid2017.usd_millions),
		aid2023: fmt.num(aid2023.usd_millions, 1),
		aid2024: fmt.num(aid2024.usd_millions, 1),
		aid2025Request: fmt.int(aid2025.usd_millions),
		aidAlt2023: fmt.num(alt2023.usd_millions, 1),
		aidDisbursed2023: fmt.int(disbursed2023.usd_millions),
		security2025: fmt.int(security2025.usd_millions),
		articleAid: fmt.int(claimValue('us-security-aid')),
		mnnaAnnouncedDate: eventDate('mnna-announced'),
		mnnaDate: eventDate('mnna-designated'),

		// the border
		maduroDate: eventDate('maduro-captured'),
		raidFromDay: fmt.int(Number(raid.date.slice(8, 10))),
		raidTo: fmt.date(raidEnd),
		phoneCallDate: eventDate('phone-call'),
		meetingAnnouncedDate: eventDate('meeting-announced'),
		troops: fmt.int(claimValue('border-troops')),
		borderKm: fmt.int(cell(border.checked_value, F.claims, '"border-length"', 'checked_value')),
		troopsChecked: fmt.int(cell(troops.checked_value, F.claims, '"border-troops"', 'checked_value')),

		// what came next
		congressDate: eventDate('congress-elections'),
		congressMonthArticle: fmt.date(claimDate('congress-vote-month')),
		presidentialMonthArticle: fmt.date(claimDate('presidential-vote-month')),
		senateCountedPct: fmt.num(cell(ph.counted_pct, F.elections, 'for Pacto Histórico', 'counted_pct'), 2),
		phSharePct: fmt.num(ph.vote_share_pct, 2),
		phSeats: fmt.int(cell(ph.seats, F.elections, 'for Pacto Histórico', 'seats')),
		cdSharePct: fmt.num(cd.vote_share_pct, 2),
		cdSeats: fmt.int(cell(cd.seats, F.elections, 'for Centro Democrático', 'seats')),
		firstRoundDate: eventDate('presidential-first-round'),
		firstRoundCountedPct: fmt.num(cell(r1a.counted_pct, F.elections, 'for the first round', 'counted_pct'), 1),
		r1EspriellaPct: fmt.num(r1a.vote_share_pct, 1),
		r1CepedaPct: fmt.num(r1b.vote_share_pct, 1),
		runoffDate: eventDate('presidential-runoff'),
		runoffCountedPct: fmt.num(cell(r2a.counted_pct, F.elections, 'for the runoff', 'counted_pct'), 1),
		r2EspriellaPct: fmt.num(r2a.vote_share_pct, 2),
		r2CepedaPct: fmt.num(r2b.vote_share_pct, 2),
		runoffMarginVotes: fmt.int(margin),

		// methods
		claimsTotal: fmt.int(claims.length),
		claimsConfirmed: status('confirmed'),
		claimsRefined: status('refined'),
		claimsContested: status('contested'),
		claimsUnverified: status('unverified'),
		claimsContradicted: status('contradicted'),
		sourcesTotal: fmt.int(data.sources.length),
		sourcesStrong: reliability('strong'),
		sourcesMedium: reliability('medium'),
		sourcesWeak: reliability('weak'),
		tableCount: fmt.int(Object.keys(data).length),
		licence: LICENCE
	};
}

export type StoryFacts = ReturnType<typeof storyFacts>;
