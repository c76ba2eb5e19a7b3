export { entries, load } from '../+page.server';
