/**
 * The English edition of the story. No number or date is typed here: every one comes from the
 * StoryFacts object (story-facts.ts), computed from data/. Quotations are only those in the seed
 * article or the fact-check sheet, always attributed.
 */
import type { Story } from './story-types';

export const story: Story = {
	title: 'Colombia and the United States: the road to the Oval Office',
	dek: 'Sanctioned by Washington, Gustavo Petro still walked into the White House to see Donald Trump. We checked one account of that meeting figure by figure, against the record on boat strikes, coca, extraditions, aid and the border.',
	byline: 'By the explainer data team',
	published: '2026-11-25',
	sections: [
		{
			id: 'meeting',
			heading: 'A meeting in the Oval Office',
			intro: [
				(f) =>
					`On ${f.meetingDate}, Gustavo Petro sat down with Donald Trump at the White House. In the months before, Washington had branded his government a failing partner against drugs, said it would cancel his visa and put him on a Treasury sanctions list.`,
				() =>
					`This explainer follows the quarrel that led to that room, and tests each figure in that day's report on the meeting by the business news site intellinews against other sources. Where they disagree, we say so.`
			],
			steps: [
				{
					chart: 'timeline',
					state: 'meeting',
					text: [
						(f) =>
							`Petro arrived shortly before ${f.meetingTime} Washington time, with his foreign minister, Rosa Villavicencio, and his defence minister, Pedro Sánchez. Intellinews says they used a side door rather than the North Portico. It was the first meeting between the two presidents.`,
						(f) =>
							`The trip needed a workaround. Intellinews describes a temporary entry permit from Secretary of State Marco Rubio; Colombian outlets are more precise: in ${f.visaGrantedMonth}, after a call with Rubio, Petro and Villavicencio were issued a visa valid only for the days of the visit.`
					]
				},
				{
					chart: 'timeline',
					state: 'meeting',
					text: [
						(f) =>
							`Trump had already softened his tone. "Somehow after the Venezuelan raid, he became very nice," he told reporters on ${f.trumpRemarkDate}. "He changed his attitude very much."`,
						() =>
							`Petro, for his part, posted photographs with relatives before the meeting and said he had "truly suffered" from drug trafficking, which intellinews ties to his record of pursuing the cartels.`
					]
				},
				{
					chart: 'timeline',
					state: 'meeting',
					text: [
						(f) =>
							`The talks ran behind closed doors for nearly ${f.meetingHours} hours, AP reported. Drugs and security dominated. Speaking to Caracol Radio, according to intellinews, Petro said he had proposed that the Colombian and Venezuelan armed forces act together against the bosses of the trafficking networks, and that Trump help settle a border security dispute with Ecuador.`,
						() =>
							`Intellinews wrote that neither leader spoke to the media afterwards. That is not so: Trump made remarks in the Oval Office, according to AP, and Petro gave a press conference. Vive USA, which covered it, reported that he had handed Trump a list of drug traffickers living outside Colombia.`
					]
				},
				{
					chart: 'timeline',
					state: 'meeting',
					text: [
						() =>
							`Accounts of the gifts vary. Intellinews, citing the Colombian presidency's post on X, describes a signed photograph from Trump inscribed "A great honor — I love Colombia". Another report places that wording on a note and lists a book and a MAGA hat as well; it comes from a little-known site, so we treat those details as unconfirmed.`
					]
				}
			]
		},
		{
			id: 'breakdown',
			heading: 'How the relationship came apart',
			intro: [
				(f) =>
					`The two governments have worked together against cocaine since Plan Colombia began in ${f.planStartYear}. Starting in ${f.determinationMonth}, that partnership came close to breaking in the space of a few weeks.`
			],
			steps: [
				{
					chart: 'timeline',
					state: 'breakdown',
					text: [
						(f) =>
							`The first formal blow was over drugs. On ${f.determinationDate}, the US government found that Colombia had "failed demonstrably" to meet its counter-narcotics commitments, in the wording of the determination, though it attached a waiver.`,
						(f) =>
							`Intellinews calls this the first such finding in about ${f.decertGapArticle} years. The interval was in fact ${f.decertGapYears} years: the previous decertification came in ${f.lastDecertYear}, and there had been another on ${f.earlierDecertDate}.`
					]
				},
				{
					chart: 'timeline',
					state: 'breakdown',
					text: [
						(f) =>
							`Petro took his anger to the UN General Assembly. On ${f.ungaDate} he called for Trump to face criminal proceedings over US strikes on boats in the Caribbean. Intellinews adds that he also attacked US policy on Gaza.`,
						(f) =>
							`At a rally in New York he then urged American soldiers to disobey Trump. On ${f.visaRevocationDate} the State Department said it would revoke his visa. Intellinews presents the revocation as Trump's own act; it was announced by the department.`
					]
				},
				{
					chart: 'timeline',
					state: 'breakdown',
					text: [
						(f) =>
							`Trump turned personal. On ${f.drugLeaderDate} he called Petro an "illegal drug leader" and said US payments to Colombia would stop. Intellinews also quotes him calling Petro a "drug dealer" and reports that he threatened military action.`,
						(f) =>
							`On ${f.ofacDate} the Treasury's Office of Foreign Assets Control put Petro on its sanctions list, together with his wife, Verónica Alcocer, his son Nicolás Petro Burgos and Interior Minister Armando Benedetti, citing the drug trade. Colombian officials rejected the accusations, intellinews reported.`
					]
				}
			]
		},
		{
			id: 'boat-strikes',
			heading: 'The strikes at sea, and why the tolls differ',
			steps: [
				{
					chart: 'boat-strikes',
					state: 'all',
					text: [
						(f) =>
							`The US campaign against boats it says carry drugs began on ${f.firstStrikeDate}, when a strike in the Caribbean killed ${f.firstStrikeDeaths} people. On ${f.pacificDate} it reached the eastern Pacific, off Colombia's other coast; by then at least ${f.pacificDeaths} people had been killed. By ${f.over100Date} the toll stood at ${f.over100Deaths}.`,
						(f) =>
							`The line joins ${f.strikeTallies} running totals reported by news organisations; ${f.strikeLowerBounds} of them are minimums or round figures.`
					]
				},
				{
					chart: 'boat-strikes',
					state: 'article-figure',
					text: [
						(f) =>
							`Intellinews puts the dead at ${f.articleDeaths} in ${f.articleStrikes} operations, and places them in the Caribbean. The total matches an AP tally of ${f.tallyDate}, based on US Southern Command figures, with two qualifications.`,
						(f) =>
							`That tally counts ${f.tallyKilled} people confirmed killed and ${f.tallyPresumed} presumed dead. And it covers the eastern Pacific as well as the Caribbean. AP also counted at least ${f.tallyStrikes} strikes: a floor, not an exact number.`
					]
				},
				{
					chart: 'boat-strikes',
					state: 'after-meeting',
					text: [
						(f) =>
							`The strikes continued after the meeting. On ${f.afterDate}, AFP counted ${f.afterDeaths} dead while News.az gave ${f.afterOtherDeaths} on the same day, a reminder that each outlet keeps its own tally. By ${f.latestStrikeDate}, AP's count had reached at least ${f.latestStrikeDeaths}, according to a copy of its report on an aggregator site.`,
						() =>
							`None of these is an official list of the dead: each is a journalist's running count, and most of the later ones are lower bounds.`
					]
				}
			]
		},
		{
			id: 'coca',
			heading: 'Record coca, and whose numbers count',
			intro: [
				() =>
					`Cocaine is at the heart of the dispute, and so are the numbers. The UN Office on Drugs and Crime (UNODC), with its Colombian monitoring system SIMCI, the US government and Colombia's National Police each estimate the coca crop, each with its own method.`
			],
			steps: [
				{
					chart: 'coca-cultivation',
					state: 'low-and-rise',
					text: [
						(f) =>
							`UNODC's series shows a long decline and then a steep climb. Coca covered ${f.cocaFirstArea} hectares in ${f.cocaFirstYear}, fell to ${f.cocaLowArea} in ${f.cocaLowYear} and stayed close to that low the next year. Since then it has grown roughly ${f.cocaTimesLow}-fold.`,
						(f) =>
							`The estimate for ${f.estimateYear}, about ${f.cocaArea} hectares or ${f.cocaRisePct}% more than a year earlier, did not come from a UNODC publication: it leaked through El País on ${f.leakDate}. As of ${f.stillUnpublishedMonth} the official report was still postponed. From ${f.cocaPressFromYear} on, the points are rounded figures from press coverage of the surveys.`
					]
				},
				{
					chart: 'coca-cultivation',
					state: 'estimates',
					text: [
						(f) =>
							`US government estimates run higher: for ${f.usCocaYear} they put the crop at ${f.usCocaArea} hectares, against UNODC's ${f.unodcSameYearArea}. Petro disputes the UN method and cites the police SIIMA system instead, which counted ${f.policeArea} hectares as of ${f.policeAsOf}; his government presented that figure on ${f.policeDate}. Its method differs, so it cannot be compared with UNODC's.`,
						(f) =>
							`Petro also says ${f.substitutionClaim} hectares of coca have been replaced by other crops through voluntary substitution. El País reported on ${f.substitutionCheckDate} that the figure was inflated, and the government's own numbers do not agree: the ${f.substitutionCount} figures we found run from ${f.substitutionLow} to ${f.substitutionHigh} hectares.`
					]
				},
				{
					chart: 'cocaine-production',
					state: 'revisions',
					text: [
						(f) =>
							`Production estimates shift as well, because UNODC restates earlier years in later reports. Its figure for ${f.revAYear} first appeared as ${f.revAFirst} tonnes and was later given as ${f.revARevised}. The one for ${f.revBYear} moved the other way, from ${f.revBFirst} tonnes down to ${f.revBRevised}.`,
						() =>
							`The chart keeps each edition as its own point, so the break is visible rather than smoothed away. Years with no estimate are left as gaps.`
					]
				},
				{
					chart: 'cocaine-production',
					state: 'record',
					text: [
						(f) =>
							`On the leaked UNODC numbers, Colombia could have produced ${f.prodTonnes} tonnes of cocaine in ${f.estimateYear}: ${f.prodRisePct}% more than a year earlier, and more than ${f.prodTimesLow} times the low of ${f.prodLowTonnes} tonnes in ${f.prodLowYear}. The previous year's ${f.prodPrevTonnes} tonnes rests on a single weak source, though it agrees with the reported rise.`,
						(f) =>
							`Intellinews adds that Colombia supplies roughly ${f.worldSharePct}% of the world's cocaine. We found no UNODC share for ${f.estimateYear}. The latest we found puts Colombia above ${f.shareRecentPct}% for ${f.shareRecentYear}, and an older survey at ${f.shareOldPct}% for ${f.shareOldYear}: an old figure, not a current measurement.`
					]
				}
			]
		},
		{
			id: 'extraditions',
			heading: 'Extradition as the currency of cooperation',
			steps: [
				{
					chart: 'extraditions',
					state: 'annual',
					text: [
						(f) =>
							`Early on ${f.pipeTuluaDate}, hours before the meeting, Colombia extradited Andrés F. Marín Silva, known as Pipe Tuluá, to the Eastern District of Texas. Defence Minister Sánchez said on social media that the handover showed that "bilateral cooperation delivers concrete and measurable results against transnational crime".`,
						(f) =>
							`Extradition to the United States is a long-standing practice. One count puts it at about ${f.longRunUs} people between ${f.longRunFrom} and ${f.longRunTo}; another gives ${f.uribeUs} under President Álvaro Uribe.`
					]
				},
				{
					chart: 'extraditions',
					state: 'annual',
					text: [
						(f) =>
							`Yearly totals to all countries ranged from ${f.yearlyLowCount} in ${f.yearlyLowYear} to ${f.yearlyPeakCount} in ${f.yearlyPeakYear}, the highest in our series and Petro's first full year in office. In ${f.yearlyLastYear} the total was ${f.yearlyLastCount}. In the first half of ${f.halfYearYear} it was ${f.halfYearTotal}, ${f.halfYearUs} of them to the United States.`,
						() =>
							`We found no year-by-year count of extraditions to the United States alone, so the chart shows all destinations and marks half-years as partial. The series also has gaps where no total was found.`
					]
				},
				{
					chart: 'extraditions',
					state: 'claims',
					text: [
						(f) =>
							`How many people has Petro's government sent to the United States? Intellinews says ${f.articleExtraditions}, out of about ${f.articleApproved} approved requests, with no cut-off date. We could not find either number in any other source.`,
						(f) =>
							`The Justice Ministry, in figures obtained by El Tiempo, counts ${f.ministryTotal} extraditions in all between ${f.ministryFrom} and ${f.ministryTo}, ${f.ministryUs} of them to the United States. Petro said in ${f.petroTallyMonth} that ${f.petroSent} of ${f.petroRequested} US requests had been carried out, a claim relayed only by a weak aggregator. The three counts do not match, so we show them side by side.`
					]
				}
			]
		},
		{
			id: 'aid',
			heading: 'What Washington pays',
			steps: [
				{
					chart: 'us-aid',
					state: 'plan-colombia',
					text: [
						(f) =>
							`US money has backed Colombia's fight against drugs since Plan Colombia, which Congress launched with a supplemental appropriation of $${f.supplemental} million for fiscal year ${f.planStartYear}.`,
						(f) =>
							`Center for International Policy figures show where it went. Military and police aid grew from $${f.cipFirstMilitary} million in ${f.cipFirstYear} to $${f.peakMilitary} million in ${f.peakYear}, the peak, when economic and social aid added $${f.peakEconomic} million. From ${f.cipActualFrom} to ${f.cipActualTo}, about ${f.militarySharePct}% went to the armed forces and police. WOLA puts US aid between ${f.wolaFrom} and ${f.wolaTo} at $${f.wolaBillions} billion.`
					]
				},
				{
					chart: 'us-aid',
					state: 'later',
					text: [
						(f) =>
							`Later totals come from sources that count differently, so the chart does not join them to the earlier series. All US aid came to about $${f.aid2017} million in ${f.aid2017Year}, and to $${f.aid2023} million in ${f.aid2023Year} and $${f.aid2024} million in ${f.aid2024Year}, according to Congressional Research Service figures we could see only through a secondary site.`,
						(f) =>
							`The request for ${f.aid2025Year} was $${f.aid2025Request} million, and a request is not spending. Other totals circulate for ${f.aid2023Year}: $${f.aidAlt2023} million on a different count, and $${f.aidDisbursed2023} million disbursed according to ForeignAssistance.gov.`
					]
				},
				{
					chart: 'us-aid',
					state: 'claim',
					text: [
						(f) =>
							`Intellinews describes roughly $${f.articleAid} million a year as US security assistance. That is close to total US aid across all accounts, not its security share. The security-type lines of the ${f.aid2025Year} budget request add up to about $${f.security2025} million, and that was only a request.`,
						(f) =>
							`Colombia has been a major non-NATO ally of the United States since ${f.mnnaDate}, a status announced on ${f.mnnaAnnouncedDate}. Trump said on ${f.drugLeaderDate} that US payments would stop; our sources do not show which payments, if any, were actually cut, or for how long.`
					]
				}
			]
		},
		{
			id: 'border',
			heading: 'Venezuela, and a border on alert',
			steps: [
				{
					chart: 'border-map',
					state: 'border',
					text: [
						(f) =>
							`The crisis sharpened on ${f.maduroDate}, when US forces captured Nicolás Maduro in an operation named "Absolute Resolve". Petro, who had pushed for a negotiated outcome in Venezuela, called it a "kidnapping", intellinews reported.`,
						(f) =>
							`Between ${f.raidFromDay} and ${f.raidTo} the two presidents traded warnings. Trump said a raid on Colombia "sounds good"; Petro replied that he would "take up arms" if the United States invaded. Then the tone turned: they spoke by phone on ${f.phoneCallDate}, and on ${f.meetingAnnouncedDate} the date of the White House meeting was announced.`
					]
				},
				{
					chart: 'border-map',
					state: 'border',
					text: [
						(f) =>
							`The same day as the capture, the news agency EFE reported that Colombia would send ${f.troops} soldiers to its ${f.borderKm}-kilometre border with Venezuela. EFE used the future tense: this was an announcement, not a completed deployment, although intellinews describes the troops as already in place. The defence minister later said more than ${f.troopsChecked} had been sent.`,
						() =>
							`Intellinews names the armed groups Bogotá faces in the border areas: the ELN (National Liberation Army) guerrillas and the Clan del Golfo, a criminal organisation.`
					]
				},
				{
					chart: 'border-map',
					state: 'seas',
					text: [
						(f) =>
							`Colombia has coasts on two seas, and the boat strikes reached both: first the Caribbean, then, from ${f.pacificDate}, the eastern Pacific. Intellinews mentions only the Caribbean, leaving out part of the campaign whose toll it cites.`
					]
				}
			]
		},
		{
			id: 'what-next',
			heading: 'What came next',
			intro: [
				(f) =>
					`Intellinews noted that Colombia would vote for Congress in ${f.congressMonthArticle} and for president in ${f.presidentialMonthArticle}. Both dates held.`
			],
			steps: [
				{
					chart: 'timeline',
					state: 'elections',
					text: [
						(f) =>
							`Colombians elected a new Congress on ${f.congressDate}. With ${f.senateCountedPct}% counted, Petro's coalition, the Pacto Histórico, came first in the Senate with ${f.phSharePct}% and ${f.phSeats} seats; the Centro Democrático took ${f.cdSharePct}% and ${f.cdSeats} seats. Outlets disagree on the seats of the smaller parties.`
					]
				},
				{
					chart: 'timeline',
					state: 'elections',
					text: [
						(f) =>
							`In the first round of the presidential election, on ${f.firstRoundDate}, Abelardo de la Espriella led Iván Cepeda by ${f.r1EspriellaPct}% to ${f.r1CepedaPct}% with ${f.firstRoundCountedPct}% counted.`,
						(f) =>
							`The runoff on ${f.runoffDate} was tight. With ${f.runoffCountedPct}% counted, the preliminary count gave De la Espriella ${f.r2EspriellaPct}% and Cepeda ${f.r2CepedaPct}%, about ${f.runoffMarginVotes} votes apart, and Cepeda challenged it. A certified result appears only on a weak aggregator site, so we report the preliminary figures and no final outcome.`
					]
				},
				{
					chart: 'timeline',
					state: 'elections',
					text: [
						(f) =>
							`The strikes at sea went on through the campaign: by ${f.latestStrikeDate} the count had reached at least ${f.latestStrikeDeaths}, against ${f.tallyDeaths} in the tally intellinews used.`,
						() =>
							`What the meeting changed in the longer run, on sanctions, aid or extraditions, our sources do not yet show.`
					]
				}
			]
		}
	],
	methods: {
		id: 'methods',
		heading: 'How we checked the figures',
		text: [
			(f) =>
				`Each of the ${f.claimsTotal} numbers, dates and checkable statements in the intellinews report has a row in our data recording what we found. The tally: ${f.claimsConfirmed} confirmed, ${f.claimsRefined} refined (broadly right, but corrected or made more precise), ${f.claimsContested} contested, ${f.claimsUnverified} unverified (found only in the article) and ${f.claimsContradicted} contradicted.`,
			(f) =>
				`The main corrections: the boat-strike toll covers two seas and includes people presumed dead; the ${f.determinationMonth} finding was the first since ${f.lastDecertYear}, a gap of ${f.decertGapYears} years rather than about ${f.decertGapArticle}; the $${f.articleAid} million is total aid, not security aid; the statement that neither leader spoke to the press is wrong; the extradition figures could not be traced; and the troop deployment was an announcement.`,
			() =>
				`Still open: the latest coca and cocaine estimates, leaked before any official release; the police coca count, with its own method; the substitution figures; extraditions under Petro; and the runoff, known only from a preliminary count. UNODC revises past figures, so each published edition keeps its own row.`,
			(f) =>
				`Our data cite ${f.sourcesTotal} sources, each listed once with publisher, date, address and our reliability rating: ${f.sourcesStrong} strong (official records, major news organisations), ${f.sourcesMedium} medium and ${f.sourcesWeak} weak (aggregators, secondary copies). A weak source is used only where nothing stronger gives the point, and the row's note says so.`,
			() =>
				`Dates keep their source's precision, so an event known only to the month is shown as a month; minimums and approximations stay marked as such.`,
			(f) =>
				`All ${f.tableCount} tables can be downloaded from the data page at /data/, with a Frictionless data package describing every column in English and Spanish; each chart also has CSV, SVG and PNG downloads beneath it. Everything is published under a ${f.licence} licence: reuse it freely, crediting the explainer data team and the original source each row names.`
		]
	}
};
