/**
 * Edición en español (Colombia). Ninguna cifra ni fecha se escribe a mano: todas vienen del objeto
 * StoryFacts (story-facts.ts), calculado a partir de data/ y formateado en es-CO. Lo que se dijo en
 * inglés se cita en inglés, entre comillas latinas y con una glosa fuera de ellas; lo que Petro y sus
 * ministros dijeron en español, que nuestras fuentes solo traen traducido al inglés, va parafraseado.
 */
import type { Story } from './story-types';

export const story: Story = {
	title: 'Petro, Trump y lo que su reunión no resolvió',
	dek: 'El presidente de Colombia, Gustavo Petro, fue a la Casa Blanca a cerrar una pelea amarga con Donald Trump. En el registro que podemos verificar, los ataques a lanchas, sus sanciones y una cifra récord de coca filtrada sobrevivieron a la reunión.',
	byline: 'Por el equipo de datos de este especial',
	published: '2026-11-25',
	sections: [
		{
			id: 'now',
			heading: 'Cómo están las cosas',
			steps: [
				{
					chart: 'boat-strikes',
					state: 'all',
					text: [
						(f) =>
							`El frente más letal de la pelea está en el mar. Desde ${f.firstStrikeMonth}, los ataques de EE. UU. a lanchas que, según Washington, llevan droga han matado al menos a ${f.apLateDeaths} personas según AP (${f.apLateDate}) y a más de ${f.afpLateDeaths} según AFP (${f.afpLateDay}). Ambos conteos solo los vimos en copias de sitios agregadores. Ningún gobierno ha publicado una lista de las víctimas.`
					]
				},
				{
					chart: 'fact-check',
					state: 'tally',
					text: [
						(f) =>
							`Este especial nació como la verificación de un relato de la reunión entre Petro y Trump, publicado por el portal de negocios intellinews. Contrastamos ${f.claimsTotal} de sus cifras, fechas y afirmaciones con otras fuentes. Quedaron confirmadas ${f.claimsConfirmed} y precisadas ${f.claimsRefined}, es decir, correctas en lo esencial pero corregidas o afinadas. De las otras ${f.claimsQuestioned}: sin verificar, ${f.claimsUnverified}; desmentidas, ${f.claimsContradicted}. La página de este gráfico detalla cada hallazgo.`
					]
				}
			]
		},
		{
			id: 'breakdown',
			heading: 'Cómo se rompió',
			intro: [
				(f) =>
					`Los dos gobiernos combatían juntos la cocaína desde que arrancó el Plan Colombia, en ${f.planStartYear}, y Colombia era aliado principal de EE. UU. por fuera de la OTAN desde el ${f.mnnaDate}. En cuestión de semanas, esa alianza estuvo a punto de romperse.`
			],
			steps: [
				{
					chart: 'timeline',
					state: 'september',
					text: [
						(f) =>
							`El ${f.firstStrikeDate}, un ataque estadounidense a una lancha en el Caribe mató a ${f.firstStrikeDeaths} personas, el primero de una campaña. El ${f.determinationDay}, Washington concluyó que Colombia había «failed demonstrably» (fallado de forma manifiesta) contra las drogas, por primera vez desde ${f.lastDecertYear}, aunque con una exención. El ${f.ungaDay}, ante la ONU, Petro pidió juzgar a Trump por los ataques.`
					]
				},
				{
					chart: 'timeline',
					state: 'sanctions',
					text: [
						(f) =>
							`Luego, lo personal. En una manifestación en Nueva York, Petro pidió a soldados estadounidenses desobedecer a Trump; el ${f.visaRevocationDay}, el Departamento de Estado anunció que le quitaría la visa. El ${f.drugLeaderDay}, Trump lo llamó «illegal drug leader» (jefe del narcotráfico) y anunció el fin de los pagos. El ${f.ofacDay}, el Tesoro sancionó a Petro, su esposa, su hijo y su ministro del Interior.`
					]
				}
			]
		},
		{
			id: 'venezuela',
			heading: 'Venezuela, y luego un deshielo',
			steps: [
				{
					chart: 'border-map',
					state: 'border',
					text: [
						(f) =>
							`El ${f.maduroDate}, fuerzas de EE. UU. capturaron a Nicolás Maduro en la operación «Absolute Resolve». Petro, que había abogado por una salida negociada, la denunció como un secuestro, según intellinews. Ese día, Colombia anunció ${f.troops} militares para sus ${f.borderKm} kilómetros de frontera con Venezuela; el ${f.catatumboDay}, ${f.catatumboTroops} estaban en el Catatumbo, y luego el ministro de Defensa habló de más de ${f.troopsChecked} enviados.`
					]
				},
				{
					chart: 'timeline',
					state: 'january',
					text: [
						(f) =>
							`El ${f.raidFromDay} y el ${f.raidTo}, los presidentes cruzaron amenazas: Trump dijo que una incursión en Colombia «sounds good» (le sonaba bien) y Petro respondió que tomaría las armas si EE. UU. invadía. Luego cambió el tono: hablaron por teléfono el ${f.phoneCallDay}, el ${f.meetingAnnouncedDay} se anunció la fecha de una reunión y, ese mismo mes, Petro recibió una visa para el viaje.`
					]
				}
			]
		},
		{
			id: 'meeting',
			heading: 'La reunión',
			steps: [
				{
					chart: 'timeline',
					state: 'meeting-day',
					text: [
						(f) =>
							`El ${f.trumpRemarkDate}, Trump dijo que Petro, tras la operación en Venezuela, «became very nice» (se volvió muy amable). A primera hora del día siguiente, Colombia extraditó a Andrés F. Marín Silva, alias Pipe Tuluá, a Texas. Petro llegó a la Casa Blanca poco antes de las ${f.meetingTime} y hablaron a puerta cerrada casi ${f.meetingHoursWords} horas. Después, según AP, Trump dijo: «I thought he was terrific».`
					]
				}
			]
		},
		{
			id: 'boat-strikes',
			heading: 'Las cifras detrás de la pelea',
			intro: [
				() =>
					`Bajo la disputa hay cifras sobre los muertos en el mar, la coca y la cocaína, las extradiciones y la ayuda. Cada grupo es parcial, está cuestionado o ambas cosas, y aquí se dibuja con sus fuentes.`
			],
			steps: [
				{
					chart: 'boat-strikes',
					state: 'article-figure',
					text: [
						(f) =>
							`Cada medio lleva su propia cuenta de muertos. La cifra de intellinews, al menos ${f.articleDeaths} en ${f.articleStrikes} operaciones, es el conteo de AP del ${f.tallyDate}: ${f.tallyKilled} muertes confirmadas y ${f.tallyPresumed} personas dadas por muertas, en al menos ${f.tallyStrikes} ataques en el Caribe y el Pacífico oriental. El ${f.twoCountsDate}, AFP contaba ${f.twoCountsDeaths} muertos y News.az, ${f.twoCountsOther}.`
					]
				}
			]
		},
		{
			id: 'coca',
			heading: 'Coca récord, según una cifra filtrada',
			steps: [
				{
					chart: 'coca-cultivation',
					state: 'low-and-rise',
					text: [
						(f) =>
							`Según la ONU, tras tocar fondo en ${f.cocaLowYear} (${f.cocaLowArea}), la coca en Colombia llegó a unas ${f.cocaArea} hectáreas en ${f.estimateYear}, el máximo de la serie. Esa cifra no es oficial: se filtró por El País el ${f.leakDate}. El informe oficial seguía aplazado en ${f.stillUnpublishedMonth} y no hallamos ninguno hasta finales de ${f.recordMonth}. Desde ${f.cocaPressFromYear}, los puntos son cifras redondeadas de la prensa.`
					]
				},
				{
					chart: 'cocaine-production',
					state: 'record',
					text: [
						(f) =>
							`La misma filtración calculó la producción potencial de cocaína en ${f.prodTonnes} toneladas en ${f.estimateYear}, un ${f.prodRisePct} % más que el año anterior y más que cualquier estimación anual de la UNODC. Potencial es lo que el cultivo podría rendir, no lo incautado ni lo vendido. El ${f.indicatorDate}, Petro dijo que su gobierno dejaría de usar esa medida; el contrato de monitoreo de la UNODC ya había vencido.`
					]
				}
			]
		},
		{
			id: 'extraditions',
			heading: 'Las extradiciones siguieron',
			steps: [
				{
					chart: 'extraditions',
					state: 'annual',
					text: [
						(f) =>
							`Las extradiciones nunca se detuvieron. Colombia extraditó a ${f.extraditionsPeak} personas en ${f.extraditionsPeakYear}, el máximo de nuestra serie; a ${f.extraditionsLast} en ${f.extraditionsLastYear}, y a ${f.halfTotal} en el primer semestre de ${f.halfYear}, ${f.halfUs} de ellas a EE. UU. El Ministerio de Justicia contó ${f.ministryTotal} entre ${f.ministryFrom} y ${f.ministryTo}, ${f.ministryUs} a EE. UU., aunque El País informó el ${f.slowedDate} que Petro había frenado el ritmo.`
					]
				}
			]
		},
		{
			id: 'aid',
			heading: 'La ayuda, muy por debajo del Plan Colombia',
			steps: [
				{
					chart: 'us-aid',
					state: 'later',
					text: [
						(f) =>
							`En ${f.aidPeakYear}, el año cumbre del Plan Colombia, el Center for International Policy contó US$${f.aidPeakMilitary} millones de ayuda estadounidense para militares y policías y US$${f.aidPeakEconomic} millones para programas sociales y económicos. Los totales recientes que hallamos, US$${f.aid2023} millones en ${f.aid2023Year} y US$${f.aid2024} millones en ${f.aid2024Year}, no llegan a la mitad, en dólares corrientes, con otro conteo y vistos solo en un sitio secundario.`
					]
				}
			]
		},
		{
			id: 'what-next',
			heading: 'Lo que vino después',
			steps: [
				{
					chart: 'boat-strikes',
					state: 'after-meeting',
					text: [
						(f) =>
							`Los ataques no se detuvieron por la reunión. De ${f.twoCountsDeaths} muertos según AFP el ${f.twoCountsDate}, la cuenta superó los ${f.afpLateDeaths} el ${f.afpLateDate}, y la mayoría de las cifras intermedias son mínimos. No encontramos ningún total posterior en el registro que tenemos, que termina a finales de ${f.recordMonth}.`
					]
				},
				{
					chart: 'elections',
					state: 'first-votes',
					text: [
						(f) =>
							`Todo es preconteo. En las legislativas del ${f.congressDate}, con un avance del ${f.senateCountedPct} %, el Pacto Histórico de Petro tenía el ${f.phSharePct} % de los votos al Senado y ${f.phSeats} curules, y el Centro Democrático, el ${f.cdSharePct} % y ${f.cdSeats}. En la primera vuelta presidencial, el ${f.firstRoundDate}, Abelardo de la Espriella superó a Iván Cepeda por ${f.r1LeaderPct} % contra ${f.r1SecondPct} %, con un avance del ${f.firstRoundCountedPct} %.`
					]
				},
				{
					chart: 'elections',
					state: 'runoff',
					text: [
						(f) =>
							`La segunda vuelta, el ${f.runoffDate}, fue reñida. Con un avance del ${f.runoffCountedPct} %, De la Espriella tenía el ${f.r2LeaderPct} % y Cepeda el ${f.r2SecondPct} %, a unos ${f.runoffMarginVotes} votos, y Cepeda impugnó el conteo. Con esas cifras preliminares ganó De la Espriella, que asumiría el ${f.handoverDate}. Un resultado certificado solo aparece en un sitio agregador que calificamos como débil, así que no lo dibujamos.`
					]
				},
				{
					chart: 'timeline',
					state: 'after',
					text: [
						(f) =>
							`Informes del ${f.deferredFromDay} y el ${f.deferredTo} dijeron que Washington decidiría sobre las sanciones a Petro después de las elecciones. El ${f.highlightedAidReportedDay}, medios colombianos informaron de US$${f.highlightedAid} millones que la embajada de EE. UU. destacó en el presupuesto del año fiscal ${f.highlightedAidYear}: una parte, no un total. Hacia ${f.visaReturnedMonth}, Petro dijo que le habían devuelto la visa por el resto de su mandato.`
					]
				}
			]
		}
	],
	ending: {
		id: 'as-of',
		heading: 'Lo que sabemos y lo que no',
		text: [
			(f) =>
				`Esta página se actualizó el ${f.updatedDate}, pero el registro público que podemos verificar termina a finales de ${f.recordMonth}. Para entonces, según el preconteo del ${f.runoffDate}, Abelardo de la Espriella había ganado la presidencia; el mandato de Petro debía terminar el ${f.handoverDate}. Los muertos en el mar eran al menos ${f.apLateDeaths} según AP, el ${f.apLateDate}, y más de ${f.afpLateDeaths} según AFP, el ${f.afpLateDay}.`,
			(f) =>
				`Petro estaba en la lista de sancionados del Tesoro desde el ${f.ofacDate}; informes del ${f.deferredFromDay} y el ${f.deferredTo} dijeron que la decisión esperaría a las elecciones, y hacia ${f.visaReturnedMonth} recuperó su visa. Las estimaciones de la UNODC para ${f.estimateYear}, filtradas el ${f.leakDate}, no tenían publicación oficial en el registro. Las extradiciones siguieron; la de Pipe Tuluá, el ${f.meetingDate}, fue una de ellas.`,
			(f) =>
				`No se sabe a finales de ${f.recordMonth}, porque ninguna fuente que tengamos lo informa: si el traspaso de mando ocurrió como estaba previsto; cuántos muertos dejaron los ataques después del ${f.afpLateDate}; la próxima certificación antidrogas anual de EE. UU.; el total de extradiciones de todo ${f.halfYear} o de ${f.halfYearNext}; alguna cifra de tropas en la frontera posterior a enero; un total aprobado de ayuda de EE. UU. para el año fiscal ${f.highlightedAidYear} o cualquier cifra para el ${f.highlightedAidNextYear}, y cualquier cambio en las sanciones a Petro. Cada dato se sumará, con su fecha, a la lista de actualizaciones de abajo cuando lo informe una fuente que podamos verificar.`
		]
	},
	methods: {
		id: 'methods',
		heading: 'Cómo verificamos',
		text: [
			(f) =>
				`Partimos de la nota de intellinews del ${f.meetingDate} y le dimos una fila en nuestros datos a ${f.claimsTotal} de sus cifras, fechas y afirmaciones, cada una contrastada con otras fuentes. Confirmadas: ${f.claimsConfirmed}. Precisadas (correctas en lo esencial, pero corregidas o afinadas): ${f.claimsRefined}. En disputa: ${f.claimsContested}. Sin verificar (solo aparecen en el artículo): ${f.claimsUnverified}. Desmentidas: ${f.claimsContradicted}. La página del gráfico de verificación pone cada afirmación junto a lo que encontramos.`,
			(f) =>
				`Las correcciones principales: el conteo de muertos que cita abarca el Pacífico oriental, no solo el Caribe, e incluye ${f.tallyPresumed} personas dadas por muertas; la descertificación de ${f.determinationMonth} fue la primera desde ${f.lastDecertYear}, ${f.decertGapYears} años antes, no unos ${f.decertGapArticle}; los cerca de US$${f.articleAid} millones anuales que llama ayuda de seguridad se parecen al total de la ayuda de EE. UU., y ninguno de los dos presidentes guardó silencio: Trump habló en el Despacho Oval y Petro dio una rueda de prensa.`,
			(f) =>
				`Su cifra de ${f.articleExtraditions} extradiciones a EE. UU., de unas ${f.articleApproved} aprobadas, no aparece en ninguna otra fuente y no tiene fecha de corte. Las cuentas que sí encontramos abarcan periodos distintos y miden cosas distintas: la del Ministerio de Justicia cuenta personas extraditadas a cualquier país hasta ${f.ministryTo}; la del propio Petro, ${f.petroSent} de ${f.petroRequested}, cuenta solicitudes de EE. UU. cumplidas, según dijo en ${f.petroTallyMonth}.`,
			(f) =>
				`Nuestros datos citan ${f.sourcesTotal} fuentes, cada una listada una vez con el medio que la publicó; ${f.sourcesLinked} tienen un enlace guardado y ${f.sourcesDated}, una fecha de publicación. Calificamos ${f.sourcesStrong} como sólidas (registros oficiales y grandes medios), ${f.sourcesMedium} como medias y ${f.sourcesWeak} como débiles (agregadores y copias). Una fuente débil solo se usa cuando ninguna más sólida respalda el dato, y su fila lo advierte. Las fechas conservan la precisión de su fuente, y los mínimos siguen marcados como mínimos.`,
			(f) =>
				`Las ${f.tableCount} tablas están en la página de datos, con un descriptor Frictionless de cada columna en inglés y en español, y cada gráfico tiene descargas en CSV, SVG y PNG. Todo se publica con licencia ${f.licence}: se puede reutilizar, con crédito al equipo de datos de este especial y a la fuente que indica cada fila.`
		]
	}
};
