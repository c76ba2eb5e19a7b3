/**
 * Edición en español (Colombia) del explicativo. Ninguna cifra ni fecha se escribe a mano: todas
 * vienen del objeto StoryFacts (story-facts.ts), calculado a partir de data/ y formateado en es-CO.
 * Las citas que las fuentes dan solo en inglés van marcadas como traducción propia.
 */
import type { Story } from './story-types';

export const story: Story = {
	title: 'Colombia y Estados Unidos: el camino hasta el Despacho Oval',
	dek: 'Con sanciones de Washington encima, Gustavo Petro entró a la Casa Blanca a reunirse con Donald Trump. Revisamos, cifra por cifra, un relato de ese encuentro y lo contrastamos con los datos sobre ataques a lanchas, coca, extradiciones, ayuda y frontera.',
	byline: 'Por el equipo de datos del explicativo',
	published: '2026-11-25',
	sections: [
		{
			id: 'meeting',
			heading: 'Una reunión en el Despacho Oval',
			intro: [
				(f) =>
					`El ${f.meetingDate}, Gustavo Petro se sentó frente a Donald Trump en la Casa Blanca. En los meses anteriores, Washington había concluido que su gobierno fallaba en la lucha antidrogas, había anunciado que le quitaría la visa y lo había incluido en una lista de sanciones del Departamento del Tesoro.`,
				() =>
					`Este explicativo recorre la pelea que desembocó en esa reunión y contrasta con otras fuentes cada cifra de la nota que ese mismo día publicó intellinews, un portal de noticias económicas. Cuando no coinciden, lo decimos.`
			],
			steps: [
				{
					chart: 'timeline',
					state: 'meeting',
					text: [
						(f) =>
							`Petro llegó poco antes de las ${f.meetingTime}, hora de Washington, con la canciller, Rosa Villavicencio, y el ministro de Defensa, Pedro Sánchez. Según intellinews, entraron por una puerta lateral y no por el Pórtico Norte. Era el primer encuentro entre los dos presidentes.`,
						(f) =>
							`Para viajar hizo falta un arreglo. Intellinews habla de un permiso de entrada temporal del secretario de Estado, Marco Rubio; los medios colombianos lo precisan: en ${f.visaGrantedMonth}, tras una llamada con Rubio, Petro y Villavicencio recibieron una visa que solo cubría los días del viaje.`
					]
				},
				{
					chart: 'timeline',
					state: 'meeting',
					text: [
						(f) =>
							`Trump ya había cambiado de tono. «De alguna manera, después de la operación en Venezuela, se volvió muy amable», dijo a la prensa el ${f.trumpRemarkDate}. «Cambió mucho su actitud» (ambas citas, traducción propia).`,
						() =>
							`Petro, por su parte, publicó antes de la reunión fotos con familiares y dijo haber «sufrido de verdad» (traducción propia) los efectos del narcotráfico, algo que intellinews atribuye a su trayectoria contra los carteles.`
					]
				},
				{
					chart: 'timeline',
					state: 'meeting',
					text: [
						(f) =>
							`La conversación, a puerta cerrada, duró casi ${f.meetingHours} horas, según AP. El eje fue la lucha antidrogas y la seguridad. En declaraciones a Caracol Radio que recoge intellinews, Petro contó que propuso que las fuerzas armadas de Colombia y de Venezuela actuaran juntas contra los cabecillas de las redes del narcotráfico, y que Trump mediara en una disputa de seguridad fronteriza con Ecuador.`,
						() =>
							`Intellinews escribió que ninguno de los dos habló con los medios después. No fue así: Trump hizo declaraciones en el Despacho Oval, según AP, y Petro dio una rueda de prensa. Vive USA, que la cubrió, informó que le había entregado a Trump una lista de narcotraficantes que viven fuera de Colombia.`
					]
				},
				{
					chart: 'timeline',
					state: 'meeting',
					text: [
						() =>
							`Las versiones sobre los regalos no coinciden. Intellinews, con base en un trino de la Presidencia en X, menciona una foto firmada por Trump con la dedicatoria «A great honor — I love Colombia» («Un gran honor; amo a Colombia», traducción propia). Otro reporte ubica esas palabras en una nota y suma un libro y una gorra MAGA; viene de un sitio poco conocido, así que esos detalles quedan sin confirmar.`
					]
				}
			]
		},
		{
			id: 'breakdown',
			heading: 'Cómo se rompió la relación',
			intro: [
				(f) =>
					`Los dos gobiernos trabajan juntos contra la cocaína desde que arrancó el Plan Colombia, en ${f.planStartYear}. A partir de ${f.determinationMonth}, en cuestión de semanas, esa alianza estuvo a punto de romperse.`
			],
			steps: [
				{
					chart: 'timeline',
					state: 'breakdown',
					text: [
						(f) =>
							`El primer golpe formal tuvo que ver con las drogas. El ${f.determinationDate}, el gobierno de EE. UU. concluyó que Colombia había «fallado de manera demostrable» (traducción propia de la fórmula oficial) en sus compromisos antidrogas, aunque acompañó la decisión con una exención.`,
						(f) =>
							`Intellinews la presenta como la primera descertificación en unos ${f.decertGapArticle} años. En realidad pasaron ${f.decertGapYears}: la anterior había sido en ${f.lastDecertYear}, y antes hubo otra, el ${f.earlierDecertDate}.`
					]
				},
				{
					chart: 'timeline',
					state: 'breakdown',
					text: [
						(f) =>
							`Petro llevó su molestia a la Asamblea General de la ONU. El ${f.ungaDate} pidió que Trump enfrentara un proceso penal por los ataques de EE. UU. contra lanchas en el Caribe. Según intellinews, también criticó la política estadounidense frente a Gaza.`,
						(f) =>
							`Luego, en una manifestación en Nueva York, les pidió a los soldados estadounidenses que desobedecieran a Trump. El ${f.visaRevocationDate}, el Departamento de Estado anunció que le revocaría la visa. Intellinews le atribuye la medida a Trump en persona, pero la anunció ese departamento.`
					]
				},
				{
					chart: 'timeline',
					state: 'breakdown',
					text: [
						(f) =>
							`Trump pasó a lo personal. El ${f.drugLeaderDate} llamó a Petro «líder del narcotráfico ilegal» (traducción propia) y anunció que se acababan los pagos de EE. UU. a Colombia. Intellinews también le atribuye haberlo tildado de «narcotraficante» (traducción propia) y haber amenazado con una acción militar.`,
						(f) =>
							`El ${f.ofacDate}, la Oficina de Control de Activos Extranjeros (OFAC) del Tesoro incluyó a Petro en su lista de sancionados, la llamada lista Clinton, junto con su esposa, Verónica Alcocer; su hijo Nicolás Petro Burgos, y el ministro del Interior, Armando Benedetti, con el argumento del tráfico de drogas ilícitas. Según intellinews, funcionarios colombianos rechazaron las acusaciones.`
					]
				}
			]
		},
		{
			id: 'boat-strikes',
			heading: 'Los ataques en el mar, y por qué no cuadran las cifras',
			steps: [
				{
					chart: 'boat-strikes',
					state: 'all',
					text: [
						(f) =>
							`La campaña de EE. UU. contra lanchas que, según Washington, llevan droga empezó el ${f.firstStrikeDate}, con un ataque en el Caribe que mató a ${f.firstStrikeDeaths} personas. El ${f.pacificDate} llegó al Pacífico oriental, frente a la otra costa colombiana; para entonces iban al menos ${f.pacificDeaths} muertos. El ${f.over100Date} la cuenta llegaba a ${f.over100Deaths}.`,
						(f) =>
							`La línea une ${f.strikeTallies} conteos acumulados publicados por medios de comunicación; ${f.strikeLowerBounds} de ellos son mínimos o cifras redondas.`
					]
				},
				{
					chart: 'boat-strikes',
					state: 'article-figure',
					text: [
						(f) =>
							`Intellinews habla de ${f.articleDeaths} muertos en ${f.articleStrikes} operaciones y los ubica en el Caribe. El total coincide con un conteo de AP del ${f.tallyDate}, basado en cifras del Comando Sur de EE. UU., con dos salvedades.`,
						(f) =>
							`Ese conteo suma ${f.tallyKilled} muertes confirmadas y ${f.tallyPresumed} personas dadas por muertas. Y abarca el Pacífico oriental además del Caribe. AP contó, además, al menos ${f.tallyStrikes} ataques: un piso, no una cifra exacta.`
					]
				},
				{
					chart: 'boat-strikes',
					state: 'after-meeting',
					text: [
						(f) =>
							`Los ataques siguieron después de la reunión. El ${f.afterDate}, AFP contaba ${f.afterDeaths} muertos y News.az, ${f.afterOtherDeaths}, el mismo día: cada medio lleva su propia cuenta. Para el ${f.latestStrikeDate}, el conteo de AP llegaba al menos a ${f.latestStrikeDeaths}, según una copia de su nota en un sitio agregador.`,
						() =>
							`Ninguna de estas cifras es una lista oficial de víctimas: cada una es un conteo periodístico, y la mayoría de las más recientes son mínimos.`
					]
				}
			]
		},
		{
			id: 'coca',
			heading: 'Coca récord, y de quién son las cifras',
			intro: [
				() =>
					`La cocaína está en el centro de la pelea, y las cifras también. La Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC), con su sistema de monitoreo SIMCI, el gobierno de EE. UU. y la Policía Nacional calculan cada uno el área de coca, cada uno con su método.`
			],
			steps: [
				{
					chart: 'coca-cultivation',
					state: 'low-and-rise',
					text: [
						(f) =>
							`La serie de la UNODC muestra una larga caída y luego una subida empinada. La coca ocupaba ${f.cocaFirstArea} hectáreas en ${f.cocaFirstYear}, bajó a ${f.cocaLowArea} en ${f.cocaLowYear} y se mantuvo cerca de ese piso al año siguiente. Desde entonces se ha multiplicado, a grandes rasgos, por ${f.cocaTimesLow}.`,
						(f) =>
							`La cifra de ${f.estimateYear}, unas ${f.cocaArea} hectáreas, un ${f.cocaRisePct} % más que el año anterior, no salió de una publicación de la UNODC: se filtró a través de El País el ${f.leakDate}. En ${f.stillUnpublishedMonth}, el informe oficial seguía aplazado. Desde ${f.cocaPressFromYear}, los puntos son cifras redondeadas tomadas de la cobertura de prensa de los informes.`
					]
				},
				{
					chart: 'coca-cultivation',
					state: 'estimates',
					text: [
						(f) =>
							`Las estimaciones del gobierno de EE. UU. son más altas: para ${f.usCocaYear} calculó ${f.usCocaArea} hectáreas, frente a ${f.unodcSameYearArea} de la UNODC. Petro cuestiona el método de la ONU y prefiere el sistema SIIMA de la Policía, que registró ${f.policeArea} hectáreas con corte a ${f.policeAsOf}; su gobierno presentó la cifra el ${f.policeDate}. Como el método es otro, no es comparable con la medición de la UNODC.`,
						(f) =>
							`Petro también afirma que ${f.substitutionClaim} hectáreas de coca se reemplazaron por otros cultivos gracias a la sustitución voluntaria. El País publicó el ${f.substitutionCheckDate} que esa cifra estaba inflada, y ni siquiera las del propio gobierno coinciden: las ${f.substitutionCount} cifras que encontramos van de ${f.substitutionLow} a ${f.substitutionHigh} hectáreas.`
					]
				},
				{
					chart: 'cocaine-production',
					state: 'revisions',
					text: [
						(f) =>
							`Las estimaciones de producción también se mueven, porque la UNODC corrige años pasados en informes posteriores. Su cifra de ${f.revAYear} salió primero como ${f.revAFirst} toneladas y luego quedó en ${f.revARevised}. La de ${f.revBYear} fue en sentido contrario: bajó de ${f.revBFirst} toneladas a ${f.revBRevised}.`,
						() =>
							`El gráfico conserva cada edición como un punto aparte, para que el quiebre se vea en vez de quedar disimulado. Los años sin estimación quedan en blanco.`
					]
				},
				{
					chart: 'cocaine-production',
					state: 'record',
					text: [
						(f) =>
							`Según las cifras filtradas de la UNODC, Colombia habría podido producir ${f.prodTonnes} toneladas de cocaína en ${f.estimateYear}: un ${f.prodRisePct} % más que el año anterior y más de ${f.prodTimesLow} veces el mínimo de ${f.prodLowTonnes} toneladas de ${f.prodLowYear}. Las ${f.prodPrevTonnes} toneladas del año previo se apoyan en una sola fuente débil, aunque cuadran con el aumento reportado.`,
						(f) =>
							`Intellinews agrega que Colombia aporta cerca del ${f.worldSharePct} % de la cocaína del mundo. No encontramos una participación calculada por la UNODC para ${f.estimateYear}. La más reciente que hallamos ubica a Colombia por encima del ${f.shareRecentPct} % en ${f.shareRecentYear}, y un informe más antiguo, en el ${f.shareOldPct} % en ${f.shareOldYear}: es un dato viejo, no una medición actual.`
					]
				}
			]
		},
		{
			id: 'extraditions',
			heading: 'La extradición como moneda de la cooperación',
			steps: [
				{
					chart: 'extraditions',
					state: 'annual',
					text: [
						(f) =>
							`En la madrugada del ${f.pipeTuluaDate}, horas antes de la reunión, Colombia extraditó a Andrés F. Marín Silva, alias Pipe Tuluá, con destino al Distrito Este de Texas. El ministro de Defensa, Pedro Sánchez, escribió en redes sociales que la entrega mostraba que «la cooperación bilateral da resultados concretos y medibles contra el crimen transnacional» (traducción propia).`,
						(f) =>
							`Extraditar a Estados Unidos es una práctica de vieja data. Un conteo habla de unas ${f.longRunUs} extradiciones a ese país entre ${f.longRunFrom} y ${f.longRunTo}; otro, de ${f.uribeUs} durante el gobierno de Álvaro Uribe.`
					]
				},
				{
					chart: 'extraditions',
					state: 'annual',
					text: [
						(f) =>
							`Los totales anuales, hacia todos los países, van de ${f.yearlyLowCount} en ${f.yearlyLowYear} a ${f.yearlyPeakCount} en ${f.yearlyPeakYear}, el más alto de nuestra serie y el primer año completo de Petro en el poder. En ${f.yearlyLastYear} fueron ${f.yearlyLastCount}. En el primer semestre de ${f.halfYearYear} fueron ${f.halfYearTotal}, ${f.halfYearUs} de ellos hacia Estados Unidos.`,
						() =>
							`No encontramos una serie anual de extradiciones solo hacia EE. UU., así que el gráfico muestra todos los destinos y marca los semestres como parciales. La serie tiene huecos donde no hallamos un total.`
					]
				},
				{
					chart: 'extraditions',
					state: 'claims',
					text: [
						(f) =>
							`¿Cuántas personas ha enviado el gobierno Petro a Estados Unidos? Intellinews dice que ${f.articleExtraditions}, de unas ${f.articleApproved} solicitudes aprobadas, sin fecha de corte. No encontramos ninguna de las dos cifras en otra fuente.`,
						(f) =>
							`El Ministerio de Justicia, en cifras que obtuvo El Tiempo, cuenta ${f.ministryTotal} extradiciones en total entre ${f.ministryFrom} y ${f.ministryTo}, ${f.ministryUs} de ellas a EE. UU. Petro dijo en ${f.petroTallyMonth} que se habían cumplido ${f.petroSent} de ${f.petroRequested} solicitudes estadounidenses, una afirmación que solo recoge un agregador poco confiable. Las tres cuentas no cuadran, así que las mostramos lado a lado.`
					]
				}
			]
		},
		{
			id: 'aid',
			heading: 'Lo que paga Washington',
			steps: [
				{
					chart: 'us-aid',
					state: 'plan-colombia',
					text: [
						(f) =>
							`El dinero de EE. UU. respalda la lucha antidrogas en Colombia desde el Plan Colombia, que el Congreso estadounidense puso en marcha con una adición presupuestal de US$${f.supplemental} millones para el año fiscal ${f.planStartYear}.`,
						(f) =>
							`Las cifras del Center for International Policy muestran a dónde fue. La ayuda militar y policial pasó de US$${f.cipFirstMilitary} millones en ${f.cipFirstYear} a US$${f.peakMilitary} millones en ${f.peakYear}, su punto más alto, cuando la ayuda económica y social sumó otros US$${f.peakEconomic} millones. Entre ${f.cipActualFrom} y ${f.cipActualTo}, cerca del ${f.militarySharePct} % fue para las Fuerzas Militares y la Policía. WOLA calcula en US$${f.wolaMillions} millones la ayuda de EE. UU. entre ${f.wolaFrom} y ${f.wolaTo}.`
					]
				},
				{
					chart: 'us-aid',
					state: 'later',
					text: [
						(f) =>
							`Los totales posteriores vienen de fuentes que cuentan distinto, así que el gráfico no los une a la serie anterior. Toda la ayuda de EE. UU. sumó unos US$${f.aid2017} millones en ${f.aid2017Year}, US$${f.aid2023} millones en ${f.aid2023Year} y US$${f.aid2024} millones en ${f.aid2024Year}, según cifras del Servicio de Investigación del Congreso (CRS) que solo pudimos consultar en un sitio secundario.`,
						(f) =>
							`La solicitud para ${f.aid2025Year} fue de US$${f.aid2025Request} millones, y una solicitud no es un gasto. Para ${f.aid2023Year} circulan otros totales: US$${f.aidAlt2023} millones con otro método de conteo y US$${f.aidDisbursed2023} millones desembolsados según ForeignAssistance.gov.`
					]
				},
				{
					chart: 'us-aid',
					state: 'claim',
					text: [
						(f) =>
							`Intellinews describe unos US$${f.articleAid} millones anuales como asistencia de seguridad. Esa cifra se parece al total de la ayuda de EE. UU. en todas sus cuentas, no a su componente de seguridad. Las partidas de seguridad de la solicitud presupuestal para ${f.aid2025Year} suman unos US$${f.security2025} millones, y eran apenas una solicitud.`,
						(f) =>
							`Colombia es aliado principal de EE. UU. por fuera de la OTAN desde el ${f.mnnaDate}, una condición anunciada el ${f.mnnaAnnouncedDate}. Trump dijo el ${f.drugLeaderDate} que los pagos se acababan; nuestras fuentes no muestran cuáles se suspendieron en realidad, si es que alguno, ni por cuánto tiempo.`
					]
				}
			]
		},
		{
			id: 'border',
			heading: 'Venezuela y una frontera en alerta',
			steps: [
				{
					chart: 'border-map',
					state: 'border',
					text: [
						(f) =>
							`La crisis se agravó el ${f.maduroDate}, cuando fuerzas de EE. UU. capturaron a Nicolás Maduro en una operación bautizada «Absolute Resolve». Petro, que había defendido una salida negociada en Venezuela, la calificó de «secuestro» (traducción propia), según intellinews.`,
						(f) =>
							`Entre el ${f.raidFromDay} y el ${f.raidTo}, los dos presidentes cruzaron advertencias. Trump dijo que una incursión en Colombia «suena bien»; Petro respondió que «tomaría las armas» si EE. UU. invadía (ambas citas, traducción propia). Después el tono cambió: hablaron por teléfono el ${f.phoneCallDate}, y el ${f.meetingAnnouncedDate} se anunció la fecha de la reunión en la Casa Blanca.`
					]
				},
				{
					chart: 'border-map',
					state: 'border',
					text: [
						(f) =>
							`El mismo día de la captura, la agencia EFE informó que Colombia «desplegará» ${f.troops} soldados a lo largo de los ${f.borderKm} kilómetros de frontera con Venezuela. El verbo estaba en futuro: era un anuncio, no un despliegue terminado, aunque intellinews da a las tropas como ya desplegadas. Más tarde, el ministro de Defensa dijo que se habían enviado más de ${f.troopsChecked}.`,
						() =>
							`Intellinews menciona los grupos armados que enfrenta el Estado en la zona de frontera: la guerrilla del ELN y el Clan del Golfo.`
					]
				},
				{
					chart: 'border-map',
					state: 'seas',
					text: [
						(f) =>
							`Colombia tiene costas sobre dos mares, y los ataques a lanchas llegaron a ambos: primero al Caribe y, desde el ${f.pacificDate}, al Pacífico oriental. Intellinews solo menciona el Caribe y deja por fuera parte de la campaña cuyas víctimas cita.`
					]
				}
			]
		},
		{
			id: 'what-next',
			heading: 'Lo que vino después',
			intro: [
				(f) =>
					`Intellinews recordaba que Colombia elegiría Congreso en ${f.congressMonthArticle} y presidente en ${f.presidentialMonthArticle}. Las dos fechas se cumplieron.`
			],
			steps: [
				{
					chart: 'timeline',
					state: 'elections',
					text: [
						(f) =>
							`Los colombianos eligieron nuevo Congreso el ${f.congressDate}. Con un avance del ${f.senateCountedPct} % en el conteo, el Pacto Histórico, la coalición de Petro, quedó de primero en el Senado con el ${f.phSharePct} % y ${f.phSeats} curules; el Centro Democrático obtuvo el ${f.cdSharePct} % y ${f.cdSeats} curules. Los medios no coinciden en las curules de los partidos más pequeños.`
					]
				},
				{
					chart: 'timeline',
					state: 'elections',
					text: [
						(f) =>
							`En la primera vuelta presidencial, el ${f.firstRoundDate}, Abelardo de la Espriella superó a Iván Cepeda por ${f.r1EspriellaPct} % contra ${f.r1CepedaPct} %, con un avance del ${f.firstRoundCountedPct} % en el conteo.`,
						(f) =>
							`La segunda vuelta, el ${f.runoffDate}, fue reñida. Con un avance del ${f.runoffCountedPct} % en el conteo, el preconteo le daba a De la Espriella el ${f.r2EspriellaPct} % y a Cepeda el ${f.r2CepedaPct} %, con unos ${f.runoffMarginVotes} votos de diferencia, y Cepeda cuestionó ese conteo. Un resultado certificado solo aparece en un sitio agregador poco confiable, así que reportamos el preconteo y no damos un resultado final.`
					]
				},
				{
					chart: 'timeline',
					state: 'elections',
					text: [
						(f) =>
							`Los ataques en el mar siguieron durante la campaña: para el ${f.latestStrikeDate}, el conteo llegaba al menos a ${f.latestStrikeDeaths} muertos, frente a los ${f.tallyDeaths} del conteo que usó intellinews.`,
						() =>
							`Qué cambió la reunión a más largo plazo, en sanciones, ayuda o extradiciones, es algo que nuestras fuentes todavía no muestran.`
					]
				}
			]
		}
	],
	methods: {
		id: 'methods',
		heading: 'Cómo verificamos las cifras',
		text: [
			(f) =>
				`Cada una de las ${f.claimsTotal} cifras, fechas y afirmaciones verificables de la nota de intellinews tiene una fila en nuestros datos con lo que encontramos. El balance. Confirmadas: ${f.claimsConfirmed}. Precisadas (correctas en lo esencial, pero corregidas o afinadas): ${f.claimsRefined}. En disputa: ${f.claimsContested}. Sin verificar (solo aparecen en el artículo): ${f.claimsUnverified}. Desmentidas: ${f.claimsContradicted}.`,
			(f) =>
				`Las principales correcciones: el conteo de muertos por los ataques abarca dos mares e incluye personas dadas por muertas; la descertificación de ${f.determinationMonth} fue la primera desde ${f.lastDecertYear}, tras ${f.decertGapYears} años y no unos ${f.decertGapArticle}; los US$${f.articleAid} millones son ayuda total, no de seguridad; es falso que ninguno de los dos presidentes hablara con la prensa; las cifras de extradiciones no se pudieron rastrear, y el despliegue de tropas era un anuncio.`,
			() =>
				`Siguen abiertas las estimaciones más recientes de coca y cocaína, filtradas antes de cualquier publicación oficial; la medición de la Policía, con su propio método; las cifras de sustitución; las extradiciones bajo Petro, y la segunda vuelta, que solo conocemos por el preconteo. La UNODC corrige cifras pasadas, así que cada edición publicada conserva su fila.`,
			(f) =>
				`Nuestros datos citan ${f.sourcesTotal} fuentes, cada una listada una vez con editor, fecha, dirección y nuestra calificación. Sólidas (registros oficiales, grandes medios): ${f.sourcesStrong}. Medias: ${f.sourcesMedium}. Débiles (agregadores, copias secundarias): ${f.sourcesWeak}. Una fuente débil solo se usa cuando ninguna más sólida respalda el dato, y la nota de la fila lo advierte.`,
			() =>
				`Las fechas conservan la precisión de su fuente, así que un hecho del que solo se conoce el mes aparece como mes; los mínimos y las aproximaciones siguen marcados como tales.`,
			(f) =>
				`Las ${f.tableCount} tablas se pueden descargar desde la página de datos, en /data/, con un paquete de datos Frictionless que describe cada columna en inglés y en español; debajo de cada gráfico están además sus descargas en CSV, SVG y PNG. Todo se publica con licencia ${f.licence}: se puede reutilizar libremente, con crédito al equipo de datos del explicativo y a la fuente original que indica cada fila.`
		]
	}
};
