import type { LocaleDefinition } from '../format';

// Colombian Spanish: a point groups thousands and a comma marks decimals (3.001 toneladas).
export const locale: LocaleDefinition = {
	number: { decimal: ',', thousands: '.', grouping: [3], currency: ['US$', ''] },
	time: {
		dateTime: '%A, %-d de %B de %Y, %X',
		date: '%-d/%m/%Y',
		time: '%H:%M:%S',
		periods: ['a. m.', 'p. m.'],
		days: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
		shortDays: ['dom', 'lun', 'mar', 'mié', 'jue', 'vie', 'sáb'],
		months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
		shortMonths: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic']
	},
	dates: { day: '%-d de %B de %Y', month: '%B de %Y', year: '%Y' },
	dayMonth: '%-d %b',
	monthYear: '%b %Y',
	dayNoYear: '%-d de %B',
	smallNumbers: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez']
};
