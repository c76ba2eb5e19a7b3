/**
 * The English edition of the story. No number or date is typed here: every one comes from the
 * StoryFacts object (story-facts.ts), computed from data/. Quotations are words the sources give in
 * the language they were spoken, always attributed; what Petro and his ministers said in Spanish,
 * which our sources give only in translation, is paraphrased.
 */
import type { Story } from './story-types';

export const story: Story = {
	title: 'Petro, Trump and what their meeting did not settle',
	dek: 'Colombia’s president, Gustavo Petro, went to the White House to end a bitter quarrel with Donald Trump. In the record we can check, the boat strikes, his US sanctions and a leaked record coca estimate all outlasted the meeting.',
	byline: 'By the explainer data team',
	published: '2026-11-25',
	sections: [
		{
			id: 'now',
			heading: 'Where things stand',
			steps: [
				{
					chart: 'boat-strikes',
					state: 'all',
					text: [
						(f) =>
							`The deadliest thread of the quarrel runs through the sea. Since ${f.firstStrikeMonth}, US strikes on boats that Washington says carry drugs have killed at least ${f.apLateDeaths} people by AP’s count of ${f.apLateDate}, and more than ${f.afpLateDeaths} by AFP’s of ${f.afpLateDay}. We could read both only in copies on aggregator sites. No government has published a list of the dead.`
					]
				},
				{
					chart: 'fact-check',
					state: 'tally',
					text: [
						(f) =>
							`This explainer began as a check of one account of the Petro–Trump meeting, by the business site intellinews. We tested ${f.claimsTotal} of its figures, dates and statements against other sources. Of those, ${f.claimsConfirmed} were confirmed by another source and ${f.claimsRefined} refined, broadly right but corrected or made more precise. Of the other ${f.claimsQuestioned}, ${f.claimsUnverified} appear nowhere else and ${f.claimsContradicted} proved wrong. This chart’s own page lists every finding.`
					]
				}
			]
		},
		{
			id: 'breakdown',
			heading: 'How it broke',
			intro: [
				(f) =>
					`The two governments had fought cocaine together since Plan Colombia began in ${f.planStartYear}, and Colombia had been a major non-NATO ally of the United States since ${f.mnnaDate}. In the space of a few weeks, that partnership came close to breaking.`
			],
			steps: [
				{
					chart: 'timeline',
					state: 'september',
					text: [
						(f) =>
							`It started at sea. On ${f.firstStrikeDate}, a US strike on a boat in the Caribbean killed ${f.firstStrikeDeaths} people, the first of a campaign. On ${f.determinationDay}, Washington found that Colombia had “failed demonstrably” to meet its anti-drug commitments, the first such finding since ${f.lastDecertYear}, though it attached a waiver. On ${f.ungaDay}, at the UN, Petro called for Trump to face criminal charges over the strikes.`
					]
				},
				{
					chart: 'timeline',
					state: 'sanctions',
					text: [
						(f) =>
							`Then it turned personal. After Petro urged American soldiers at a New York rally to disobey Trump, the State Department said on ${f.visaRevocationDay} that it would revoke his visa. On ${f.drugLeaderDay}, Trump called him an “illegal drug leader” and said US payments to Colombia would stop. On ${f.ofacDay}, the Treasury put Petro, his wife, his son and his interior minister on its sanctions list.`
					]
				}
			]
		},
		{
			id: 'venezuela',
			heading: 'Venezuela, then a thaw',
			steps: [
				{
					chart: 'border-map',
					state: 'border',
					text: [
						(f) =>
							`On ${f.maduroDate}, US forces seized Nicolás Maduro in an operation they called “Absolute Resolve”. Petro, who had pushed for a negotiated way out in Venezuela, denounced it as a kidnapping, intellinews reported. The same day Colombia announced ${f.troops} troops for its ${f.borderKm}-kilometre border with Venezuela; by ${f.catatumboDay}, ${f.catatumboTroops} of them were in Catatumbo, and the defence minister later said more than ${f.troopsChecked} had been sent.`
					]
				},
				{
					chart: 'timeline',
					state: 'january',
					text: [
						(f) =>
							`On ${f.raidFromDay} and ${f.raidTo}, the presidents traded threats: Trump said a raid on Colombia “sounds good”, and Petro answered that he would take up arms if the United States invaded. Then the tone changed. They spoke by phone on ${f.phoneCallDay}, a date for talks was announced on ${f.meetingAnnouncedDay}, and later that month Petro was granted a visa for the trip.`
					]
				}
			]
		},
		{
			id: 'meeting',
			heading: 'The meeting',
			steps: [
				{
					chart: 'timeline',
					state: 'meeting-day',
					text: [
						(f) =>
							`On ${f.trumpRemarkDate}, Trump told reporters: “Somehow after the Venezuelan raid, he became very nice.” Early the next morning Colombia extradited Andrés F. Marín Silva, alias Pipe Tuluá, to the Eastern District of Texas. Petro reached the White House shortly before ${f.meetingTime}, and they talked behind closed doors for nearly ${f.meetingHoursWords} hours. Afterwards, AP reported, Trump said: “We had a very good meeting. I thought he was terrific.”`
					]
				}
			]
		},
		{
			id: 'boat-strikes',
			heading: 'The numbers behind the quarrel',
			intro: [
				() =>
					`Under the dispute lie figures on the dead at sea, coca and cocaine, extraditions and aid. Each set is partial, disputed or both, and each is drawn here with its sources.`
			],
			steps: [
				{
					chart: 'boat-strikes',
					state: 'article-figure',
					text: [
						(f) =>
							`Each newsroom keeps its own count of the dead. The figure intellinews gave, at least ${f.articleDeaths} in ${f.articleStrikes} operations, is AP’s tally of ${f.tallyDate}: ${f.tallyKilled} people confirmed killed and ${f.tallyPresumed} presumed dead, in at least ${f.tallyStrikes} strikes in the Caribbean and the eastern Pacific. On ${f.twoCountsDate}, AFP counted ${f.twoCountsDeaths} dead while News.az counted ${f.twoCountsOther}.`
					]
				}
			]
		},
		{
			id: 'coca',
			heading: 'Record coca, on a leaked estimate',
			steps: [
				{
					chart: 'coca-cultivation',
					state: 'low-and-rise',
					text: [
						(f) =>
							`By the UN’s count, coca in Colombia fell to ${f.cocaLowArea} hectares in ${f.cocaLowYear}, then climbed to about ${f.cocaArea} in ${f.estimateYear}, the highest in the series. That last figure did not come from a UN publication: it leaked through El País on ${f.leakDate}. The official report was still postponed in ${f.stillUnpublishedMonth}, and we found none by late ${f.recordMonth}. From ${f.cocaPressFromYear}, the points are rounded press figures.`
					]
				},
				{
					chart: 'cocaine-production',
					state: 'record',
					text: [
						(f) =>
							`The same leak put Colombia’s potential cocaine production at ${f.prodTonnes} tonnes in ${f.estimateYear}, ${f.prodRisePct}% more than a year earlier and more than UNODC has estimated for any year. Potential means what the crop could yield, not what was seized or sold. On ${f.indicatorDate}, Petro said his government would stop using that measure; UNODC’s monitoring contract had already expired.`
					]
				}
			]
		},
		{
			id: 'extraditions',
			heading: 'Extraditions went on',
			steps: [
				{
					chart: 'extraditions',
					state: 'annual',
					text: [
						(f) =>
							`Extraditions never stopped. Colombia sent ${f.extraditionsPeak} people to foreign courts in ${f.extraditionsPeakYear}, the most in our series, ${f.extraditionsLast} in ${f.extraditionsLastYear} and ${f.halfTotal} in the first half of ${f.halfYear}, ${f.halfUs} of them to the United States. The Justice Ministry counted ${f.ministryTotal} from ${f.ministryFrom} to ${f.ministryTo}, ${f.ministryUs} to the United States, though El País reported on ${f.slowedDate} that Petro had slowed the pace.`
					]
				}
			]
		},
		{
			id: 'aid',
			heading: 'Aid, far below Plan Colombia',
			steps: [
				{
					chart: 'us-aid',
					state: 'later',
					text: [
						(f) =>
							`At the height of Plan Colombia, in ${f.aidPeakYear}, Center for International Policy figures put US aid at $${f.aidPeakMilitary} million for the military and police and $${f.aidPeakEconomic} million for economic and social programmes. The latest totals we found, $${f.aid2023} million for ${f.aid2023Year} and $${f.aid2024} million for ${f.aid2024Year}, are less than half that year’s, in current dollars, on another count and seen only through a secondary site.`
					]
				}
			]
		},
		{
			id: 'what-next',
			heading: 'What came next',
			steps: [
				{
					chart: 'boat-strikes',
					state: 'after-meeting',
					text: [
						(f) =>
							`The strikes did not stop for the talks. From ${f.twoCountsDeaths} dead by AFP’s count on ${f.twoCountsDate}, the toll passed ${f.afpLateDeaths} by ${f.afpLateDate}, and most of the figures in between are minimums. We found no running total after that in the record we hold, which ends in late ${f.recordMonth}.`
					]
				},
				{
					chart: 'elections',
					state: 'first-votes',
					text: [
						(f) =>
							`All these results are preliminary counts. In the congressional election of ${f.congressDate}, with ${f.senateCountedPct}% counted, Petro’s Pacto Histórico had ${f.phSharePct}% of the Senate vote and ${f.phSeats} seats, and the Centro Democrático ${f.cdSharePct}% and ${f.cdSeats}. In the presidential first round on ${f.firstRoundDate}, Abelardo de la Espriella led Iván Cepeda by ${f.r1LeaderPct}% to ${f.r1SecondPct}%, with ${f.firstRoundCountedPct}% counted.`
					]
				},
				{
					chart: 'elections',
					state: 'runoff',
					text: [
						(f) =>
							`The runoff on ${f.runoffDate} was close. With ${f.runoffCountedPct}% counted, De la Espriella had ${f.r2LeaderPct}% and Cepeda ${f.r2SecondPct}%, about ${f.runoffMarginVotes} votes apart, and Cepeda challenged the count. On those preliminary figures De la Espriella won, to take office on ${f.handoverDate}. A certified result appears only on an aggregator site we rate weak, so it is not drawn here.`
					]
				},
				{
					chart: 'timeline',
					state: 'after',
					text: [
						(f) =>
							`Reports on ${f.deferredFromDay} and ${f.deferredTo} said Washington would rule on Petro’s sanctions only after the elections. On ${f.highlightedAidReportedDay}, Colombian media reported $${f.highlightedAid} million that the US embassy singled out for Colombia in the budget law for fiscal ${f.highlightedAidYear}: a part of that law, not a total. Around ${f.visaReturnedMonth}, Petro said his US visa had been returned for the rest of his term.`
					]
				}
			]
		}
	],
	ending: {
		id: 'as-of',
		heading: 'What we know, and what we do not',
		text: [
			(f) =>
				`This page was last updated on ${f.updatedDate}, but the public record we can check ends in late ${f.recordMonth}. By then, on the preliminary count of ${f.runoffDate}, Abelardo de la Espriella had won the presidency; Petro’s term was due to end on ${f.handoverDate}. The dead at sea numbered at least ${f.apLateDeaths} by AP’s count of ${f.apLateDate}, and more than ${f.afpLateDeaths} by AFP’s of ${f.afpLateDay}.`,
			(f) =>
				`Petro had been on the Treasury’s sanctions list since ${f.ofacDate}; reports on ${f.deferredFromDay} and ${f.deferredTo} said a decision would wait for the elections, and around ${f.visaReturnedMonth} he had his visa back. UNODC’s estimates for ${f.estimateYear}, leaked on ${f.leakDate}, had no official release in the record. Extraditions went on, Pipe Tuluá’s on ${f.meetingDate} among them.`,
			(f) =>
				`Not known as of late ${f.recordMonth}, because no source we hold reports it: whether the handover took place as planned; any toll of the strikes after ${f.afpLateDate}; the next annual US drug determination; extradition totals for the whole of ${f.halfYear} or for ${f.halfYearNext}; any troop figure for the border after January; an enacted total of US aid for fiscal ${f.highlightedAidYear}, or any figure for fiscal ${f.highlightedAidNextYear}; and any change to Petro’s sanctions. Each will join the list of updates below, with its date, when a source we can check reports it.`
		]
	},
	methods: {
		id: 'methods',
		heading: 'How we checked',
		text: [
			(f) =>
				`We started from the intellinews report of ${f.meetingDate} and gave a row in our data to ${f.claimsTotal} of its figures, dates and statements, each checked against other sources. The tally: ${f.claimsConfirmed} confirmed, ${f.claimsRefined} refined (broadly right but corrected or made more precise), ${f.claimsContested} contested, ${f.claimsUnverified} unverified (found only in the article) and ${f.claimsContradicted} contradicted. The fact-check chart’s page gives each claim beside what we found.`,
			(f) =>
				`The main corrections: the strike toll it cites covers the eastern Pacific as well as the Caribbean and counts ${f.tallyPresumed} people presumed dead; the ${f.determinationMonth} drug finding was the first since ${f.lastDecertYear}, ${f.decertGapYears} years earlier, not about ${f.decertGapArticle}; the roughly $${f.articleAid} million a year it calls security aid is close to total US aid; and neither leader kept silent afterwards, since Trump spoke in the Oval Office and Petro held a press conference.`,
			(f) =>
				`Its count of ${f.articleExtraditions} extraditions to the United States, of about ${f.articleApproved} approved, appears in no other source and has no cut-off date. The counts we did find cover different periods and measure different things: the Justice Ministry’s covers people extradited to any country up to ${f.ministryTo}; Petro’s own, ${f.petroSent} of ${f.petroRequested}, counts US requests carried out, as he put it in ${f.petroTallyMonth}.`,
			(f) =>
				`Our data cite ${f.sourcesTotal} sources, each listed once with its publisher; ${f.sourcesLinked} have a stored address and ${f.sourcesDated} a publication date. We rate ${f.sourcesStrong} strong (official records and major news organisations), ${f.sourcesMedium} medium and ${f.sourcesWeak} weak (aggregators and copies). A weak source is used only where nothing stronger gives the point, and its row says so. Dates keep their source’s precision, and minimums stay marked as minimums.`,
			(f) =>
				`All ${f.tableCount} tables are on the data page, with a Frictionless descriptor of every column in English and Spanish, and every chart has CSV, SVG and PNG downloads. Everything is published under a ${f.licence} licence: reuse it, crediting the explainer data team and the source each row names.`
		]
	}
};
