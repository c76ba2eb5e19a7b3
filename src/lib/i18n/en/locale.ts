import type { LocaleDefinition } from '../format';

export const locale: LocaleDefinition = {
	number: { decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''] },
	time: {
		dateTime: '%A, %-d %B %Y, %X',
		date: '%-d/%m/%Y',
		time: '%H:%M:%S',
		periods: ['AM', 'PM'],
		days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
		shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
		months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
		shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
	},
	dates: { day: '%-d %B %Y', month: '%B %Y', year: '%Y' },
	dayMonth: '%-d %b',
	monthYear: '%b %Y',
	dayNoYear: '%-d %B',
	smallNumbers: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']
};
